import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Findings as precise as their source (issue 10): the DSA topics the Commission names (deceptive verification design,
 * advertising repository, illegal content, information manipulation) join `finding_topic`, a finding can record the
 * fine it imposed (`fine_eur`), and an assessment can carry the province's own remarks (`note`).
 *
 * Hand-written: `ADD VALUE` appends in place (no table rewrite) and may run inside the migration's transaction since
 * PostgreSQL 12 (the new values are used only after the commit). The down migration rebuilds the type with the old
 * values, mapping each new topic onto the broad one it refines.
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
    await queryRunner.query('ALTER TYPE "public"."finding_topic" RENAME TO "finding_topic_old"');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"finding_topic\" AS ENUM('RESEARCHER_DATA_ACCESS', 'ADVERTISING_TRANSPARENCY_AND_VERIFICATION', 'HARMFUL_CONTENT_MODERATION')",
    );
    await queryRunner.query('ALTER TABLE "platform_finding" ALTER COLUMN "topics" DROP DEFAULT');
    await queryRunner.query(`
      ALTER TABLE "platform_finding" ALTER COLUMN "topics" TYPE "public"."finding_topic"[] USING ARRAY(
        SELECT DISTINCT CASE t::text
          WHEN 'VERIFICATION_DECEPTIVE_DESIGN' THEN 'ADVERTISING_TRANSPARENCY_AND_VERIFICATION'
          WHEN 'ADVERTISING_REPOSITORY' THEN 'ADVERTISING_TRANSPARENCY_AND_VERIFICATION'
          WHEN 'ILLEGAL_CONTENT_DISSEMINATION' THEN 'HARMFUL_CONTENT_MODERATION'
          WHEN 'INFORMATION_MANIPULATION' THEN 'HARMFUL_CONTENT_MODERATION'
          ELSE t::text END::"public"."finding_topic"
        FROM unnest("topics") AS t)`);
    await queryRunner.query(`ALTER TABLE "platform_finding" ALTER COLUMN "topics" SET DEFAULT '{}'`);
    await queryRunner.query('DROP TYPE "public"."finding_topic_old"');
  }
}
