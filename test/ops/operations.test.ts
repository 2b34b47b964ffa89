import { Writable } from "node:stream";
import pino from "pino";
import { createDataSource } from "../../src/db/data-source";
import { classifyDatabaseError } from "../../src/errors/database-errors";
import { checkReadiness } from "../../src/http/health";
import { isEmbedded, startTestServer, type TestServer } from "../helpers/test-server";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";
import packageJson from "../../package.json";
import { issueToken } from "../helpers/writes";
import { Role } from "../../src/domain/enums";

const METRICS_TOKEN = "operations-metrics-token";
const metricsAuth = { headers: { authorization: `Bearer ${METRICS_TOKEN}` } };

describe("health, readiness, metrics, API-Version, request log", () => {
  let server: TestServer;
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      callback();
    },
  });

  beforeAll(async () => {
    // Behind METRICS_TOKEN the series carry the operation label (public /metrics has none: metrics-access.test.ts).
    server = await startTestServer({ requestLogger: pino({ level: "info" }, sink), env: { METRICS_TOKEN } });
  });
  afterAll(() => server.close());

  it("GET /health answers without the database; GET /ready checks it and the migrations", async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("readiness reports pending migrations and draining", async () => {
    const migrations = await server.dataSource.query(
      `SELECT id, timestamp, name FROM typeorm_migrations ORDER BY id DESC LIMIT 1`,
    );
    const [last] = migrations as Array<{ id: number; timestamp: string; name: string }>;
    await server.dataSource.query(`DELETE FROM typeorm_migrations WHERE id = $1`, [last.id]);
    try {
      const res = await fetch(`${server.url}/ready`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: "unavailable", reason: "pending migrations" });
    } finally {
      await server.dataSource.query(`INSERT INTO typeorm_migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    expect(await checkReadiness(server.dataSource, { draining: true }, 1000)).toEqual({
      ready: false,
      reason: "draining",
    });
    expect(await checkReadiness(server.dataSource, { draining: false }, 1000)).toEqual({ ready: true });
  });

  it("sends API-Version (package.json's version) and X-Request-Id on every response", async () => {
    for (const path of ["/health", "/ready", "/graphql?query=%7B__typename%7D", "/nowhere"]) {
      const res = await fetch(`${server.url}${path}`, { headers: { "apollo-require-preflight": "1" } });
      expect(res.headers.get("api-version")).toBe(packageJson.version);
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("logs one JSON line per request: request id, operation, duration, outcome; no token, no address, no variables", async () => {
    const auth = await issueToken(server.dataSource, Role.IPO_ANALYST, "log test");
    const token = auth.authorization.slice("Bearer ".length);
    lines.length = 0;
    const res = await server.gql(
      "query ProvinceByCode($code: String!) { province(code: $code) { name } }",
      { code: "PV26" },
      { ...auth, "x-request-id": "log-test-1" },
    );
    expect(res.data!.province.name).toBe("Utrecht");
    await server.gql("{ nope }", undefined, { "x-request-id": "log-test-2" });
    // The client's X-Request-Id is its correlation id; the request id is the server's own (the response's header).
    const first = lines.find((line) => line.correlationId === "log-test-1");
    expect(first).toMatchObject({
      level: 30,
      requestId: res.headers.get("x-request-id"),
      correlationId: "log-test-1",
      operation: "ProvinceByCode",
      outcome: "success",
      req: { method: "POST", path: "/graphql" },
      res: { statusCode: 200 },
      durationMs: expect.any(Number),
    });
    expect(lines.find((line) => line.correlationId === "log-test-2")).toMatchObject({
      outcome: "rejected",
      res: { statusCode: 400 },
    });
    const all = JSON.stringify(lines);
    expect(all).not.toMatch(/authorization|PV26|127\.0\.0\.1|remoteAddress/i);
    expect(all).not.toContain(token);
    expect(all).not.toContain("log test");
  });

  it("serves Prometheus metrics: requests and durations by operation and outcome, pool use, process metrics", async () => {
    await server.gql("query Platforms { platforms { slug } }");
    await server.gql("query Platforms { platforms { slug } }");
    const res = await fetch(`${server.url}/metrics`, metricsAuth);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/graphql_requests_total\{operation="Platforms",outcome="success"\} 2/);
    expect(text).toMatch(/graphql_request_duration_seconds_count\{operation="Platforms",outcome="success"\} 2/);
    expect(text).toMatch(/graphql_requests_total\{operation="anonymous",outcome="rejected"\} \d+/);
    expect(text).toMatch(/db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/db_pool_connections\{state="idle"\} \d+/);
    expect(text).toMatch(/db_pool_connections\{state="waiting"\} 0/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
    expect(text).toMatch(/nodejs_eventloop_lag_seconds/);
  });

  it("keeps operation-name labels bounded: malformed names become `other`", async () => {
    await server.gql("query Platforms { platforms { slug } }", undefined, {});
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ platforms { slug } }", operationName: "x".repeat(100) }),
    });
    expect(res.status).toBe(400); // no operation of that name in the document
    expect(await (await fetch(`${server.url}/metrics`, metricsAuth)).text()).not.toMatch(/x{100}/);
  });
});

describe("rate limiting", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      reset: false,
      env: { RATE_LIMIT_MAX: "3", RATE_LIMIT_IP_MAX: "10", RATE_LIMIT_WINDOW_MS: "60000" },
    });
  });
  afterAll(() => server.close());
  const query = "{ platforms { slug } }";

  it("limits each client separately, answers 429 with Retry-After, and bounds token rotation per address", async () => {
    for (let i = 0; i < 3; i++) expect((await server.gql(query)).status).toBe(200);
    const limited = await server.gql(query);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("ratelimit-policy")).toBeTruthy();
    expect(limited.errors![0].extensions).toMatchObject({ code: "RATE_LIMITED", limit: 3, windowSeconds: 60 });

    // A heavy token does not starve another token (nor the anonymous client's neighbours).
    const [a, b, c] = await Promise.all(
      ["a", "b", "c"].map((name) => issueToken(server.dataSource, Role.IPO_ANALYST, `rate ${name}`)),
    );
    for (let i = 0; i < 3; i++) expect((await server.gql(query, undefined, a)).status).toBe(200);
    expect((await server.gql(query, undefined, a)).status).toBe(429);
    expect((await server.gql(query, undefined, b)).status).toBe(200);

    // 9 requests from this address so far; inventing tokens does not escape the per-address limit of 10
    // (the limit is checked before the token is looked up).
    expect((await server.gql(query, undefined, c)).status).toBe(200);
    const rotated = await server.gql(query, undefined, { authorization: "Bearer smc_invented" });
    expect(rotated.status).toBe(429);
    expect(rotated.errors![0].extensions).toMatchObject({ code: "RATE_LIMITED", limit: 10 });

    // Health, readiness and metrics are not rate-limited.
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/metrics`)).text()).toMatch(/outcome="rate_limited"\} 3/);
  });
});

describe("timeouts", () => {
  let proxy: TcpProxy;
  let server: TestServer;
  beforeAll(async () => {
    proxy = await startTcpProxy(process.env.TEST_DATABASE_URL!);
    server = await startTestServer({
      reset: false,
      databaseUrl: proxy.url,
      env: { REQUEST_TIMEOUT_MS: "400", DB_STATEMENT_TIMEOUT_MS: "300" },
    });
  });
  afterAll(async () => {
    proxy.release();
    await server.close();
    await proxy.stop();
  });

  it("answers a request that runs too long with 503 TIMEOUT, and serves again afterwards", async () => {
    proxy.stall();
    const started = Date.now();
    const res = await server.gql("{ provinces { code } }", undefined, { "x-request-id": "timeout-1" });
    const took = Date.now() - started;
    expect(res.status).toBe(503);
    expect(res.errors![0]).toMatchObject({
      extensions: { code: "TIMEOUT", requestId: res.headers.get("x-request-id") },
    });
    expect(took).toBeGreaterThanOrEqual(380);
    expect(took).toBeLessThan(5000); // cut off, not left to run: a generous bound for a loaded CI machine
    proxy.release();
    const next = await server.gql("{ provinces { code } }");
    expect(next.data!.provinces).toHaveLength(12);
    expect(await (await fetch(`${server.url}/metrics`)).text()).toMatch(/outcome="timeout"\} 1/);
  });

  it(
    isEmbedded()
      ? "embedded (PGlite): statement_timeout is accepted but not enforced — the statement runs to its end"
      : "PostgreSQL: statement_timeout cancels a long statement and the connection returns to the pool",
    async () => {
      const dataSource = createDataSource(process.env.TEST_DATABASE_URL!, 1, { statementTimeoutMs: 200 });
      await dataSource.initialize();
      try {
        // PGlite serves all connections from one session; whether the start-up parameter shows depends on which
        // connection spoke first, so it is only checked on PostgreSQL.
        if (!isEmbedded())
          expect((await dataSource.query("SHOW statement_timeout"))[0].statement_timeout).toBe("200ms");
        const started = Date.now();
        const outcome = await dataSource.query("SELECT pg_sleep(0.6)").then(
          () => "completed",
          (error: unknown) => error,
        );
        const took = Date.now() - started;
        if (isEmbedded()) {
          expect(outcome).toBe("completed");
          expect(took).toBeGreaterThanOrEqual(550);
        } else {
          // Cancelled by PostgreSQL (SQLSTATE 57014), before pg_sleep's 600 ms were up.
          expect(classifyDatabaseError(outcome)).toBe("timeout");
        }
        // Either way the single connection is free again and serves the next statement.
        expect(await dataSource.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
      } finally {
        await dataSource.destroy();
      }
    },
  );
});
