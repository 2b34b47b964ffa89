import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { gracefulShutdown } from "../../src/http/shutdown";
import { closeDataSource, createDataSource, hasActiveConnections } from "../../src/db/data-source";
import { Role } from "../../src/domain/enums";
import { isEmbedded, startTestServer, type TestServer } from "../helpers/test-server";
import { issueToken } from "../helpers/writes";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";
import {
  RECORD_STATUS,
  issueAdminToken,
  post,
  queryDatabase,
  serviceEnv,
  startService,
  statusInput,
} from "../helpers/service-process";

const kind = isEmbedded() ? "embedded" : "PostgreSQL";

/** Snapshots whose reason starts with `prefix`, and the reasons of their audit events. */
async function storedAndAudited(query: (sql: string) => Promise<Array<{ reason: string }>>, prefix: string) {
  const stored = await query(`SELECT reason FROM platform_status WHERE reason LIKE '${prefix}%' ORDER BY reason`);
  const audited = await query(
    `SELECT after->>'reason' AS reason FROM audit_event WHERE action = 'recordPlatformStatus' AND after->>'reason' LIKE '${prefix}%' ORDER BY 1`,
  );
  return { stored: stored.map((r) => r.reason), audited: audited.map((r) => r.reason) };
}

describe(`draining (${kind})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("while draining, a new request on a kept-alive connection gets 503, Retry-After and Connection: close", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = (p: string) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; socket: unknown }>(
        (resolve, reject) => {
          // Apollo's CSRF prevention wants a preflight header on GET.
          const req = http.get(`${server.url}${p}`, { agent, headers: { "apollo-require-preflight": "1" } }, (res) => {
            let body = "";
            res.on("data", (chunk) => (body += chunk));
            res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body, socket: req.socket }));
          });
          req.on("error", reject);
        },
      );
    const before = await get("/graphql?query=%7B__typename%7D");
    expect(before.status).toBe(200);
    expect(before.headers.connection).toBe("keep-alive");
    server.app.drain();
    const during = await get("/graphql?query=%7B__typename%7D");
    expect(during.socket).toBe(before.socket); // the same kept-alive connection
    expect(during.status).toBe(503);
    expect(during.headers.connection).toBe("close");
    expect(during.headers["retry-after"]).toBe("5");
    expect(JSON.parse(during.body)).toEqual({
      errors: [
        {
          message: "The service is shutting down; retry in a few seconds (another instance may answer).",
          extensions: { code: "SERVICE_UNAVAILABLE" },
        },
      ],
    });
    const ready = await get("/ready");
    expect([ready.status, JSON.parse(ready.body)]).toEqual([503, { status: "unavailable", reason: "draining" }]);
    expect((await get("/health")).status).toBe(200);
    agent.destroy();
  });
});

describe(`shutdown that runs out of time (${kind})`, () => {
  let proxy: TcpProxy;
  let server: TestServer;
  let check: DataSource;
  beforeAll(async () => {
    proxy = await startTcpProxy(process.env.TEST_DATABASE_URL!);
    server = await startTestServer({ databaseUrl: proxy.url });
    check = createDataSource(process.env.TEST_DATABASE_URL!, 1);
  });
  afterAll(async () => {
    proxy.release();
    if (check.isInitialized) await check.destroy();
    await server.close();
    await proxy.stop();
  });

  it("destroys the connection of a write caught mid-transaction: rolled back, never half stored", async () => {
    const editor = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Redactie Utrecht", "PV26");
    // The write's snapshot is inserted, but the database's answer is held: the transaction is caught before its audit
    // event when the shutdown's bound comes.
    proxy.stallWhen('INSERT INTO "platform_status"');
    const write = server.gql(RECORD_STATUS, { i: statusInput("shutdown mid-write") }, editor).then(
      (res) => res,
      () => "connection closed",
    );
    while (!hasActiveConnections(server.dataSource)) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 300));
    let aborted = -1;
    const result = await gracefulShutdown({
      http: server.http,
      drain: () => server.app.drain(),
      busy: () => server.app.inFlight() > 0 || hasActiveConnections(server.dataSource),
      stopServer: () => server.app.stop(),
      closeDatabase: async () => ({ aborted } = await closeDataSource(server.dataSource)),
      timeoutMs: 300,
    });
    expect(result).toEqual({ inTime: false, closed: true });
    expect(aborted).toBe(1);
    expect(await write).toBe("connection closed");
    await check.initialize();
    // PostgreSQL (pglite-socket) rolls the destroyed connection's transaction back.
    expect(await storedAndAudited((sql) => check.query(sql), "shutdown mid-write")).toEqual({
      stored: [],
      audited: [],
    });
    expect(await check.query("SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });
});

describe(`SIGTERM under a stream of writes (npm start, ${kind})`, () => {
  it("every stored snapshot has its audit event, no write is accepted after the signal, exit code 0", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "smc-sigterm-"));
    const env = serviceEnv(isEmbedded() ? { dataDir } : { databaseUrl: process.env.TEST_DATABASE_URL });
    const auth = issueAdminToken(env);
    const service = await startService(env);
    try {
      await service.waitFor(/GraphQL on http/);
      const results: Array<{ reason: string; sentAfterDrain: boolean; status: number | string; id?: string }> = [];
      let drainSeen = false;
      let stop = false;
      const writer = async (w: number) => {
        for (let n = 0; !stop; n++) {
          const reason = `sigterm ${w}-${n}`;
          const sentAfterDrain = drainSeen;
          try {
            const res = await post(service.url, RECORD_STATUS, { i: statusInput(reason) }, auth);
            results.push({
              reason,
              sentAfterDrain,
              status: res.status,
              id: res.body.data?.recordPlatformStatus?.status?.id,
            });
          } catch {
            results.push({ reason, sentAfterDrain, status: "connection error" });
            if (service.child.exitCode !== null) return;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        }
      };
      const writers = Promise.all(Array.from({ length: 6 }, (_, w) => writer(w)));
      while (results.filter((r) => r.status === 200).length < 30)
        await new Promise((resolve) => setTimeout(resolve, 20));
      service.kill("SIGTERM");
      await service.waitFor(/shutting down/);
      drainSeen = true; // from here on every request reaches a draining service
      const code = await service.exited;
      stop = true;
      await writers;

      expect(code).toBe(0);
      expect(service.output()).not.toMatch(/transaction in progress/i);
      expect(service.output()).toMatch(/"msg":"stopped"/);
      const accepted = results.filter((r) => r.status === 200 && r.id);
      const afterDrain = results.filter((r) => r.sentAfterDrain);
      expect(afterDrain.length).toBeGreaterThan(0);
      expect(afterDrain.filter((r) => r.status === 200)).toEqual([]);
      expect(afterDrain.every((r) => r.status === 503 || r.status === "connection error")).toBe(true);

      const where = isEmbedded() ? { dataDir } : { databaseUrl: process.env.TEST_DATABASE_URL };
      const rows = await storedAndAudited(async (sql) => queryDatabase<{ reason: string }>(where, sql), "sigterm ");
      // Every stored snapshot has its audit event, and every acknowledged write is stored.
      expect(rows.audited).toEqual(rows.stored);
      expect(rows.stored).toEqual(expect.arrayContaining(accepted.map((r) => r.reason)));
      // Nothing stored that was refused after the signal.
      expect(rows.stored.filter((reason) => afterDrain.some((r) => r.reason === reason))).toEqual([]);
    } finally {
      service.kill("SIGKILL");
      await service.exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 400_000);
});
