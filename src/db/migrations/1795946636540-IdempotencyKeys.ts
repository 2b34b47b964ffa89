import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Idempotent writes (src/db/idempotency.ts): a mutation sent with an `Idempotency-Key` header stores the key, a hash
 * of the request (mutation and input) and what it answered, in the same transaction as the write, so a retry with the
 * same key answers the first result and writes nothing, also after a restart. Keyed per API client (0: a writer
 * without one). Kept 24 hours (`created_at`). Hand-written: the table is not an entity.
 */
export class IdempotencyKeys1795946636540 implements MigrationInterface {
  name = "IdempotencyKeys1795946636540";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "idempotency_key" (
        "client_id" integer NOT NULL,
        "key" character varying(255) NOT NULL,
        "request_hash" character(64) NOT NULL,
        "result" jsonb,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("client_id", "key")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_idempotency_key_created_at" ON "idempotency_key" ("created_at")`);
    // Every table bumps the data version (migration DataVersion; test/integration/response-cache.test.ts).
    await queryRunner.query(
      `CREATE TRIGGER "idempotency_key_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "idempotency_key" ` +
        `FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
