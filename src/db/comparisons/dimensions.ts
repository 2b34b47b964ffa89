import type { DataSource } from "typeorm";
import { entityRows, type ReadBatch } from "../entity-rows";

/**
 * The dimensions a comparison is asked for (provinces, platforms, values), and the one rule per dimension for which
 * rows its keys name: used by the dimension's own read (`dimensionRows`) and, as `inScope`, by the fact reads, so both
 * select the same rows.
 */
const DIMENSIONS = {
  provinces: {
    table: "province",
    orderBy: `"e"."code"`,
    /** CBS codes in any case (`pv26`) or slugs. */
    normalise: (k: string) => (/^pv\d\d$/i.test(k) ? k.toUpperCase() : k),
    match: (keys: string) => `("e"."code" = ANY(${keys}) OR "e"."slug" = ANY(${keys}))`,
  },
  platforms: {
    table: "platform",
    orderBy: `"e"."id"`,
    normalise: (k: string) => k.toLowerCase(),
    match: (keys: string) => `"e"."slug" = ANY(${keys})`,
  },
  values: {
    table: "value",
    orderBy: `"e"."id"`,
    normalise: (k: string) => k.toLowerCase(),
    match: (keys: string) => `"e"."slug" = ANY(${keys})`,
  },
} as const;
export type Dimension = keyof typeof DIMENSIONS;

/** The keys of a dimension as its SQL rule takes them: normalised, or null for all rows. */
export function scopeKeys(dimension: Dimension, keys: readonly string[] | null | undefined): string[] | null {
  return keys ? keys.map(DIMENSIONS[dimension].normalise) : null;
}

/**
 * SQL condition: `column` holds the id of a row of `dimension` that the keys in placeholder `keys` (a `text[]` from
 * `scopeKeys`; NULL for all rows) name — the same rows as `dimensionRows` returns. For a fact read that runs in the
 * same statement as the dimension's read (ReadBatch) instead of waiting for the ids. With NULL (all rows) PostgreSQL
 * folds the condition away when it plans the statement.
 */
export function inScope(dimension: Dimension, column: string, keys: string): string {
  const d = DIMENSIONS[dimension];
  return `(${keys}::text[] IS NULL OR ${column} IN (SELECT "e"."id" FROM "${d.table}" "e" WHERE ${d.match(keys)}))`;
}

/**
 * The rows of a dimension that `keys` name (all rows when null), in the dimension's order: one read through the
 * request's read batch (raw SQL as JSON, mapped to entity instances: see db/entity-rows.ts), so the dimensions a
 * comparison asks for together and its facts are one statement.
 */
export async function dimensionRows<T extends { id: number }>(
  dataSource: DataSource,
  reads: ReadBatch,
  dimension: Dimension,
  entity: new () => T,
  keys: readonly string[] | null,
): Promise<T[]> {
  const d = DIMENSIONS[dimension];
  const rows = entityRows(dataSource, entity, "e");
  const json = await reads.rows(
    (param) =>
      `SELECT COALESCE(json_agg(json_build_array(${rows.jsonColumns}) ORDER BY ${d.orderBy}), '[]')::text AS "json" ` +
      `FROM "${d.table}" "e"${keys ? ` WHERE ${d.match(param(scopeKeys(dimension, keys)))}` : ""}`,
  );
  return json.map((r) => rows.fromJson(r));
}
