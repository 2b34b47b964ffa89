import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Raw rows to entity instances for the hot read paths (the comparisons), without TypeORM's query builder and
 * hydration: profiling showed those (SQL generation, alias mapping, `transformColumns`, and the garbage they leave)
 * costing more than the statements themselves (bench/README.md). The column list comes from the entity's TypeORM
 * metadata, so a new column is picked up without touching this; enum arrays are cast to `text[]` so that pg parses
 * them (TypeORM would otherwise parse `{A,B}` itself). The result is a real instance of the entity class: its
 * getters (the global `id`) and `resolveType` work as with TypeORM's own.
 */
export class EntityRows<T extends ObjectLiteral> {
  private readonly columns: Array<{ property: string; alias: string; select: string }>;

  constructor(
    dataSource: DataSource,
    private readonly entity: new () => T,
    /** The table alias in the SQL; the selected columns are aliased `<alias>_<column>`. */
    readonly alias: string,
  ) {
    const target: EntityTarget<T> = entity;
    this.columns = dataSource.getMetadata(target).columns.map((c) => {
      const column = `"${alias}"."${c.databaseName}"`;
      const as = `${alias}_${c.databaseName}`;
      const cast = c.isArray && c.type === "enum" ? "::text[]" : "";
      return { property: c.propertyName, alias: as, select: `${column}${cast} AS "${as}"` };
    });
  }

  /** `"s"."id" AS "s_id", …` for a SELECT list. */
  get selectList(): string {
    return this.columns.map((c) => c.select).join(", ");
  }

  /** The entity in a raw row (selected with `selectList`). */
  from(row: Record<string, unknown>): T {
    const instance = new this.entity();
    const target = instance as Record<string, unknown>;
    for (const c of this.columns) target[c.property] = row[c.alias];
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
