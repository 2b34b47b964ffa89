import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, watchedContext, type PageWatch } from "../helpers/browser";
import { expectAccessible, openView, shoot, signIn } from "../helpers/dashboard";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { issueToken } from "../helpers/writes";
import { Role } from "../../src/domain/enums";

/**
 * The dashboard's exit and entry criteria (issue 16 item 4) in headless Chromium on the seeded memo data: the
 * Exitcriteria view (exitCriteriaMatrix, the MET-while-active flag, its CSV link), the criteria on the Provincie view
 * with the forms of a province editor, the development form of an IPO analyst and the advice form of the ethics
 * committee; no console error, no request off loopback, no axe violation.
 */
// Browser globals inside page callbacks (this file is compiled for Node).
declare const document: any;

const MEMO = "Sociale media-accounts provincie Utrecht, ontwikkelingen overige provincies en relevante kaders (memo)";
const MEMO_CRITERION =
  "Een berichtencultuur op een platform waarin directe haatberichten of bedreigingen eerder regel dan uitzondering zijn, " +
  "is een goede reden om dat platform te verlaten.";
const NEW_CRITERION = "Als X de verificatie van overheidsaccounts afschaft, verlaat de provincie X (testvoorbeeld).";

describe("exit and entry criteria in the dashboard", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let watch: PageWatch;
  let page: Page;
  const open = (p: Page, hash: string) => openView(p, server.url, hash);

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
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.offLoopbackRequests).toEqual([]);
  });

  it("Exitcriteria on 1 July 2025: Utrecht's memo criterion for all platforms, no flag, a CSV link with the filters", async () => {
    await open(page, "#/exitcriteria?asOf=2025-07-01");
    await page.waitForSelector('[data-testid="criteria-matrix"]');
    expect(await page.$$eval('[data-testid="criteria-matrix"] tbody tr', (rows) => rows.length)).toBe(12);
    expect(await page.textContent('[data-cell="PV26/x"]')).toBe("Actief1. Exitcriterium: Wordt gevolgd");
    expect(await page.textContent('[data-cell="PV26/tiktok"]')).toBe("Niet aanwezig1. Exitcriterium: Wordt gevolgd");
    expect(await page.textContent('[data-cell="PV23/x"]')).toBe("Inactief");
    expect(await page.$$eval('[data-testid="criteria-list"] li', (l) => l.map((x) => x.textContent))).toEqual([
      `Utrecht, exitcriterium voor alle platforms: ${MEMO_CRITERION} Vastgesteld 20 maart 2025. Laatste toetsing: Wordt gevolgd (20 maart 2025). (bron: ${MEMO})`,
    ]);
    expect(await page.$$eval('[data-testid="criteria-list"] q', (q) => q.map((x) => x.textContent))).toEqual([
      MEMO_CRITERION,
    ]);
    expect(await page.textContent('[data-testid="flagged"]')).toBe(
      "Op 1 juli 2025 is geen criterium vervuld op een platform waar de provincie nog actief is.",
    );
    expect(await page.$(".dash-flagged")).toBeNull();
    expect(await page.getAttribute("a[download]", "href")).toBe("/export/exit-criteria-matrix.csv?asOf=2025-07-01");
    // A read-only visitor sees no form.
    expect(await page.$("details.dash-edit")).toBeNull();
    await expectAccessible(page);

    // The filters go into the URL and into the CSV link; the CSV holds the memo's words.
    await page.getByLabel("Utrecht", { exact: true }).check();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="criteria-matrix"] tbody tr').length === 1,
    );
    await page.getByLabel("X", { exact: true }).check();
    await page.waitForFunction(() => document.querySelectorAll("[data-cell]").length === 1);
    expect(page.url()).toBe(`${server.url}/#/exitcriteria?asOf=2025-07-01&provinces=PV26&platforms=x`);
    expect(await page.textContent('[data-testid="criteria-matrix"] caption')).toContain("(1 provincie).");
    const href = await page.getAttribute("a[download]", "href");
    expect(href).toBe("/export/exit-criteria-matrix.csv?asOf=2025-07-01&provinces=PV26&platforms=x");
    const csv = await page.request.get(`${server.url}${href}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(MEMO_CRITERION);
  });

  it("an editor adds a criterion for X, records a MET review, and the matrix flags Utrecht on X", async () => {
    const { authorization } = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Communicatie Utrecht", "PV26");
    const editor = await context.newPage();
    await editor.setViewportSize({ width: 1280, height: 900 });
    await open(editor, "#/provincie/PV26?asOf=2025-07-01");
    await signIn(editor, authorization);
    await editor.waitForSelector('[data-testid="criteria"]');
    expect(
      await editor.$$eval('[data-testid="criteria"] tbody tr', (trs) =>
        trs.map((tr) => [...tr.children].map((c) => (c.firstChild?.textContent ?? "").trim())),
      ),
    ).toEqual([["Exitcriterium", "alle platforms", MEMO_CRITERION, "geen genoemd", "Wordt gevolgd", "nee", MEMO]]);
    expect(await editor.textContent('[data-testid="criteria"] tbody tr td:nth-child(5)')).toBe(
      "Wordt gevolgd volgens de bron van 20 maart 2025",
    );

    // Refused: no condition. The message stands next to the field; nothing is written.
    await editor.click("summary:has-text('Nieuw exit- of entreecriterium')");
    await editor.selectOption("#criterion-platform", "x");
    await editor.fill("#criterion-adoptedOn", "2025-06-01");
    await editor.click("text=Criterium opslaan");
    await editor.waitForSelector('[data-testid="criterion-description-error"]');
    expect(await editor.getAttribute("#criterion-description", "aria-invalid")).toBe("true");
    const error = await editor.textContent('[data-testid="criterion-description-error"]');
    expect(error).toBe("Dit veld is verplicht.");

    await editor.fill("#criterion-description", NEW_CRITERION);
    await editor.selectOption("#criterion-value", "transparantie");
    await editor.click("text=Criterium opslaan");
    await editor.waitForSelector(`[data-testid="criteria"] tr:has-text("${NEW_CRITERION}")`);
    const row = editor.locator(`[data-testid="criteria"] tbody tr:has-text("${NEW_CRITERION}")`);
    expect(await row.locator("td").nth(1).textContent()).toBe("X");
    expect(await row.locator("td").nth(3).textContent()).toBe("Transparantie");
    expect(await row.locator("td").nth(4).textContent()).toBe("Wordt gevolgd op 1 juni 2025");
    expect(await row.locator("td").nth(6).textContent()).toBe("Eigen verklaring van Communicatie Utrecht");

    // A MET review while Utrecht is ACTIVE on X.
    await row.locator("summary:has-text('Toetsing vastleggen')").click();
    await row.locator('input[type="date"]').first().fill("2025-06-20");
    await row.getByLabel("Stand van zaken").selectOption("MET");
    await row.getByLabel("Toelichting (optioneel)").fill("Verificatie afgeschaft op 19 juni (testvoorbeeld)");
    await row.locator("text=Toetsing opslaan").click();
    await editor.waitForFunction(
      (text) =>
        [...document.querySelectorAll('[data-testid="criteria"] tbody tr')].some(
          (tr: any) =>
            tr.textContent.includes(text) &&
            tr.children[4].textContent ===
              "Vervuld op 20 juni 2025 — Verificatie afgeschaft op 19 juni (testvoorbeeld)",
        ),
      NEW_CRITERION,
    );
    await expectAccessible(editor);

    // Stored through the API as the editor's own statement, with its history.
    const stored = await server.gql(
      `{ province(code: "PV26") { exitCriteria { description platform { slug } protectedValue { slug } adoptedOn statedBy reviews { reviewedOn state note statedBy } } } }`,
    );
    expect(stored.data!.province.exitCriteria.find((c: any) => c.description === NEW_CRITERION)).toEqual({
      description: NEW_CRITERION,
      platform: { slug: "x" },
      protectedValue: { slug: "transparantie" },
      adoptedOn: "2025-06-01",
      statedBy: "Communicatie Utrecht",
      reviews: [
        { reviewedOn: "2025-06-01", state: "MONITORING", note: null, statedBy: "Communicatie Utrecht" },
        {
          reviewedOn: "2025-06-20",
          state: "MET",
          note: "Verificatie afgeschaft op 19 juni (testvoorbeeld)",
          statedBy: "Communicatie Utrecht",
        },
      ],
    });

    // The matrix flags it: in words and with ⚑, not by colour alone.
    await open(editor, "#/exitcriteria?asOf=2025-07-01");
    await editor.waitForSelector(".dash-flagged");
    expect(await editor.$$eval(".dash-flagged", (cells) => cells.map((c) => c.getAttribute("data-cell")))).toEqual([
      "PV26/x",
    ]);
    expect(await editor.textContent('[data-cell="PV26/x"]')).toBe(
      "Actief1. Exitcriterium: Wordt gevolgd2. Exitcriterium: Vervuld ⚑ vervuld terwijl actief",
    );
    expect(await editor.textContent('[data-testid="flagged"]')).toBe(
      "⚑ Vervuld terwijl de provincie nog actief is (1):Utrecht op X: criterium 2 (exitcriterium) is vervuld sinds de toetsing van 20 juni 2025",
    );
    expect(await editor.textContent('th:has-text("Utrecht")')).toBe("Utrecht ⚑");
    await shoot(editor, "exitcriteria");
    // Before the review it was not flagged (valid time).
    await open(editor, "#/exitcriteria?asOf=2025-06-10&provinces=PV26&platforms=x");
    await editor.waitForSelector('[data-cell="PV26/x"]');
    expect(await editor.textContent('[data-cell="PV26/x"]')).toBe(
      "Actief1. Exitcriterium: Wordt gevolgd2. Exitcriterium: Wordt gevolgd",
    );
    // An editor has no form on the Exitcriteria view (developments are IPO's and the committee's).
    expect(await editor.$("details.dash-edit")).toBeNull();

    // Retired from 1 September 2025: still shown on the Provincie view with its retirement, no longer in force after.
    await open(editor, "#/provincie/PV26?asOf=2025-07-01");
    const retiring = editor.locator(`[data-testid="criteria"] tbody tr:has-text("${NEW_CRITERION}")`);
    await retiring.locator("summary:has-text('Criterium intrekken')").click();
    await retiring.getByLabel("Ingetrokken per").fill("2025-09-01");
    await retiring.getByLabel("Reden (optioneel)").fill("Vervangen (testvoorbeeld)");
    await retiring.locator("button:has-text('Criterium intrekken')").click();
    await editor.waitForFunction(
      (text) =>
        [...document.querySelectorAll('[data-testid="criteria"] tbody tr')].some(
          (tr: any) =>
            tr.textContent.includes(text) &&
            tr.children[5].textContent === "per 1 september 2025 — Vervangen (testvoorbeeld)",
        ),
      NEW_CRITERION,
    );
    // A retired criterion has no review or retire form any more.
    expect(await retiring.locator("details.dash-edit").count()).toBe(0);
    await open(editor, "#/exitcriteria?asOf=2025-09-01&provinces=PV26&platforms=x");
    await editor.waitForSelector('[data-cell="PV26/x"]');
    expect(await editor.textContent('[data-cell="PV26/x"]')).toBe("Actief1. Exitcriterium: Wordt gevolgd");
    await editor.close();
  });

  it("an editor of another province sees Utrecht's criteria without forms", async () => {
    const { authorization } = await issueToken(
      server.dataSource,
      Role.PROVINCE_EDITOR,
      "Communicatie Overijssel",
      "PV23",
    );
    const other = await context.newPage();
    await open(other, "#/provincie/PV26?asOf=2025-07-01");
    await signIn(other, authorization);
    await other.waitForSelector('[data-testid="criteria"]');
    expect(await other.$("text=Toetsing vastleggen")).toBeNull();
    expect(await other.$("text=Nieuw exit- of entreecriterium")).toBeNull();
    await other.close();
  });

  it("an IPO analyst records a development; a refused one shows its message at the field", async () => {
    const { authorization } = await issueToken(server.dataSource, Role.IPO_ANALYST, "IPO");
    const analyst = await context.newPage();
    await analyst.setViewportSize({ width: 1280, height: 900 });
    await open(analyst, "#/exitcriteria?asOf=2025-07-01");
    await signIn(analyst, authorization);
    await analyst.click("summary:has-text('Ontwikkeling vastleggen')");
    await analyst.fill("#development-slug", "ipo-test-ontwikkeling");
    await analyst.fill("#development-title", "Exitcriteria besproken in het IPO (testvoorbeeld)");
    await analyst.fill("#development-description", "De provincies vergeleken hun exitcriteria (testvoorbeeld).");
    await analyst.fill("#development-occurredOn", "2025-09-15");
    await analyst.getByRole("group", { name: "Betrokken provincies" }).getByLabel("Utrecht").check();
    // The default provenance is an existing source, not chosen yet: refused at the source.
    await analyst.click("text=Ontwikkeling opslaan");
    await analyst.waitForSelector('[data-testid="development-provenance-error"]');
    expect(await analyst.textContent('[data-testid="development-provenance-error"]')).toBe(
      "Geef aan waar dit feit vandaan komt: een bestaande bron, een nieuwe bron of een eigen verklaring.",
    );
    await expectAccessible(analyst);
    await analyst.getByLabel("Eigen verklaring (van IPO of de commissie)").check();
    await analyst.click("text=Ontwikkeling opslaan");
    await analyst.waitForSelector("li:has-text('Exitcriteria besproken in het IPO (testvoorbeeld)')");
    expect(
      await analyst.textContent('[data-testid="developments"] li:has-text("Exitcriteria besproken in het IPO")'),
    ).toBe(
      "Exitcriteria besproken in het IPO (testvoorbeeld) (15 september 2025; Utrecht). De provincies vergeleken hun exitcriteria (testvoorbeeld). (bron: Eigen verklaring van IPO)",
    );
    const stored = await server.gql(`{ developments { slug occurredOn provincesInvolved { code } statedBy } }`);
    expect(stored.data!.developments.find((d: any) => d.slug === "ipo-test-ontwikkeling")).toEqual({
      slug: "ipo-test-ontwikkeling",
      occurredOn: "2025-09-15",
      provincesInvolved: [{ code: "PV26" }],
      statedBy: "IPO",
    });
    // IPO may not publish the committee's advice: no form on Kaders.
    await open(analyst, "#/kaders");
    await analyst.waitForSelector(".dash-frameworks");
    expect(await analyst.$("text=Advies van de ethische commissie vastleggen")).toBeNull();
    await analyst.close();
  });

  it("the ethics committee publishes an advice on Kaders, and it appears as a framework", async () => {
    const { authorization } = await issueToken(server.dataSource, Role.ETHICS_COMMITTEE, "Ethische commissie");
    const committee = await context.newPage();
    await open(committee, "#/kaders?asOf=2025-07-01");
    await signIn(committee, authorization);
    await committee.click("summary:has-text('Advies van de ethische commissie vastleggen')");
    await committee.fill("#advice-slug", "ipo-ethiek-advies-test");
    await committee.fill("#advice-shortName", "Ethiekadvies (test)");
    await committee.fill("#advice-title", "Advies over exitcriteria voor sociale media (testvoorbeeld)");
    await committee.click("text=Advies opslaan");
    await committee.waitForSelector("li:has-text('Advies over exitcriteria voor sociale media (testvoorbeeld)')");
    await committee.click("summary:has-text('Status van een advies wijzigen')");
    await committee.selectOption("#advice-status-framework", "ipo-ethiek-advies-test");
    await committee.selectOption("#advice-status-status", "ANNOUNCED");
    await committee.click("text=Status van het advies opslaan");
    await committee.waitForSelector(
      "li:has-text('Advies over exitcriteria voor sociale media (testvoorbeeld) — Aangekondigd')",
    );
    await expectAccessible(committee);
    const stored = await server.gql(
      `{ framework(slug: "ipo-ethiek-advies-test") { level kind status committeeAdvice statedBy } }`,
    );
    expect(stored.data!.framework).toEqual({
      level: "INTERPROVINCIAL",
      kind: "ADVICE",
      status: "ANNOUNCED",
      committeeAdvice: true,
      statedBy: "Ethische commissie",
    });
    await committee.close();
  });

  it("live: an open Exitcriteria view shows a criterion recorded elsewhere without a reload", async () => {
    const { context: second, watch: secondWatch } = await watchedContext(browser);
    const viewer = await second.newPage();
    await open(viewer, "#/exitcriteria?provinces=PV27&platforms=x");
    await viewer.waitForSelector('[data-cell="PV27/x"]');
    expect(await viewer.textContent('[data-cell="PV27/x"]')).toBe("Onbekend");
    const res = await server.gql(
      `mutation { addExitCriterion(input: { provinceCode: "PV27", kind: ENTRY, description: "Alleen platforms die open standaarden ondersteunen (testvoorbeeld).", adoptedOn: "2025-01-01", state: NOT_MET, provenance: { ownStatement: true } }) { userErrors { message } } }`,
      {},
      await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Communicatie Noord-Holland", "PV27"),
    );
    expect(res.data!.addExitCriterion.userErrors).toEqual([]);
    await viewer.waitForFunction(
      () => document.querySelector('[data-cell="PV27/x"]')?.textContent === "Onbekend1. Entreecriterium: Niet vervuld",
    );
    expect(await viewer.textContent(".dash-live")).toMatch(/^Bijgewerkt om \d\d:\d\d$/);
    expect(secondWatch.consoleErrors).toEqual([]);
    await second.close();
  });
});
