import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { createDataSource } from "./data-source";
import { EmbeddedDatabaseError, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";

export interface OpenDatabase {
  dataSource: DataSource;
  /** Human-readable description for the start-up log, without credentials. */
  description: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the configured database: PostgreSQL at DATABASE_URL, or else the embedded one in DATA_DIR. In production the
 * embedded database is refused unless ALLOW_EMBEDDED_IN_PRODUCTION: it serves one connection, enforces no statement
 * timeout and runs every session as superuser, so an unset DATABASE_URL there is far more likely a mistake.
 */
export async function openDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir" | "dbPoolSize"> &
    Partial<Pick<Config, "dbStatementTimeoutMs" | "dbConnectTimeoutMs" | "isProduction" | "allowEmbeddedInProduction">>,
): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    if (config.isProduction && !config.allowEmbeddedInProduction)
      throw new EmbeddedDatabaseError(
        "NODE_ENV=production needs DATABASE_URL (PostgreSQL); set ALLOW_EMBEDDED_IN_PRODUCTION=true to run on the embedded database anyway.",
      );
    embedded = await startEmbeddedDatabase({ dataDir: config.dataDir });
    url = embedded.url;
  }
  const dataSource = createDataSource(url, embedded ? 1 : config.dbPoolSize, {
    statementTimeoutMs: config.dbStatementTimeoutMs,
    connectTimeoutMs: config.dbConnectTimeoutMs,
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.close();
    throw error;
  }
  const description = embedded
    ? `embedded PostgreSQL (PGlite) in ${embedded.dataDir}`
    : `PostgreSQL at ${redactUrl(url)}`;
  return {
    dataSource,
    description,
    embedded: Boolean(embedded),
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.close();
    },
  };
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}
