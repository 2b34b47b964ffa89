import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser, watchedContext } from "../helpers/browser";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { issueCallers } from "../helpers/writes";

/**
 * A page on another origin uses the API as a dashboard would, in headless Chromium: reads `statusMatrix`
 * anonymously, writes with a token, and receives the write as a live event over WebSocket (graphql-ws's browser
 * build). A page on an origin not in CORS_ORIGINS is refused by the browser.
 */
// The package's exports do not list its UMD build: found next to its package.json.
const GRAPHQL_WS_UMD = readFileSync(
  path.join(path.dirname(require.resolve("graphql-ws/package.json")), "umd/graphql-ws.min.js"),
  "utf8",
);
const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Dashboard</title>
<script src="/graphql-ws.js"></script></head><body><h1>Dashboard</h1></body></html>`;

/** A tiny static server: the page and graphql-ws's browser build, on its own loopback origin. */
async function pageServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url === "/graphql-ws.js") {
      res.writeHead(200, { "content-type": "text/javascript" }).end(GRAPHQL_WS_UMD);
      return;
    }
    if (req.url === "/favicon.ico") return void res.writeHead(204).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe("a web page on another origin (headless Chromium)", () => {
  let api: TestServer;
  let allowed: { origin: string; server: Server };
  let stranger: { origin: string; server: Server };
  let browser: Browser;
  let token: string;

  beforeAll(async () => {
    allowed = await pageServer();
    stranger = await pageServer();
    api = await startTestServer({ env: { CORS_ORIGINS: allowed.origin } });
    token = (await issueCallers(api.dataSource)).utrecht.authorization;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    for (const page of [allowed, stranger]) await new Promise((resolve) => page?.server.close(resolve));
  });

  it("reads anonymously, writes with a token and receives the live event", async () => {
    const { context, watch } = await watchedContext(browser);
    const page = await context.newPage();
    await page.goto(allowed.origin);
    const result = await page.evaluate(
      async ({ apiUrl, token }) => {
        const gql = async (query: string, variables?: unknown, headers: Record<string, string> = {}) => {
          const res = await fetch(`${apiUrl}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", ...headers },
            body: JSON.stringify({ query, variables }),
          });
          return {
            etag: res.headers.get("etag"),
            requestId: res.headers.get("x-request-id"),
            body: (await res.json()) as any,
          };
        };
        const read = await gql(
          `{ statusMatrix(asOf: "2025-07-01", provinces: ["PV23"], platforms: ["x"]) { rows { cells { statusLabel validFrom } } } }`,
        );
        // The live event: subscribe first, then write.
        const ws = (globalThis as any).graphqlWs.createClient({ url: `${apiUrl.replace("http", "ws")}/graphql` });
        const event = new Promise((resolve, reject) => {
          ws.subscribe(
            { query: `subscription { registerChanged(provinces: ["PV26"]) { kind provinceCode platformSlug } }` },
            { next: resolve, error: reject, complete: () => undefined },
          );
        });
        await new Promise<void>((resolve) => ws.on("connected", () => resolve()));
        await new Promise((resolve) => setTimeout(resolve, 200));
        const write = await gql(
          `mutation($i: RecordPlatformStatusInput!) { recordPlatformStatus(input: $i) { status { statusLabel } userErrors { code } } }`,
          {
            i: {
              provinceCode: "PV26",
              platformSlug: "x",
              provenance: { ownStatement: true },
              validFrom: "2026-01-15",
              reason: "Test record: a date that may lie more than a year from today needs a reason.",
              status: "INACTIVE",
            },
          },
          { authorization: token },
        );
        const live = await event;
        await ws.dispose();
        return { read: read.body.data, hasRequestId: Boolean(read.requestId), write: write.body.data, live };
      },
      { apiUrl: api.url, token },
    );
    expect(result).toEqual({
      read: { statusMatrix: { rows: [{ cells: [{ statusLabel: "Inactief", validFrom: "2025-06-01" }] }] } },
      hasRequestId: true,
      write: { recordPlatformStatus: { status: { statusLabel: "Inactief" }, userErrors: [] } },
      live: { data: { registerChanged: { kind: "PLATFORM_STATUS", provinceCode: "PV26", platformSlug: "x" } } },
    });
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offLoopbackRequests).toEqual([]);
    await context.close();
  });

  it("refuses a page whose origin is not in CORS_ORIGINS: its fetch rejects and its WebSocket is refused", async () => {
    const { context, watch } = await watchedContext(browser);
    const page = await context.newPage();
    await page.goto(stranger.origin);
    const outcome = await page.evaluate(async (apiUrl) => {
      const fetched = await fetch(`${apiUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ provinces { code } }" }),
      }).then(
        () => "answered",
        (error: Error) => `rejected: ${error.name}`,
      );
      const socket = await new Promise((resolve) => {
        const ws = new WebSocket(`${apiUrl.replace("http", "ws")}/graphql`, "graphql-transport-ws");
        ws.onopen = () => resolve("open");
        ws.onclose = (event) => resolve(`closed ${event.code}`);
      });
      return { fetched, socket };
    }, api.url);
    expect(outcome).toEqual({ fetched: "rejected: TypeError", socket: "closed 1006" });
    // Chromium reports both refusals on the console.
    expect(watch.consoleErrors.some((e) => /blocked by CORS policy/.test(e))).toBe(true);
    await context.close();
  });
});
