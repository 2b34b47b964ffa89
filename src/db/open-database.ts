import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { withStartupLock } from "./startup-lock";
import { StorageGuard, diskSpace, startWatchdog } from "./storage";
import { closeDataSource, createDataSource, hasActiveConnections } from "./data-source";
import type { TemplateFingerprint } from "./template";
import { EmbeddedDatabaseError, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";

export interface OpenDatabase {
  dataSource: DataSource;
  /** Human-readable description for the start-up log, without credentials. */
  description: string;
  embedded: boolean;
  /** The embedded database's free-space check (MIN_FREE_DISK_MB); none for PostgreSQL, whose disk is not ours. */
  storage?: StorageGuard;
  /**
   * Starts the embedded database's watchdog: `onHung` when it has answered nothing for `ms` (nothing for PostgreSQL:
   * an outage there is answered with 503 and recovers by itself).
   */
  watch(ms: number, onHung: () => void): void;
  /**
   * Runs `work` (migrations, seeding) while no other process does the same on this database: under a PostgreSQL
   * advisory lock; the embedded database's directory lock already keeps every other process out.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  /** Whether a statement or transaction is in flight (graceful shutdown waits for none). */
  busy(): boolean;
  /**
   * Closes the pool (connections still in flight are destroyed, their transactions rolled back: never returned to
   * the pool), then the embedded database. Resolves to how many in-flight connections were destroyed.
   */
  close(): Promise<{ aborted: number }>;
}

/**
 * Opens the configured database: PostgreSQL at DATABASE_URL, or else the embedded one in DATA_DIR (a new one from the
 * seeded template when `options.seededTemplate` matches it, see src/db/template.ts). In production the
 * embedded database is refused unless ALLOW_EMBEDDED_IN_PRODUCTION: it serves one connection, enforces no statement
 * timeout and runs every session as superuser, so an unset DATABASE_URL there is far more likely a mistake.
 */
export async function openDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir" | "dbPoolSize"> &
    Partial<
      Pick<
        Config,
        | "dbStatementTimeoutMs"
        | "dbConnectTimeoutMs"
        | "dbPreparedStatements"
        | "isProduction"
        | "allowEmbeddedInProduction"
        | "minFreeDiskBytes"
      >
    >,
  options: { seededTemplate?: TemplateFingerprint } = {},
): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    if (config.isProduction && !config.allowEmbeddedInProduction)
      throw new EmbeddedDatabaseError(
        "NODE_ENV=production needs DATABASE_URL (PostgreSQL); set ALLOW_EMBEDDED_IN_PRODUCTION=true to run on the embedded database anyway.",
      );
    try {
      embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, seeded: options.seededTemplate });
    } catch (error) {
      throw (await diskFull(config.dataDir, config.minFreeDiskBytes ?? 0, error)) ?? error;
    }
    url = embedded.url;
  }
  const dbUrl = url;
  const dataSource = createDataSource(dbUrl, embedded ? 1 : config.dbPoolSize, {
    statementTimeoutMs: config.dbStatementTimeoutMs,
    connectTimeoutMs: config.dbConnectTimeoutMs,
    // The embedded database runs one backend for every connection: a prepared statement would outlive the
    // connection that made it (and clash with the next one's), so none there.
    preparedStatements: embedded ? 0 : config.dbPreparedStatements,
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.close();
    throw error;
  }
  let stopWatchdog = () => {};
  const description = embedded
    ? `embedded PostgreSQL (PGlite) in ${embedded.dataDir}`
    : `PostgreSQL at ${redactUrl(url)}`;
  return {
    dataSource,
    description,
    embedded: Boolean(embedded),
    storage: embedded ? new StorageGuard(embedded.dataDir, config.minFreeDiskBytes ?? 0) : undefined,
    watch(ms, onHung) {
      if (embedded && ms > 0) stopWatchdog = startWatchdog(embedded.ping, ms, onHung);
    },
    exclusively: (work) => (embedded ? work() : withStartupLock(dbUrl, work)),
    busy: () => hasActiveConnections(dataSource),
    async close() {
      stopWatchdog();
      try {
        return await closeDataSource(dataSource);
      } finally {
        await embedded?.close();
      }
    },
  };
}

/**
 * The one-line reason when the embedded database could not start because its disk is full (PGlite itself only says
 * "failed to initialize properly"): less free space than MIN_FREE_DISK_MB (at least 16 MB, a WAL segment), or a
 * disk-full error. Undefined when the disk is not the problem.
 */
async function diskFull(dataDir: string, minFreeBytes: number, error: unknown): Promise<Error | undefined> {
  const space = await diskSpace(dataDir).catch(() => undefined);
  const enospc = /ENOSPC|No space left on device/i.test(String((error as Error)?.message ?? error));
  if (!space || (!enospc && space.freeBytes >= Math.max(minFreeBytes, 16 * 1024 * 1024))) return undefined;
  return new EmbeddedDatabaseError(
    `The disk holding DATA_DIR ${dataDir} is full (${(space.freeBytes / 1024 / 1024).toFixed(1)} MB free): the ` +
      "embedded database can not start. Free space on that disk and start again.",
  );
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
