import path from "node:path";
import { bool, cleanEnv, num, port, str, url } from "envalid";

/**
 * The service's configuration, read from the environment and validated once at start (envalid prints one clear line
 * per bad variable and stops). See the README's configuration table.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const e = cleanEnv(env, {
    NODE_ENV: str({ choices: ["development", "test", "production"], default: "development" }),
    PORT: port({ default: 4000, desc: "HTTP port of the GraphQL service" }),
    HOST: str({ default: "127.0.0.1", desc: "Address to listen on" }),
    DATABASE_URL: url({ default: undefined, desc: "PostgreSQL connection string; without it the embedded database is used" }),
    DATA_DIR: str({ default: "./data", desc: "Directory of the embedded database" }),
    DB_POOL_SIZE: num({ default: 10, desc: "Connections to an external PostgreSQL (the embedded database always uses one)" }),
    SEED_ON_START: bool({ default: true, desc: "Load the memo's data on start when the database is empty" }),
    LOG_LEVEL: str({ choices: ["fatal", "error", "warn", "info", "debug", "trace", "silent"], default: "info" }),
    EXPOSE_SQL_COUNT: bool({ default: undefined, desc: "Report SQL statements per request in response extensions (default: on unless production)" }),
    RESPONSE_CACHE: str({ choices: ["on", "off"], default: "on", desc: "Serve reads of unchanged data from the response cache (never stale: keyed on the data version)" }),
    RESPONSE_CACHE_MAX_ENTRIES: num({ default: 1000, desc: "At most this many cached responses (least recently used go first)" }),
    RESPONSE_CACHE_MAX_MB: num({ default: 64, desc: "At most this many MiB of cached response bodies" }),
  });
  return {
    nodeEnv: e.NODE_ENV,
    isProduction: e.NODE_ENV === "production",
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL as string | undefined,
    dataDir: path.resolve(e.DATA_DIR),
    dbPoolSize: e.DB_POOL_SIZE,
    seedOnStart: e.SEED_ON_START,
    logLevel: e.LOG_LEVEL,
    exposeSqlCount: e.EXPOSE_SQL_COUNT ?? e.NODE_ENV !== "production",
    responseCache: {
      enabled: e.RESPONSE_CACHE === "on",
      maxEntries: e.RESPONSE_CACHE_MAX_ENTRIES,
      maxBytes: Math.round(e.RESPONSE_CACHE_MAX_MB * 1024 * 1024),
    },
  };
}

export type Config = ReturnType<typeof loadConfig>;
