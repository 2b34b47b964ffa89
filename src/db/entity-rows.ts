import type { Pool } from "pg";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { requestScope } from "../request-scope";

/**
 * Entities for the hot read paths (the comparisons) without TypeORM's query builder and hydration, and without pg's
 * per-field row parsing: PostgreSQL sends the rows as ONE JSON text (`json_agg(json_build_array(…))`), which
 * JSON.parse (native) turns into arrays, mapped here by position onto instances of the entity class.
 *
 * Profiling (bench/README.md) showed the query builder's hydration, then pg's parsing of thousands of rows x columns
 * (strings, dates, arrays) and the garbage both leave, costing more than the SQL itself at 420 bodies. The column
 * list comes from the entity's TypeORM metadata, so a new column is picked up without touching this. Types arrive
 * as TypeORM would give them: numbers, booleans, strings, `date` as `YYYY-MM-DD` strings, arrays, jsonb values;
 * `timestamp(tz)` columns are turned into Dates here. The result is a real instance of the entity class: its getters
 * (the global `id`) and `resolveType` work as with TypeORM's own.
 */
export class EntityRows<T extends ObjectLiteral> {
  private readonly columns: Array<{ property: string; expression: string; isInstant: boolean }>;

  constructor(
    dataSource: DataSource,
    private readonly entity: new () => T,
    /** The table alias in the SQL. */
    readonly alias: string,
  ) {
    const target: EntityTarget<T> = entity;
    this.columns = dataSource.getMetadata(target).columns.map((c) => ({
      property: c.propertyName,
      expression: `"${alias}"."${c.databaseName}"`,
      isInstant: c.type === "timestamptz" || c.type === "timestamp" || c.type === "timestamp with time zone",
    }));
  }

  /** Number of values one entity takes in a row array. */
  get width(): number {
    return this.columns.length;
  }

  /** The entity's columns as SQL expressions, comma-separated, for a `json_build_array(…)`. */
  get jsonColumns(): string {
    return this.columns.map((c) => c.expression).join(", ");
  }

  /** The entity at `offset` in a row array built with `jsonColumns`. */
  fromJson(values: readonly unknown[], offset = 0): T {
    const instance = new this.entity();
    const target = instance as Record<string, unknown>;
    for (let i = 0; i < this.columns.length; i++) {
      const c = this.columns[i];
      const value = values[offset + i];
      target[c.property] = c.isInstant && typeof value === "string" ? new Date(value) : value;
    }
    return instance;
  }
}

const cache = new WeakMap<DataSource, Map<Function, Map<string, EntityRows<ObjectLiteral>>>>();

/** One mapper per data source, entity and alias (built from metadata once). */
export function entityRows<T extends ObjectLiteral>(dataSource: DataSource, entity: new () => T, alias: string): EntityRows<T> {
  let byEntity = cache.get(dataSource);
  if (!byEntity) cache.set(dataSource, (byEntity = new Map()));
  let byAlias = byEntity.get(entity);
  if (!byAlias) byEntity.set(entity, (byAlias = new Map()));
  let rows = byAlias.get(alias);
  if (!rows) byAlias.set(alias, (rows = new EntityRows(dataSource, entity, alias)));
  return rows as unknown as EntityRows<T>;
}

/**
 * One statement straight on the data source's pg pool (the pool TypeORM itself uses, so its size and the embedded
 * database's single connection hold): TypeORM's query runner adds a query-runner object, subscriber broadcasts and
 * several awaits per statement, measurable when a request's work is a handful of statements. Counted against the
 * request like every other statement; not for use inside a transaction (it takes a connection of its own).
 */
export async function hotQuery<R extends Record<string, unknown>>(dataSource: DataSource, sql: string, params: unknown[]): Promise<R[]> {
  const scope = requestScope.getStore();
  if (scope) scope.sqlStatements += 1;
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  try {
    return (await pool.query<R>(sql, params)).rows;
  } catch (error) {
    dataSource.logger.logQueryError(error instanceof Error ? error : String(error), sql, params);
    throw error;
  }
}

/**
 * Runs a statement whose only column is a JSON array (e.g. `COALESCE(json_agg(…), '[]')::text AS "json"`), and
 * parses it. One statement, counted like any other.
 */
export async function queryJsonRows(dataSource: DataSource, sql: string, params: unknown[]): Promise<unknown[][]> {
  const rows = await hotQuery<{ json: string | null }>(dataSource, sql, params);
  const text = rows[0]?.json;
  return text ? (JSON.parse(text) as unknown[][]) : [];
}
