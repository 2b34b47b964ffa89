import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { Writable } from "node:stream";
import pino from "pino";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { issueCallers } from "../helpers/writes";

/**
 * Issue 11: refused authentication and authorization attempts are logged at warn level with the caller (client id and
 * name, or "anonymous" and the address) and counted in `smc_refused_total{reason}`; `/metrics` is behind
 * METRICS_TOKEN or on its own listener (METRICS_PORT), and shows no per-client data (operation names) when public.
 */
function logSink() {
  const lines: Array<Record<string, any>> = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      callback();
    },
  });
  return { lines, logger: pino({ level: "info" }, sink) };
}

const metricsOf = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${url}/metrics`, { headers });
  return { status: res.status, text: await res.text() };
};

describe("public /metrics (default: no METRICS_TOKEN, no METRICS_PORT)", () => {
  let server: TestServer;
  const log = logSink();
  let callers: Awaited<ReturnType<typeof issueCallers>>;
  beforeAll(async () => {
    server = await startTestServer({ requestLogger: log.logger });
    callers = await issueCallers(server.dataSource);
  });
  afterAll(() => server.close());

  it("shows request counts by outcome only: no operation names of any client", async () => {
    await server.gql("query SecretDashboardQuery { platforms { slug } }", undefined, callers.ipo);
    await server.gql("query SecretDashboardQuery { platforms { slug } }");
    const { status, text } = await metricsOf(server.url);
    expect(status).toBe(200);
    expect(text).not.toContain("SecretDashboardQuery");
    expect(text).not.toMatch(/operation="/);
    expect(text).toMatch(/^graphql_requests_total\{outcome="success"\} [2-9]\d*$/m);
    expect(text).toMatch(/^graphql_request_duration_seconds_count\{outcome="success"\} [2-9]\d*$/m);
    expect(text).not.toContain("IPO");
  });

  it("logs each refused attempt at warn with the caller and counts it by reason", async () => {
    log.lines.length = 0;
    const revokedClient = await server.gql(
      `mutation { issueApiToken(input: { name: "Tijdelijk", role: IPO_ANALYST }) { token apiClient { id } } }`,
      {},
      callers.admin,
    );
    const { token, apiClient } = revokedClient.data!.issueApiToken;
    await server.gql(
      `mutation($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { userErrors { code } } }`,
      { i: { apiClientId: apiClient.id } },
      callers.admin,
    );
    const [{ id: revokedId }] = await server.dataSource.query(`SELECT id FROM api_client WHERE name = 'Tijdelijk'`);
    const [{ id: utrechtId }] = await server.dataSource.query(
      `SELECT id FROM api_client WHERE name = 'Communicatie Utrecht'`,
    );
    const write = `mutation { recordFollowerCount(input: { provinceCode: "PV23", platformSlug: "x", measuredOn: "2026-11-01", count: 1, provenance: { ownStatement: true } }) { followerCount { id } } }`;

    const cases = [
      { headers: { authorization: "Bearer smc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }, status: 401 },
      { headers: { authorization: "Basic dXNlcjpwYXNz" }, status: 401 },
      { headers: { authorization: `Bearer ${token}` }, status: 401 },
      { headers: {}, status: 200, query: write },
      { headers: callers.utrecht, status: 200, query: write },
      { headers: callers.ipo, status: 200, query: `{ apiClients(first: 1) { totalCount } }` },
    ];
    for (const c of cases) {
      const res = await server.gql(c.query ?? "{ provinces { code } }", {}, c.headers);
      expect(res.status).toBe(c.status);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual([
        c.status === 401 ? "UNAUTHENTICATED" : expect.any(String),
      ]);
    }
    const refused = log.lines.filter((line) => line.refused);
    expect(refused.map((line) => [line.level, line.res.statusCode, line.refused])).toEqual([
      [40, 401, { reason: "unknown_token", actor: "anonymous", remoteAddress: "127.0.0.1" }],
      [40, 401, { reason: "malformed_authorization", actor: "anonymous", remoteAddress: "127.0.0.1" }],
      [40, 401, { reason: "revoked_token", actor: { id: revokedId, name: "Tijdelijk" } }],
      [40, 200, { reason: "token_required", actor: "anonymous", remoteAddress: "127.0.0.1" }],
      [40, 200, { reason: "forbidden", actor: { id: utrechtId, name: "Communicatie Utrecht" } }],
      [40, 200, { reason: "forbidden", actor: { id: expect.any(Number), name: "IPO" } }],
    ]);
    expect(refused[0].msg).toBe("POST /graphql 401 refused (unknown_token): anonymous 127.0.0.1");
    expect(refused[2].msg).toBe(`POST /graphql 401 refused (revoked_token): client ${revokedId} "Tijdelijk"`);
    // The token itself is never logged.
    expect(JSON.stringify(log.lines)).not.toContain(token);
    // Successful requests are not marked.
    expect(log.lines.filter((line) => !line.refused).every((line) => line.level === 30)).toBe(true);

    const { text } = await metricsOf(server.url);
    expect(text).toMatch(/^smc_refused_total\{reason="unknown_token"\} 1$/m);
    expect(text).toMatch(/^smc_refused_total\{reason="malformed_authorization"\} 1$/m);
    expect(text).toMatch(/^smc_refused_total\{reason="revoked_token"\} 1$/m);
    expect(text).toMatch(/^smc_refused_total\{reason="token_required"\} 1$/m);
    expect(text).toMatch(/^smc_refused_total\{reason="forbidden"\} 2$/m);
  });
});

describe("PUBLIC_READ=false: a request without a token is a refused attempt too", () => {
  let server: TestServer;
  const log = logSink();
  beforeAll(async () => {
    server = await startTestServer({ requestLogger: log.logger, env: { PUBLIC_READ: "false" } });
  });
  afterAll(() => server.close());

  it("logs and counts missing_token for GraphQL and CSV", async () => {
    expect((await server.gql("{ provinces { code } }")).status).toBe(401);
    expect((await fetch(`${server.url}/export/status-matrix.csv`)).status).toBe(401);
    expect(log.lines.filter((line) => line.refused).map((line) => [line.req.path, line.refused.reason])).toEqual([
      ["/graphql", "missing_token"],
      ["/export/status-matrix.csv", "missing_token"],
    ]);
    expect((await metricsOf(server.url)).text).toMatch(/^smc_refused_total\{reason="missing_token"\} 2$/m);
  });
});

describe("METRICS_TOKEN", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { METRICS_TOKEN: "a-metrics-token-of-some-length" } });
  });
  afterAll(() => server.close());

  it("refuses /metrics without the token (401), serves it with per-operation series with it", async () => {
    await server.gql("query Platforms { platforms { slug } }");
    for (const headers of [
      {} as Record<string, string>,
      { authorization: "Bearer wrong" },
      { authorization: "a-metrics-token-of-some-length" },
    ]) {
      const refused = await fetch(`${server.url}/metrics`, { headers });
      expect(refused.status).toBe(401);
      expect(refused.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
      expect(await refused.json()).toEqual({
        errors: [
          {
            message: "/metrics needs `Authorization: Bearer <METRICS_TOKEN>`.",
            extensions: { code: "UNAUTHENTICATED" },
          },
        ],
      });
    }
    const { status, text } = await metricsOf(server.url, { authorization: "Bearer a-metrics-token-of-some-length" });
    expect(status).toBe(200);
    expect(text).toMatch(/^graphql_requests_total\{operation="Platforms",outcome="success"\} 1$/m);
    // The three refusals above are refused attempts like any other.
    expect(text).toMatch(/^smc_refused_total\{reason="metrics_token"\} 3$/m);
  });
});

describe("METRICS_PORT", () => {
  let server: TestServer;
  let metricsHttp: Server;
  let metricsUrl: string;
  beforeAll(async () => {
    server = await startTestServer({ env: { METRICS_PORT: "9" } });
    // src/main.ts listens on METRICS_HOST:METRICS_PORT; here on a free loopback port.
    metricsHttp = server.app.metricsApp!.listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => metricsHttp.once("listening", resolve));
    metricsUrl = `http://127.0.0.1:${(metricsHttp.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => metricsHttp.close(() => resolve()));
    await server.close();
  });

  it("serves /metrics on its own listener only, with per-operation series; the service's port has none", async () => {
    await server.gql("query Platforms { platforms { slug } }");
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    const { status, text } = await metricsOf(metricsUrl);
    expect(status).toBe(200);
    expect(text).toMatch(/^graphql_requests_total\{operation="Platforms",outcome="success"\} 1$/m);
    expect((await fetch(`${metricsUrl}/graphql`)).status).toBe(404);
  });
});
