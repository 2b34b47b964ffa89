import { EXPLORER_EXAMPLES } from "../../src/http/explorer/examples";
import { startTestServer, type TestServer } from "../helpers/test-server";

describe("offline explorer (GraphiQL from node_modules)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { EXPLORER: "true" } });
  });
  afterAll(() => server.close());

  it("serves the page and a self-contained bundle: no URL outside the service", async () => {
    const page = await fetch(`${server.url}/explorer`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    const html = await page.text();
    expect(html).toContain('src="/explorer/assets/explorer.js"');
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ["explorer.js", "explorer.css", "editor.worker.js", "json.worker.js", "graphql.worker.js"]) {
      const res = await fetch(`${server.url}/explorer/assets/${asset}`);
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body.length).toBeGreaterThan(10_000);
      // No script or stylesheet is pulled from a CDN (plain URLs in comments or strings are no loads).
      expect(body).not.toMatch(/(?:esm\.sh|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com)/);
    }
    expect((await fetch(`${server.url}/explorer/assets/nothing.js`)).status).toBe(404);
  }, 600_000);

  it("preloads example operations that run without errors", async () => {
    expect(EXPLORER_EXAMPLES.map((e) => e.title)).toEqual(["Status matrix on 1 July 2025", "Overijssel's presences"]);
    for (const example of EXPLORER_EXAMPLES) {
      const res = await server.gql(example.query);
      expect(res.errors).toBeUndefined();
    }
    const overijssel = await server.gql(EXPLORER_EXAMPLES[1].query);
    const x = overijssel.data!.province.presences.find((p: { platform: { name: string } }) => p.platform.name === "X");
    expect(x.status).toMatchObject({ status: "INACTIVE", validFrom: "2025-06-01" });
  });
});

describe("explorer off (production's default)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { EXPLORER: "false" } });
  });
  afterAll(() => server.close());

  it("/explorer, linked from the dashboard, says in Dutch that it is off and where the API is", async () => {
    const page = await fetch(`${server.url}/explorer`);
    expect(page.status).toBe(404);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await page.text();
    expect(html).toContain("<h1>De GraphQL-verkenner staat uit</h1>");
    expect(html).toContain("<code>/graphql</code>");
  });
});
