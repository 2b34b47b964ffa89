import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { driverPool } from "./pool";

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
export function entityRows<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: new () => T,
  alias: string,
): EntityRows<T> {
  let byEntity = cache.get(dataSource);
  if (!byEntity) cache.set(dataSource, (byEntity = new Map()));
  let byAlias = byEntity.get(entity);
  if (!byAlias) byEntity.set(entity, (byAlias = new Map()));
  let rows = byAlias.get(alias);
  if (!rows) byAlias.set(alias, (rows = new EntityRows(dataSource, entity, alias)));
  return rows as unknown as EntityRows<T>;
}

/**
 * Which hot statements run as named (prepared) statements, per data source: a statement text seen twice (within the
 * last `4 x limit` first sightings) gets a name, up to `limit` texts per process; the rest run unnamed, as before. Each
 * pooled connection parses such a text once and plans it once (a generic plan: `plan_cache_mode`, db/data-source.ts),
 * instead of parsing and planning the big batched statement of a comparison on every request — about half of
 * PostgreSQL's CPU per comparison at small scale (bench/README.md). Bounded because every connection keeps what it
 * prepared until it closes; a name is never reused for another text. `DB_PREPARED_STATEMENTS` (docs/operations.md)
 * sets the limit; 0 turns it off (e.g. behind a transaction-mode connection pooler that does not keep them).
 */
class StatementNames {
  private readonly names = new Map<string, string>();
  private readonly seen = new Set<string>();

  constructor(private readonly limit: number) {}

  /** The name to run `sql` under, or undefined (unnamed: first sight, or the limit reached). */
  nameOf(sql: string): string | undefined {
    const name = this.names.get(sql);
    if (name !== undefined || this.names.size >= this.limit) return name;
    if (!this.seen.has(sql)) {
      // A one-off statement takes no slot; the first sightings start afresh when there are too many to keep.
      if (this.seen.size >= this.limit * 4) this.seen.clear();
      this.seen.add(sql);
      return undefined;
    }
    this.seen.delete(sql);
    const given = `smc_hot_${this.names.size + 1}`;
    this.names.set(sql, given);
    return given;
  }
}

const statementNames = new WeakMap<DataSource, StatementNames>();

/** Sets how many hot statement texts `hotQuery` may run as prepared statements on `dataSource` (0: none). */
export function prepareHotStatements(dataSource: DataSource, limit: number): void {
  if (limit > 0) statementNames.set(dataSource, new StatementNames(limit));
  else statementNames.delete(dataSource);
}

/**
 * One statement straight on the data source's pg pool (the pool TypeORM itself uses, so its size and the embedded
 * database's single connection hold): TypeORM's query runner adds a query-runner object, subscriber broadcasts and
 * several awaits per statement, measurable when a request's work is a handful of statements. Counted against the
 * request like every other statement; not for use inside a transaction (it takes a connection of its own).
 */
export async function hotQuery<R extends Record<string, unknown>>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
): Promise<R[]> {
  dataSource.logger.logQuery(sql, params);
  try {
    const pool = driverPool(dataSource);
    if (!pool) throw new Error("The data source is not initialised.");
    const name = statementNames.get(dataSource)?.nameOf(sql);
    return (await pool.query<R>(name ? { name, text: sql, values: params } : { text: sql, values: params })).rows;
  } catch (error) {
    dataSource.logger.logQueryError(error instanceof Error ? error : String(error), sql, params);
    throw error;
  }
}

/**
 * Adds a value to the statement's parameters and returns its placeholder (`$n`). The one place placeholders are
 * numbered: a read asks for each value's placeholder once and may use it several times.
 */
export type Param = (value: unknown) => string;

/** A read's SQL, written against `param`: one row, one text column holding a JSON array (NULL for none). */
export type JsonRead = (param: Param) => string;

/**
 * The JSON reads of one request (`JsonRead`s) that are issued in the same turn of the event loop, sent to PostgreSQL
 * as ONE statement: `SELECT (<read 1>) AS "r0", (<read 2>) AS "r1", …`, each read a scalar subquery. The reads are
 * written with `param` and take their placeholders when the statement is assembled, so the numbering is done here
 * once, never by rewriting SQL text.
 *
 * Why: on a loaded 2-core machine each statement costs the service ~0.2-0.3 ms of CPU whatever its size (pool
 * checkout, the protocol messages, a `writev`, a wake-up per answer) plus a parse/plan/wake-up in PostgreSQL; for a
 * small matrix that was a third of a request (bench/README.md). The comparisons ask their dimensions together (one
 * statement: provinces, platforms, values) and then their facts together (statusMatrix + valueMatrix in one
 * operation: one statement). Dispatch waits for `setImmediate`, like the DataLoaders, so every read of the
 * resolvers that run side by side is in.
 *
 * All reads of a batch succeed or fail together (one statement): an outage or a timeout fails each of them. One
 * batch per request (it lives in the request's loaders); not for use inside a transaction (like `hotQuery`).
 */
export class ReadBatch {
  private pending: Array<{
    read: JsonRead;
    resolve: (rows: unknown[][]) => void;
    reject: (error: unknown) => void;
  }> = [];

  constructor(private readonly dataSource: DataSource) {}

  /** The parsed JSON array of one read (`[]` when it is NULL), once its batch has run. */
  rows(read: JsonRead): Promise<unknown[][]> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.dispatch());
      this.pending.push({ read, resolve, reject });
    });
  }

  private async dispatch(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const params: unknown[] = [];
      const param: Param = (value) => `$${params.push(value)}`;
      const reads = batch.map((r) => r.read(param));
      const sql =
        reads.length === 1 ? reads[0] : `SELECT ${reads.map((read, i) => `(${read}) AS "r${i}"`).join(",\n")}`;
      const row = (await hotQuery<Record<string, string | null>>(this.dataSource, sql, params))[0] ?? {};
      batch.forEach((r, i) => {
        const text = batch.length === 1 ? (Object.values(row)[0] ?? null) : row[`r${i}`];
        try {
          r.resolve(text == null ? [] : (JSON.parse(text) as unknown[][]));
        } catch (error) {
          r.reject(error);
        }
      });
    } catch (error) {
      for (const r of batch) r.reject(error);
    }
  }
}
