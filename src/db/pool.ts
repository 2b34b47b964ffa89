import type { Pool } from "pg";
import type { DataSource } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";

/**
 * The `pg` pool behind a TypeORM PostgreSQL data source (undefined before initialisation or after destroy): the one
 * place that reaches into the driver, for the raw read path (`hotQuery`) and the pool metrics.
 */
export function driverPool(dataSource: DataSource): Pool | undefined {
  if (!dataSource.isInitialized) return undefined;
  return (dataSource.driver as PostgresDriver).master as Pool | undefined;
}
