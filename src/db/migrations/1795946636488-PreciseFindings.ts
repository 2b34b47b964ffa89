import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Findings as precise as their source (issue 10): the DSA topics the Commission names (deceptive verification design,
 * advertising repository, illegal content, information manipulation) join `finding_topic`, a finding can record the
 * fine it imposed (`fine_eur`), and an assessment can carry the province's own remarks (`note`).
 *
 * Hand-written: `ADD VALUE` appends in place (no table rewrite) and may run inside the migration's transaction since
 * PostgreSQL 12 (the new values are used only after the commit). The down migration rebuilds the type with the old
 * values, mapping each new topic onto the broad one it refines (order kept, duplicates merged).
 */
export class PreciseFindings1795946636488 implements MigrationInterface {
  name = "PreciseFindings1795946636488";

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const value of [
      "VERIFICATION_DECEPTIVE_DESIGN",
      "ADVERTISING_REPOSITORY",
      "ILLEGAL_CONTENT_DISSEMINATION",
      "INFORMATION_MANIPULATION",
    ])
      await queryRunner.query(`ALTER TYPE "public"."finding_topic" ADD VALUE '${value}'`);
    await queryRunner.query('ALTER TABLE "platform_finding" ADD "fine_eur" bigint');
    await queryRunner.query('ALTER TABLE "assessment" ADD "note" text');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "assessment" DROP COLUMN "note"');
    await queryRunner.query('ALTER TABLE "platform_finding" DROP COLUMN "fine_eur"');
    // Through text[]: PostgreSQL allows no subquery in ALTER COLUMN ... USING, and a value cannot be dropped from an enum.
    await queryRunner.query('ALTER TABLE "platform_finding" ALTER COLUMN "topics" DROP DEFAULT');
    await queryRunner.query('ALTER TABLE "platform_finding" ALTER COLUMN "topics" TYPE text[] USING "topics"::text[]');
    await queryRunner.query(`
      UPDATE "platform_finding" SET "topics" = ARRAY(
        SELECT m FROM (
          SELECT CASE t
            WHEN 'VERIFICATION_DECEPTIVE_DESIGN' THEN 'ADVERTISING_TRANSPARENCY_AND_VERIFICATION'
            WHEN 'ADVERTISING_REPOSITORY' THEN 'ADVERTISING_TRANSPARENCY_AND_VERIFICATION'
            WHEN 'ILLEGAL_CONTENT_DISSEMINATION' THEN 'HARMFUL_CONTENT_MODERATION'
            WHEN 'INFORMATION_MANIPULATION' THEN 'HARMFUL_CONTENT_MODERATION'
            ELSE t END AS m, min(n) AS first
          FROM unnest("topics") WITH ORDINALITY AS u(t, n) GROUP BY 1) AS mapped
        ORDER BY first)`);
    await queryRunner.query('DROP TYPE "public"."finding_topic"');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"finding_topic\" AS ENUM('RESEARCHER_DATA_ACCESS', 'ADVERTISING_TRANSPARENCY_AND_VERIFICATION', 'HARMFUL_CONTENT_MODERATION')",
    );
    await queryRunner.query(
      'ALTER TABLE "platform_finding" ALTER COLUMN "topics" TYPE "public"."finding_topic"[] USING "topics"::"public"."finding_topic"[]',
    );
    await queryRunner.query(`ALTER TABLE "platform_finding" ALTER COLUMN "topics" SET DEFAULT '{}'`);
  }
}
