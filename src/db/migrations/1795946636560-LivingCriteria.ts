import type { MigrationInterface, QueryRunner } from "typeorm";

/** The memo's reference date (seeds/memo-data.ts MEMO_REFERENCE_DATE): the only source of the criteria seeded so far. */
const MEMO_REFERENCE_DATE = "2025-03-20";
/** Tables that refuse UPDATE, DELETE and TRUNCATE (the function is migration AppendOnlyHistory's). */
const APPEND_ONLY = ["exit_criterion", "exit_criterion_review", "exit_criterion_retirement"];
const NEW_TABLES = ["exit_criterion_review", "exit_criterion_retirement"];

/**
 * Entry and exit strategies as living records, and a voice for IPO and the ethics committee (issue 16).
 * - `exit_criterion` becomes an immutable record with a valid date (`adopted_on` + basis + precision), recorded time,
 *   provenance (`stated_by_id`) and an optional protected value; its `state` / `reviewed_on` move into
 *   `exit_criterion_review`, an append-only history of dated reviews; `exit_criterion_retirement` holds at most one
 *   dated retirement per criterion. All three are append-only (trigger, like `platform_status`).
 * - Existing criteria (until now only the seed could write them; the seed's one cites the undated memo) keep what they
 *   said, citing the same source: `adopted_on` is their source's date, else the memo's reference date, with basis
 *   SOURCE_DATE (the criterion held then, since when is not said); their state becomes a first review on their
 *   `reviewed_on` (EXACT) or, when none was recorded, on that same date as an observation (SOURCE_DATE). Their
 *   recorded time is when the register first recorded anything from that source (the seed's instant), else now.
 * - `development` gains a date basis and precision (dated rows: DAY; EXACT, but INFERRED for Overijssel's "vanaf 1
 *   juni" whose year the memo leaves out, as its description says) and `stated_by_id`.
 * - `framework.committee_advice`: an advice published by the interprovincial ethics committee itself.
 * Down restores `state` / `reviewed_on` from each criterion's latest review (an observation's date back to null).
 */
export class LivingCriteria1795946636560 implements MigrationInterface {
  name = "LivingCriteria1795946636560";

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE TABLE "exit_criterion_review" ("id" SERIAL NOT NULL, "criterion_id" integer NOT NULL, "state" "public"."criterion_state" NOT NULL, "reviewed_on" date NOT NULL, "reviewed_on_basis" "public"."date_basis" NOT NULL DEFAULT 'EXACT', "reviewed_on_precision" "public"."date_precision" NOT NULL DEFAULT 'DAY', "note" text, "source_id" integer, "stated_by_id" integer, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by_id" integer, CONSTRAINT "exit_criterion_review_pkey" PRIMARY KEY ("id"))`,
    );
    await q(
      `CREATE INDEX "exit_criterion_review_latest_idx" ON "exit_criterion_review" ("criterion_id", "reviewed_on", "recorded_at", "id")`,
    );
    await q(
      `CREATE TABLE "exit_criterion_retirement" ("id" SERIAL NOT NULL, "criterion_id" integer NOT NULL, "retired_on" date NOT NULL, "retired_on_basis" "public"."date_basis" NOT NULL DEFAULT 'EXACT', "retired_on_precision" "public"."date_precision" NOT NULL DEFAULT 'DAY', "reason" text, "source_id" integer, "stated_by_id" integer, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by_id" integer, CONSTRAINT "exit_criterion_retirement_pkey" PRIMARY KEY ("id"))`,
    );
    await q(
      `CREATE UNIQUE INDEX "exit_criterion_retirement_criterion_key" ON "exit_criterion_retirement" ("criterion_id")`,
    );
    for (const table of NEW_TABLES) {
      await q(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_criterion_fkey" FOREIGN KEY ("criterion_id") REFERENCES "exit_criterion"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await q(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_source_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }

    // The criterion: valid date, recorded time, provenance, protected value.
    await q(`ALTER TABLE "exit_criterion" ADD "value_id" integer`);
    await q(`ALTER TABLE "exit_criterion" ADD "adopted_on" date`);
    await q(`ALTER TABLE "exit_criterion" ADD "adopted_on_basis" "public"."date_basis" NOT NULL DEFAULT 'EXACT'`);
    await q(`ALTER TABLE "exit_criterion" ADD "adopted_on_precision" "public"."date_precision" NOT NULL DEFAULT 'DAY'`);
    await q(`ALTER TABLE "exit_criterion" ADD "stated_by_id" integer`);
    await q(`ALTER TABLE "exit_criterion" ADD "recorded_at" TIMESTAMP WITH TIME ZONE DEFAULT now()`);
    await q(`ALTER TABLE "exit_criterion" ADD "recorded_by_id" integer`);
    await q(
      `UPDATE "exit_criterion" "c" SET
         "adopted_on" = COALESCE((SELECT "s"."published_on" FROM "source" "s" WHERE "s"."id" = "c"."source_id"), DATE '${MEMO_REFERENCE_DATE}'),
         "adopted_on_basis" = 'SOURCE_DATE',
         "recorded_at" = COALESCE(
           (SELECT min("t"."recorded_at") FROM (
              SELECT "recorded_at" FROM "platform_status" WHERE "source_id" = "c"."source_id"
              UNION ALL SELECT "recorded_at" FROM "framework_position" WHERE "source_id" = "c"."source_id") "t"),
           now())`,
    );
    await q(`ALTER TABLE "exit_criterion" ALTER COLUMN "adopted_on" SET NOT NULL`);
    await q(`ALTER TABLE "exit_criterion" ALTER COLUMN "recorded_at" SET NOT NULL`);
    // Each criterion's state becomes its first review, citing the same source.
    await q(
      `INSERT INTO "exit_criterion_review" ("criterion_id", "state", "reviewed_on", "reviewed_on_basis", "reviewed_on_precision", "note", "source_id", "recorded_at")
       SELECT "c"."id", "c"."state", COALESCE("c"."reviewed_on", "c"."adopted_on"),
              CASE WHEN "c"."reviewed_on" IS NULL THEN 'SOURCE_DATE' ELSE 'EXACT' END::"public"."date_basis", 'DAY', NULL,
              "c"."source_id", "c"."recorded_at"
       FROM "exit_criterion" "c" ORDER BY "c"."id"`,
    );
    await q(`ALTER TABLE "exit_criterion" DROP COLUMN "state"`);
    await q(`ALTER TABLE "exit_criterion" DROP COLUMN "reviewed_on"`);
    await q(
      `ALTER TABLE "exit_criterion" ADD CONSTRAINT "exit_criterion_value_fkey" FOREIGN KEY ("value_id") REFERENCES "value"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const table of APPEND_ONLY) {
      for (const column of ["stated_by", "recorded_by"]) {
        await q(
          `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${column}_fkey" FOREIGN KEY ("${column}_id") REFERENCES "api_client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
        );
      }
    }

    // Developments: dated with basis and precision; provenance.
    await q(`ALTER TABLE "development" ADD "occurred_on_basis" "public"."date_basis"`);
    await q(`ALTER TABLE "development" ADD "occurred_on_precision" "public"."date_precision"`);
    await q(`ALTER TABLE "development" ADD "stated_by_id" integer`);
    await q(
      `UPDATE "development" SET "occurred_on_precision" = 'DAY',
         "occurred_on_basis" = CASE WHEN "slug" = 'overijssel-stops-x' THEN 'INFERRED' ELSE 'EXACT' END::"public"."date_basis"
       WHERE "occurred_on" IS NOT NULL`,
    );
    await q(
      `ALTER TABLE "development" ADD CONSTRAINT "development_occurred_on_dated" CHECK (("occurred_on" IS NULL) = ("occurred_on_basis" IS NULL) AND ("occurred_on" IS NULL) = ("occurred_on_precision" IS NULL))`,
    );
    await q(
      `ALTER TABLE "development" ADD CONSTRAINT "development_stated_by_fkey" FOREIGN KEY ("stated_by_id") REFERENCES "api_client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q(`ALTER TABLE "framework" ADD "committee_advice" boolean NOT NULL DEFAULT false`);

    // Every table bumps the data version (migration DataVersion); history stays history (AppendOnlyHistory).
    for (const table of NEW_TABLES) {
      await q(
        `CREATE TRIGGER "${table}_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`,
      );
    }
    for (const table of APPEND_ONLY) {
      await q(
        `CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION forbid_history_change()`,
      );
      await q(
        `CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION forbid_history_change()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const table of APPEND_ONLY) {
      await q(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`);
      await q(`DROP TRIGGER "${table}_append_only" ON "${table}"`);
    }
    await q(`ALTER TABLE "framework" DROP COLUMN "committee_advice"`);
    await q(`ALTER TABLE "development" DROP CONSTRAINT "development_stated_by_fkey"`);
    await q(`ALTER TABLE "development" DROP CONSTRAINT "development_occurred_on_dated"`);
    await q(`ALTER TABLE "development" DROP COLUMN "stated_by_id"`);
    await q(`ALTER TABLE "development" DROP COLUMN "occurred_on_precision"`);
    await q(`ALTER TABLE "development" DROP COLUMN "occurred_on_basis"`);

    // Back to one state per criterion: its latest review (an observation's date was not a review date: null).
    await q(`ALTER TABLE "exit_criterion" ADD "reviewed_on" date`);
    await q(`ALTER TABLE "exit_criterion" ADD "state" "public"."criterion_state"`);
    await q(
      `UPDATE "exit_criterion" "c" SET "state" = COALESCE("r"."state", 'MONITORING'),
         "reviewed_on" = CASE WHEN "r"."reviewed_on_basis" = 'SOURCE_DATE' THEN NULL ELSE "r"."reviewed_on" END
       FROM "exit_criterion" "c2"
       LEFT JOIN LATERAL (
         SELECT * FROM "exit_criterion_review" "x" WHERE "x"."criterion_id" = "c2"."id"
         ORDER BY "x"."reviewed_on" DESC, "x"."recorded_at" DESC, "x"."id" DESC LIMIT 1
       ) "r" ON true
       WHERE "c2"."id" = "c"."id"`,
    );
    await q(`ALTER TABLE "exit_criterion" ALTER COLUMN "state" SET NOT NULL`);
    await q(`DROP TABLE "exit_criterion_retirement"`);
    await q(`DROP TABLE "exit_criterion_review"`);
    for (const column of ["recorded_by", "stated_by"])
      await q(`ALTER TABLE "exit_criterion" DROP CONSTRAINT "exit_criterion_${column}_fkey"`);
    await q(`ALTER TABLE "exit_criterion" DROP CONSTRAINT "exit_criterion_value_fkey"`);
    for (const column of [
      "recorded_by_id",
      "recorded_at",
      "stated_by_id",
      "adopted_on_precision",
      "adopted_on_basis",
      "adopted_on",
      "value_id",
    ])
      await q(`ALTER TABLE "exit_criterion" DROP COLUMN "${column}"`);
  }
}
