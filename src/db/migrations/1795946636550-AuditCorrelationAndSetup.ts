import type { MigrationInterface, QueryRunner } from "typeorm";

/** api_client's columns whose change is data the response cache must see (all but `last_used_at`). */
const API_CLIENT_DATA_COLUMNS = `"name", "role", "province_id", "token_hash", "created_at", "revoked_at"`;

/**
 * Issue 11:
 * - `audit_event.correlation_id`: the client's `X-Request-Id`, kept apart from `request_id` (now always the server's
 *   own id), so a client can no longer make its events share an id with another client's;
 * - `audit_event.flags`: what a reviewer should look at (`FAR_DATED`: a status dated more than a year from the day it
 *   was recorded, accepted with a reason);
 * - `api_client.last_used_at`: bookkeeping, updated at most once a minute per client; the data-version trigger of
 *   `api_client` now leaves out updates of only that column (a use is no change of the register);
 * - `setup_token`: the one-time setup token (its SHA-256) printed at start while no ADMIN client exists, exchanged
 *   once for an ADMIN token by `claimSetupToken`. Hand-written.
 */
export class AuditCorrelationAndSetup1795946636550 implements MigrationInterface {
  name = "AuditCorrelationAndSetup1795946636550";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "correlation_id" text`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "flags" text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "api_client" ADD "last_used_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`DROP TRIGGER "api_client_bump_data_version" ON "api_client"`);
    await queryRunner.query(
      `CREATE TRIGGER "api_client_bump_data_version" AFTER INSERT OR UPDATE OF ${API_CLIENT_DATA_COLUMNS} OR DELETE OR TRUNCATE ` +
        `ON "api_client" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`,
    );
    await queryRunner.query(`
      CREATE TABLE "setup_token" (
        "id" SERIAL NOT NULL,
        "token_hash" character(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "claimed_at" TIMESTAMP WITH TIME ZONE,
        "claimed_by_id" integer,
        CONSTRAINT "setup_token_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "setup_token_hash_key" UNIQUE ("token_hash"),
        CONSTRAINT "setup_token_claimed_by_fkey" FOREIGN KEY ("claimed_by_id") REFERENCES "api_client"("id") ON DELETE RESTRICT
      )`);
    // Every table bumps the data version (migration DataVersion; test/integration/response-cache.test.ts).
    await queryRunner.query(
      `CREATE TRIGGER "setup_token_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "setup_token" ` +
        `FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "setup_token"`);
    await queryRunner.query(`DROP TRIGGER "api_client_bump_data_version" ON "api_client"`);
    await queryRunner.query(
      `CREATE TRIGGER "api_client_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "api_client" ` +
        `FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`,
    );
    await queryRunner.query(`ALTER TABLE "api_client" DROP COLUMN "last_used_at"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "flags"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "correlation_id"`);
  }
}
