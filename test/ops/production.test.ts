import { logger } from "../../src/logger";
import { startTestServer, type TestServer } from "../helpers/test-server";

const introspection = "{ __schema { queryType { name } } }";
const typo = "{ provincs { code } }";

describe("production behaviour (NODE_ENV=production)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: "production", EXPOSE_SQL_COUNT: "false" } });
  });
  afterAll(() => server.close());

  it("refuses introspection and hides field suggestions", async () => {
    const res = await server.gql(introspection);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors![0].message).toMatch(/introspection is not allowed/i);
    const typoRes = await server.gql(typo);
    expect(typoRes.errors![0].message).not.toMatch(/Did you mean/);
  });

  it("hides suggestions in variable-coercion errors too (an enum value misspelt in a variable)", async () => {
    const res = await server.gql(
      "query($s: [PresenceStatus!]) { statusChanges(filter: { statuses: $s }) { totalCount } }",
      {
        s: ["ACTIV"],
      },
    );
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0].message).toMatch(/ACTIV/);
    expect(res.errors![0].message).not.toMatch(/Did you mean|"ACTIVE"/);
  });

  it("masks internal errors: fixed message, request id in the response and the log, no stack trace", async () => {
    const errorLog = jest.spyOn(logger, "error");
    await server.dataSource.query(`ALTER TABLE "platform" RENAME TO "platform_hidden"`);
    try {
      const res = await server.gql("{ platforms { slug } }", undefined, { "x-request-id": "masking-test-1" });
      expect(res.errors).toHaveLength(1);
      const [error] = res.errors!;
      expect(error.message).toBe("Internal server error. Quote the request id when reporting it.");
      // The request id is the server's own (a UUID); the client's X-Request-Id comes back as X-Correlation-Id.
      const requestId = res.headers.get("x-request-id")!;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get("x-correlation-id")).toBe("masking-test-1");
      expect(error.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId });
      expect(JSON.stringify(res)).not.toMatch(/platform_hidden|relation|stack|QueryFailedError/);
      const logged = errorLog.mock.calls.find(([fields]) => (fields as { requestId?: string }).requestId === requestId);
      expect(logged).toBeDefined();
      expect(String((logged![0] as { err: Error }).err.message)).toMatch(/platform/);
    } finally {
      await server.dataSource.query(`ALTER TABLE "platform_hidden" RENAME TO "platform"`);
      errorLog.mockRestore();
    }
  });

  it("sends no sqlStatements extension and no stack traces for client errors", async () => {
    const res = await server.gql("{ province(code: 12) { code } }");
    expect(res.errors![0].extensions!.stacktrace).toBeUndefined();
    expect(res.extensions?.sqlStatements).toBeUndefined();
    expect(res.extensions?.requestId).toEqual(expect.any(String));
  });

  it("keeps CSRF prevention on: a simple GET or a text/plain POST is refused, a preflighted request passes", async () => {
    const query = encodeURIComponent("{ platforms { slug } }");
    const simpleGet = await fetch(`${server.url}/graphql?query=${query}`);
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/CSRF/);
    const textPost = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ platforms { slug } }" }),
    });
    expect(textPost.status).toBe(400);
    expect(await textPost.text()).toMatch(/CSRF/);
    const preflighted = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(preflighted.status).toBe(200);
    expect(((await preflighted.json()) as { data: { platforms: unknown[] } }).data.platforms.length).toBeGreaterThan(5);
  });

  it("runs mutations only over POST (GET answers 405)", async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent("mutation { __typename }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("serves no explorer in production (the dashboard stays at /)", async () => {
    expect((await fetch(`${server.url}/explorer`)).status).toBe(404);
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="nl">');
  });
});

describe("development behaviour (the default)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ reset: false });
  });
  afterAll(() => server.close());

  it("allows introspection and suggests fields", async () => {
    expect((await server.gql(introspection)).data!.__schema.queryType.name).toBe("Query");
    expect((await server.gql(typo)).errors![0].message).toMatch(/Did you mean .*"provinces"/);
  });
});
