import type { MigrationInterface, QueryRunner } from "typeorm";

/** Tables whose writes take provenance (issue 10): each gains `stated_by_id`. */
const STATED = [
  "platform_status",
  "follower_count",
  "framework_position",
  "assessment",
  "presence",
  "value_rating",
  "platform_finding",
  "framework",
];
/** Tables that gain a `source_id` (the others have one). */
const SOURCED = ["presence", "value_rating"];
/** The dates that gain a precision, and their basis column. */
const DATES: Array<[table: string, precision: string, basis: string]> = [
  ["platform_status", "valid_from_precision", "valid_from_basis"],
  ["framework_position", "since_precision", "since_basis"],
  ["assessment", "held_on_precision", "held_on_basis"],
];

/**
 * Facts you can trust (issue 10): dates as precise as their source and provenance on every write.
 * - `date_precision` (DAY / MONTH / YEAR) beside `valid_from`, `since` and `held_on`; existing rows are DAY.
 * - `date_basis` gains INFERRED (part of the date inferred, e.g. a year the source leaves out). `ADD VALUE` may run in
 *   the migration's transaction since PostgreSQL 12 (the value is used only after the commit).
 * - `stated_by_id` (the API client whose own statement a fact is) on every table a fact-recording write fills, and a
 *   `source_id` on `presence` (its accounts) and `value_rating`.
 * Adding columns is no UPDATE, so the append-only triggers do not object; the down migration maps INFERRED onto
 * EXACT inside `ALTER COLUMN ... TYPE ... USING` (a table rewrite, no UPDATE either).
 */
export class DatePrecisionAndProvenance1795946636500 implements MigrationInterface {
  name = "DatePrecisionAndProvenance1795946636500";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."date_basis" ADD VALUE 'INFERRED'`);
    await queryRunner.query(`CREATE TYPE "public"."date_precision" AS ENUM('DAY', 'MONTH', 'YEAR')`);
    for (const [table, column] of DATES) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "${column}" "public"."date_precision" NOT NULL DEFAULT 'DAY'`,
      );
    }
    for (const table of SOURCED) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "source_id" integer`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_source_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
    for (const table of STATED) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "stated_by_id" integer`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_stated_by_fkey" FOREIGN KEY ("stated_by_id") REFERENCES "api_client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of STATED) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_stated_by_fkey"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "stated_by_id"`);
    }
    for (const table of SOURCED) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_source_fkey"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "source_id"`);
    }
    for (const [table, column] of DATES) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
    await queryRunner.query(`DROP TYPE "public"."date_precision"`);
    // A value cannot be dropped from an enum: rebuild the type, INFERRED dates become EXACT (their note still says it).
    await queryRunner.query(`ALTER TYPE "public"."date_basis" RENAME TO "date_basis_old"`);
    await queryRunner.query(`CREATE TYPE "public"."date_basis" AS ENUM('EXACT', 'SOURCE_DATE')`);
    for (const [table, , basis] of DATES) {
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${basis}" DROP DEFAULT`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "${basis}" TYPE "public"."date_basis" ` +
          `USING (CASE WHEN "${basis}"::text = 'INFERRED' THEN 'EXACT' ELSE "${basis}"::text END)::"public"."date_basis"`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${basis}" SET DEFAULT 'EXACT'`);
    }
    await queryRunner.query(`DROP TYPE "public"."date_basis_old"`);
  }
}
