import { isEmbedded, startTestServer, type TestServer } from "../helpers/test-server";
import { startTcpProxy } from "../helpers/tcp-proxy";
import { fingerprint, issueToken } from "../helpers/writes";
import { RECORD_STATUS, statusInput } from "../helpers/service-process";
import { Role } from "../../src/domain/enums";
import { classifyDatabaseError } from "../../src/errors/database-errors";
import { QueryRunnerAlreadyReleasedError } from "typeorm";

/**
 * Every database failure a write can meet is answered by its class, never as an internal error, and writes nothing.
 * The failures are real: a trigger makes the database raise each SQLSTATE inside the write's transaction.
 */
describe(`every database failure classified (${isEmbedded() ? "embedded" : "PostgreSQL"})`, () => {
  let server: TestServer;
  let editor: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer();
    editor = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Redactie Utrecht", "PV26");
  });
  afterAll(async () => {
    await server.dataSource.query("DROP TRIGGER IF EXISTS test_failure ON platform_status");
    await server.close();
  });

  /** From now on, inserting a status snapshot raises `sqlstate` (after the write lock and the rule's reads). */
  async function failWith(sqlstate: string): Promise<void> {
    await server.dataSource.query(`
      CREATE OR REPLACE FUNCTION test_failure() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure' USING ERRCODE = '${sqlstate}'; END $$`);
    await server.dataSource.query(`
      CREATE OR REPLACE TRIGGER test_failure BEFORE INSERT ON platform_status
      FOR EACH ROW EXECUTE FUNCTION test_failure()`);
  }

  it.each([
    ["unavailable", "08006", 503, "SERVICE_UNAVAILABLE", "5", "The database is unavailable. Retry in a few seconds."],
    [
      "busy",
      "40P01",
      503,
      "SERVICE_UNAVAILABLE",
      "5",
      "The database is busy (a deadlock or lock conflict with another write); nothing was written. Retry in a few seconds.",
    ],
    [
      "storage",
      "53100",
      503,
      "STORAGE_FULL",
      "60",
      "The database's storage is full; nothing was written. Retry later (an operator must free space).",
    ],
    [
      "data error",
      "22P02",
      200,
      "BAD_USER_INPUT",
      null,
      "An argument holds a value the database can not take (e.g. a NUL character, or a number or date out of range).",
    ],
    ["timeout", "57014", 503, "TIMEOUT", null, "A database statement took too long and was cancelled."],
  ])("%s (SQLSTATE %s) → HTTP %d %s", async (_kind, sqlstate, status, code, retryAfter, message) => {
    await failWith(sqlstate);
    const before = await fingerprint(server.dataSource);
    const res = await server.gql(RECORD_STATUS, { i: statusInput(`failing ${sqlstate}`) }, editor);
    expect(res.status).toBe(status);
    expect(res.headers.get("retry-after")).toBe(retryAfter);
    expect(res.errors).toEqual([
      {
        message,
        path: ["recordPlatformStatus"],
        locations: expect.any(Array),
        extensions: { code, requestId: expect.any(String) },
      },
    ]);
    expect(await fingerprint(server.dataSource)).toEqual(before);
  });

  it("a connection lost inside a write's transaction is 503 with Retry-After, and nothing is written", async () => {
    await server.dataSource.query("DROP TRIGGER IF EXISTS test_failure ON platform_status");
    const proxy = await startTcpProxy(process.env.TEST_DATABASE_URL!);
    const cut = await startTestServer({ reset: false, databaseUrl: proxy.url });
    try {
      const before = await fingerprint(server.dataSource);
      proxy.stall(); // the transaction's first statement gets no answer…
      const pending = cut.gql(RECORD_STATUS, { i: statusInput("lost connection") }, editor);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await proxy.stop(); // …and then the database is gone
      const res = await pending;
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(res.errors!.map((e) => e.extensions!.code)).toEqual(["SERVICE_UNAVAILABLE"]);
      expect(await fingerprint(server.dataSource)).toEqual(before);
    } finally {
      proxy.release();
      await cut.close();
    }
  });

  it("TypeORM's errors for a connection released under a transaction are classified as unavailable", () => {
    expect(classifyDatabaseError(new QueryRunnerAlreadyReleasedError())).toBe("unavailable");
    expect(classifyDatabaseError(new Error("Cannot use a pool after calling end on the pool"))).toBe("unavailable");
    expect(classifyDatabaseError(Object.assign(new Error("write failed"), { code: "ENOSPC" }))).toBe("storage");
    expect(classifyDatabaseError(Object.assign(new Error("too many"), { code: "53300" }))).toBe("unavailable");
  });
});
