import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The data version the response cache keys on (src/cache/response-cache.ts): one row, bumped by a statement-level
 * trigger on every data table, so any write — by this service, another instance, a migration or psql — bumps it in
 * the same transaction as the write (readers see the new version exactly when they can see the new data).
 *
 * A table added by a later migration must get the trigger too: `test/integration/response-cache.test.ts` fails while
 * any table of the schema lacks it. Hand-written; TypeORM does not model triggers.
 */
export const VERSIONED_TABLES = [
  "province",
  "api_client",
  "source",
  "platform",
  "assessment",
  "audit_event",
  "development",
  "exit_criterion",
  "presence",
  "follower_count",
  "framework",
  "framework_position",
  "platform_finding",
  "platform_status",
  "value",
  "value_rating",
  "development_province",
  "framework_platform",
] as const;

export class DataVersion1795946636487 implements MigrationInterface {
  name = "DataVersion1795946636487";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "data_version" (
        "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
        "version" bigint NOT NULL
      )`);
    await queryRunner.query(`INSERT INTO "data_version" ("id", "version") VALUES (true, 1)`);
    await queryRunner.query(`
      CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1 WHERE id;
        RETURN NULL;
      END
      $$`);
    for (const table of VERSIONED_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" ` +
          `FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of VERSIONED_TABLES)
      await queryRunner.query(`DROP TRIGGER "${table}_bump_data_version" ON "${table}"`);
    await queryRunner.query("DROP FUNCTION bump_data_version()");
    await queryRunner.query(`DROP TABLE "data_version"`);
  }
}
