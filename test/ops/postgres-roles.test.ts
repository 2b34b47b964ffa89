import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { issueToken } from "../helpers/writes";
import { Role } from "../../src/domain/enums";

/**
 * Production PostgreSQL with the least-privilege role of docs/operations.md ("PostgreSQL roles"): the service
 * connects as a role that owns nothing and has DML on the tables; the owner (here the test's superuser) ran the
 * migrations. As that role the service works, and the append-only history can not be changed, emptied or unprotected.
 * PostgreSQL only: the embedded database has one superuser session, and its protection is the socket's permissions
 * (test/ops/embedded-database.test.ts).
 */
const onPostgres = process.env.TEST_DATABASE_KIND === "postgresql";
if (!onPostgres) console.warn("SKIPPED test/ops/postgres-roles.test.ts: it needs PostgreSQL (DATABASE_URL)");
const describeOnPostgres = onPostgres ? describe : describe.skip;

const APPEND_ONLY = ["platform_status", "framework_position", "follower_count", "audit_event"];

describeOnPostgres("the service's least-privilege PostgreSQL role", () => {
  const role = `smc_app_${randomBytes(4).toString("hex")}`;
  let owner: TestServer;
  let app: TestServer;
  let client: Client;

  beforeAll(async () => {
    owner = await startTestServer();
    const database = new URL(process.env.TEST_DATABASE_URL!).pathname.slice(1);
    // The grants of docs/operations.md, verbatim but for the names.
    for (const sql of [
      `CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS`,
      `GRANT CONNECT ON DATABASE "${database}" TO ${role}`,
      `GRANT USAGE ON SCHEMA public TO ${role}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    ])
      await owner.dataSource.query(sql);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.username = role;
    url.password = "";
    client = new Client({ connectionString: url.toString() });
    await client.connect();
    app = await startTestServer({ databaseUrl: url.toString(), reset: false });
  });

  afterAll(async () => {
    await app?.close();
    await client?.end();
    await owner.dataSource.query(`DROP OWNED BY ${role}`);
    await owner.dataSource.query(`DROP ROLE ${role}`);
    await owner.close();
  });

  const refusal = (sql: string) =>
    client.query(sql).then(
      () => "succeeded",
      (error: Error) => error.message,
    );

  it("is what the service needs: it reads and writes through the API (a token issued, with its audit event)", async () => {
    expect(
      (await client.query("SELECT current_user, usesuper FROM pg_user WHERE usename = current_user")).rows,
    ).toEqual([{ current_user: role, usesuper: false }]);
    const admin = await issueToken(owner.dataSource, Role.ADMIN, "Beheer");
    const res = await app.gql(
      `mutation($i: IssueApiTokenInput!) { issueApiToken(input: $i) { apiClient { name role } userErrors { code } } }`,
      { i: { name: "Least privilege", role: "IPO_ANALYST" } },
      admin,
    );
    expect(res.data).toEqual({
      issueApiToken: { apiClient: { name: "Least privilege", role: "IPO_ANALYST" }, userErrors: [] },
    });
    const audit = await client.query(
      `SELECT action FROM audit_event WHERE action = 'issueApiToken' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.rows).toEqual([{ action: "issueApiToken" }]);
    expect((await app.gql(`{ province(code: "PV26") { code } }`)).data).toEqual({ province: { code: "PV26" } });
  });

  it("can add to the append-only history (a follower count inserted as the role)", async () => {
    const inserted = await client.query(
      `INSERT INTO follower_count (presence_id, measured_on, count) SELECT id, '2025-01-01', 1 FROM presence ORDER BY id LIMIT 1 RETURNING count`,
    );
    expect(inserted.rows).toEqual([{ count: 1 }]);
  });

  it.each(APPEND_ONLY)("can not update, delete, truncate or unprotect %s", async (table) => {
    // A row-level trigger fires only on rows: every table has some (seed, the token above, the count above).
    expect((await client.query(`SELECT count(*) > 0 AS some FROM "${table}"`)).rows).toEqual([{ some: true }]);
    expect(await refusal(`UPDATE "${table}" SET id = id`)).toBe(`${table} is append-only: UPDATE is not allowed`);
    expect(await refusal(`DELETE FROM "${table}"`)).toBe(`${table} is append-only: DELETE is not allowed`);
    expect(await refusal(`TRUNCATE "${table}"`)).toBe(`permission denied for table ${table}`);
    expect(await refusal(`ALTER TABLE "${table}" DISABLE TRIGGER "${table}_append_only"`)).toBe(
      `must be owner of table ${table}`,
    );
    expect(await refusal(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`)).toBe(
      `must be owner of relation ${table}`,
    );
  });

  it("can not switch triggers off for its session, nor create objects, nor grant itself more", async () => {
    expect(await refusal(`SET session_replication_role = replica`)).toBe(
      `permission denied to set parameter "session_replication_role"`,
    );
    expect(await refusal(`CREATE TABLE own_table (id int)`)).toBe("permission denied for schema public");
    expect(
      await refusal(
        `CREATE OR REPLACE FUNCTION forbid_history_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
      ),
    ).toBe("permission denied for schema public");
    expect(await refusal(`ALTER ROLE ${role} SUPERUSER`)).toBe(
      "must be superuser to alter superuser roles or change superuser attribute",
    );
  });
});
