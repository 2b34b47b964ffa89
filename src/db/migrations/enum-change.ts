import type { QueryRunner } from "typeorm";

/**
 * Removing or renaming a value of a PostgreSQL enum, for migrations (issue 10, item 6). PostgreSQL can add a value to
 * an enum (`ALTER TYPE … ADD VALUE`) but not remove one, and a rename (`RENAME VALUE`) cannot merge into an existing
 * value; so the type is rebuilt: renamed aside, created anew with the new values, every column using it converted with
 * the mapping, the old type dropped. Use the same helper in `up` and, with the inverse mapping, in `down`.
 *
 * - `values`: the new type's values, in order;
 * - `map`: old value → new value (a rename or merge), or null (the value is removed); values not named keep their name
 *   and must exist in `values`;
 * - `columns`: every column of that type, scalar or array (`purposes`), with its default to restore (the default
 *   must be dropped while the type changes). In an array, mapped values keep the position of their first occurrence,
 *   duplicates a merge creates are dropped, removed values disappear; a scalar mapped to null becomes NULL (a NOT NULL
 *   column then refuses the migration: map it to a value instead).
 *
 * The conversion is DDL (`ALTER COLUMN … TYPE … USING`), not UPDATE, so it also works on the append-only history
 * tables, whose triggers refuse UPDATE (migration AppendOnlyHistory), and rewrites each table once. The mapping runs in
 * a temporary function because PostgreSQL allows no subquery in `USING`.
 *
 * Example (rename NEWS to NEWS_ITEMS and remove INTERACTION from `purpose`, used by `platform_status.purposes`):
 *
 *   up:   changeEnum(qr, { type: "purpose", values: ["NEWS_ITEMS", …], map: { NEWS: "NEWS_ITEMS", INTERACTION: null },
 *           columns: [{ table: "platform_status", column: "purposes", array: true, default: "'{}'" }] })
 *   down: changeEnum(qr, { type: "purpose", values: ["NEWS", …, "INTERACTION"], map: { NEWS_ITEMS: "NEWS" },
 *           columns: [...] })  — a removed value cannot come back: the down migration restores the type, not the data.
 */
export interface EnumChange {
  type: string;
  values: readonly string[];
  map: Readonly<Record<string, string | null>>;
  columns: ReadonlyArray<{ table: string; column: string; array: boolean; default?: string | null }>;
}

const quoteLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;
const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

export async function changeEnum(queryRunner: QueryRunner, change: EnumChange): Promise<void> {
  const type = quoteIdent(change.type);
  const old = quoteIdent(`${change.type}_old`);
  const mapping = quoteLiteral(JSON.stringify(change.map));
  await queryRunner.query(`ALTER TYPE "public".${type} RENAME TO ${old}`);
  await queryRunner.query(`CREATE TYPE "public".${type} AS ENUM(${change.values.map(quoteLiteral).join(", ")})`);
  // A value: its mapping when named (null removes it), else itself.
  await queryRunner.query(`
    CREATE FUNCTION pg_temp.enum_change_value(value text, mapping jsonb) RETURNS text LANGUAGE sql IMMUTABLE
    RETURN CASE WHEN mapping ? value THEN mapping ->> value ELSE value END`);
  // An array: mapped in order, removed values dropped, duplicates (from a merge) kept at their first position.
  await queryRunner.query(`
    CREATE FUNCTION pg_temp.enum_change_array(list text[], mapping jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE
    RETURN ARRAY(
      SELECT "m" FROM (
        SELECT pg_temp.enum_change_value("v", mapping) AS "m", min("n") AS "first"
        FROM unnest(list) WITH ORDINALITY AS "u"("v", "n") GROUP BY 1) AS "mapped"
      WHERE "m" IS NOT NULL ORDER BY "first")`);
  for (const c of change.columns) {
    const table = quoteIdent(c.table);
    const column = quoteIdent(c.column);
    await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN ${column} DROP DEFAULT`);
    const using = c.array
      ? `pg_temp.enum_change_array(${column}::text[], ${mapping}::jsonb)::"public".${type}[]`
      : `pg_temp.enum_change_value(${column}::text, ${mapping}::jsonb)::"public".${type}`;
    await queryRunner.query(
      `ALTER TABLE ${table} ALTER COLUMN ${column} TYPE "public".${type}${c.array ? "[]" : ""} USING ${using}`,
    );
    if (c.default) await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN ${column} SET DEFAULT ${c.default}`);
  }
  await queryRunner.query(`DROP TYPE ${old}`);
  await queryRunner.query("DROP FUNCTION pg_temp.enum_change_array(text[], jsonb)");
  await queryRunner.query("DROP FUNCTION pg_temp.enum_change_value(text, jsonb)");
}
