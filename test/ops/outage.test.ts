import { isEmbedded, startTestServer, type TestServer } from "../helpers/test-server";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";
import { issueToken } from "../helpers/writes";
import { Role } from "../../src/domain/enums";

/** The service reaches its database through a TCP proxy that the test cuts and restores. */
describe(`database outage and recovery (${isEmbedded() ? "embedded" : "PostgreSQL"})`, () => {
  let proxy: TcpProxy;
  let server: TestServer;
  const query = "{ provinces { code } }";

  beforeAll(async () => {
    proxy = await startTcpProxy(process.env.TEST_DATABASE_URL!);
    server = await startTestServer({
      databaseUrl: proxy.url,
      // Behind METRICS_TOKEN the series carry the operation label (public /metrics has none).
      env: { DB_CONNECT_TIMEOUT_MS: "1000", READY_TIMEOUT_MS: "1000", METRICS_TOKEN: "outage-metrics-token" },
    });
  });
  afterAll(async () => {
    await server.close();
    await proxy.stop();
  });

  it("serves, fails fast with SERVICE_UNAVAILABLE and 503 while the database is down, and recovers by itself", async () => {
    expect((await server.gql(query)).data!.provinces).toHaveLength(12);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);

    await proxy.stop();
    for (let attempt = 0; attempt < 3; attempt++) {
      const started = Date.now();
      const res = await server.gql(query);
      expect(Date.now() - started).toBeLessThan(3000); // fails fast: no waiting for a connection that will not come
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", requestId: expect.any(String) });
      expect(res.errors![0].message).toBe("The database is unavailable. Retry in a few seconds.");
    }
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "unavailable", reason: "database unreachable" });
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);

    await proxy.start();
    // The pool opens new connections on demand: no restart, no manual step.
    const back = await server.gql(query);
    expect(back.errors).toBeUndefined();
    expect(back.data!.provinces).toHaveLength(12);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  });

  it("an authenticated request during the outage (its token cannot be looked up) also gets 503 SERVICE_UNAVAILABLE", async () => {
    const auth = await issueToken(server.dataSource, Role.IPO_ANALYST, "outage reader");
    await proxy.stop();
    try {
      const res = await server.gql(query, undefined, auth);
      expect(res.status).toBe(503);
      expect(res.errors!.map((e) => e.extensions!.code)).toEqual(["SERVICE_UNAVAILABLE"]);
      const csv = await fetch(`${server.url}/export/status-matrix.csv`, { headers: auth });
      expect(csv.status).toBe(503);
    } finally {
      await proxy.start();
    }
    expect((await server.gql(query, undefined, auth)).data!.provinces).toHaveLength(12);
  });

  it("counts the outage in the metrics", async () => {
    const metrics = await (
      await fetch(`${server.url}/metrics`, { headers: { authorization: "Bearer outage-metrics-token" } })
    ).text();
    expect(metrics).toMatch(/graphql_requests_total\{operation="anonymous",outcome="unavailable"\} 3/);
    // Refused before the operation was read (the token lookup failed), and the CSV export (named as its operation).
    expect(metrics).toMatch(/graphql_requests_total\{operation="unknown",outcome="unavailable"\} 1/);
    expect(metrics).toMatch(/graphql_requests_total\{operation="export_statusmatrix",outcome="unavailable"\} 1/);
  });
});
