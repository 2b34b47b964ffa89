import Papa from "papaparse";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { countRows, fingerprint, issueToken } from "../helpers/writes";
import { Role } from "../../src/domain/enums";

/**
 * Issue 16: exit and entry criteria as living records (add, review, retire; append-only; `knownAt` replays them),
 * `exitCriteriaMatrix` with the MET-while-ACTIVE flag and its CSV export, developments written by IPO and the ethics
 * committee, and the committee's own advice as an interprovincial framework that a province takes a position on.
 * Everything through the public API on a freshly seeded register; the writes are made-up test data (never the
 * register's), dated recently. Runs in order: each test builds on the one before.
 */
let server: TestServer;
const h: Record<"utrecht" | "overijssel" | "ipo" | "ethics" | "admin", Record<string, string>> = {} as never;

beforeAll(async () => {
  server = await startTestServer();
  h.utrecht = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Communicatie Utrecht", "PV26");
  h.overijssel = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Communicatie Overijssel", "PV23");
  h.ipo = await issueToken(server.dataSource, Role.IPO_ANALYST, "IPO analist");
  h.ethics = await issueToken(server.dataSource, Role.ETHICS_COMMITTEE, "Ethische commissie");
  h.admin = await issueToken(server.dataSource, Role.ADMIN, "Beheer");
});
afterAll(() => server.close());

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64url");
const MEMO_CRITERION = gid("ExitCriterion", 1);
const MEMO_TEXT =
  "Een berichtencultuur op een platform waarin directe haatberichten of bedreigingen eerder regel dan uitzondering zijn, " +
  "is een goede reden om dat platform te verlaten.";

async function write(mutation: string, inputType: string, select: string, input: unknown, headers: object) {
  const res = await server.gql(
    `mutation($i: ${inputType}!) { ${mutation}(input: $i) { ${select} userErrors { field errorCode message } } }`,
    { i: input },
    headers as Record<string, string>,
  );
  return res;
}

const MATRIX = `query($asOf: Date, $knownAt: DateTime) {
  exitCriteriaMatrix(asOf: $asOf, knownAt: $knownAt, provinces: ["PV26"], platforms: ["x", "tiktok"]) {
    asOf platforms { slug }
    rows { province { code } metWhileActive cells { platform { slug } status statusLabel metWhileActive
      criteria { criterion { id } allPlatforms state stateLabel review { reviewedOn } metWhileActive } } } } }`;

async function matrix(asOf: string, knownAt?: string) {
  const res = await server.gql(MATRIX, { asOf, knownAt });
  expect(res.errors).toBeUndefined();
  return res.data!.exitCriteriaMatrix;
}

/** The X cell of Utrecht's row. */
const xCell = (m: { rows: Array<{ cells: Array<Record<string, unknown>> }> }) => m.rows[0].cells[0];

const memoEntry = {
  criterion: { id: MEMO_CRITERION },
  allPlatforms: true,
  state: "MONITORING",
  stateLabel: "Wordt gevolgd",
  review: { reviewedOn: "2025-03-20" },
  metWhileActive: false,
};

let criterionId = "";
let addedAt = "";
let reviewedAt = "";
let retiredAt = "";

describe("exit criteria as living records", () => {
  it("the memo's criterion is a record adopted (observed) on the memo's date, with its state as a first review citing the memo", async () => {
    const res = await server.gql(`{ province(code: "PV26") { exitCriteria {
      id kind kindLabel description platform { slug } protectedValue { slug } adoptedOn adoptedOnBasis adoptedOnPrecision
      source { slug } statedBy recordedBy state reviewedOn retirement { retiredOn }
      reviews { state stateLabel reviewedOn reviewedOnBasis reviewedOnPrecision note source { slug } statedBy recordedBy } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.province.exitCriteria).toEqual([
      {
        id: MEMO_CRITERION,
        kind: "EXIT",
        kindLabel: "Exitcriterium",
        description: MEMO_TEXT,
        platform: null,
        protectedValue: null,
        adoptedOn: "2025-03-20",
        adoptedOnBasis: "SOURCE_DATE",
        adoptedOnPrecision: "DAY",
        source: { slug: "utrecht-memo-2025" },
        statedBy: null,
        recordedBy: "seed",
        state: "MONITORING",
        reviewedOn: null,
        retirement: null,
        reviews: [
          {
            state: "MONITORING",
            stateLabel: "Wordt gevolgd",
            reviewedOn: "2025-03-20",
            reviewedOnBasis: "SOURCE_DATE",
            reviewedOnPrecision: "DAY",
            note: null,
            source: { slug: "utrecht-memo-2025" },
            statedBy: null,
            recordedBy: "seed",
          },
        ],
      },
    ]);
  });

  it("a province editor adds a criterion for X with its first review, audited, as its own statement", async () => {
    const res = await write(
      "addExitCriterion",
      "AddExitCriterionInput",
      `criterion { id kind description platform { slug } protectedValue { slug } adoptedOn adoptedOnBasis adoptedOnPrecision
         source { slug } statedBy recordedBy recordedAt reviews { state reviewedOn reviewedOnBasis note statedBy } }`,
      {
        provinceCode: "PV26",
        platformSlug: "x",
        kind: "EXIT",
        description: "  Geen moderatie van haatberichten meer op X.  ",
        protectedValueSlug: "gedrag-van-gebruikers",
        adoptedOn: "2026-11-02",
        state: "MONITORING",
        note: "Vastgesteld in het teamoverleg.",
        provenance: { ownStatement: true },
      },
      h.utrecht,
    );
    expect(res.errors).toBeUndefined();
    const { criterion, userErrors } = res.data!.addExitCriterion;
    expect(userErrors).toEqual([]);
    criterionId = criterion.id;
    addedAt = criterion.recordedAt;
    expect(criterion).toEqual({
      id: gid("ExitCriterion", 2),
      kind: "EXIT",
      description: "Geen moderatie van haatberichten meer op X.",
      platform: { slug: "x" },
      protectedValue: { slug: "gedrag-van-gebruikers" },
      adoptedOn: "2026-11-02",
      adoptedOnBasis: "EXACT",
      adoptedOnPrecision: "DAY",
      source: null,
      statedBy: "Communicatie Utrecht",
      recordedBy: "Communicatie Utrecht",
      recordedAt: addedAt,
      reviews: [
        {
          state: "MONITORING",
          reviewedOn: "2026-11-02",
          reviewedOnBasis: "EXACT",
          note: "Vastgesteld in het teamoverleg.",
          statedBy: "Communicatie Utrecht",
        },
      ],
    });
    const [event] = await server.dataSource.query(
      `SELECT action, entity_type, entity_id, actor_name, after->>'province' AS province, after->'firstReview'->>'state' AS state
         FROM audit_event ORDER BY id DESC LIMIT 1`,
    );
    expect(event).toEqual({
      action: "addExitCriterion",
      entity_type: "ExitCriterion",
      entity_id: criterionId,
      actor_name: "Communicatie Utrecht",
      province: "PV26",
      state: "MONITORING",
    });
  });

  it("a review MET while Utrecht is still ACTIVE on X is flagged on the criterion, the cell and the row; TikTok (NOT_PRESENT) is not", async () => {
    const res = await write(
      "reviewExitCriterion",
      "ReviewExitCriterionInput",
      "review { id state stateLabel reviewedOn note source { slug title } recordedAt criterion { id } }",
      {
        criterionId,
        state: "MET",
        reviewedOn: "2026-11-20",
        note: "Haatberichten zijn er de regel geworden.",
        provenance: {
          newSource: {
            title: "Evaluatie X (testbron)",
            publisher: "Provincie Utrecht",
            publishedOn: "2026-11-20",
            kind: "DECISION",
          },
        },
      },
      h.utrecht,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.reviewExitCriterion.userErrors).toEqual([]);
    const review = res.data!.reviewExitCriterion.review;
    reviewedAt = review.recordedAt;
    expect(review).toEqual({
      id: gid("ExitCriterionReview", 3),
      state: "MET",
      stateLabel: "Vervuld",
      reviewedOn: "2026-11-20",
      note: "Haatberichten zijn er de regel geworden.",
      source: { slug: "evaluatie-x-testbron-2026-11-20", title: "Evaluatie X (testbron)" },
      recordedAt: reviewedAt,
      criterion: { id: criterionId },
    });

    expect(await matrix("2026-11-25")).toEqual({
      asOf: "2026-11-25",
      platforms: [{ slug: "x" }, { slug: "tiktok" }],
      rows: [
        {
          province: { code: "PV26" },
          metWhileActive: true,
          cells: [
            {
              platform: { slug: "x" },
              status: "ACTIVE",
              statusLabel: "Actief",
              metWhileActive: true,
              criteria: [
                memoEntry,
                {
                  criterion: { id: criterionId },
                  allPlatforms: false,
                  state: "MET",
                  stateLabel: "Vervuld",
                  review: { reviewedOn: "2026-11-20" },
                  metWhileActive: true,
                },
              ],
            },
            {
              platform: { slug: "tiktok" },
              status: "NOT_PRESENT",
              statusLabel: "Niet aanwezig",
              metWhileActive: false,
              criteria: [memoEntry],
            },
          ],
        },
      ],
    });
  });

  it("replays: at the instant it was added the criterion was MONITORING; before it was added it was not there; before its review date too", async () => {
    const entry = (state: string, reviewedOn: string) => ({
      criterion: { id: criterionId },
      allPlatforms: false,
      state,
      stateLabel: state === "MET" ? "Vervuld" : "Wordt gevolgd",
      review: { reviewedOn },
      metWhileActive: state === "MET",
    });
    expect(xCell(await matrix("2026-11-25", addedAt))).toMatchObject({
      metWhileActive: false,
      criteria: [memoEntry, entry("MONITORING", "2026-11-02")],
    });
    const justBefore = new Date(new Date(addedAt).getTime() - 1).toISOString();
    expect(xCell(await matrix("2026-11-25", justBefore))).toMatchObject({ criteria: [memoEntry] });
    expect(xCell(await matrix("2026-11-19"))).toMatchObject({
      metWhileActive: false,
      criteria: [memoEntry, entry("MONITORING", "2026-11-02")],
    });
    expect(xCell(await matrix("2026-11-01"))).toMatchObject({ criteria: [memoEntry] });
    expect(xCell(await matrix("2026-11-25", reviewedAt))).toMatchObject({
      metWhileActive: true,
      criteria: [memoEntry, entry("MET", "2026-11-20")],
    });
    const res = await server.gql(
      `query($id: ID!, $k: DateTime) { node(id: $id) { ... on ExitCriterion { latestReview(asOf: "2026-11-25", knownAt: $k) { state } } } }`,
      { id: criterionId, k: addedAt },
    );
    expect(res.data!.node).toEqual({ latestReview: { state: "MONITORING" } });
  });

  it("the CSV export shows the same cells with Dutch headers and the flag", async () => {
    const res = await fetch(
      `${server.url}/export/exit-criteria-matrix.csv?asOf=2026-11-25&knownAt=${encodeURIComponent(reviewedAt)}&provinces=PV26&platforms=x,tiktok&delimiter=semicolon`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="exitcriteriamatrix-2026-11-25.csv"');
    const text = await res.text();
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter: ";", skipEmptyLines: true }).data;
    const utrecht = ["PV26", "NL-UT", "https://identifier.overheid.nl/tooi/id/provincie/pv26", "Utrecht"];
    const memo = [MEMO_CRITERION, "Exitcriterium", "EXIT", MEMO_TEXT, "alle platforms", "", "2025-03-20"];
    expect(rows[0]).toEqual([
      "CBS-code",
      "ISO 3166-2",
      "TOOI-id",
      "Provincie",
      "Platform-id",
      "Platform",
      "Status",
      "Statuscode",
      "Criterium-id",
      "Soort",
      "Soortcode",
      "Criterium",
      "Geldt voor",
      "Beschermde waarde",
      "Vastgesteld op",
      "Datumbasis",
      "Datumprecisie",
      "Bron",
      "Verklaard door",
      "Vastgelegd op",
      "Toetsing",
      "Toetsingscode",
      "Getoetst op",
      "Datumbasis toetsing",
      "Datumprecisie toetsing",
      "Toelichting toetsing",
      "Bron toetsing",
      "Toetsing verklaard door",
      "Vervuld terwijl actief",
      "Peildatum",
      "Stand register op",
    ]);
    expect(rows).toHaveLength(4);
    // Columns 0-16 and the review's; the recorded instants of the seed are checked for their form only.
    expect(rows[1].slice(0, 15)).toEqual([...utrecht, "x", "X", "Actief", "ACTIVE", ...memo]);
    expect(rows[1].slice(15, 19)).toEqual(["Waarneming (datum van de bron)", "Dag", rows[1][17], ""]);
    expect(rows[1][17]).toMatch(/^Sociale media-accounts provincie Utrecht/);
    expect(rows[1][19]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(rows[1].slice(20)).toEqual([
      "Wordt gevolgd",
      "MONITORING",
      "2025-03-20",
      "Waarneming (datum van de bron)",
      "Dag",
      "",
      rows[1][17],
      "",
      "Nee",
      "2026-11-25",
      reviewedAt,
    ]);
    expect(rows[2]).toEqual([
      ...utrecht,
      "x",
      "X",
      "Actief",
      "ACTIVE",
      criterionId,
      "Exitcriterium",
      "EXIT",
      "Geen moderatie van haatberichten meer op X.",
      "x",
      "Gedrag van de gebruikers op het platform",
      "2026-11-02",
      "Exacte datum",
      "Dag",
      "",
      "Communicatie Utrecht",
      addedAt,
      "Vervuld",
      "MET",
      "2026-11-20",
      "Exacte datum",
      "Dag",
      "Haatberichten zijn er de regel geworden.",
      "Evaluatie X (testbron)",
      "",
      "Ja",
      "2026-11-25",
      reviewedAt,
    ]);
    expect(rows[3].slice(0, 9)).toEqual([
      ...utrecht,
      "tiktok",
      "TikTok",
      "Niet aanwezig",
      "NOT_PRESENT",
      MEMO_CRITERION,
    ]);
    expect(rows[3][28]).toBe("Nee");
  });

  it("leaving X ends the flag: the criterion stays MET, the status is LEFT", async () => {
    const res = await write(
      "recordPlatformStatus",
      "RecordPlatformStatusInput",
      "status { id }",
      {
        provinceCode: "PV26",
        platformSlug: "x",
        validFrom: "2026-11-26",
        status: "LEFT",
        reason: "Vertrokken van X (testdata).",
        provenance: { ownStatement: true },
      },
      h.utrecht,
    );
    expect(res.data!.recordPlatformStatus.userErrors).toEqual([]);
    const m = await matrix("2026-11-26");
    expect(m.rows[0].metWhileActive).toBe(false);
    expect(xCell(m)).toMatchObject({ status: "LEFT", metWhileActive: false });
    expect((xCell(m).criteria as Array<{ state: string; metWhileActive: boolean }>)[1]).toMatchObject({
      state: "MET",
      metWhileActive: false,
    });
  });

  it("a retirement counts from its date and from its recorded time: earlier dates and instants still show the criterion", async () => {
    const res = await write(
      "retireExitCriterion",
      "RetireExitCriterionInput",
      "retirement { retiredOn retiredOnBasis reason statedBy recordedAt criterion { id retirement { retiredOn } } }",
      { criterionId, retiredOn: "2026-11-28", reason: "Niet meer van toepassing.", provenance: { ownStatement: true } },
      h.utrecht,
    );
    expect(res.data!.retireExitCriterion.userErrors).toEqual([]);
    retiredAt = res.data!.retireExitCriterion.retirement.recordedAt;
    expect(res.data!.retireExitCriterion.retirement).toEqual({
      retiredOn: "2026-11-28",
      retiredOnBasis: "EXACT",
      reason: "Niet meer van toepassing.",
      statedBy: "Communicatie Utrecht",
      recordedAt: retiredAt,
      criterion: { id: criterionId, retirement: { retiredOn: "2026-11-28" } },
    });
    const ids = (cell: Record<string, unknown>) =>
      (cell.criteria as Array<{ criterion: { id: string } }>).map((c) => c.criterion.id);
    expect(ids(xCell(await matrix("2026-11-28")))).toEqual([MEMO_CRITERION]);
    expect(ids(xCell(await matrix("2026-11-27")))).toEqual([MEMO_CRITERION, criterionId]);
    const before = new Date(new Date(retiredAt).getTime() - 1).toISOString();
    expect(ids(xCell(await matrix("2026-11-28", before)))).toEqual([MEMO_CRITERION, criterionId]);
  });

  it("refuses with userErrors and writes nothing: no provenance, a review before adoption or after retirement, a second retirement, bad ids", async () => {
    const before = await fingerprint(server.dataSource);
    const add = await write(
      "addExitCriterion",
      "AddExitCriterionInput",
      "criterion { id }",
      { provinceCode: "PV26", kind: "ENTRY", description: "Open source.", adoptedOn: "2026-11-01", state: "NOT_MET" },
      h.utrecht,
    );
    expect(add.data!.addExitCriterion).toEqual({
      criterion: null,
      userErrors: [
        {
          field: ["input", "provenance"],
          errorCode: "INVALID",
          message:
            "Say where the fact comes from: `provenance` with `sourceSlug`, `newSource` or `ownStatement: true`.",
        },
      ],
    });
    const review = (input: Record<string, unknown>) =>
      write(
        "reviewExitCriterion",
        "ReviewExitCriterionInput",
        "review { id }",
        { state: "MET", provenance: { ownStatement: true }, ...input },
        h.utrecht,
      ).then((r) => r.data!.reviewExitCriterion.userErrors);
    expect(await review({ criterionId, reviewedOn: "2026-11-01" })).toEqual([
      {
        field: ["input", "reviewedOn"],
        errorCode: "INVALID",
        message: "reviewedOn must not be before the criterion's adoptedOn (2026-11-02).",
      },
    ]);
    expect(await review({ criterionId, reviewedOn: "2026-11-29" })).toEqual([
      {
        field: ["input", "reviewedOn"],
        errorCode: "CONFLICT",
        message: "The criterion is retired from 2026-11-28; only reviews before that date can be recorded.",
      },
    ]);
    expect(await review({ criterionId: gid("ExitCriterion", 999), reviewedOn: "2026-11-20" })).toEqual([
      {
        field: ["input", "criterionId"],
        errorCode: "NOT_FOUND",
        message: `No criterion ${gid("ExitCriterion", 999)}.`,
      },
    ]);
    expect(await review({ criterionId: gid("Assessment", 1), reviewedOn: "2026-11-20" })).toEqual([
      { field: ["input", "criterionId"], errorCode: "INVALID", message: "Not the id of a ExitCriterion." },
    ]);
    const retire = await write(
      "retireExitCriterion",
      "RetireExitCriterionInput",
      "retirement { id }",
      { criterionId, retiredOn: "2026-11-29", provenance: { ownStatement: true } },
      h.utrecht,
    );
    expect(retire.data!.retireExitCriterion.userErrors).toEqual([
      {
        field: ["input", "criterionId"],
        errorCode: "CONFLICT",
        message: `The criterion is already retired (from 2026-11-28, retirement ${gid("ExitCriterionRetirement", 1)}).`,
      },
    ]);
    const other = await write(
      "reviewExitCriterion",
      "ReviewExitCriterionInput",
      "review { id }",
      { criterionId: MEMO_CRITERION, state: "MET", reviewedOn: "2026-11-20", provenance: { ownStatement: true } },
      h.overijssel,
    );
    expect(other.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(await fingerprint(server.dataSource)).toEqual(before);
  });

  it("criteria, reviews and retirements are append-only in the database", async () => {
    const ds = server.dataSource;
    await expect(ds.query(`UPDATE exit_criterion_review SET note = 'anders'`)).rejects.toThrow(
      /exit_criterion_review is append-only: UPDATE is not allowed/,
    );
    await expect(ds.query(`DELETE FROM exit_criterion_review`)).rejects.toThrow(/append-only: DELETE/);
    await expect(ds.query(`TRUNCATE exit_criterion_review CASCADE`)).rejects.toThrow(/append-only: TRUNCATE/);
    await expect(ds.query(`UPDATE exit_criterion SET description = 'anders'`)).rejects.toThrow(
      /exit_criterion is append-only: UPDATE/,
    );
    await expect(ds.query(`DELETE FROM exit_criterion_retirement`)).rejects.toThrow(
      /exit_criterion_retirement is append-only: DELETE/,
    );
    expect(await countRows(ds, "exit_criterion_review")).toBe(3);
  });
});

describe("IPO and the ethics committee record what is theirs", () => {
  it("an IPO analyst records a development (month precision, provinces involved, a source) and corrects it by slug", async () => {
    const select =
      "development { slug title occurredOn occurredOnBasis occurredOnPrecision provincesInvolved { code } source { slug } statedBy }";
    const res = await write(
      "upsertDevelopment",
      "UpsertDevelopmentInput",
      select,
      {
        slug: "ipo-overleg-exitstrategie",
        title: "IPO-overleg over een gezamenlijke exitstrategie (testdata)",
        description: "Provincies bespraken een gezamenlijke exitstrategie.",
        occurredOn: "2026-11-01",
        occurredOnPrecision: "MONTH",
        provinceCodes: ["PV26", "overijssel"],
        provenance: { sourceSlug: "utrecht-memo-2025" },
      },
      h.ipo,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.upsertDevelopment).toEqual({
      development: {
        slug: "ipo-overleg-exitstrategie",
        title: "IPO-overleg over een gezamenlijke exitstrategie (testdata)",
        occurredOn: "2026-11-01",
        occurredOnBasis: "EXACT",
        occurredOnPrecision: "MONTH",
        provincesInvolved: [{ code: "PV23" }, { code: "PV26" }],
        source: { slug: "utrecht-memo-2025" },
        statedBy: null,
      },
      userErrors: [],
    });
    const corrected = await write(
      "upsertDevelopment",
      "UpsertDevelopmentInput",
      select,
      {
        slug: "ipo-overleg-exitstrategie",
        title: "IPO-overleg over een gezamenlijke exitstrategie (testdata)",
        description: "Utrecht besprak een gezamenlijke exitstrategie.",
        provinceCodes: ["PV26"],
        provenance: { ownStatement: true },
      },
      h.ethics,
    );
    expect(corrected.data!.upsertDevelopment.development).toMatchObject({
      occurredOn: "2026-11-01",
      occurredOnPrecision: "MONTH",
      provincesInvolved: [{ code: "PV26" }],
      source: null,
      statedBy: "Ethische commissie",
    });
    const mid = await write(
      "upsertDevelopment",
      "UpsertDevelopmentInput",
      "development { slug }",
      {
        slug: "x",
        title: "t",
        description: "d",
        occurredOn: "2026-11-15",
        occurredOnPrecision: "MONTH",
        provenance: { ownStatement: true },
      },
      h.ipo,
    );
    expect(mid.data!.upsertDevelopment.userErrors).toEqual([
      {
        field: ["input", "occurredOn"],
        errorCode: "INVALID",
        message: "occurredOn must be the first day of its month (precision MONTH) or 1 January (precision YEAR)",
      },
    ]);
    const list = await server.gql(`{ developments { slug occurredOn occurredOnBasis } }`);
    expect(list.data!.developments[0]).toEqual({
      slug: "ipo-overleg-exitstrategie",
      occurredOn: "2026-11-01",
      occurredOnBasis: "EXACT",
    });
    expect(list.data!.developments).toContainEqual({
      slug: "overijssel-stops-x",
      occurredOn: "2025-06-01",
      occurredOnBasis: "INFERRED",
    });
  });

  it("the ethics committee publishes its advice as an interprovincial framework; Utrecht takes a position on it", async () => {
    const select = "framework { slug shortName level issuer kind status publishedOn committeeAdvice statedBy }";
    const created = await write(
      "upsertCommitteeAdvice",
      "UpsertCommitteeAdviceInput",
      select,
      {
        slug: "ethiek-advies-sociale-media",
        shortName: "Advies ethiek",
        title: "Advies over exitcriteria voor sociale media (testdata)",
        platformSlugs: ["x"],
        provenance: { ownStatement: true },
      },
      h.ethics,
    );
    expect(created.data!.upsertCommitteeAdvice).toEqual({
      framework: {
        slug: "ethiek-advies-sociale-media",
        shortName: "Advies ethiek",
        level: "INTERPROVINCIAL",
        issuer: "Interprovinciale ethische commissie (IPO)",
        kind: "ADVICE",
        status: "IN_PREPARATION",
        publishedOn: null,
        committeeAdvice: true,
        statedBy: "Ethische commissie",
      },
      userErrors: [],
    });
    const status = (input: Record<string, unknown>, who = h.ethics) =>
      write(
        "setCommitteeAdviceStatus",
        "SetCommitteeAdviceStatusInput",
        "framework { status publishedOn }",
        input,
        who,
      );
    const published = await status({
      frameworkSlug: "ethiek-advies-sociale-media",
      status: "PUBLISHED",
      on: "2026-11-30",
    });
    expect(published.data!.setCommitteeAdviceStatus).toEqual({
      framework: { status: "PUBLISHED", publishedOn: "2026-11-30" },
      userErrors: [],
    });
    expect(
      (await status({ frameworkSlug: "ethiek-advies-sociale-media", status: "ANNOUNCED" })).data!
        .setCommitteeAdviceStatus.userErrors,
    ).toEqual([
      {
        field: ["input", "status"],
        errorCode: "CONFLICT",
        message: "The advice is PUBLISHED; it can move to IN_FORCE, WITHDRAWN, not ANNOUNCED.",
      },
    ]);
    expect(
      (await status({ frameworkSlug: "ethiek-advies-sociale-media", status: "IN_FORCE" })).data!
        .setCommitteeAdviceStatus.userErrors,
    ).toEqual([
      { field: ["input", "on"], errorCode: "INVALID", message: "on is required for IN_FORCE (the date of the step)." },
    ]);
    // The committee touches only its own advice; ADMIN is told to use upsertFramework for the others.
    const before = await fingerprint(server.dataSource);
    const dsa = await status({ frameworkSlug: "dsa", status: "WITHDRAWN" });
    expect(dsa.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const dsaUpsert = await write(
      "upsertCommitteeAdvice",
      "UpsertCommitteeAdviceInput",
      "framework { slug }",
      { slug: "dsa", shortName: "DSA", title: "Overgenomen", provenance: { ownStatement: true } },
      h.ethics,
    );
    expect(dsaUpsert.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(
      (await status({ frameworkSlug: "dsa", status: "WITHDRAWN" }, h.admin)).data!.setCommitteeAdviceStatus,
    ).toEqual({
      framework: null,
      userErrors: [
        {
          field: ["input", "frameworkSlug"],
          errorCode: "CONFLICT",
          message:
            "dsa is a framework of Europese Unie, not an advice of the ethics committee; use upsertFramework for it.",
        },
      ],
    });
    expect(await fingerprint(server.dataSource)).toEqual(before);

    const position = await write(
      "setFrameworkPosition",
      "SetFrameworkPositionInput",
      "frameworkPosition { stance }",
      {
        provinceCode: "PV26",
        frameworkSlug: "ethiek-advies-sociale-media",
        stance: "CONSIDERING",
        since: "2026-11-30",
        provenance: { ownStatement: true },
      },
      h.utrecht,
    );
    expect(position.data!.setFrameworkPosition.userErrors).toEqual([]);
    const m = await server.gql(
      `{ frameworkMatrix(asOf: "2026-11-30", provinces: ["PV26"], frameworks: ["ethiek-advies-sociale-media"]) {
          frameworks { framework { issuer } status } rows { cells { stance since } } } }`,
    );
    expect(m.data!.frameworkMatrix).toEqual({
      frameworks: [{ framework: { issuer: "Interprovinciale ethische commissie (IPO)" }, status: "PUBLISHED" }],
      rows: [{ cells: [{ stance: "CONSIDERING", since: "2026-11-30" }] }],
    });
  });
});
