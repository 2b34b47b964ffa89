import fs from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, watchedContext, type PageWatch } from "../helpers/browser";
import { expectAccessible, openView, shoot } from "../helpers/dashboard";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { issueToken } from "../helpers/writes";
import { Role } from "../../src/domain/enums";

/**
 * The dashboard (web/, served at `/`) in headless Chromium on the seeded memo data: every view with exact content,
 * editing as a province editor, what a read-only role sees, and on every page: no console error, no request off the
 * loopback address, no axe violation. Saves a screenshot of each view into docs/screenshots/ (shown by the README).
 */
// Browser globals inside page.evaluate / waitForFunction callbacks (this file is compiled for Node).
declare const document: any;
declare const window: any;
declare const localStorage: any;
declare const sessionStorage: any;

const MEMO = "Sociale media-accounts provincie Utrecht, ontwikkelingen overige provincies en relevante kaders (memo)";

describe("dashboard in a real browser", () => {
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
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(() => {
    // Every test: nothing went wrong in the page and nothing left the machine.
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.offLoopbackRequests).toEqual([]);
  });

  const open = (p: Page, hash: string) => openView(p, server.url, hash);

  it("Overzicht on 1 July 2025: Overijssel on X is Inactief since 1 juni 2025, ten provinces Onbekend", async () => {
    await open(page, "#/overzicht?asOf=2025-07-01");
    await page.waitForSelector('[data-cell="PV23/x"]');
    expect(await page.getAttribute('[data-cell="PV23/x"]', "aria-label")).toBe(
      "Overijssel, X: Inactief sinds 1 juni 2025",
    );
    expect((await page.textContent('[data-cell="PV23/x"]'))!.trim()).toBe("I");
    const xColumn = await page.$$eval('[data-cell$="/x"]', (cells) => cells.map((c) => c.getAttribute("aria-label")));
    expect(xColumn).toHaveLength(12);
    expect(xColumn.filter((l) => l!.endsWith(": Onbekend"))).toHaveLength(10);
    expect(xColumn).toContain("Utrecht, X: Actief sinds 20 maart 2025");
    expect(await page.textContent("caption")).toBe(
      "Status op 1 juli 2025 (12 provincies) Pijltjestoetsen: naar een andere cel; Enter: details.",
    );
    // The legend, with letters beside the colours.
    expect(await page.$$eval(".dash-legend li", (items) => items.map((i) => i.textContent!.trim()))).toEqual([
      "A Actief",
      "I Inactief",
      "V Vertrokken",
      "N Niet aanwezig",
      "? Onbekend",
      "⊘ reacties uitgezet",
    ]);
    // The CSV download carries the view's date.
    expect(await page.getAttribute("a[download]", "href")).toBe("/export/status-matrix.csv?asOf=2025-07-01");
    // The platform summary (the chart's numbers as a table).
    await page.waitForSelector(".dash-chart svg");
    const xSummary = await page.$$eval('section[aria-labelledby="summary-title"] tbody tr:first-child > *', (c) =>
      c.map((x) => x.textContent),
    );
    expect(xSummary).toEqual(["X", "1", "1", "0", "0", "10", "0"]);
    await expectAccessible(page);
    await shoot(page, "overzicht");
  });

  it("a filter by status keeps it in the URL and shows only matching provinces", async () => {
    await open(page, "#/overzicht?asOf=2025-07-01");
    await page.waitForSelector('[data-cell="PV23/x"]');
    await page.getByLabel("Inactief", { exact: true }).check();
    await page.waitForFunction(() => document.querySelectorAll("[data-cell]").length === 10);
    expect(page.url()).toContain("statuses=INACTIVE");
    expect(await page.$$eval("tbody th[scope=row]", (r) => r.map((x) => x.textContent))).toContain("Overijssel");
  });

  it("a cell opens its detail with the memo as source and the history", async () => {
    await open(page, "#/overzicht?asOf=2025-07-01");
    await page.click('[data-cell="PV23/x"]');
    await page.waitForSelector('[data-testid="detail-source"]');
    expect(await page.textContent("#detail-title")).toBe("Overijssel op X");
    expect(await page.textContent('[data-testid="detail-status"]')).toBe("Inactief");
    expect(await page.textContent('[data-testid="detail-source"]')).toBe(MEMO);
    expect(await page.$$eval(".dash-history li", (items) => items.length)).toBe(1);
    expect(page.url()).toContain("#/overzicht/PV23/x?asOf=2025-07-01");
    // A read-only visitor sees no editing controls.
    expect(await page.$("text=Status opslaan")).toBeNull();
    await expectAccessible(page);
  });

  it("a history entry after the viewed date is 'na de peildatum', not 'aangekondigd', once it is past", async () => {
    await open(page, "#/overzicht/PV23/x?asOf=2025-05-01");
    await page.waitForSelector(".dash-history li");
    expect(await page.$$eval(".dash-history li", (items) => items.map((i) => i.textContent!.split(" — ")[0]))).toEqual([
      "Inactief vanaf 1 juni 2025 (na de peildatum)",
    ]);
  });

  it("the grid is one tab stop; the arrow keys move between cells and Enter opens one", async () => {
    await open(page, "#/overzicht?asOf=2025-07-01");
    await page.waitForSelector('[data-cell="PV20/x"]');
    await page.focus('[data-cell="PV20/x"]');
    expect(await page.$$eval('[data-cell][tabindex="0"]', (c) => c.map((x) => x.getAttribute("data-cell")))).toEqual([
      "PV20/x",
    ]);
    for (const key of ["ArrowDown", "ArrowDown", "ArrowDown", "ArrowRight", "ArrowLeft"])
      await page.keyboard.press(key);
    expect(await page.evaluate(() => document.activeElement.getAttribute("aria-label"))).toBe(
      "Overijssel, X: Inactief sinds 1 juni 2025",
    );
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="detail-status"]');
    expect(await page.textContent("#detail-title")).toBe("Overijssel op X");
    // Focus moved to the detail's heading.
    expect(await page.evaluate(() => document.activeElement.id)).toBe("detail-title");
  });

  it("Provincie: Utrecht's presences, positions and assessment with sources", async () => {
    await open(page, "#/provincie/PV26?asOf=2025-07-01");
    await page.waitForSelector('[data-testid="presences"]');
    const rows = await page.$$eval('[data-testid="presences"] tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent)),
    );
    expect(rows).toEqual([
      ["X", "Actief", "20 maart 2025"],
      ["Facebook", "Actief", "20 maart 2025"],
      ["Instagram", "Actief", "20 maart 2025"],
      ["LinkedIn", "Actief", "20 maart 2025"],
      ["YouTube", "Actief", "20 maart 2025"],
      ["TikTok", "Niet aanwezig", "20 maart 2025"],
    ]);
    expect(await page.textContent("main")).toContain("CODIO: Verankerd in beleid sinds 20 maart 2025");
    expect(await page.textContent("main")).toContain("Onafhankelijkheid: Veel negatieve invloed");
    await expectAccessible(page);
    await shoot(page, "provincie");
  });

  it("Waarden: the summary by divergence and a rating's rationale on demand", async () => {
    await open(page, "#/waarden?asOf=2025-07-01");
    await page.waitForSelector('[data-testid="value-summary"] tbody tr');
    const summary = await page.$$eval('[data-testid="value-summary"] tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent).join("|")),
    );
    expect(summary.slice(0, 2)).toEqual(["Transparantie|1|0|0|11|0", "Vindbaarheid|1|0|0|11|0"]);
    expect(summary).toContain("Onafhankelijkheid|0|0|1|11|0");
    expect(summary.at(-1)).toBe("Gedrag van de gebruikers op het platform|0|0|0|12|—");
    await page.click('button[aria-label="Utrecht, Onafhankelijkheid: Veel"]');
    expect(await page.textContent('[data-testid="rationale"]')).toContain("digitale soevereiniteit");
    await expectAccessible(page);
    await shoot(page, "waarden");
  });

  it("Kaders: the framework matrix and the DSA's findings by stage and date", async () => {
    await open(page, "#/kaders/dsa?asOf=2025-07-01");
    await page.waitForSelector("#framework-title");
    expect(await page.textContent("#framework-title")).toBe("Digital Services Act (DSA)");
    const findings = await page.$$eval(".dash-detail li", (items) => items.map((i) => i.textContent!.slice(0, 40)));
    expect(findings).toEqual(["18 december 2023: X — Procedure geopend ", "12 juli 2024: X — Voorlopige bevindingen"]);
    expect(await page.getAttribute("a[download]", "href")).toBe("/export/framework-matrix.csv?asOf=2025-07-01");
    await expectAccessible(page);
    await shoot(page, "kaders");
  });

  it("Wijzigingen: changesBetween and the paged statusChanges", async () => {
    await open(page, "#/wijzigingen?from=2025-01-01&to=2025-07-01");
    await page.waitForSelector('[data-testid="changes"] li');
    expect(await page.$$eval('[data-testid="changes"] li', (l) => l.map((x) => x.textContent!.split(".")[0]))).toEqual([
      "Overijssel, X: Onbekend → Inactief per 1 juni 2025",
    ]);
    await page.waitForSelector('[data-testid="status-changes"] li');
    expect(
      await page.$$eval('[data-testid="status-changes"] li', (l) => l.map((x) => x.textContent!.split(" — ")[0])),
    ).toEqual(["1 juni 2025: Overijssel op X: Inactief"]);
    // No server export of changes: the list shown is written as CSV in the browser.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download als CSV")]);
    expect(download.suggestedFilename()).toBe("wijzigingen-2025-01-01-2025-07-01.csv");
    const csv = fs
      .readFileSync((await download.path())!, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(csv[0]).toBe(
      '"Provincie","CBS-code","Platform","Voor","Na","Geldig vanaf","Dag onbekend","Gewijzigde velden","Reden","Bron","Verklaard door","Vastgelegd op"',
    );
    expect(csv[1]).toMatch(/^"Overijssel","PV23","X","Onbekend","Inactief","2025-06-01","nee","status","Vanaf 1 juni/);
    expect(csv).toHaveLength(2);
    await expectAccessible(page);
    await shoot(page, "wijzigingen");
  });

  it("an editor signs in, sees a refused write's message at its field, records a status, and resolves a conflict", async () => {
    const { authorization } = await issueToken(
      server.dataSource,
      Role.PROVINCE_EDITOR,
      "Communicatie Overijssel",
      "PV23",
    );
    const token = authorization.replace("Bearer ", "");
    const editor = await context.newPage();
    await editor.setViewportSize({ width: 1280, height: 900 });
    await open(editor, "#/overzicht/PV23/x?asOf=2025-07-01");
    await editor.fill("#token", token);
    await editor.click("text=Aanmelden");
    await editor.waitForSelector('[data-testid="viewer"]');
    expect(await editor.textContent('[data-testid="viewer"]')).toBe(
      "Aangemeld als Communicatie Overijssel (Redacteur provincie, Overijssel)",
    );
    // Kept in sessionStorage only: never in the URL or localStorage.
    expect(editor.url()).not.toContain(token);
    expect(await editor.evaluate(() => JSON.stringify(localStorage))).toBe("{}");
    await editor.waitForSelector("#status-form-title");

    // Refused writes: a Dutch message stands next to the field it names (web/src/messages.tsx), the API's own
    // message is kept beneath it as "Technische melding"; nothing is written.
    // 1. No source chosen.
    await editor.getByRole("radio", { name: "Bestaande bron" }).check();
    await editor.click("text=Status opslaan");
    await editor.waitForSelector('[data-testid="status-provenance-error"]');
    expect(await editor.textContent('[data-testid="status-provenance-error"]')).toBe(
      "Geef aan waar dit feit vandaan komt: een bestaande bron, een nieuwe bron of een eigen verklaring.",
    );
    expect(await editor.textContent('[data-testid="status-provenance-error"] + details')).toBe(
      "Technische meldingINVALID: Say where the fact comes from: `provenance` with `sourceSlug`, `newSource` or `ownStatement: true`.",
    );
    expect(await editor.getAttribute('[data-testid="status-provenance-error"] + details p', "lang")).toBe("en");
    // 2. A new source without title and publisher, with an ftp address: each message at its own field.
    await editor.getByRole("radio", { name: "Nieuwe bron" }).check();
    await editor.fill("#status-new-url", "ftp://example.org/memo");
    await editor.click("text=Status opslaan");
    await editor.waitForSelector('[data-testid="status-new-url-error"]');
    expect(
      await editor.$$eval('[data-testid^="status-new-"][data-testid$="-error"]', (all) =>
        all.map((e) => `${e.getAttribute("data-testid")}: ${e.textContent}`),
      ),
    ).toEqual([
      "status-new-title-error: Dit veld is verplicht.",
      "status-new-publisher-error: Dit veld is verplicht.",
      "status-new-url-error: Geef een volledig webadres dat begint met http:// of https://.",
    ]);
    expect(await editor.$('[data-testid="status-provenance-error"]')).toBeNull();
    await editor.getByRole("radio", { name: "Eigen verklaring van de provincie" }).check();
    // 3. A date more than a year back without a reason.
    await editor.fill("#status-validFrom", "2020-03-01");
    await editor.selectOption("#status-status", "INACTIVE");
    await editor.click("text=Status opslaan");
    await editor.waitForSelector('[data-testid="status-validFrom-error"]');
    expect(await editor.textContent('[data-testid="status-validFrom-error"]')).toBe(
      "Deze datum ligt meer dan een jaar voor of na vandaag: geef een reden op waarom de datum klopt.",
    );
    expect(await editor.textContent('[data-testid="status-validFrom-error"] + details p')).toMatch(
      /^INVALID: validFrom 2020-03-01 lies more than a year before or after today \(\d{4}-\d\d-\d\d\): a status dated that far needs a `reason` \(why the date is right\)\.$/,
    );
    // The chosen date in Dutch words beneath the field, whatever the browser's own date format.
    expect(await editor.textContent('[data-testid="status-validFrom-hint"]')).toBe("Gekozen: 1 maart 2020");
    // 3b. An emptied date field: the API can not read the value at all; the message is still at the field.
    await editor.fill("#status-validFrom", "");
    await editor.click("text=Status opslaan");
    await editor.waitForSelector('[data-testid="status-validFrom-error"]:has-text("verplicht")');
    expect(await editor.textContent('[data-testid="status-validFrom-error"]')).toBe("Dit veld is verplicht.");
    expect(await editor.textContent('[data-testid="status-validFrom-error"] + details p')).toMatch(
      /^BAD_USER_INPUT: Variable "\$input" got invalid value "" at "input\.validFrom"/,
    );
    // The API's 400 for the unreadable value is the one console message this step leaves.
    expect(watch.consoleErrors).toEqual([
      "Failed to load resource: the server responded with a status of 400 (Bad Request)",
    ]);
    watch.consoleErrors.length = 0;
    // 4. A date out of range.
    await editor.fill("#status-validFrom", "1980-01-01");
    await editor.click("text=Status opslaan");
    await editor.waitForSelector('[data-testid="status-validFrom-error"]:has-text("1990")');
    expect(await editor.textContent('[data-testid="status-validFrom-error"]')).toBe(
      "Kies een datum tussen 1 januari 1990 en vijf jaar na vandaag.",
    );
    expect(await editor.getAttribute("#status-validFrom", "aria-invalid")).toBe("true");
    expect(await editor.getAttribute("#status-validFrom", "aria-describedby")).toBe(
      "status-validFrom-error status-validFrom-hint",
    );
    await expectAccessible(editor);
    await shoot(editor, "foutmelding");
    const notWritten = await server.gql(`{ province(code: "PV23") { presences { history { validFrom } } } }`);
    expect(notWritten.data!.province.presences[0].history.map((h: { validFrom: string }) => h.validFrom)).toEqual([
      "2025-06-01",
    ]);

    // Someone else records in between: the editor's write is refused with CONFLICT, the newer record is shown.
    const other = await server.gql(
      `mutation { recordPlatformStatus(input: { provinceCode: "PV23", platformSlug: "x", status: LEFT, validFrom: "2025-09-01", reason: "Account opgeheven", provenance: { ownStatement: true } }) { userErrors { message } } }`,
      {},
      await issueToken(server.dataSource, Role.ADMIN, "Beheer"),
    );
    expect(other.data!.recordPlatformStatus.userErrors).toEqual([]);
    await editor.fill("#status-validFrom", "2025-12-01");
    await editor.selectOption("#status-commentsEnabled", "false");
    await editor.fill("#status-reason", "Reacties uitgezet vanaf 1 december");
    await editor.click("text=Status opslaan");
    await editor.waitForSelector('[data-testid="conflict"]');
    expect(await editor.textContent('[data-testid="conflict"] p')).toMatch(
      /^Iemand anders heeft intussen vastgelegd: Vertrokken vanaf 1 september 2025 \(.* door Beheer: Account opgeheven\)\.$/,
    );
    await shoot(editor, "bewerken");
    await editor.click("text=Mijn wijziging daarbovenop opnieuw proberen");
    await editor.click("text=Status opslaan");
    await editor.waitForSelector('[data-testid="saved"]');
    expect(await editor.textContent('[data-testid="saved"]')).toBe("Opgeslagen: Inactief vanaf 1 december 2025.");
    const stored = await server.gql(
      `{ province(code: "PV23") { presences { history { status validFrom commentsEnabled reason statedBy } } } }`,
    );
    expect(stored.data!.province.presences[0].history[0]).toEqual({
      status: "INACTIVE",
      validFrom: "2025-12-01",
      commentsEnabled: false,
      reason: "Reacties uitgezet vanaf 1 december",
      statedBy: "Communicatie Overijssel",
    });
    await expectAccessible(editor);

    // The Provincie view's forms: a framework position without a framework is refused at that field.
    await open(editor, "#/provincie/PV23?asOf=2025-07-01");
    await editor.waitForSelector('[data-testid="presences"]');
    await editor.$$eval("details.dash-edit", (all) => all.forEach((d) => (d.open = true)));
    await editor.click("text=Standpunt opslaan");
    await editor.waitForSelector('[data-testid="position-framework-error"]');
    expect(await editor.textContent('[data-testid="position-framework-error"]')).toBe("Maak een keuze.");
    // An account line with an address that is not a web address: the message says which line.
    await editor.fill("#accounts-x", "@Overijssel ftp://example.org/overijssel");
    await editor.click("text=Accounts opslaan");
    await editor.waitForSelector('[data-testid="accounts-x-error"]');
    expect(await editor.textContent('[data-testid="accounts-x-error"]')).toBe(
      "Account 1: Geef een volledig webadres dat begint met http:// of https://.",
    );
    await expectAccessible(editor);
    // An editor sees no editing controls for another province.
    await open(editor, "#/overzicht/PV26/x?asOf=2025-07-01");
    // The same document (only the fragment changed): wait for Utrecht's detail to replace Overijssel's.
    await editor.waitForFunction(() => document.querySelector("#detail-title")?.textContent === "Utrecht op X");
    await editor.waitForSelector('[data-testid="detail-source"]');
    expect(await editor.$("text=Status opslaan")).toBeNull();
    await editor.click("text=Afmelden");
    await editor.waitForSelector("#token");
    expect(await editor.evaluate(() => sessionStorage.length)).toBe(0);
    await editor.close();
  });

  it("an editor creates, rates, publishes and withdraws an assessment on the Provincie view", async () => {
    const { authorization } = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Toetsing Overijssel", "PV23");
    const editor = await context.newPage();
    await editor.setViewportSize({ width: 1280, height: 900 });
    await open(editor, "#/provincie/PV23?asOf=2025-07-01");
    await editor.fill("#token", authorization.replace("Bearer ", ""));
    await editor.click("text=Aanmelden");
    await editor.waitForSelector('[data-testid="viewer"]');
    await editor.click("summary:has-text('Nieuwe toetsing (concept) aanmaken')");
    await editor.fill("#assessment-heldOn", "2025-06-15");
    await editor.fill("#assessment-method", "Waardengedreven gesprek (voorbeeld)");
    await editor.click("text=Concept aanmaken");
    await editor.waitForSelector("h3:has-text('Waardengedreven gesprek (voorbeeld) (15 juni 2025) — Concept')");
    await editor.click("summary:has-text('Waarderingen invullen')");
    await editor.getByLabel("Negatieve invloed op Transparantie").selectOption("HIGH");
    await editor.click("text=Waarderingen opslaan");
    await editor.waitForSelector("li:has-text('Transparantie: Veel negatieve invloed')");
    await editor.click("text=Toetsing publiceren");
    await editor.waitForSelector("h3:has-text('(15 juni 2025) — Gepubliceerd')");
    await editor.click("text=Toetsing intrekken");
    await editor.waitForSelector("h3:has-text('(15 juni 2025) — Ingetrokken')");
    const stored = await server.gql(
      `{ province(code: "PV23") { assessments { heldOn method state statedBy ratings { value { slug } impact statedBy } } } }`,
      {},
      { authorization },
    );
    expect(stored.data!.province.assessments).toEqual([
      {
        heldOn: "2025-06-15",
        method: "Waardengedreven gesprek (voorbeeld)",
        state: "WITHDRAWN",
        statedBy: "Toetsing Overijssel",
        ratings: [{ value: { slug: "transparantie" }, impact: "HIGH", statedBy: "Toetsing Overijssel" }],
      },
    ]);
    await editor.close();
  });

  it("a refused token signs the dashboard out with a Dutch message and opens no socket with it", async () => {
    const visitor = await context.newPage();
    const frames: string[] = [];
    visitor.on("websocket", (ws) => ws.on("framesent", (f) => frames.push(String(f.payload))));
    await open(visitor, "#/overzicht?asOf=2025-07-01");
    await visitor.waitForSelector('[data-cell="PV23/x"]');
    await visitor.fill("#token", "smc_not-a-token");
    await visitor.click("text=Aanmelden");
    // The token is forgotten at once (as by "Afmelden"), the header says why, the view shows the grid again.
    await visitor.waitForSelector('[data-testid="signed-out"]');
    expect(await visitor.textContent('[data-testid="signed-out"]')).toBe(
      "U bent afgemeld: uw token is ongeldig of ingetrokken. Meld u opnieuw aan.",
    );
    expect(await visitor.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await visitor.$('[data-testid="viewer"]')).toBeNull();
    await visitor.waitForSelector('[data-cell="PV23/x"]');
    await expectAccessible(visitor);
    await visitor.waitForLoadState("networkidle");
    expect(frames.filter((f) => f.includes("smc_not-a-token"))).toEqual([]);
    await visitor.close();
    // The browser logs each refused (401) request; nothing else may be in the console.
    expect(watch.consoleErrors.every((m) => /status of 401/.test(m))).toBe(true);
    expect(watch.consoleErrors.length).toBeGreaterThan(0);
    watch.consoleErrors.length = 0;
  });

  it("a token revoked while the page is open: the next request signs the dashboard out", async () => {
    const admin = await issueToken(server.dataSource, Role.ADMIN, "Beheer");
    const issued = await server.gql(
      `mutation { issueApiToken(input: { name: "Tijdelijk Overijssel", role: PROVINCE_EDITOR, provinceCode: "PV23" }) { token apiClient { id } userErrors { message } } }`,
      {},
      admin,
    );
    const { token, apiClient } = issued.data!.issueApiToken;
    const editor = await context.newPage();
    await open(editor, "#/overzicht/PV23/x?asOf=2025-07-01");
    await editor.fill("#token", token);
    await editor.click("text=Aanmelden");
    await editor.waitForSelector('[data-testid="viewer"]');
    await editor.waitForSelector("#status-form-title");
    const revoked = await server.gql(
      `mutation($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { userErrors { message } } }`,
      { i: { apiClientId: apiClient.id } },
      admin,
    );
    expect(revoked.data!.revokeApiToken.userErrors).toEqual([]);
    // The page still shows the editor (nothing asked the API yet); saving is refused and signs out.
    expect(await editor.textContent('[data-testid="viewer"]')).toMatch(/^Aangemeld als Tijdelijk Overijssel/);
    await editor.getByRole("radio", { name: "Eigen verklaring van de provincie" }).check();
    await editor.click("text=Status opslaan");
    await editor.waitForSelector('[data-testid="signed-out"]');
    expect(await editor.textContent('[data-testid="signed-out"]')).toBe(
      "U bent afgemeld: uw token is ongeldig of ingetrokken. Meld u opnieuw aan.",
    );
    await editor.waitForSelector("#token");
    expect(await editor.$('[data-testid="viewer"]')).toBeNull();
    expect(await editor.evaluate(() => sessionStorage.length)).toBe(0);
    await editor.waitForSelector('[data-testid="detail-source"]');
    expect(await editor.$("text=Status opslaan")).toBeNull();
    await expectAccessible(editor);
    // Signing in again (with a valid token) removes the message.
    const { authorization } = await issueToken(
      server.dataSource,
      Role.PROVINCE_EDITOR,
      "Communicatie Overijssel",
      "PV23",
    );
    await editor.fill("#token", authorization.replace("Bearer ", ""));
    await editor.click("text=Aanmelden");
    await editor.waitForSelector('[data-testid="viewer"]');
    expect(await editor.$('[data-testid="signed-out"]')).toBeNull();
    await editor.close();
    expect(watch.consoleErrors.every((m) => /status of 401/.test(m))).toBe(true);
    watch.consoleErrors.length = 0;
  });

  it("the status form starts from the presence's recorded state and keeps hand edits per presence", async () => {
    const { authorization } = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Communicatie Utrecht", "PV26");
    const editor = await context.newPage();
    await editor.setViewportSize({ width: 1280, height: 900 });
    await open(editor, "#/overzicht/PV26/tiktok?asOf=2025-07-01");
    await editor.fill("#token", authorization.replace("Bearer ", ""));
    await editor.click("text=Aanmelden");
    await editor.waitForSelector('[data-testid="viewer"]');
    await editor.waitForSelector("#status-form-title");
    const go = async (platform: string, name: string) => {
      await editor.evaluate((h) => (window.location.hash = h), `#/overzicht/PV26/${platform}?asOf=2025-07-01`);
      await editor.waitForFunction(
        (n) => document.querySelector("#status-form-title")?.textContent === n,
        `Status vastleggen voor ${name}`,
      );
    };
    const formState = () =>
      editor.evaluate(() => {
        const v = (id: string) => (document.querySelector(`#status-${id}`) as { value: string }).value;
        return {
          status: v("status"),
          validFrom: v("validFrom"),
          commentsEnabled: v("commentsEnabled"),
          engagement: v("engagement"),
          paidContent: v("paidContent"),
          purposes: [...document.querySelectorAll(".dash-form fieldset input[type=checkbox]")]
            .filter((c: { checked: boolean }) => c.checked)
            .map((c: { parentElement: { textContent: string } }) => c.parentElement.textContent.trim()),
          reason: v("reason"),
        };
      });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
    const waitStatus = (value: string) =>
      editor.waitForFunction(
        (x) => (document.querySelector("#status-status") as { value: string })?.value === x,
        value,
      );
    // TikTok: recorded as not present (memo). The form starts there, not at "Actief".
    await waitStatus("NOT_PRESENT");
    expect(await formState()).toEqual({
      status: "NOT_PRESENT",
      validFrom: today,
      commentsEnabled: "",
      engagement: "",
      paidContent: "",
      purposes: [],
      reason: "",
    });
    // X: active, news and announcements, paid campaigns only.
    await go("x", "X");
    await editor.waitForFunction(
      () => (document.querySelector("#status-paidContent") as { value: string })?.value === "CAMPAIGNS_ONLY",
    );
    expect(await formState()).toEqual({
      status: "ACTIVE",
      validFrom: today,
      commentsEnabled: "",
      engagement: "",
      paidContent: "CAMPAIGNS_ONLY",
      purposes: ["Nieuwsberichten", "Mededelingen"],
      reason: "",
    });
    // Hand edits on X ...
    await editor.selectOption("#status-status", "INACTIVE");
    await editor.selectOption("#status-engagement", "false");
    // ... YouTube fills from its own state ...
    await go("youtube", "YouTube");
    await editor.waitForFunction(
      () => (document.querySelector("#status-engagement") as { value: string })?.value === "false",
    );
    expect(await formState()).toMatchObject({
      status: "ACTIVE",
      engagement: "false",
      paidContent: "",
      purposes: ["Videoarchief"],
    });
    // ... and back on X the hand edits are still there, the rest as recorded.
    await go("x", "X");
    await waitStatus("INACTIVE");
    expect(await formState()).toMatchObject({
      status: "INACTIVE",
      engagement: "false",
      paidContent: "CAMPAIGNS_ONLY",
      purposes: ["Nieuwsberichten", "Mededelingen"],
    });
    // Nothing recorded (Mastodon): the defaults.
    await go("mastodon", "Mastodon");
    await waitStatus("ACTIVE");
    expect(await formState()).toEqual({
      status: "ACTIVE",
      validFrom: today,
      commentsEnabled: "",
      engagement: "",
      paidContent: "",
      purposes: [],
      reason: "",
    });
    await expectAccessible(editor);
    await editor.close();
  });

  it("an IPO analyst sees no edit button", async () => {
    const { authorization } = await issueToken(server.dataSource, Role.IPO_ANALYST, "IPO");
    const analyst = await context.newPage();
    await open(analyst, "#/overzicht/PV23/x?asOf=2025-07-01");
    await analyst.fill("#token", authorization.replace("Bearer ", ""));
    await analyst.click("text=Aanmelden");
    await analyst.waitForSelector('[data-testid="viewer"]');
    expect(await analyst.textContent('[data-testid="viewer"]')).toBe("Aangemeld als IPO (Analist IPO)");
    await analyst.waitForSelector('[data-testid="detail-source"]');
    expect(await analyst.$("text=Status opslaan")).toBeNull();
    await open(analyst, "#/provincie/PV23");
    await analyst.waitForSelector('[data-testid="presences"]');
    expect(await analyst.$("details.dash-edit")).toBeNull();
    await analyst.close();
  });

  it("live updates: one WebSocket to /graphql, opened without any probe request", async () => {
    const live = await context.newPage();
    const sockets: string[] = [];
    const posts: string[] = [];
    live.on("websocket", (ws) => sockets.push(ws.url()));
    live.on("request", (r) => r.method() === "POST" && posts.push(r.postData() ?? ""));
    await open(live, "#/overzicht?asOf=2025-07-01");
    await live.waitForSelector('[data-cell="PV23/x"]');
    // A bound on a hang, not on speed.
    for (let i = 0; i < 600 && sockets.length === 0; i++) await live.waitForTimeout(100);
    expect(sockets).toEqual([`${server.url.replace("http:", "ws:")}/graphql`]);
    expect(await live.textContent(".dash-live")).not.toBe("Live bijwerken niet beschikbaar");
    // No introspection (refused in production, where it would leave a failed request in the console).
    expect(posts.filter((p) => p.includes("__type("))).toEqual([]);
    await live.close();
  });

  it("live: a second browser context sees an editor's status appear without a reload", async () => {
    const { context: second, watch: secondWatch } = await watchedContext(browser);
    const viewer = await second.newPage();
    await open(viewer, "#/overzicht?asOf=2099-01-01&platforms=x,mastodon");
    await viewer.waitForSelector('[data-cell="PV24/mastodon"]');
    await viewer.evaluate(() => window.scrollTo(0, 300));
    await viewer.waitForFunction(() => document.querySelector(".dash-live")?.textContent === "");
    expect(await viewer.getAttribute('[data-cell="PV24/mastodon"]', "aria-label")).toBe(
      "Flevoland, Mastodon: Onbekend",
    );
    const res = await server.gql(
      `mutation { recordPlatformStatus(input: { provinceCode: "PV24", platformSlug: "mastodon", status: ACTIVE, validFrom: "2026-01-01", reason: "Testrecord", provenance: { ownStatement: true } }) { userErrors { message } } }`,
      {},
      await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Communicatie Flevoland", "PV24"),
    );
    expect(res.data!.recordPlatformStatus.userErrors).toEqual([]);
    await viewer.waitForFunction(
      () =>
        document.querySelector('[data-cell="PV24/mastodon"]')?.getAttribute("aria-label") ===
        "Flevoland, Mastodon: Actief sinds 1 januari 2026",
    );
    expect(await viewer.textContent(".dash-live")).toMatch(/^Bijgewerkt om \d\d:\d\d$/);
    // The filters and the scroll position are kept.
    expect(viewer.url()).toBe(`${server.url}/#/overzicht?asOf=2099-01-01&platforms=x,mastodon`);
    expect(await viewer.evaluate(() => window.scrollY)).toBe(300);
    expect(secondWatch.consoleErrors).toEqual([]);
    await second.close();
  });
});
