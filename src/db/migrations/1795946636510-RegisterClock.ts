import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The register's clock without one global lock (docs/design.md §6 "Writes", §7 "Clocks"). Replaces the one-row
 * `data_version` table, whose row every write locked until commit, by:
 *
 * - `data_version_seq`: the data version, bumped by the same statement-level triggers (`bump_data_version()`) with
 *   `nextval`, which takes no lock that another write waits for. `data_version` stays readable as a view.
 * - `register_write_begin()`: marks the transaction as a write in flight with a shared advisory lock whose key is
 *   the instant it was taken (milliseconds since 1970, under the namespace `REGISTER_KEY_NAMESPACE`). Shared locks
 *   never wait for each other; PostgreSQL releases them after the commit is visible; `pg_locks` shows them to every
 *   session at once (they are not MVCC data).
 * - `register_stamp()`: the recorded time of a write (`recorded_at`, `published_at`, `withdrawn_at`, audit `at`):
 *   marks the write in flight first, then reads the statement's clock, to the millisecond. So every in-flight write
 *   shows a lower bound of all its stamps before it stamps anything.
 * - `register_instant()`: the data version and a *safe* instant for reads: the last completed millisecond S such that
 *   every write that is or will be stamped at or before S has committed. It waits (1) until S's millisecond is over,
 *   so a write that starts later stamps after S, and (2) until no write that started at or before S is in flight.
 *   A read at S is then the same forever (replayable), and it sees every write committed before it was asked
 *   (a writer's own next read included). The version is read first: a write counted in it either was in flight at
 *   (2) and has committed since, or bumps the version again later — never stale.
 */
export const REGISTER_KEY_NAMESPACE = 1516;

export class RegisterClock1795946636510 implements MigrationInterface {
  name = "RegisterClock1795946636510";

  public async up(queryRunner: QueryRunner): Promise<void> {
    const [{ version }]: Array<{ version: string }> = await queryRunner.query(`SELECT version::text FROM data_version`);
    await queryRunner.query(`CREATE SEQUENCE "data_version_seq" AS bigint`);
    await queryRunner.query(`SELECT setval('data_version_seq', $1::bigint, true)`, [version]);
    await queryRunner.query(`DROP TABLE "data_version"`);
    await queryRunner.query(`CREATE VIEW "data_version" AS SELECT last_value AS version FROM data_version_seq`);
    await queryRunner.query(`
      CREATE FUNCTION register_write_begin() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('register.write_in_flight', true) IS DISTINCT FROM 'on' THEN
          PERFORM pg_advisory_xact_lock_shared((${REGISTER_KEY_NAMESPACE}::bigint << 42)
            + (extract(epoch FROM date_trunc('milliseconds', clock_timestamp())) * 1000)::bigint);
          PERFORM set_config('register.write_in_flight', 'on', true);
        END IF;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION register_stamp() RETURNS timestamptz LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM register_write_begin();
        RETURN date_trunc('milliseconds', clock_timestamp());
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION register_instant(OUT version bigint, OUT instant timestamptz) LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        db oid := (SELECT oid FROM pg_database WHERE datname = current_database());
        bound bigint;
      BEGIN
        SELECT last_value INTO version FROM data_version_seq;
        instant := date_trunc('milliseconds', clock_timestamp());
        WHILE clock_timestamp() < instant + interval '1 millisecond' LOOP
        END LOOP;
        bound := (${REGISTER_KEY_NAMESPACE}::bigint << 42) + (extract(epoch FROM instant) * 1000)::bigint;
        WHILE EXISTS (
          SELECT 1 FROM pg_locks
          WHERE locktype = 'advisory' AND objsubid = 1 AND database = db AND pid <> pg_backend_pid()
            AND ((classid::bigint << 32) | objid::bigint) BETWEEN (${REGISTER_KEY_NAMESPACE}::bigint << 42) AND bound
        ) LOOP
          PERFORM pg_sleep(0.001);
        END LOOP;
      END
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM register_write_begin();
        PERFORM nextval('data_version_seq');
        RETURN NULL;
      END
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const [{ version }]: Array<{ version: string }> = await queryRunner.query(`SELECT version::text FROM data_version`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1 WHERE id;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`DROP FUNCTION register_instant()`);
    await queryRunner.query(`DROP FUNCTION register_stamp()`);
    await queryRunner.query(`DROP FUNCTION register_write_begin()`);
    await queryRunner.query(`DROP VIEW "data_version"`);
    await queryRunner.query(`DROP SEQUENCE "data_version_seq"`);
    await queryRunner.query(`
      CREATE TABLE "data_version" (
        "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
        "version" bigint NOT NULL
      )`);
    await queryRunner.query(`INSERT INTO "data_version" ("id", "version") VALUES (true, $1::bigint)`, [version]);
  }
}
