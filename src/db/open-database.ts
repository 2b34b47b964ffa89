import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { createDataSource } from "./data-source";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";

export interface OpenDatabase {
  dataSource: DataSource;
  /** Human-readable description for the start-up log, without credentials. */
  description: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** Opens the configured database: PostgreSQL at DATABASE_URL, or else the embedded one in DATA_DIR. */
export async function openDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir" | "dbPoolSize"> &
    Partial<Pick<Config, "dbStatementTimeoutMs" | "dbConnectTimeoutMs">>,
): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
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
