import { randomUUID } from "node:crypto";
import { isEmbedded, startTestServer, type TestServer } from "../helpers/test-server";
import { startTcpProxy } from "../helpers/tcp-proxy";
import { countRows, issueToken } from "../helpers/writes";
import { RECORD_STATUS, post, statusInput } from "../helpers/service-process";
import { Role } from "../../src/domain/enums";

/**
 * Idempotent writes: a mutation sent with `Idempotency-Key` is stored once, whatever the number of retries, also
 * when the client never saw the first answer (its connection was cut after the commit) and across a restart.
 */
describe(`Idempotency-Key (${isEmbedded() ? "embedded" : "PostgreSQL"})`, () => {
  let server: TestServer;
  let editor: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer();
    editor = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Redactie Utrecht", "PV26");
  });
  afterAll(() => server.close());

  const stored = (reason: string) => countRows(server.dataSource, "platform_status", "reason = $1", [reason]);
  const audited = (reason: string) =>
    countRows(server.dataSource, "audit_event", "action = 'recordPlatformStatus' AND after->>'reason' = $1", [reason]);

  it("a retry with the same key answers the first result and writes nothing new", async () => {
    const key = randomUUID();
    const headers = { ...editor, "idempotency-key": key };
    const first = await server.gql(RECORD_STATUS, { i: statusInput("idem once") }, headers);
    expect(first.errors).toBeUndefined();
    const status = first.data!.recordPlatformStatus.status;
    expect(status.reason).toBe("idem once");
    for (let retry = 0; retry < 3; retry++) {
      const again = await server.gql(RECORD_STATUS, { i: statusInput("idem once") }, headers);
      expect(again.status).toBe(200);
      expect(again.data).toEqual({ recordPlatformStatus: { status, userErrors: [] } });
    }
    expect(await stored("idem once")).toBe(1);
    expect(await audited("idem once")).toBe(1);
    // Without a key the same request is a new write (a second snapshot, as before).
    await server.gql(RECORD_STATUS, { i: statusInput("idem once") }, editor);
    expect(await stored("idem once")).toBe(2);
  });

  it("the same key for a different request is refused with a clear error; nothing is written", async () => {
    const key = randomUUID();
    const headers = { ...editor, "idempotency-key": key };
    await server.gql(RECORD_STATUS, { i: statusInput("idem first") }, headers);
    const other = await server.gql(RECORD_STATUS, { i: statusInput("idem other") }, headers);
    expect(other.status).toBe(200);
    expect(other.data).toEqual({ recordPlatformStatus: null });
    expect(other.errors).toEqual([
      expect.objectContaining({
        message: `The Idempotency-Key "${key}" was already used for a different request (another mutation or other input); nothing was written. Send a new key for a new write.`,
        extensions: expect.objectContaining({ code: "BAD_USER_INPUT", argument: "Idempotency-Key" }),
      }),
    ]);
    expect(await stored("idem other")).toBe(0);
  });

  it("keys are per client: another client's same key is its own write", async () => {
    const key = randomUUID();
    const other = await issueToken(server.dataSource, Role.ADMIN, "Beheer");
    await server.gql(RECORD_STATUS, { i: statusInput("idem per client") }, { ...editor, "idempotency-key": key });
    const res = await server.gql(
      RECORD_STATUS,
      { i: statusInput("idem per client") },
      { ...other, "idempotency-key": key },
    );
    expect(res.data!.recordPlatformStatus.userErrors).toEqual([]);
    expect(await stored("idem per client")).toBe(2);
  });

  it("a malformed key is refused before anything is written", async () => {
    const res = await server.gql(
      RECORD_STATUS,
      { i: statusInput("idem bad key") },
      { ...editor, "idempotency-key": "x".repeat(256) },
    );
    expect(res.errors!.map((e) => [e.extensions!.code, e.message])).toEqual([
      ["BAD_USER_INPUT", "The `Idempotency-Key` header must be 1 to 255 visible ASCII characters (e.g. a UUID)."],
    ]);
    expect(await stored("idem bad key")).toBe(0);
  });

  it("a write whose connection is cut after the commit, retried with its key, is stored once", async () => {
    // The client reaches the service through a proxy that holds the service's answer back, then cuts the connection.
    const proxy = await startTcpProxy(server.url);
    try {
      const key = randomUUID();
      const headers = { ...editor, "idempotency-key": key };
      proxy.stall();
      const cut = post(`http://127.0.0.1:${proxy.port}`, RECORD_STATUS, { i: statusInput("idem cut") }, headers).then(
        () => "answered",
        () => "connection lost",
      );
      // Committed (its audit event is there), but the client has no answer yet.
      for (let waited = 0; (await audited("idem cut")) === 0; waited += 50) {
        if (waited > 60_000) throw new Error("the write was never committed");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await proxy.stop();
      expect(await cut).toBe("connection lost");

      const retry = await server.gql(RECORD_STATUS, { i: statusInput("idem cut") }, headers);
      expect(retry.errors).toBeUndefined();
      expect(retry.data!.recordPlatformStatus.status.reason).toBe("idem cut");
      expect(await stored("idem cut")).toBe(1);
      expect(await audited("idem cut")).toBe(1);

      // Across a restart: another instance on the same database answers the retry from the stored result too.
      const restarted = await startTestServer({ reset: false });
      try {
        const later = await restarted.gql(RECORD_STATUS, { i: statusInput("idem cut") }, headers);
        expect(later.data!.recordPlatformStatus).toEqual(retry.data!.recordPlatformStatus);
      } finally {
        await restarted.close();
      }
      expect(await stored("idem cut")).toBe(1);
    } finally {
      proxy.release();
      await proxy.stop().catch(() => undefined);
    }
  });

  it("issueApiToken: a retry answers the same client, but never the token again (it is shown once)", async () => {
    const admin = await issueToken(server.dataSource, Role.ADMIN, "Beheer");
    const ISSUE = `mutation($i: IssueApiTokenInput!) { issueApiToken(input: $i) { apiClient { id name } token userErrors { code } } }`;
    const headers = { ...admin, "idempotency-key": randomUUID() };
    const input = { i: { name: "Dashboard", role: "IPO_ANALYST" } };
    const first = await server.gql(ISSUE, input, headers);
    expect(first.data!.issueApiToken.token).toMatch(/^smc_/);
    const again = await server.gql(ISSUE, input, headers);
    expect(again.data!.issueApiToken).toEqual({ ...first.data!.issueApiToken, token: null });
    expect(await countRows(server.dataSource, "api_client", "name = 'Dashboard'")).toBe(1);
  });
});
