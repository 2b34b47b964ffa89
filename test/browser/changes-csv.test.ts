import fs from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, watchedContext, type PageWatch } from "../helpers/browser";
import { openView } from "../helpers/dashboard";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { issueToken } from "../helpers/writes";
import { Role } from "../../src/domain/enums";

/**
 * The Wijzigingen view writes its CSV in the browser: the same guard as the service's exports must hold there — a
 * reason an editor wrote that starts a formula (or has one on a later line, or a full-width look-alike) is written
 * with a leading apostrophe, every field quoted, so a spreadsheet shows it as text.
 */
describe("Wijzigingen CSV in a real browser: no live formula", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let watch: PageWatch;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    ({ context, watch } = await watchedContext(browser));
    page = await context.newPage();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("writes an editor's formula-like reason as text", async () => {
    const editor = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Communicatie Zeeland", "PV29");
    const write = await server.gql(
      `mutation ($i: RecordPlatformStatusInput!) { recordPlatformStatus(input: $i) { userErrors { message } } }`,
      {
        i: {
          provinceCode: "PV29",
          platformSlug: "mastodon",
          status: "ACTIVE",
          validFrom: "2026-11-02",
          reason: '=HYPERLINK("http://example.org")\n@SUM(1+1)\n\uFF1D1+1',
          provenance: { ownStatement: true },
        },
      },
      editor,
    );
    expect(write.data!.recordPlatformStatus.userErrors).toEqual([]);

    await openView(page, server.url, "#/wijzigingen?from=2026-11-01&to=2026-11-30");
    await page.waitForSelector('[data-testid="changes"] li');
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download als CSV")]);
    const csv = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    const reason = '"\'=HYPERLINK(""http://example.org"")\n\'@SUM(1+1)\n\'\uFF1D1+1"';
    expect(csv).toContain(`"Zeeland","PV29","Mastodon","Onbekend","Actief","2026-11-02","nee","status",${reason},`);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offLoopbackRequests).toEqual([]);
  });
});
