import "reflect-metadata";
import { types } from "pg";
import { DataSource, type Logger as TypeOrmLogger } from "typeorm";
import { entities } from "../entities";
import { migrations } from "./migrations";
import { logger } from "../logger";
import { requestScope } from "../request/scope";

// Calendar dates stay strings ("2025-06-01"): pg would otherwise make a JavaScript Date at local midnight.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** Counts every SQL statement against the current request (see request-scope.ts); logs failures. */
class SqlLogger implements TypeOrmLogger {
  logQuery(): void {
    const scope = requestScope.getStore();
    if (scope) scope.sqlStatements += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    const scope = requestScope.getStore();
    if (scope) scope.sqlStatements += 1;
    logger.debug({ err: error, query, requestId: scope?.requestId }, "sql error");
  }
  logQuerySlow(time: number, query: string): void {
    logger.warn({ ms: time, query: query.slice(0, 500), requestId: requestScope.getStore()?.requestId }, "slow sql");
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
}

/**
 * The one TypeORM DataSource factory (synchronize is never on; the schema comes from migrations).
 * `statement_timeout` is sent by `pg` in the start-up message of every connection, so a statement that runs too long
 * is cancelled by the server and the connection goes back to the pool; `idle_in_transaction_session_timeout` ends a
 * session that sits in an open transaction (e.g. a client that vanished mid-way).
 */
export function createDataSource(url: string, poolSize: number, limits: ConnectionLimits = {}): DataSource {
  const statementTimeout = limits.statementTimeoutMs ?? 10_000;
  return new DataSource({
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
      ...(statementTimeout > 0
        ? {
            statement_timeout: statementTimeout,
            idle_in_transaction_session_timeout: Math.max(statementTimeout, 60_000),
          }
        : {}),
    },
  });
}
