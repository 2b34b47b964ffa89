import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795946636485 implements MigrationInterface {
  name = "Initial1795946636485";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "province" ("id" SERIAL NOT NULL, "code" character varying(6) NOT NULL, "name" text NOT NULL, "slug" text NOT NULL, "iso_code" character varying(5), "tooi_id" text NOT NULL, CONSTRAINT "UQ_3288dfa18d390ed33b359fc0418" UNIQUE ("code"), CONSTRAINT "UQ_c07f274997da4c420a5ab1d5743" UNIQUE ("slug"), CONSTRAINT "UQ_c1cd243a564d1bca7be8aa36df5" UNIQUE ("iso_code"), CONSTRAINT "UQ_55170be562143f287efd67d5088" UNIQUE ("tooi_id"), CONSTRAINT "province_iso_format" CHECK ("iso_code" ~ \'^NL-[A-Z]{2}$\'), CONSTRAINT "province_code_format" CHECK ("code" ~ \'^(PV[0-9]{2}|GM[0-9]{4}|WS[0-9]{4})$\'), CONSTRAINT "province_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"api_role\" AS ENUM('PROVINCE_EDITOR', 'IPO_ANALYST', 'ETHICS_COMMITTEE', 'ADMIN')",
    );
    await queryRunner.query(
      'CREATE TABLE "api_client" ("id" SERIAL NOT NULL, "name" text NOT NULL, "role" "public"."api_role" NOT NULL, "province_id" integer, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_9f9ff5e87551537c8d91429855c" UNIQUE ("token_hash"), CONSTRAINT "api_client_editor_has_province" CHECK (("role" = \'PROVINCE_EDITOR\') = ("province_id" IS NOT NULL)), CONSTRAINT "api_client_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"source_kind\" AS ENUM('MEMO', 'PRESS_RELEASE', 'NEWS_ARTICLE', 'DECISION', 'POLICY_DOCUMENT', 'WEBSITE', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "source" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "title" text NOT NULL, "publisher" text NOT NULL, "url" text, "published_on" date, "kind" "public"."source_kind" NOT NULL, "note" text, CONSTRAINT "UQ_73b9082fc0d085f1248327af4b2" UNIQUE ("slug"), CONSTRAINT "source_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"platform_model\" AS ENUM('CENTRALISED', 'FEDERATED')");
    await queryRunner.query("CREATE TYPE \"public\".\"dsa_designation\" AS ENUM('VLOP', 'VLOSE')");
    await queryRunner.query(
      'CREATE TABLE "platform" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "operator" text, "jurisdiction" character varying(2), "model" "public"."platform_model", "dsa_designation" "public"."dsa_designation", "dsa_designated_on" date, "dsa_source_id" integer, CONSTRAINT "UQ_7d357ea8eb38ebf510b5e208032" UNIQUE ("slug"), CONSTRAINT "platform_dsa_date" CHECK (("dsa_designation" IS NULL) = ("dsa_designated_on" IS NULL)), CONSTRAINT "platform_jurisdiction_format" CHECK ("jurisdiction" IS NULL OR "jurisdiction" ~ \'^[A-Z]{2}$\'), CONSTRAINT "platform_slug_format" CHECK ("slug" ~ \'^[a-z0-9][a-z0-9-]*$\'), CONSTRAINT "platform_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"date_basis\" AS ENUM('EXACT', 'SOURCE_DATE')");
    await queryRunner.query("CREATE TYPE \"public\".\"assessment_state\" AS ENUM('DRAFT', 'PUBLISHED', 'WITHDRAWN')");
    await queryRunner.query(
      'CREATE TABLE "assessment" ("id" SERIAL NOT NULL, "province_id" integer NOT NULL, "held_on" date NOT NULL, "held_on_basis" "public"."date_basis" NOT NULL DEFAULT \'EXACT\', "method" text NOT NULL, "disciplines" text array NOT NULL DEFAULT \'{}\', "platform_id" integer, "state" "public"."assessment_state" NOT NULL DEFAULT \'DRAFT\', "published_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "source_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_id" integer, CONSTRAINT "assessment_published_at" CHECK (("state" = \'DRAFT\') = ("published_at" IS NULL)), CONSTRAINT "assessment_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "assessment_province_idx" ON "assessment"  ("province_id", "held_on") ');
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" SERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" integer, "actor_name" text NOT NULL, "actor_role" "public"."api_role", "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text, "before" jsonb, "after" jsonb, "request_id" text, CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "audit_event_at_idx" ON "audit_event"  ("at", "id") ');
    await queryRunner.query(
      'CREATE TABLE "development" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "occurred_on" date, "title" text NOT NULL, "description" text NOT NULL, "source_id" integer, CONSTRAINT "UQ_0ba44a21d2e55779fae42de18d4" UNIQUE ("slug"), CONSTRAINT "development_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"criterion_kind\" AS ENUM('EXIT', 'ENTRY')");
    await queryRunner.query("CREATE TYPE \"public\".\"criterion_state\" AS ENUM('MONITORING', 'MET', 'NOT_MET')");
    await queryRunner.query(
      'CREATE TABLE "exit_criterion" ("id" SERIAL NOT NULL, "province_id" integer NOT NULL, "platform_id" integer, "kind" "public"."criterion_kind" NOT NULL, "description" text NOT NULL, "state" "public"."criterion_state" NOT NULL, "reviewed_on" date, "source_id" integer, CONSTRAINT "exit_criterion_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "exit_criterion_province_idx" ON "exit_criterion"  ("province_id") ');
    await queryRunner.query(
      'CREATE TABLE "presence" ("id" SERIAL NOT NULL, "province_id" integer NOT NULL, "platform_id" integer NOT NULL, "accounts" jsonb NOT NULL DEFAULT \'[]\'::jsonb, CONSTRAINT "presence_province_platform_key" UNIQUE ("province_id", "platform_id"), CONSTRAINT "presence_accounts_is_array" CHECK (jsonb_typeof("accounts") = \'array\'), CONSTRAINT "presence_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "presence_platform_idx" ON "presence"  ("platform_id") ');
    await queryRunner.query(
      'CREATE TABLE "follower_count" ("id" SERIAL NOT NULL, "presence_id" integer NOT NULL, "measured_on" date NOT NULL, "count" integer NOT NULL, "source_id" integer, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by_id" integer, CONSTRAINT "follower_count_non_negative" CHECK ("count" >= 0), CONSTRAINT "follower_count_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "follower_count_presence_idx" ON "follower_count"  ("presence_id", "measured_on") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"framework_level\" AS ENUM('EU', 'NATIONAL', 'INTERPROVINCIAL', 'PROVINCIAL', 'MUNICIPAL_ASSOCIATION', 'ACADEMIC')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"framework_kind\" AS ENUM('LEGISLATION', 'DIRECTIVE', 'ADVICE', 'CODE', 'WORK_AGENDA', 'POLICY_FRAMEWORK')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"framework_status\" AS ENUM('IN_FORCE', 'PUBLISHED', 'ANNOUNCED', 'IN_PREPARATION', 'NOT_DELIVERED', 'WITHDRAWN')",
    );
    await queryRunner.query(
      'CREATE TABLE "framework" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "short_name" text NOT NULL, "title" text NOT NULL, "issuer" text NOT NULL, "level" "public"."framework_level" NOT NULL, "kind" "public"."framework_kind" NOT NULL, "status" "public"."framework_status" NOT NULL, "published_on" date, "in_force_on" date, "url" text, "summary" text, "source_id" integer, CONSTRAINT "UQ_e3cdba1a0ab61fb659e09d03839" UNIQUE ("slug"), CONSTRAINT "framework_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"stance\" AS ENUM('FOLLOWS', 'EMBEDDED_IN_POLICY', 'PARTICIPATES', 'CONSIDERING', 'NOT_APPLICABLE')",
    );
    await queryRunner.query(
      'CREATE TABLE "framework_position" ("id" SERIAL NOT NULL, "province_id" integer NOT NULL, "framework_id" integer NOT NULL, "stance" "public"."stance" NOT NULL, "since" date NOT NULL, "since_basis" "public"."date_basis" NOT NULL DEFAULT \'EXACT\', "note" text, "source_id" integer, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by_id" integer, CONSTRAINT "framework_position_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "framework_position_latest_idx" ON "framework_position"  ("province_id", "framework_id", "since", "recorded_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"finding_stage\" AS ENUM('PROCEEDINGS_OPENED', 'PRELIMINARY_FINDINGS', 'DECISION')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"finding_topic\" AS ENUM('RESEARCHER_DATA_ACCESS', 'ADVERTISING_TRANSPARENCY_AND_VERIFICATION', 'HARMFUL_CONTENT_MODERATION')",
    );
    await queryRunner.query(
      'CREATE TABLE "platform_finding" ("id" SERIAL NOT NULL, "framework_id" integer NOT NULL, "platform_id" integer NOT NULL, "stage" "public"."finding_stage" NOT NULL, "topics" "public"."finding_topic" array NOT NULL DEFAULT \'{}\', "occurred_on" date NOT NULL, "summary" text, "source_id" integer, CONSTRAINT "platform_finding_key" UNIQUE ("framework_id", "platform_id", "stage", "occurred_on"), CONSTRAINT "platform_finding_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "platform_finding_platform_idx" ON "platform_finding"  ("platform_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"presence_status\" AS ENUM('ACTIVE', 'INACTIVE', 'LEFT', 'NOT_PRESENT')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"purpose\" AS ENUM('NEWS', 'ANNOUNCEMENTS', 'STORIES_AND_ARTICLES', 'VIDEO_ARCHIVE', 'CAMPAIGNS', 'INTERACTION')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"paid_content\" AS ENUM('NONE', 'CAMPAIGNS_ONLY', 'REGULAR')");
    await queryRunner.query(
      'CREATE TABLE "platform_status" ("id" SERIAL NOT NULL, "presence_id" integer NOT NULL, "status" "public"."presence_status" NOT NULL, "valid_from" date NOT NULL, "valid_from_basis" "public"."date_basis" NOT NULL DEFAULT \'EXACT\', "comments_enabled" boolean, "engagement" boolean, "purposes" "public"."purpose" array NOT NULL DEFAULT \'{}\', "paid_content" "public"."paid_content", "reason" text, "source_id" integer, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by_id" integer, CONSTRAINT "platform_status_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "platform_status_latest_idx" ON "platform_status"  ("presence_id", "valid_from", "recorded_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"value_origin\" AS ENUM('CODIO', 'COMMUNICATION_PRINCIPLE', 'CRITICAL_FACTOR')",
    );
    await queryRunner.query(
      'CREATE TABLE "value" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL, "description" text, "origin" "public"."value_origin" NOT NULL, CONSTRAINT "UQ_89012f5b4890bbba82ea7a9cf32" UNIQUE ("slug"), CONSTRAINT "UQ_db63695cb00e0b680bf47c69705" UNIQUE ("name"), CONSTRAINT "value_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"impact\" AS ENUM('NONE', 'MODERATE', 'HIGH')");
    await queryRunner.query(
      'CREATE TABLE "value_rating" ("id" SERIAL NOT NULL, "assessment_id" integer NOT NULL, "value_id" integer NOT NULL, "platform_id" integer, "impact" "public"."impact" NOT NULL, "rationale" text, CONSTRAINT "value_rating_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "value_rating_value_idx" ON "value_rating"  ("value_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "value_rating_key" ON "value_rating"  ("assessment_id", "value_id", "platform_id") NULLS NOT DISTINCT',
    );
    await queryRunner.query(
      'CREATE TABLE "development_province" ("development_id" integer NOT NULL, "province_id" integer NOT NULL, CONSTRAINT "PK_6dd081070425ab3f3fb6c9f4d84" PRIMARY KEY ("development_id", "province_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9d0de30a4e5894429c212c7aa8" ON "development_province"  ("development_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a14a9c1f37e8ac3682bcf1a598" ON "development_province"  ("province_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "framework_platform" ("framework_id" integer NOT NULL, "platform_id" integer NOT NULL, CONSTRAINT "PK_29bb227c55cc9e6fdde055e0cb3" PRIMARY KEY ("framework_id", "platform_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_d5a958bbb73a35b235a5f412e5" ON "framework_platform"  ("framework_id") ');
    await queryRunner.query('CREATE INDEX "IDX_83e690eaf3dfc381a5c045a1ec" ON "framework_platform"  ("platform_id") ');
    await queryRunner.query(
      'ALTER TABLE "api_client" ADD CONSTRAINT "api_client_province_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "platform" ADD CONSTRAINT "platform_dsa_source_fkey" FOREIGN KEY ("dsa_source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment" ADD CONSTRAINT "assessment_province_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment" ADD CONSTRAINT "assessment_platform_fkey" FOREIGN KEY ("platform_id") REFERENCES "platform"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment" ADD CONSTRAINT "assessment_source_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment" ADD CONSTRAINT "assessment_created_by_fkey" FOREIGN KEY ("created_by_id") REFERENCES "api_client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_fkey" FOREIGN KEY ("actor_id") REFERENCES "api_client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "development" ADD CONSTRAINT "development_source_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exit_criterion" ADD CONSTRAINT "exit_criterion_province_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exit_criterion" ADD CONSTRAINT "exit_criterion_platform_fkey" FOREIGN KEY ("platform_id") REFERENCES "platform"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exit_criterion" ADD CONSTRAINT "exit_criterion_source_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "presence" ADD CONSTRAINT "presence_province_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "presence" ADD CONSTRAINT "presence_platform_fkey" FOREIGN KEY ("platform_id") REFERENCES "platform"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follower_count" ADD CONSTRAINT "follower_count_presence_fkey" FOREIGN KEY ("presence_id") REFERENCES "presence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follower_count" ADD CONSTRAINT "follower_count_source_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follower_count" ADD CONSTRAINT "follower_count_recorded_by_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "api_client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "framework" ADD CONSTRAINT "framework_source_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_position" ADD CONSTRAINT "framework_position_province_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_position" ADD CONSTRAINT "framework_position_framework_fkey" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_position" ADD CONSTRAINT "framework_position_source_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_position" ADD CONSTRAINT "framework_position_recorded_by_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "api_client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "platform_finding" ADD CONSTRAINT "platform_finding_framework_fkey" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "platform_finding" ADD CONSTRAINT "platform_finding_platform_fkey" FOREIGN KEY ("platform_id") REFERENCES "platform"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "platform_finding" ADD CONSTRAINT "platform_finding_source_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "platform_status" ADD CONSTRAINT "platform_status_presence_fkey" FOREIGN KEY ("presence_id") REFERENCES "presence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "platform_status" ADD CONSTRAINT "platform_status_source_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "platform_status" ADD CONSTRAINT "platform_status_recorded_by_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "api_client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "value_rating" ADD CONSTRAINT "value_rating_assessment_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "value_rating" ADD CONSTRAINT "value_rating_value_fkey" FOREIGN KEY ("value_id") REFERENCES "value"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "value_rating" ADD CONSTRAINT "value_rating_platform_fkey" FOREIGN KEY ("platform_id") REFERENCES "platform"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "development_province" ADD CONSTRAINT "development_province_development_fkey" FOREIGN KEY ("development_id") REFERENCES "development"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "development_province" ADD CONSTRAINT "development_province_province_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_platform" ADD CONSTRAINT "framework_platform_framework_fkey" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_platform" ADD CONSTRAINT "framework_platform_platform_fkey" FOREIGN KEY ("platform_id") REFERENCES "platform"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "framework_platform" DROP CONSTRAINT "framework_platform_platform_fkey"');
    await queryRunner.query('ALTER TABLE "framework_platform" DROP CONSTRAINT "framework_platform_framework_fkey"');
    await queryRunner.query('ALTER TABLE "development_province" DROP CONSTRAINT "development_province_province_fkey"');
    await queryRunner.query(
      'ALTER TABLE "development_province" DROP CONSTRAINT "development_province_development_fkey"',
    );
    await queryRunner.query('ALTER TABLE "value_rating" DROP CONSTRAINT "value_rating_platform_fkey"');
    await queryRunner.query('ALTER TABLE "value_rating" DROP CONSTRAINT "value_rating_value_fkey"');
    await queryRunner.query('ALTER TABLE "value_rating" DROP CONSTRAINT "value_rating_assessment_fkey"');
    await queryRunner.query('ALTER TABLE "platform_status" DROP CONSTRAINT "platform_status_recorded_by_fkey"');
    await queryRunner.query('ALTER TABLE "platform_status" DROP CONSTRAINT "platform_status_source_fkey"');
    await queryRunner.query('ALTER TABLE "platform_status" DROP CONSTRAINT "platform_status_presence_fkey"');
    await queryRunner.query('ALTER TABLE "platform_finding" DROP CONSTRAINT "platform_finding_source_fkey"');
    await queryRunner.query('ALTER TABLE "platform_finding" DROP CONSTRAINT "platform_finding_platform_fkey"');
    await queryRunner.query('ALTER TABLE "platform_finding" DROP CONSTRAINT "platform_finding_framework_fkey"');
    await queryRunner.query('ALTER TABLE "framework_position" DROP CONSTRAINT "framework_position_recorded_by_fkey"');
    await queryRunner.query('ALTER TABLE "framework_position" DROP CONSTRAINT "framework_position_source_fkey"');
    await queryRunner.query('ALTER TABLE "framework_position" DROP CONSTRAINT "framework_position_framework_fkey"');
    await queryRunner.query('ALTER TABLE "framework_position" DROP CONSTRAINT "framework_position_province_fkey"');
    await queryRunner.query('ALTER TABLE "framework" DROP CONSTRAINT "framework_source_fkey"');
    await queryRunner.query('ALTER TABLE "follower_count" DROP CONSTRAINT "follower_count_recorded_by_fkey"');
    await queryRunner.query('ALTER TABLE "follower_count" DROP CONSTRAINT "follower_count_source_fkey"');
    await queryRunner.query('ALTER TABLE "follower_count" DROP CONSTRAINT "follower_count_presence_fkey"');
    await queryRunner.query('ALTER TABLE "presence" DROP CONSTRAINT "presence_platform_fkey"');
    await queryRunner.query('ALTER TABLE "presence" DROP CONSTRAINT "presence_province_fkey"');
    await queryRunner.query('ALTER TABLE "exit_criterion" DROP CONSTRAINT "exit_criterion_source_fkey"');
    await queryRunner.query('ALTER TABLE "exit_criterion" DROP CONSTRAINT "exit_criterion_platform_fkey"');
    await queryRunner.query('ALTER TABLE "exit_criterion" DROP CONSTRAINT "exit_criterion_province_fkey"');
    await queryRunner.query('ALTER TABLE "development" DROP CONSTRAINT "development_source_fkey"');
    await queryRunner.query('ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_actor_fkey"');
    await queryRunner.query('ALTER TABLE "assessment" DROP CONSTRAINT "assessment_created_by_fkey"');
    await queryRunner.query('ALTER TABLE "assessment" DROP CONSTRAINT "assessment_source_fkey"');
    await queryRunner.query('ALTER TABLE "assessment" DROP CONSTRAINT "assessment_platform_fkey"');
    await queryRunner.query('ALTER TABLE "assessment" DROP CONSTRAINT "assessment_province_fkey"');
    await queryRunner.query('ALTER TABLE "platform" DROP CONSTRAINT "platform_dsa_source_fkey"');
    await queryRunner.query('ALTER TABLE "api_client" DROP CONSTRAINT "api_client_province_fkey"');
    await queryRunner.query('DROP INDEX "public"."IDX_83e690eaf3dfc381a5c045a1ec"');
    await queryRunner.query('DROP INDEX "public"."IDX_d5a958bbb73a35b235a5f412e5"');
    await queryRunner.query('DROP TABLE "framework_platform"');
    await queryRunner.query('DROP INDEX "public"."IDX_a14a9c1f37e8ac3682bcf1a598"');
    await queryRunner.query('DROP INDEX "public"."IDX_9d0de30a4e5894429c212c7aa8"');
    await queryRunner.query('DROP TABLE "development_province"');
    await queryRunner.query('DROP INDEX "public"."value_rating_key"');
    await queryRunner.query('DROP INDEX "public"."value_rating_value_idx"');
    await queryRunner.query('DROP TABLE "value_rating"');
    await queryRunner.query('DROP TYPE "public"."impact"');
    await queryRunner.query('DROP TABLE "value"');
    await queryRunner.query('DROP TYPE "public"."value_origin"');
    await queryRunner.query('DROP INDEX "public"."platform_status_latest_idx"');
    await queryRunner.query('DROP TABLE "platform_status"');
    await queryRunner.query('DROP TYPE "public"."paid_content"');
    await queryRunner.query('DROP TYPE "public"."purpose"');
    await queryRunner.query('DROP TYPE "public"."presence_status"');
    await queryRunner.query('DROP INDEX "public"."platform_finding_platform_idx"');
    await queryRunner.query('DROP TABLE "platform_finding"');
    await queryRunner.query('DROP TYPE "public"."finding_topic"');
    await queryRunner.query('DROP TYPE "public"."finding_stage"');
    await queryRunner.query('DROP INDEX "public"."framework_position_latest_idx"');
    await queryRunner.query('DROP TABLE "framework_position"');
    await queryRunner.query('DROP TYPE "public"."stance"');
    await queryRunner.query('DROP TABLE "framework"');
    await queryRunner.query('DROP TYPE "public"."framework_status"');
    await queryRunner.query('DROP TYPE "public"."framework_kind"');
    await queryRunner.query('DROP TYPE "public"."framework_level"');
    await queryRunner.query('DROP INDEX "public"."follower_count_presence_idx"');
    await queryRunner.query('DROP TABLE "follower_count"');
    await queryRunner.query('DROP INDEX "public"."presence_platform_idx"');
    await queryRunner.query('DROP TABLE "presence"');
    await queryRunner.query('DROP INDEX "public"."exit_criterion_province_idx"');
    await queryRunner.query('DROP TABLE "exit_criterion"');
    await queryRunner.query('DROP TYPE "public"."criterion_state"');
    await queryRunner.query('DROP TYPE "public"."criterion_kind"');
    await queryRunner.query('DROP TABLE "development"');
    await queryRunner.query('DROP INDEX "public"."audit_event_at_idx"');
    await queryRunner.query('DROP TABLE "audit_event"');
    await queryRunner.query('DROP INDEX "public"."assessment_province_idx"');
    await queryRunner.query('DROP TABLE "assessment"');
    await queryRunner.query('DROP TYPE "public"."assessment_state"');
    await queryRunner.query('DROP TYPE "public"."date_basis"');
    await queryRunner.query('DROP TABLE "platform"');
    await queryRunner.query('DROP TYPE "public"."dsa_designation"');
    await queryRunner.query('DROP TYPE "public"."platform_model"');
    await queryRunner.query('DROP TABLE "source"');
    await queryRunner.query('DROP TYPE "public"."source_kind"');
    await queryRunner.query('DROP TABLE "api_client"');
    await queryRunner.query('DROP TYPE "public"."api_role"');
    await queryRunner.query('DROP TABLE "province"');
  }
}
