import Papa from "papaparse";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { fingerprint, issueToken } from "../helpers/writes";
import { Role } from "../../src/domain/enums";

/**
 * Issue 10, "provenance on every write": each mutation that records a fact says where the fact comes from (an existing
 * source, a new source named inline, or the writer's own statement); without one it is refused with INVALID on
 * `["input", "provenance"]` and nothing is written; reads and exports show it (`source`, `statedBy`).
 */
let server: TestServer;
let admin: Record<string, string>;
let utrecht: Record<string, string>;
let draftId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await issueToken(server.dataSource, Role.ADMIN, "Beheer");
  utrecht = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Redactie Utrecht", "PV26");
  const res = await server.gql(
    `mutation($i: CreateAssessmentInput!) { createAssessment(input: $i) { assessment { id } userErrors { code } } }`,
    { i: { provinceCode: "PV26", heldOn: "2026-01-01", method: "Concept", provenance: { ownStatement: true } } },
    utrecht,
  );
  draftId = res.data!.createAssessment.assessment.id;
});
afterAll(() => server.close());

let serial = 0;
const next = () => (serial += 1);

/** What a fact's provenance reads as: its source's slug, or who stated it. */
const PROVENANCE = "source { slug title publisher url publishedOn } statedBy";

interface Case {
  mutation: string;
  inputType: string;
  /** The payload field holding the written row, and the GraphQL type to read it back by `node(id:)`. */
  payload: string;
  type: string;
  /** Where the provenance sits in the row (`ratings` for setValueRatings: on each rating). */
  path?: string;
  caller: () => Record<string, string>;
  callerName: string;
  input(): Record<string, unknown>;
}

const CASES: Case[] = [
  {
    mutation: "recordPlatformStatus",
    inputType: "RecordPlatformStatusInput",
    payload: "status",
    type: "PlatformStatus",
    caller: () => utrecht,
    callerName: "Redactie Utrecht",
    input: () => ({
      provinceCode: "PV26",
      platformSlug: "x",
      validFrom: "2026-02-01",
      status: "ACTIVE",
      reason: `r${next()}`,
    }),
  },
  {
    mutation: "recordFollowerCount",
    inputType: "RecordFollowerCountInput",
    payload: "followerCount",
    type: "FollowerCount",
    caller: () => utrecht,
    callerName: "Redactie Utrecht",
    input: () => ({ provinceCode: "PV26", platformSlug: "x", measuredOn: "2026-01-01", count: 1000 + next() }),
  },
  {
    mutation: "setPresenceAccounts",
    inputType: "SetPresenceAccountsInput",
    payload: "presence",
    type: "Presence",
    caller: () => utrecht,
    callerName: "Redactie Utrecht",
    input: () => ({ provinceCode: "PV26", platformSlug: "linkedin", accounts: [{ handle: `utrecht-${next()}` }] }),
  },
  {
    mutation: "setFrameworkPosition",
    inputType: "SetFrameworkPositionInput",
    payload: "frameworkPosition",
    type: "FrameworkPosition",
    caller: () => utrecht,
    callerName: "Redactie Utrecht",
    input: () => ({
      provinceCode: "PV26",
      frameworkSlug: "dsa",
      stance: "FOLLOWS",
      since: "2026-01-01",
      note: `n${next()}`,
    }),
  },
  {
    mutation: "createAssessment",
    inputType: "CreateAssessmentInput",
    payload: "assessment",
    type: "Assessment",
    caller: () => utrecht,
    callerName: "Redactie Utrecht",
    input: () => ({ provinceCode: "PV26", heldOn: "2026-01-10", method: `Gesprek ${next()}` }),
  },
  {
    mutation: "setValueRatings",
    inputType: "SetValueRatingsInput",
    payload: "assessment",
    type: "Assessment",
    path: "ratings",
    caller: () => utrecht,
    callerName: "Redactie Utrecht",
    input: () => ({ assessmentId: draftId, ratings: [{ valueSlug: "privacy", impact: "MODERATE" }] }),
  },
  {
    mutation: "upsertFramework",
    inputType: "UpsertFrameworkInput",
    payload: "framework",
    type: "Framework",
    caller: () => admin,
    callerName: "Beheer",
    input: () => ({
      slug: `kader-${next()}`,
      shortName: "K",
      title: "Kader",
      issuer: "IPO",
      level: "INTERPROVINCIAL",
      kind: "ADVICE",
      status: "ANNOUNCED",
    }),
  },
  {
    mutation: "upsertPlatformFinding",
    inputType: "UpsertPlatformFindingInput",
    payload: "platformFinding",
    type: "PlatformFinding",
    caller: () => admin,
    callerName: "Beheer",
    input: () => ({
      frameworkSlug: "dsa",
      platformSlug: "tiktok",
      stage: "PROCEEDINGS_OPENED",
      occurredOn: new Date(Date.UTC(2023, 0, 1 + next())).toISOString().slice(0, 10),
    }),
  },
];

function write(c: Case, input: Record<string, unknown>) {
  const select = c.path ? `${c.payload} { id ${c.path} { ${PROVENANCE} } }` : `${c.payload} { id ${PROVENANCE} }`;
  return server.gql(
    `mutation($i: ${c.inputType}!) { ${c.mutation}(input: $i) { ${select} userErrors { field errorCode message } } }`,
    { i: input },
    c.caller(),
  );
}

/** The provenance of the row with this id, read back by `node(id:)` (the first rating's for setValueRatings). */
async function readBack(c: Case, id: string): Promise<unknown> {
  const inner = c.path ? `${c.path} { ${PROVENANCE} }` : PROVENANCE;
  const res = await server.gql(`query($id: ID!) { node(id: $id) { ... on ${c.type} { ${inner} } } }`, { id }, admin);
  expect(res.errors).toBeUndefined();
  const node = res.data!.node;
  return c.path ? node[c.path][0] : node;
}

const names = CASES.map((c) => [c.mutation, c] as const);

describe.each(names)("%s", (_name, c) => {
  it("without provenance: INVALID on input.provenance, nothing written", async () => {
    const before = await fingerprint(server.dataSource);
    const res = await write(c, c.input());
    expect(res.errors).toBeUndefined();
    expect(res.data![c.mutation]).toEqual({
      [c.payload]: null,
      userErrors: [
        {
          field: ["input", "provenance"],
          errorCode: "INVALID",
          message:
            "Say where the fact comes from: `provenance` with `sourceSlug`, `newSource` or `ownStatement: true`.",
        },
      ],
    });
    expect(await fingerprint(server.dataSource)).toEqual(before);
  });

  it("with two forms at once, or an empty provenance: INVALID, nothing written", async () => {
    const before = await fingerprint(server.dataSource);
    for (const provenance of [{ sourceSlug: "utrecht-memo-2025", ownStatement: true }, {}]) {
      const res = await write(c, { ...c.input(), provenance });
      expect(res.data![c.mutation][c.payload]).toBeNull();
      expect(res.data![c.mutation].userErrors.map((e: { field: string[] }) => e.field)).toEqual([
        ["input", "provenance"],
      ]);
    }
    expect(await fingerprint(server.dataSource)).toEqual(before);
  });

  it("an existing source by slug: shown as `source`, on write and on read", async () => {
    const res = await write(c, { ...c.input(), provenance: { sourceSlug: "utrecht-memo-2025" } });
    expect(res.data![c.mutation].userErrors).toEqual([]);
    const row = res.data![c.mutation][c.payload];
    const expected = {
      source: {
        slug: "utrecht-memo-2025",
        title: "Sociale media-accounts provincie Utrecht, ontwikkelingen overige provincies en relevante kaders (memo)",
        publisher: "Provincie Utrecht, Corporate Communicatie",
        url: null,
        publishedOn: null,
      },
      statedBy: null,
    };
    expect(c.path ? row[c.path][0] : row).toEqual(expect.objectContaining(expected));
    expect(await readBack(c, row.id)).toEqual(expected);
  });

  it("a new source inline: stored as a source (slug from title and date) and cited", async () => {
    const title = `Persbericht ${c.mutation}`;
    const newSource = {
      title,
      publisher: "Provincie Utrecht",
      url: "https://www.provincie-utrecht.nl/actueel/nieuws",
      publishedOn: "2025-11-03",
      kind: "PRESS_RELEASE",
    };
    const res = await write(c, { ...c.input(), provenance: { newSource } });
    expect(res.data![c.mutation].userErrors).toEqual([]);
    const expected = {
      source: {
        slug: `persbericht-${c.mutation.toLowerCase()}-2025-11-03`,
        title,
        publisher: "Provincie Utrecht",
        url: "https://www.provincie-utrecht.nl/actueel/nieuws",
        publishedOn: "2025-11-03",
      },
      statedBy: null,
    };
    expect(await readBack(c, res.data![c.mutation][c.payload].id)).toEqual(expected);
    const listed = await server.gql(`{ sources { slug kind } }`);
    expect(listed.data!.sources).toContainEqual({ slug: expected.source.slug, kind: "PRESS_RELEASE" });
    // The same source again is reused, not duplicated.
    const again = await write(c, { ...c.input(), provenance: { newSource } });
    expect(again.data![c.mutation].userErrors).toEqual([]);
    expect(await readBack(c, again.data![c.mutation][c.payload].id)).toEqual(expected);
  });

  it("the writer's own statement: no source, `statedBy` the client's name", async () => {
    const res = await write(c, { ...c.input(), provenance: { ownStatement: true } });
    expect(res.data![c.mutation].userErrors).toEqual([]);
    expect(await readBack(c, res.data![c.mutation][c.payload].id)).toEqual({
      source: null,
      statedBy: c.callerName,
    });
  });
});

describe("provenance refusals", () => {
  const STATUS = {
    provinceCode: "PV26",
    platformSlug: "x",
    validFrom: "2026-03-01",
    status: "ACTIVE",
    reason: "Testrecord",
  };
  const status = (i: Record<string, unknown>) =>
    server.gql(
      `mutation($i: RecordPlatformStatusInput!) { recordPlatformStatus(input: $i) { status { id } userErrors { field errorCode message } } }`,
      { i },
      utrecht,
    );

  it("an unknown source slug is NOT_FOUND on input.provenance.sourceSlug", async () => {
    const res = await status({ ...STATUS, provenance: { sourceSlug: "geen-bron" } });
    expect(res.data!.recordPlatformStatus).toEqual({
      status: null,
      userErrors: [
        {
          field: ["input", "provenance", "sourceSlug"],
          errorCode: "NOT_FOUND",
          message: 'No source with slug "geen-bron" (see `sources`).',
        },
      ],
    });
  });

  it("the deprecated sourceSlug still counts as provenance, but not together with `provenance`", async () => {
    const legacy = await status({ ...STATUS, sourceSlug: "utrecht-memo-2025" });
    expect(legacy.data!.recordPlatformStatus.userErrors).toEqual([]);
    const both = await status({ ...STATUS, sourceSlug: "utrecht-memo-2025", provenance: { ownStatement: true } });
    expect(both.data!.recordPlatformStatus.userErrors).toEqual([
      { field: ["input", "sourceSlug"], errorCode: "INVALID", message: "Give the source in `provenance` only." },
    ]);
  });

  it("ownStatement: false is INVALID; an invalid new source names its field; a taken slug with other facts is CONFLICT", async () => {
    const no = await status({ ...STATUS, provenance: { ownStatement: false } });
    expect(no.data!.recordPlatformStatus.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "provenance"], errorCode: "INVALID" }),
    ]);
    const badUrl = await status({
      ...STATUS,
      provenance: { newSource: { title: "T", publisher: "P", url: "javascript:alert(1)" } },
    });
    expect(badUrl.data!.recordPlatformStatus.userErrors).toEqual([
      {
        field: ["input", "provenance", "newSource", "url"],
        errorCode: "INVALID",
        message: "url must be an http or https URL",
      },
    ]);
    const taken = await status({
      ...STATUS,
      provenance: { newSource: { title: "Andere memo", publisher: "P", slug: "utrecht-memo-2025" } },
    });
    expect(taken.data!.recordPlatformStatus.userErrors).toEqual([
      {
        field: ["input", "provenance", "newSource", "slug"],
        errorCode: "CONFLICT",
        message:
          'Another source has the slug "utrecht-memo-2025"; cite it with `sourceSlug` or give a different `slug`.',
      },
    ]);
  });

  it("publishAssessment, withdrawAssessment and the reference upserts that record no fact take no provenance", async () => {
    const input = await server.gql(
      `{ a: __type(name: "AssessmentIdInput") { inputFields { name } } v: __type(name: "UpsertValueInput") { inputFields { name } } }`,
    );
    const fields = (t: string) => input.data![t].inputFields.map((f: { name: string }) => f.name);
    expect(fields("a")).not.toContain("provenance");
    expect(fields("v")).not.toContain("provenance");
  });
});

describe("dates as precise as their source", () => {
  const RECORD = `mutation($i: RecordPlatformStatusInput!) { recordPlatformStatus(input: $i) {
    status { id validFrom validFromBasis validFromPrecision } userErrors { field errorCode message } } }`;
  const CHANGES = `query($from: Date!, $to: Date!) { changesBetween(from: $from, to: $to, provinces: ["PV30"]) { changes {
    platform { slug } before { status } after { status validFrom validFromBasis validFromPrecision } observed } } }`;
  const own = { ownStatement: true };
  /** These statuses lie more than a year back: they need a reason (audit-trail.test.ts). */
  const reason = "Datum uit het jaarverslag.";

  it("a date known to the month is the 1st of that month with precision MONTH (another day is INVALID)", async () => {
    const bad = await server.gql(
      RECORD,
      {
        i: {
          provinceCode: "PV30",
          platformSlug: "mastodon",
          validFrom: "2025-06-15",
          validFromPrecision: "MONTH",
          status: "ACTIVE",
          provenance: own,
        },
      },
      admin,
    );
    expect(bad.data!.recordPlatformStatus).toEqual({
      status: null,
      userErrors: [
        {
          field: ["input", "validFrom"],
          errorCode: "INVALID",
          message: "validFrom must be the first day of its month (precision MONTH) or 1 January (precision YEAR)",
        },
      ],
    });
    const good = await server.gql(
      RECORD,
      {
        i: {
          provinceCode: "PV30",
          platformSlug: "mastodon",
          validFrom: "2025-06-01",
          validFromPrecision: "MONTH",
          status: "ACTIVE",
          reason,
          provenance: own,
        },
      },
      admin,
    );
    expect(good.data!.recordPlatformStatus.status).toMatchObject({
      validFrom: "2025-06-01",
      validFromBasis: "EXACT",
      validFromPrecision: "MONTH",
    });
    const labels = await server.gql(`{ enumLabels(enums: ["DatePrecision"]) { value label } }`);
    expect(labels.data!.enumLabels).toEqual([
      { value: "DAY", label: "Dag" },
      { value: "MONTH", label: "Maand" },
      { value: "YEAR", label: "Jaar" },
    ]);
  });

  it("an observation is never a change: a first sighting is not listed; a different state observed later is, marked observed", async () => {
    const record = (validFrom: string, status: string, validFromBasis: string) =>
      server.gql(
        RECORD,
        {
          i: {
            provinceCode: "PV30",
            platformSlug: "bluesky",
            validFrom,
            validFromBasis,
            status,
            reason,
            provenance: own,
          },
        },
        admin,
      );
    expect((await record("2025-02-10", "ACTIVE", "SOURCE_DATE")).data!.recordPlatformStatus.userErrors).toEqual([]);
    const bluesky = async (from: string, to: string) =>
      (await server.gql(CHANGES, { from, to })).data!.changesBetween.changes.filter(
        (x: { platform: { slug: string } }) => x.platform.slug === "bluesky",
      );
    expect(await bluesky("2025-01-01", "2025-03-01")).toEqual([]);
    expect((await record("2025-09-15", "INACTIVE", "SOURCE_DATE")).data!.recordPlatformStatus.userErrors).toEqual([]);
    expect(await bluesky("2025-03-01", "2025-12-31")).toEqual([
      {
        platform: { slug: "bluesky" },
        before: { status: "ACTIVE" },
        after: {
          status: "INACTIVE",
          validFrom: "2025-09-15",
          validFromBasis: "SOURCE_DATE",
          validFromPrecision: "DAY",
        },
        observed: true,
      },
    ]);
    // Comparisons count an observation from its date.
    const cell = await server.gql(
      `{ statusMatrix(asOf: "2025-02-10", provinces: ["PV30"], platforms: ["bluesky"]) { rows { cells { status validFromBasis } } } }`,
    );
    expect(cell.data!.statusMatrix.rows[0].cells[0]).toEqual({ status: "ACTIVE", validFromBasis: "SOURCE_DATE" });
    // statusChanges leaves the observations out unless asked.
    const count = async (includeObservations: boolean) =>
      (
        await server.gql(`query($f: StatusChangeFilterInput) { statusChanges(filter: $f) { totalCount } }`, {
          f: { provinces: ["PV30"], platforms: ["bluesky"], includeObservations },
        })
      ).data!.statusChanges.totalCount;
    expect(await count(false)).toBe(0);
    expect(await count(true)).toBe(2);
  });

  it("the CSV says the precision and who stated a fact", async () => {
    const res = await fetch(`${server.url}/export/status-matrix.csv?asOf=2025-07-01&provinces=PV30&platforms=mastodon`);
    const [header, row] = Papa.parse<string[]>((await res.text()).replace(/^\uFEFF/, ""), {
      skipEmptyLines: true,
    }).data;
    const cell = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(cell).toMatchObject({
      "Geldig vanaf": "2025-06-01",
      Datumbasis: "Exacte datum",
      Datumprecisie: "Maand",
      Bron: "",
      "Verklaard door": "Beheer",
    });
    const fw = await fetch(`${server.url}/export/framework-matrix.csv?asOf=2025-07-01&provinces=PV26&frameworks=codio`);
    const [fh, fr] = Papa.parse<string[]>((await fw.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(Object.fromEntries(fh.map((h, i) => [h, fr[i]]))).toMatchObject({
      Sinds: "2025-03-20",
      Datumbasis: "Waarneming (datum van de bron)",
      Datumprecisie: "Dag",
      "Verklaard door": "",
    });
  });
});
