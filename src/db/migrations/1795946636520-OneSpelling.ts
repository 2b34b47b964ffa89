import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * One spelling of each thing (issue 10, item 5): the database's rule for "the same name", `name_key(text)`, and
 * uniqueness on it.
 *
 * `name_key` is whitespace-collapsed, trimmed, accents removed (Unicode NFD, combining marks dropped), lower case:
 * `name_key(' Fryslân ') = name_key('FRYSLAN') = 'fryslan'`. It is the ONE rule: the lookups
 * (src/db/comparisons/dimensions.ts) and the unique indexes and checks here all call it, so what a lookup finds and
 * what uniqueness refuses cannot disagree. Plain PostgreSQL (`normalize` needs a UTF8 database, PostgreSQL 13+):
 * the `unaccent` extension is not available on the embedded database (PGlite).
 *
 * - `value`: names unique on `name_key(name)` (`Transparantie`, `transparantie `, `Transparantié` are one value);
 * - `framework`, `platform`: slugs unique on `name_key(slug)`;
 * - `assessment.disciplines` and `presence.accounts[].handle`: no two entries with the same key (CHECK);
 * - `province_alternative_name`: other names a province is known by (Friesland for Fryslân), each with its source;
 *   unique on `name_key(name)`, found by every province lookup.
 * Hand-written: TypeORM does not model expression indexes (the entities declare them with `synchronize: false`).
 */
export class OneSpelling1795946636520 implements MigrationInterface {
  name = "OneSpelling1795946636520";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION name_key(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN lower(regexp_replace(normalize(btrim(regexp_replace($1, '\\s+', ' ', 'g')), NFD),
                                  '[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]', '', 'g'))`);
    await queryRunner.query(`
      CREATE FUNCTION name_keys_distinct(text[]) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN (SELECT count(*) = count(DISTINCT name_key(n)) FROM unnest($1) AS n)`);
    await queryRunner.query(`
      CREATE FUNCTION account_handles_distinct(jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN (SELECT count(*) = count(DISTINCT name_key(a ->> 'handle')) FROM jsonb_array_elements($1) AS a)`);
    await queryRunner.query('CREATE UNIQUE INDEX "value_name_key" ON "value" (name_key("name"))');
    await queryRunner.query('CREATE UNIQUE INDEX "framework_slug_key" ON "framework" (name_key("slug"))');
    await queryRunner.query('CREATE UNIQUE INDEX "platform_slug_key" ON "platform" (name_key("slug"))');
    await queryRunner.query(
      'ALTER TABLE "assessment" ADD CONSTRAINT "assessment_disciplines_distinct" CHECK (name_keys_distinct("disciplines"))',
    );
    await queryRunner.query(
      'ALTER TABLE "presence" ADD CONSTRAINT "presence_handles_distinct" CHECK (account_handles_distinct("accounts"))',
    );
    await queryRunner.query(
      'CREATE TABLE "province_alternative_name" ("id" SERIAL NOT NULL, "province_id" integer NOT NULL, "name" text NOT NULL, "source_id" integer NOT NULL, "note" text, CONSTRAINT "province_alternative_name_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "province_alternative_name_key" ON "province_alternative_name" (name_key("name"))',
    );
    await queryRunner.query(
      'CREATE INDEX "province_alternative_name_province_idx" ON "province_alternative_name" ("province_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "province_alternative_name" ADD CONSTRAINT "province_alternative_name_province_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "province_alternative_name" ADD CONSTRAINT "province_alternative_name_source_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Every data table bumps the response cache's data version (migration DataVersion).
    await queryRunner.query(
      'CREATE TRIGGER "province_alternative_name_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "province_alternative_name" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "province_alternative_name"');
    await queryRunner.query('ALTER TABLE "presence" DROP CONSTRAINT "presence_handles_distinct"');
    await queryRunner.query('ALTER TABLE "assessment" DROP CONSTRAINT "assessment_disciplines_distinct"');
    await queryRunner.query('DROP INDEX "platform_slug_key"');
    await queryRunner.query('DROP INDEX "framework_slug_key"');
    await queryRunner.query('DROP INDEX "value_name_key"');
    await queryRunner.query("DROP FUNCTION account_handles_distinct(jsonb)");
    await queryRunner.query("DROP FUNCTION name_keys_distinct(text[])");
    await queryRunner.query("DROP FUNCTION name_key(text)");
  }
}
