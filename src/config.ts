import path from "node:path";
import { bool, cleanEnv, makeValidator, port, str } from "envalid";

/** A whole number of at least 1 (pool sizes, limits). */
const positiveInt = makeValidator<number>((input) => {
  const n = Number(input);
  if (!/^\s*\d+\s*$/.test(input) || !Number.isSafeInteger(n) || n < 1)
    throw new Error(`must be a whole number of at least 1, got "${input}"`);
  return n;
});

/** A number greater than 0 (the query cost limit, whose costs are fractional). */
const positiveNumber = makeValidator<number>((input) => {
  const n = Number(input);
  if (input.trim() === "" || !Number.isFinite(n) || n <= 0)
    throw new Error(`must be a number greater than 0, got "${input}"`);
  return n;
});

/** A whole number of 0 or more (timeouts in milliseconds; 0 = none where the description says so). */
const nonNegativeInt = makeValidator<number>((input) => {
  const n = Number(input);
  if (!/^\s*\d+\s*$/.test(input) || !Number.isSafeInteger(n))
    throw new Error(`must be a whole number of 0 or more, got "${input}"`);
  return n;
});

/** A bearer token for /metrics: at least 16 visible ASCII characters. */
const metricsToken = makeValidator<string>((input) => {
  if (!/^[\x21-\x7E]{16,}$/.test(input))
    throw new Error("must be at least 16 visible ASCII characters (e.g. `openssl rand -hex 32`)");
  return input;
});

/** A PostgreSQL connection string: postgres:// or postgresql://. */
const postgresUrl = makeValidator<string>((input) => {
  let protocol: string;
  try {
    protocol = new URL(input).protocol;
  } catch {
    throw new Error("must be a URL such as postgresql://user@host:5432/database");
  }
  if (protocol !== "postgres:" && protocol !== "postgresql:")
    throw new Error(`must start with postgresql:// (got ${protocol}//)`);
  return input;
});

/** A comma-separated list of origins (`scheme://host[:port]`, no path; a trailing slash is dropped). */
const originList = makeValidator<string[]>((input) =>
  input
    .split(",")
    .map((origin) => origin.trim().replace(/\/+$/, ""))
    .filter((origin) => origin.length > 0)
    .map((origin) => {
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        throw new Error(`"${origin}" is not an origin such as https://dashboard.example.nl`);
      }
      if (url.origin !== origin)
        throw new Error(`"${origin}" is not an origin (scheme://host[:port]); use ${url.origin}`);
      return origin;
    }),
);

/**
 * The service's configuration, read from the environment and validated once at start (envalid prints one clear line
 * per bad variable and stops). See the README's configuration table.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const e = cleanEnv(env, {
    NODE_ENV: str({ choices: ["development", "test", "production"], default: "development" }),
    PORT: port({ default: 4000, desc: "HTTP port of the GraphQL service" }),
    HOST: str({ default: "127.0.0.1", desc: "Address to listen on" }),
    DATABASE_URL: postgresUrl({
      default: undefined,
      desc: "PostgreSQL connection string; without it the embedded database is used",
    }),
    DATA_DIR: str({ default: "./data", desc: "Directory of the embedded database" }),
    ALLOW_EMBEDDED_IN_PRODUCTION: bool({
      default: false,
      desc: "Let NODE_ENV=production run on the embedded database (refused by default: set DATABASE_URL)",
    }),
    DB_POOL_SIZE: positiveInt({
      default: 10,
      desc: "Connections to an external PostgreSQL (the embedded database always uses one)",
    }),
    DB_CONNECTIONS_PER_REQUEST: positiveInt({
      default: 3,
      desc: "Pooled connections one request may hold at once (its share of DB_POOL_SIZE); its other reads wait for these",
    }),
    SEED_ON_START: bool({ default: true, desc: "Load the memo's data on start when the database is empty" }),
    LOG_LEVEL: str({ choices: ["fatal", "error", "warn", "info", "debug", "trace", "silent"], default: "info" }),
    EXPOSE_SQL_COUNT: bool({
      default: undefined,
      desc: "Report SQL statements per request in response extensions (default: on unless production)",
    }),
    PUBLIC_READ: bool({
      default: true,
      desc: "Whether anonymous callers (no token) may read published data; false refuses them with UNAUTHENTICATED",
    }),
    // Query limits (graphql-armor and graphql-js): each refusal is a 400 naming the limit and the value found.
    MAX_DEPTH: positiveInt({
      default: 10,
      desc: "Deepest field nesting per operation (introspection's __schema excluded)",
    }),
    MAX_ALIASES: positiveInt({ default: 15, desc: "Aliases per operation" }),
    MAX_DIRECTIVES: positiveInt({ default: 20, desc: "Directives per operation" }),
    MAX_TOKENS: positiveInt({ default: 2000, desc: "Lexical tokens per document (the parser stops at the limit)" }),
    MAX_COST: positiveNumber({
      default: 5000,
      desc: "Cost per operation (graphql-armor cost-limit: object 2, scalar 1, x1.5 per depth level)",
    }),
    MAX_LIST_ITEMS: positiveInt({
      default: 200,
      desc: "Values per list argument (in the operation's text or its variables)",
    }),
    BODY_LIMIT: str({
      default: "100kb",
      desc: "Largest accepted request body (express.json limit syntax: 100kb, 1mb)",
    }),
    // Production behaviour.
    INTROSPECTION: bool({ default: undefined, desc: "Allow schema introspection (default: on unless production)" }),
    FIELD_SUGGESTIONS: bool({
      default: undefined,
      desc: 'Show "Did you mean ...?" in validation errors (default: on unless production)',
    }),
    EXPLORER: bool({
      default: undefined,
      desc: "Serve the GraphiQL explorer at /explorer (default: on unless production)",
    }),
    TRUST_PROXY: str({
      default: "false",
      desc: "Express `trust proxy` setting: false, true, a hop count or a list of addresses (for the client address behind a reverse proxy)",
    }),
    // Rate limiting (express-rate-limit, in memory per process).
    RATE_LIMIT_ENABLED: bool({ default: true, desc: "Rate-limit /graphql" }),
    RATE_LIMIT_WINDOW_MS: positiveInt({ default: 60_000, desc: "Rate-limit window in milliseconds" }),
    RATE_LIMIT_MAX: positiveInt({
      default: 600,
      desc: "Requests per window per client (the hashed Authorization header, or the client address when anonymous)",
    }),
    RATE_LIMIT_IP_MAX: positiveInt({
      default: 1200,
      desc: "Requests per window per client address, whatever the token (bounds clients that rotate tokens)",
    }),
    // Timeouts.
    REQUEST_TIMEOUT_MS: nonNegativeInt({
      default: 15_000,
      desc: "A /graphql request still running after this is answered with 503 TIMEOUT",
    }),
    DB_STATEMENT_TIMEOUT_MS: nonNegativeInt({
      default: 10_000,
      desc: "PostgreSQL statement_timeout per connection (0 = none); keep it below REQUEST_TIMEOUT_MS",
    }),
    DB_PREPARED_STATEMENTS: nonNegativeInt({
      default: 32,
      desc: "How many of the hot read statements (the comparisons' batched reads) run as prepared statements on each connection (0 = none, e.g. behind a transaction-mode pooler that does not keep them)",
    }),
    DB_CONNECT_TIMEOUT_MS: nonNegativeInt({
      default: 3_000,
      desc: "Give up connecting to PostgreSQL after this (requests then fail with SERVICE_UNAVAILABLE)",
    }),
    READY_TIMEOUT_MS: nonNegativeInt({
      default: 2_000,
      desc: "The readiness check reports the database unreachable after this",
    }),
    SHUTDOWN_TIMEOUT_MS: nonNegativeInt({
      default: 10_000,
      desc: "On SIGTERM, wait this long for in-flight requests before closing their connections",
    }),
    // Storage and the embedded database (docs/operations.md, "What a supervisor sees").
    MIN_FREE_DISK_MB: nonNegativeInt({
      default: 100,
      desc: "Embedded database: below this much free space on DATA_DIR's disk /ready answers 503 and writes are refused with STORAGE_FULL (0 = no check)",
    }),
    DB_WATCHDOG_MS: nonNegativeInt({
      default: 60_000,
      desc: "Embedded database: when it answers nothing for this long the process exits with code 2 for a supervisor to restart it (0 = no watchdog)",
    }),
    // Front-ends (README "Using it from a web page", docs/operations.md "Browsers").
    CORS_ORIGINS: originList({
      default: undefined,
      desc: "Origins whose pages may call the API (comma-separated, e.g. https://dashboard.example.nl); default outside production: http://localhost:5173, http://127.0.0.1:5173 and the service's own origin; in production: none unless set",
    }),
    COMPRESSION: bool({
      default: true,
      desc: "Compress responses (brotli or gzip, as the client accepts) of 1 kB or more",
    }),
    WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInt({
      default: 20,
      desc: "Subscriptions one WebSocket connection may run at once; one more is refused with an error",
    }),
    WS_MAX_CONNECTIONS_PER_CLIENT: positiveInt({
      default: 10,
      desc: "WebSocket connections at once per client address; one more is refused with HTTP 429",
    }),
    WS_MAX_BUFFERED_KB: positiveInt({
      default: 1024,
      desc: "A subscriber whose unsent data exceeds this many KiB (a slow consumer) is disconnected (close code 1013)",
    }),
    // Operations.
    METRICS_ENABLED: bool({ default: true, desc: "Serve Prometheus metrics at /metrics" }),
    METRICS_TOKEN: metricsToken({
      default: undefined,
      desc: "When set, /metrics needs `Authorization: Bearer <METRICS_TOKEN>` (at least 16 characters); per-operation series are shown",
    }),
    METRICS_PORT: port({
      default: undefined,
      desc: "When set, /metrics is served on its own listener at METRICS_HOST:METRICS_PORT instead of the service's port; per-operation series are shown",
    }),
    METRICS_HOST: str({ default: "127.0.0.1", desc: "Address of the metrics listener (METRICS_PORT)" }),
    RESPONSE_CACHE: str({
      choices: ["on", "off"],
      default: "on",
      desc: "Serve reads of unchanged data from the response cache (never stale: keyed on the data version)",
    }),
    RESPONSE_CACHE_MAX_ENTRIES: positiveInt({
      default: 1000,
      desc: "At most this many cached responses (least recently used go first)",
    }),
    RESPONSE_CACHE_MAX_MB: positiveInt({ default: 64, desc: "At most this many MiB of cached response bodies" }),
    RESPONSE_CACHE_REWARM: nonNegativeInt({
      default: 4,
      desc: "After a write, re-run this many of the most recently asked public (anonymous) queries in the background (0: none)",
    }),
    GRAPHQL_EXECUTOR: str({
      choices: ["compiled", "graphql-js"],
      default: "compiled",
      desc: "How validated operations run: compiled once per operation by graphql-jit (graphql-js for what it can not compile), or graphql-js always",
    }),
  });
  return {
    nodeEnv: e.NODE_ENV,
    isProduction: e.NODE_ENV === "production",
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL as string | undefined,
    dataDir: path.resolve(e.DATA_DIR),
    allowEmbeddedInProduction: e.ALLOW_EMBEDDED_IN_PRODUCTION,
    dbPoolSize: e.DB_POOL_SIZE,
    dbConnectionsPerRequest: e.DB_CONNECTIONS_PER_REQUEST,
    seedOnStart: e.SEED_ON_START,
    logLevel: e.LOG_LEVEL,
    exposeSqlCount: e.EXPOSE_SQL_COUNT ?? e.NODE_ENV !== "production",
    publicRead: e.PUBLIC_READ,
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxTokens: e.MAX_TOKENS,
      maxCost: e.MAX_COST,
      bodyLimit: e.BODY_LIMIT,
      maxListItems: e.MAX_LIST_ITEMS,
    },
    introspection: e.INTROSPECTION ?? e.NODE_ENV !== "production",
    fieldSuggestions: e.FIELD_SUGGESTIONS ?? e.NODE_ENV !== "production",
    explorer: e.EXPLORER ?? e.NODE_ENV !== "production",
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    rateLimit: {
      enabled: e.RATE_LIMIT_ENABLED,
      windowMs: e.RATE_LIMIT_WINDOW_MS,
      max: e.RATE_LIMIT_MAX,
      ipMax: e.RATE_LIMIT_IP_MAX,
    },
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    dbConnectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
    dbPreparedStatements: e.DB_PREPARED_STATEMENTS,
    readyTimeoutMs: e.READY_TIMEOUT_MS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    minFreeDiskBytes: e.MIN_FREE_DISK_MB * 1024 * 1024,
    dbWatchdogMs: e.DB_WATCHDOG_MS,
    corsOrigins: corsOrigins(e.CORS_ORIGINS, e.NODE_ENV === "production", e.PORT),
    compression: e.COMPRESSION,
    websocket: {
      maxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxConnectionsPerClient: e.WS_MAX_CONNECTIONS_PER_CLIENT,
      maxBufferedBytes: e.WS_MAX_BUFFERED_KB * 1024,
    },
    metricsEnabled: e.METRICS_ENABLED,
    metricsToken: e.METRICS_TOKEN as string | undefined,
    metricsPort: e.METRICS_PORT as number | undefined,
    metricsHost: e.METRICS_HOST,
    responseCache: {
      enabled: e.RESPONSE_CACHE === "on",
      maxEntries: e.RESPONSE_CACHE_MAX_ENTRIES,
      maxBytes: Math.round(e.RESPONSE_CACHE_MAX_MB * 1024 * 1024),
      rewarm: e.RESPONSE_CACHE_REWARM,
    },
    executor: e.GRAPHQL_EXECUTOR as "compiled" | "graphql-js",
  };
}

export type Config = ReturnType<typeof loadConfig>;

/** `TRUST_PROXY` as Express takes it: a boolean, a hop count, or the string of addresses/subnets as given. */
function parseTrustProxy(value: string): boolean | number | string {
  if (value === "true") return true;
  if (value === "false" || value === "") return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/**
 * `CORS_ORIGINS` unset: outside production the Vite development server's origins and the service's own (a page it
 * serves), in production none (same-origin only). Set: exactly the origins given (empty: none).
 */
function corsOrigins(value: string[] | undefined, production: boolean, port: number): string[] {
  if (value !== undefined) return value;
  if (production) return [];
  return ["http://localhost:5173", "http://127.0.0.1:5173", `http://localhost:${port}`, `http://127.0.0.1:${port}`];
}
