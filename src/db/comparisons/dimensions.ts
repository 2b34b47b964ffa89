import type { DataSource } from "typeorm";
import { entityRows, type ReadBatch } from "../entity-rows";

/**
 * The dimensions a comparison or a lookup names (provinces, platforms, values, frameworks), and the ONE rule per
 * dimension for which rows a key names: used by the dimension's own read (`dimensionRows`), by the fact reads
 * (`inScope`) and by the writes' lookups inside a transaction (`keyMatch`), so all of them select the same rows.
 *
 * A key names a row when its `name_key` equals the `name_key` of one of the row's names (docs/design.md §3): case,
 * accents (combining or precomposed), surrounding and repeated whitespace ignored, so `pv21`, ` Fryslân`,
 * `FRYSLAN`, `Fryslân` written with a combining circumflex and `Friesland` (an alternative name, with its source)
 * all name province PV21. `name_key` is a database function (migration OneSpelling) because the database's
 * uniqueness rules use it too: what a lookup finds and what uniqueness refuses cannot disagree.
 */
const DIMENSIONS = {
  provinces: {
    table: "province",
    orderBy: `"e"."code"`,
    /** CBS code, slug, official name, or one of its alternative names (`province_alternative_name`). */
    names: [`"e"."code"`, `"e"."slug"`, `"e"."name"`],
    alternatives: `SELECT "a"."name" FROM "province_alternative_name" "a" WHERE "a"."province_id" = "e"."id"`,
  },
  platforms: { table: "platform", orderBy: `"e"."id"`, names: [`"e"."slug"`], alternatives: null },
  values: { table: "value", orderBy: `"e"."id"`, names: [`"e"."slug"`, `"e"."name"`], alternatives: null },
  frameworks: { table: "framework", orderBy: `"e"."id"`, names: [`"e"."slug"`], alternatives: null },
} as const;
export type Dimension = keyof typeof DIMENSIONS;

/** SQL: the row `"e"` of the dimension is named by one of the keys in `normalisedKeys` (a text[] of name_keys). */
function matchKeys(dimension: Dimension, normalisedKeys: string): string {
  const d = DIMENSIONS[dimension];
  const own = d.names.map((n) => `name_key(${n}) = ANY(${normalisedKeys})`);
  const alternatives = d.alternatives
    ? [`EXISTS (SELECT 1 FROM (${d.alternatives}) "alt" WHERE name_key("alt"."name") = ANY(${normalisedKeys}))`]
    : [];
  return `(${[...own, ...alternatives].join(" OR ")})`;
}

/** SQL: the name_key of every name of every row of the dimension (the names `matchKeys` compares with). */
function allNameKeys(dimension: Dimension): string {
  const d = DIMENSIONS[dimension];
  const names = `SELECT unnest(ARRAY[${d.names.join(", ")}]) AS "name"${d.alternatives ? ` UNION ALL ${d.alternatives}` : ""}`;
  return `SELECT name_key("n"."name") FROM "${d.table}" "e" CROSS JOIN LATERAL (${names}) AS "n"`;
}

/** SQL: the keys of placeholder `keys` (a text[] as the caller wrote them) as name_keys. */
const normalised = (keys: string) => `ARRAY(SELECT name_key("k") FROM unnest(CAST(${keys} AS text[])) AS "k")`;

/**
 * SQL condition on alias `"e"` of the dimension's table: the row is named by one of the keys in placeholder `keys`
 * (a text[] as given). For lookups through TypeORM inside a write transaction: `keyMatch("provinces", ":keys")`.
 */
export function keyMatch(dimension: Dimension, keys: string): string {
  return matchKeys(dimension, normalised(keys));
}

/** The keys of a dimension as its SQL rule takes them (as given: the rule normalises them), or null for all rows. */
export function scopeKeys(_dimension: Dimension, keys: readonly string[] | null | undefined): string[] | null {
  return keys ? [...keys] : null;
}

/**
 * SQL condition: `column` holds the id of a row of `dimension` that the keys in placeholder `keys` (a `text[]` from
 * `scopeKeys`; NULL for all rows) name — the same rows as `dimensionRows` returns. For a fact read that runs in the
 * same statement as the dimension's read (ReadBatch) instead of waiting for the ids. With NULL (all rows) PostgreSQL
 * folds the condition away when it plans the statement.
 */
export function inScope(dimension: Dimension, column: string, keys: string): string {
  const d = DIMENSIONS[dimension];
  return `(CAST(${keys} AS text[]) IS NULL OR ${column} IN (SELECT "e"."id" FROM "${d.table}" "e" WHERE ${keyMatch(dimension, keys)}))`;
}

/**
 * The rows of a dimension that `keys` name (all rows when null), in the dimension's order, and the keys that name
 * no row (in the order given): one read through the request's read batch (raw SQL as JSON, mapped to entity
 * instances: see db/entity-rows.ts), so the dimensions a comparison asks for together and its facts are one
 * statement.
 */
export async function dimensionRows<T extends { id: number }>(
  dataSource: DataSource,
  reads: ReadBatch,
  dimension: Dimension,
  entity: new () => T,
  keys: readonly string[] | null,
): Promise<{ rows: T[]; unknown: string[] }> {
  const d = DIMENSIONS[dimension];
  const rows = entityRows(dataSource, entity, "e");
  const [json, unknown] = (await reads.rows((param) => {
    const rowsJson = `COALESCE(json_agg(json_build_array(${rows.jsonColumns}) ORDER BY ${d.orderBy}), '[]')`;
    if (!keys) return `SELECT json_build_array(${rowsJson}, '[]'::json)::text AS "json" FROM "${d.table}" "e"`;
    const p = param(scopeKeys(dimension, keys));
    // The keys naming no row: compared with every name's key of the whole table, computed once (a hashed subplan),
    // not per key and row (400 keys x 400 bodies would be 480 000 name_key calls).
    const unknownJson =
      `(SELECT COALESCE(json_agg("u"."k" ORDER BY "u"."n"), '[]') FROM unnest(CAST(${p} AS text[])) WITH ORDINALITY AS "u"("k", "n") ` +
      `WHERE name_key("u"."k") <> ALL (${allNameKeys(dimension)}))`;
    return `SELECT json_build_array(${rowsJson}, ${unknownJson})::text AS "json" FROM "${d.table}" "e" WHERE ${keyMatch(dimension, p)}`;
  })) as unknown as [unknown[][], string[]];
  return { rows: json.map((r) => rows.fromJson(r)), unknown };
}
