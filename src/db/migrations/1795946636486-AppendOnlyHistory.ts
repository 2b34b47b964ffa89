import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * History stays history, enforced by the database: status snapshots, framework positions, follower counts and audit
 * events can be inserted, never updated, deleted or truncated. A correction is a new row (same valid date, later
 * recorded time). Hand-written; TypeORM does not model triggers.
 */
export class AppendOnlyHistory1795946636486 implements MigrationInterface {
  name = "AppendOnlyHistory1795946636486";
  private readonly tables = ["platform_status", "framework_position", "follower_count", "audit_event"];

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION forbid_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'restrict_violation', HINT = 'Record a correction as a new row instead.';
      END
      $$`);
    for (const table of this.tables) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION forbid_history_change()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION forbid_history_change()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of this.tables) {
      await queryRunner.query(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_append_only" ON "${table}"`);
    }
    await queryRunner.query("DROP FUNCTION forbid_history_change()");
  }
}
