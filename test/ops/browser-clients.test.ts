import { createHash } from "node:crypto";
import { request } from "node:http";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { issueCallers } from "../helpers/writes";

/**
 * What a browser client relies on, over real HTTP: CORS (preflights, allowed and refused origins), compression,
 * ETag / If-None-Match on GET reads (queries, persisted queries, CSV exports), Cache-Control, and cached answers that
 * honour `Accept` like uncached ones.
 */
const PAGE = "http://localhost:5173";
const STRANGER = "http://evil.example";
const QUERY = `{ statusMatrix(asOf: "2025-07-01", provinces: ["PV23"], platforms: ["x"]) { rows { cells { status } } } }`;
const RECORD_STATUS = `mutation($i: RecordPlatformStatusInput!) { recordPlatformStatus(input: $i) { status { id } userErrors { code } } }`;

/** A raw HTTP exchange (fetch would decompress and hide the body's real bytes). */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

describe("browser clients: CORS, compression, HTTP caching", () => {
  let server: TestServer;
  let callers: Awaited<ReturnType<typeof issueCallers>>;
  const getUrl = (query: string, extra = "") => `${server.url}/graphql?query=${encodeURIComponent(query)}${extra}`;
  const PREFLIGHTED = { "apollo-require-preflight": "true" };

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_ENABLED: "false" } });
    callers = await issueCallers(server.dataSource);
  }, 120_000);
  afterAll(() => server?.close());

  it.each(["/graphql", "/export/status-matrix.csv", "/health", "/ready"])(
    "answers the preflight of an allowed origin on %s with 204 and the headers a page needs",
    async (path) => {
      const res = await raw(`${server.url}${path}`, {
        method: "OPTIONS",
        headers: {
          origin: PAGE,
          "access-control-request-method": path === "/graphql" ? "POST" : "GET",
          "access-control-request-headers": "content-type,authorization,apollo-require-preflight,idempotency-key",
        },
      });
      expect(res.status).toBe(204);
      expect(res.headers["access-control-allow-origin"]).toBe(PAGE);
      expect(res.headers["access-control-allow-methods"]).toBe("GET,HEAD,POST");
      expect(String(res.headers["access-control-allow-headers"]).toLowerCase()).toBe(
        "content-type,authorization,apollo-require-preflight,x-apollo-operation-name,idempotency-key,x-request-id,if-none-match",
      );
      expect(res.headers["access-control-max-age"]).toBe("600");
      expect(res.body.length).toBe(0);
    },
  );

  it("gives an origin that is not listed no Access-Control-Allow-Origin (the browser refuses); CSRF prevention stays on", async () => {
    const preflight = await raw(`${server.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: STRANGER, "access-control-request-method": "POST" },
    });
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
    expect(preflight.headers.vary).toContain("Origin");
    const post = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { origin: STRANGER, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ provinces { code } }" }),
    });
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
    // A simple cross-site request (text/plain, no preflight) is still refused by Apollo.
    const simple = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { origin: PAGE, "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ provinces { code } }" }),
    });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
  });

  it("lets an allowed page read the headers it needs", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { origin: PAGE, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ provinces { code } }" }),
    });
    expect(res.headers.get("access-control-allow-origin")).toBe(PAGE);
    expect(res.headers.get("access-control-expose-headers")).toBe(
      "ETag,X-Request-Id,API-Version,Retry-After,RateLimit,RateLimit-Policy,X-Response-Cache,X-Sql-Statements,Content-Disposition",
    );
  });

  it.each([
    ["br", "br"],
    ["gzip", "gzip"],
    ["gzip, deflate, br", "br"],
    ["identity", undefined],
  ])("compresses a large answer for Accept-Encoding %s", async (accept, encoding) => {
    const res = await raw(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": accept },
      body: JSON.stringify({
        query: `{ statusMatrix(asOf: "2025-07-01") { rows { province { name } cells { status statusLabel } } } }`,
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe(encoding);
    expect(res.headers.vary).toContain("Accept-Encoding");
  });

  it("GET query: ETag, 304 on If-None-Match, a new ETag after a write; public without a token, private with one", async () => {
    const first = await fetch(getUrl(QUERY), { headers: PREFLIGHTED });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"\d+-[A-Za-z0-9_-]{22}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(first.headers.get("vary")).toContain("Authorization");
    expect(((await first.json()) as any).data.statusMatrix.rows[0].cells[0].status).toBe("INACTIVE");

    const again = await raw(getUrl(QUERY), { headers: { ...PREFLIGHTED, "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);

    // A conditional GET without a preflight header is refused as before (CSRF prevention), never a 304.
    const simple = await fetch(getUrl(QUERY), { headers: { "if-none-match": etag } });
    expect(simple.status).toBe(400);

    const asIpo = await fetch(getUrl(QUERY), { headers: { ...PREFLIGHTED, ...callers.ipo } });
    expect(asIpo.headers.get("cache-control")).toBe("private, max-age=0, must-revalidate");
    expect(asIpo.headers.get("etag")).not.toBe(etag);

    const write = await server.gql(
      RECORD_STATUS,
      {
        i: {
          provinceCode: "PV23",
          platformSlug: "x",
          provenance: { ownStatement: true },
          validFrom: "2025-06-15",
          status: "LEFT",
          reason: "Test: a status more than a year back needs a reason.",
        },
      },
      callers.admin,
    );
    expect(write.data!.recordPlatformStatus.userErrors).toEqual([]);
    expect(write.headers.get("cache-control")).toBe("no-store");
    expect(write.headers.get("etag")).toBeNull();
    const changed = await fetch(getUrl(QUERY), { headers: { ...PREFLIGHTED, "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(((await changed.json()) as any).data.statusMatrix.rows[0].cells[0].status).toBe("LEFT");
  });

  it("an answer with errors is not cacheable: no ETag, no-store", async () => {
    const res = await fetch(getUrl(`{ statusMatrix(provinces: ["Atlantis"]) { rows { cells { status } } } }`), {
      headers: PREFLIGHTED,
    });
    expect(((await res.json()) as any).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(res.headers.get("etag")).toBeNull();
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("persisted query (APQ) by GET: ETag and 304; by POST: served from the response cache", async () => {
    const query = "{ provinces { code } }";
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const byHash = `${server.url}/graphql?extensions=${encodeURIComponent(extensions)}`;
    const unknown = (await (await fetch(byHash, { headers: PREFLIGHTED })).json()) as any;
    expect(unknown.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const registered = await fetch(`${byHash}&query=${encodeURIComponent(query)}`, { headers: PREFLIGHTED });
    expect(registered.status).toBe(200);
    const first = await fetch(byHash, { headers: PREFLIGHTED });
    expect(((await first.json()) as any).data.provinces).toHaveLength(12);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\//);
    const notModified = await raw(byHash, { headers: { ...PREFLIGHTED, "if-none-match": etag } });
    expect(notModified.status).toBe(304);

    const post = () =>
      fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ extensions: JSON.parse(extensions) }),
      });
    expect((await post()).headers.get("x-response-cache")).toBe("MISS");
    const hit = await post();
    expect(hit.headers.get("x-response-cache")).toBe("HIT");
    expect(((await hit.json()) as any).data.provinces).toHaveLength(12);
  });

  it("APQ: a text whose answer is cached still registers its hash when sent with it (POST)", async () => {
    const query = "{ platforms { slug name } }";
    const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") };
    const post = (body: object) =>
      fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    await post({ query });
    expect((await post({ query })).headers.get("x-response-cache")).toBe("HIT");
    const unknown = (await (await post({ extensions: { persistedQuery } })).json()) as any;
    expect(unknown.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const registered = await post({ query, extensions: { persistedQuery } });
    expect(registered.status).toBe(200);
    expect(((await registered.json()) as any).data.platforms).toHaveLength(10);
    const byHash = (await (await post({ extensions: { persistedQuery } })).json()) as any;
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data.platforms).toHaveLength(10);
  });

  it("CSV export: ETag, 304 on If-None-Match, public Cache-Control", async () => {
    const url = `${server.url}/export/status-matrix.csv?asOf=2025-07-01&provinces=PV26`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\//);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect((await first.text()).split("\r\n").length).toBe(12);
    const again = await raw(url, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const other = await fetch(`${url}&delimiter=semicolon`, { headers: { "if-none-match": etag } });
    expect(other.status).toBe(200);
    const refused = await fetch(`${server.url}/export/status-matrix.csv?provinces=Atlantis`);
    expect(refused.status).toBe(400);
    expect(refused.headers.get("etag")).toBeNull();
    expect(refused.headers.get("cache-control")).toBe("no-store");
  });

  it("a cached answer honours Accept like an uncached one (content type, 406)", async () => {
    const post = (accept: string) =>
      fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept },
        body: JSON.stringify({ query: "{ platforms { slug } }" }),
      });
    const results = [];
    for (const accept of [
      "application/graphql-response+json",
      "application/graphql-response+json",
      "application/json",
      "text/xml",
      "text/xml",
    ]) {
      const res = await post(accept);
      results.push([res.status, res.headers.get("content-type"), res.headers.get("x-response-cache")]);
    }
    expect(results).toEqual([
      [200, "application/graphql-response+json; charset=utf-8", "MISS"],
      [200, "application/graphql-response+json; charset=utf-8", "HIT"],
      [200, "application/json; charset=utf-8", "HIT"],
      [406, "application/json; charset=utf-8", "MISS"],
      [406, "application/json; charset=utf-8", "MISS"],
    ]);
  });
});
