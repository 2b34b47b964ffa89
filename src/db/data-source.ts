import "reflect-metadata";
import { types } from "pg";
import { DataSource, type Logger as TypeOrmLogger, type QueryRunner } from "typeorm";
import { entities } from "../entities";
import { migrations } from "./migrations";
import { logger } from "../logger";
import { driverPool, gateConnections, type ConnectionGate } from "./pool";
import { prepareHotStatements } from "./entity-rows";

// Calendar dates stay strings ("2025-06-01"): pg would otherwise make a JavaScript Date at local midnight.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/**
 * Who follows the statements of a data source: the server counts them against the current request (src/server.ts).
 * The database layer knows nothing of requests; without an observer statements are only logged.
 */
export interface StatementObserver {
  /** A statement ran (or failed). */
  onStatement(): void;
  /** The id of the request the statement runs for, for log lines. */
  requestId(): string | undefined;
  /** Runs `work` for no request: its statements count against none (a read shared by concurrent requests). */
  detached<T>(work: () => T): T;
  /** The current request's permit to hold one more pooled connection (undefined: no limit; see db/pool.ts). */
  connectionPermit?: ConnectionGate;
}

const NO_OBSERVER: StatementObserver = { onStatement() {}, requestId: () => undefined, detached: (work) => work() };

/** Every SQL statement goes through this logger (TypeORM's, and `hotQuery`'s): it tells the observer; logs failures. */
class SqlLogger implements TypeOrmLogger {
  observer = NO_OBSERVER;
  logQuery(): void {
    this.observer.onStatement();
  }
  logQueryError(error: string | Error, query: string): void {
    this.observer.onStatement();
    logger.debug({ err: error, query, requestId: this.observer.requestId() }, "sql error");
  }
  logQuerySlow(time: number, query: string): void {
    logger.warn({ ms: time, query: query.slice(0, 500), requestId: this.observer.requestId() }, "slow sql");
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    logger.info({ migration: message }, "migration");
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") logger.warn({ message }, "typeorm");
  }
}

export interface ConnectionLimits {
  /** PostgreSQL `statement_timeout` of every pooled connection, ms (0 = none). PGlite accepts but does not enforce it. */
  statementTimeoutMs?: number;
  /** How long to wait for a new connection before failing (the request then gets SERVICE_UNAVAILABLE), ms. */
  connectTimeoutMs?: number;
  /**
   * How many hot statement texts run as prepared statements (db/entity-rows.ts `hotQuery`; 0: none). Default 32.
   * PostgreSQL only: the embedded database's connections share one backend, where a prepared statement would outlive
   * its connection.
   */
  preparedStatements?: number;
}

/**
 * The one TypeORM DataSource factory (synchronize is never on; the schema comes from migrations).
 * `statement_timeout` is sent by `pg` in the start-up message of every connection, so a statement that runs too long
 * is cancelled by the server and the connection goes back to the pool; `idle_in_transaction_session_timeout` ends a
 * session that sits in an open transaction (e.g. a client that vanished mid-way).
 */
export function createDataSource(url: string, poolSize: number, limits: ConnectionLimits = {}): DataSource {
  const statementTimeout = limits.statementTimeoutMs ?? 10_000;
  const preparedStatements = limits.preparedStatements ?? 32;
  const dataSource = new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    migrationsTableName: "typeorm_migrations",
    migrationsTransactionMode: "each",
    synchronize: false,
    logger: new SqlLogger(),
    maxQueryExecutionTime: 1000,
    extra: {
      max: poolSize,
      connectionTimeoutMillis: limits.connectTimeoutMs ?? 3000,
      // The prepared hot statements (db/entity-rows.ts) are planned once, not for every call: a custom plan per call
      // costs about as much as running them (bench/README.md). Only named statements are affected; every other
      // statement is unnamed and planned for its parameters as before.
      ...(preparedStatements > 0 ? { options: "-c plan_cache_mode=force_generic_plan" } : {}),
      ...(statementTimeout > 0
        ? {
            statement_timeout: statementTimeout,
            idle_in_transaction_session_timeout: Math.max(statementTimeout, 60_000),
          }
        : {}),
    },
  });
  prepareHotStatements(dataSource, preparedStatements);
  return dataSource;
}

/** Sets who follows the data source's statements (one observer; the server's). */
export function observeStatements(dataSource: DataSource, observer: StatementObserver): void {
  const sqlLogger = dataSource.logger;
  if (!(sqlLogger instanceof SqlLogger)) throw new Error("The data source was not made by createDataSource.");
  sqlLogger.observer = observer;
  const pool = driverPool(dataSource);
  if (!pool) throw new Error("Initialise the data source before observing it.");
  gateConnections(pool, () => sqlLogger.observer.connectionPermit?.());
}

/** Runs `work` for no request (see `StatementObserver.detached`). */
export function detached<T>(dataSource: DataSource, work: () => T): T {
  // A data source made elsewhere (a stand-in in a unit test) has no observer to leave.
  const sqlLogger = dataSource.logger;
  return sqlLogger instanceof SqlLogger ? sqlLogger.observer.detached(work) : work();
}

/** The query runners that hold a pooled connection right now (TypeORM's own list): the operations in flight. */
function connectedRunners(dataSource: DataSource): QueryRunner[] {
  const driver = dataSource.driver as { connectedQueryRunners?: QueryRunner[] };
  return driver.connectedQueryRunners ?? [];
}

/** Whether a statement or transaction holds a connection (a request may run on after its client went away). */
export function hasActiveConnections(dataSource: DataSource): boolean {
  return dataSource.isInitialized && connectedRunners(dataSource).length > 0;
}

/**
 * Closes the data source without ever returning a connection that is inside a transaction to the pool. TypeORM's
 * `destroy()` releases every connection back to the pool as it is; a request waiting for a connection could then get
 * one that still runs another request's transaction and commit that half (a snapshot without its audit event). So,
 * when operations are still in flight (`abort`), their connections are destroyed first — released with an error,
 * which makes `pg` close them; the server rolls their transactions back — in the same turn as the pool's end, so no
 * waiting request gets a connection in between. Their requests then fail with QueryRunnerAlreadyReleasedError (503).
 */
export async function closeDataSource(dataSource: DataSource): Promise<{ aborted: number }> {
  if (!dataSource.isInitialized) return { aborted: 0 };
  const inFlight = [...connectedRunners(dataSource)];
  for (const runner of inFlight)
    void (runner as QueryRunner & { releasePostgresConnection(err?: Error): Promise<void> }).releasePostgresConnection(
      new Error("shutdown: connection destroyed, its transaction rolled back"),
    );
  await dataSource.destroy();
  return { aborted: inFlight.length };
}
