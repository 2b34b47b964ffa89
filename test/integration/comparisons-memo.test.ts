import { startTestServer, type TestServer } from "../helpers/test-server";

/** Every comparison on the memo's data only, through the public GraphQL API, with exact expected answers. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function ok(query: string, variables?: Record<string, unknown>) {
  const res = await server.gql(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const PLATFORMS = [
  "x",
  "facebook",
  "instagram",
  "linkedin",
  "youtube",
  "tiktok",
  "mastodon",
  "bluesky",
  "threads",
  "peertube",
];

describe("platformSummary on the memo's data", () => {
  const Q = `query($asOf: Date) { platformSummary(asOf: $asOf) { asOf provinceCount rows { platform { slug } active inactive left notPresent unknown commentsDisabled counts { status statusLabel count } } } }`;

  it("X on 2025-07-01: one INACTIVE (Overijssel), one ACTIVE (Utrecht), ten UNKNOWN", async () => {
    const { platformSummary: s } = await ok(Q, { asOf: "2025-07-01" });
    expect(s.asOf).toBe("2025-07-01");
    expect(s.provinceCount).toBe(12);
    expect(s.rows.map((r: any) => r.platform.slug)).toEqual(PLATFORMS);
    expect(s.rows[0]).toEqual({
      platform: { slug: "x" },
      active: 1,
      inactive: 1,
      left: 0,
      notPresent: 0,
      unknown: 10,
      commentsDisabled: 0,
      counts: [
        { status: "ACTIVE", statusLabel: "Actief", count: 1 },
        { status: "INACTIVE", statusLabel: "Inactief", count: 1 },
        { status: "LEFT", statusLabel: "Vertrokken", count: 0 },
        { status: "NOT_PRESENT", statusLabel: "Niet aanwezig", count: 0 },
        { status: "UNKNOWN", statusLabel: "Onbekend", count: 10 },
      ],
    });
    const brief = s.rows.map((r: any) => [
      r.platform.slug,
      r.active,
      r.inactive,
      r.left,
      r.notPresent,
      r.unknown,
      r.commentsDisabled,
    ]);
    expect(brief).toEqual([
      ["x", 1, 1, 0, 0, 10, 0],
      ["facebook", 1, 0, 0, 0, 11, 0],
      ["instagram", 1, 0, 0, 0, 11, 0],
      ["linkedin", 1, 0, 0, 0, 11, 0],
      ["youtube", 1, 0, 0, 0, 11, 0],
      ["tiktok", 0, 0, 0, 1, 11, 0],
      ["mastodon", 0, 0, 0, 0, 12, 0],
      ["bluesky", 0, 0, 0, 0, 12, 0],
      ["threads", 0, 0, 0, 0, 12, 0],
      ["peertube", 0, 0, 0, 0, 12, 0],
    ]);
  });

  it("X the day before Overijssel's change (2025-05-31): one ACTIVE, eleven UNKNOWN; before the memo: twelve UNKNOWN", async () => {
    const before = (await ok(Q, { asOf: "2025-05-31" })).platformSummary.rows[0];
    expect([before.active, before.inactive, before.unknown]).toEqual([1, 0, 11]);
    const earlier = (await ok(Q, { asOf: "2025-03-19" })).platformSummary.rows;
    expect(earlier.every((r: any) => r.unknown === 12)).toBe(true);
  });

  it("scoped to two provinces, the counts sum to two", async () => {
    const { platformSummary: s } = await ok(
      `{ platformSummary(asOf: "2025-07-01", provinces: ["PV23", "fryslan"], platforms: ["x"]) { provinceCount rows { active inactive unknown } } }`,
    );
    expect(s).toEqual({ provinceCount: 2, rows: [{ active: 0, inactive: 1, unknown: 1 }] });
  });
});

describe("valueSummary on the memo's data", () => {
  it("only Utrecht rated: every rated value has divergence 0 and one rating; the three unrated values come last with null", async () => {
    const { valueSummary: s } = await ok(
      `{ valueSummary(asOf: "2025-07-01") { provinceCount platform { slug } rows { value { slug } none moderate high unknown ratedCount divergence counts { impact impactLabel count } } } }`,
    );
    expect(s.provinceCount).toBe(12);
    expect(s.platform).toBeNull();
    expect(
      s.rows.map((r: any) => [r.value.slug, r.none, r.moderate, r.high, r.unknown, r.ratedCount, r.divergence]),
    ).toEqual([
      ["transparantie", 1, 0, 0, 11, 1, 0],
      ["vindbaarheid", 1, 0, 0, 11, 1, 0],
      ["verbinding", 1, 0, 0, 11, 1, 0],
      ["volledige-informatievoorziening-en-zichtbaarheid", 1, 0, 0, 11, 1, 0],
      ["betrouwbaarheid", 0, 1, 0, 11, 1, 0],
      ["digitale-inclusiviteit", 1, 0, 0, 11, 1, 0],
      ["onafhankelijkheid", 0, 0, 1, 11, 1, 0],
      ["uitlegbaarheid", 0, 1, 0, 11, 1, 0],
      ["informatieveiligheid", 0, 0, 0, 12, 0, null],
      ["privacy", 0, 0, 0, 12, 0, null],
      ["gedrag-van-gebruikers", 0, 0, 0, 12, 0, null],
    ]);
    expect(s.rows[6].counts).toEqual([
      { impact: "NONE", impactLabel: "Geen", count: 0 },
      { impact: "MODERATE", impactLabel: "Matig", count: 0 },
      { impact: "HIGH", impactLabel: "Veel", count: 1 },
      { impact: "UNKNOWN", impactLabel: "Onbekend", count: 11 },
    ]);
  });

  it("before the assessment was held nothing is rated", async () => {
    const { valueSummary: s } = await ok(
      `{ valueSummary(asOf: "2025-03-19") { rows { ratedCount divergence unknown } } }`,
    );
    expect(s.rows.every((r: any) => r.ratedCount === 0 && r.divergence === null && r.unknown === 12)).toBe(true);
  });
});

describe("frameworkMatrix on the memo's data", () => {
  const Q = `query($asOf: Date, $p: [String!], $f: [String!]) { frameworkMatrix(asOf: $asOf, provinces: $p, frameworks: $f) {
    asOf frameworks { framework { slug } status statusLabel findings { stage occurredOn platform { slug } } }
    rows { province { code } cells { framework { slug } stance stanceLabel since sinceBasis position { source { slug } } } } } }`;

  it("Utrecht's three stances, Overijssel's TikTok position (ANP), the others UNKNOWN, with status and DSA findings up to the date", async () => {
    const { frameworkMatrix: m } = await ok(Q, { asOf: "2025-07-01", p: ["PV26", "PV23"] });
    expect(m.frameworks.map((c: any) => [c.framework.slug, c.status, c.statusLabel, c.findings.length])).toEqual([
      ["bzk-tiktok-call", "IN_FORCE", "Van kracht", 0],
      ["vora-social-media-framework", "NOT_DELIVERED", "Niet opgeleverd", 0],
      ["werkagenda-waardengedreven-digitaliseren", "PUBLISHED", "Gepubliceerd", 0],
      ["dsa", "IN_FORCE", "Van kracht", 2],
      ["dma", "IN_FORCE", "Van kracht", 0],
      ["codio", "PUBLISHED", "Gepubliceerd", 0],
      ["digital-autonomy-sovereignty-framework", "IN_PREPARATION", "In voorbereiding", 0],
      ["vng-advice-platforms-democracy", "ANNOUNCED", "Aangekondigd", 0],
    ]);
    expect(m.frameworks[3].findings).toEqual([
      { stage: "PROCEEDINGS_OPENED", occurredOn: "2023-12-18", platform: { slug: "x" } },
      { stage: "PRELIMINARY_FINDINGS", occurredOn: "2024-07-12", platform: { slug: "x" } },
    ]);
    expect(m.rows.map((r: any) => r.province.code)).toEqual(["PV23", "PV26"]);
    expect(m.rows[0].cells[0]).toEqual({
      framework: { slug: "bzk-tiktok-call" },
      stance: "FOLLOWS",
      stanceLabel: "Volgt op",
      since: "2023-05-25",
      sinceBasis: "SOURCE_DATE",
      position: { source: { slug: "anp-provincies-tiktok-2023-05-25" } },
    });
    expect(
      m.rows[0].cells
        .slice(1)
        .every(
          (c: any) => c.stance === "UNKNOWN" && c.stanceLabel === "Onbekend" && c.since === null && c.position === null,
        ),
    ).toBe(true);
    expect(m.rows[1].cells.map((c: any) => `${c.framework.slug}:${c.stance}`)).toEqual([
      "bzk-tiktok-call:FOLLOWS",
      "vora-social-media-framework:UNKNOWN",
      "werkagenda-waardengedreven-digitaliseren:UNKNOWN",
      "dsa:UNKNOWN",
      "dma:UNKNOWN",
      "codio:EMBEDDED_IN_POLICY",
      "digital-autonomy-sovereignty-framework:PARTICIPATES",
      "vng-advice-platforms-democracy:UNKNOWN",
    ]);
    expect(m.rows[1].cells[0]).toEqual({
      framework: { slug: "bzk-tiktok-call" },
      stance: "FOLLOWS",
      stanceLabel: "Volgt op",
      since: "2025-03-20",
      sinceBasis: "SOURCE_DATE",
      position: { source: { slug: "utrecht-memo-2025" } },
    });
  });

  it("the DSA decision on X counts from its date (2025-12-05), not the day before; stances only from 2025-03-20", async () => {
    const day = async (asOf: string) =>
      (await ok(Q, { asOf, p: ["PV26"], f: ["dsa", "bzk-tiktok-call"] })).frameworkMatrix;
    expect((await day("2025-12-04")).frameworks.map((c: any) => c.findings.length)).toEqual([0, 2]);
    expect((await day("2025-12-05")).frameworks[1].findings.map((f: any) => f.stage)).toEqual([
      "PROCEEDINGS_OPENED",
      "PRELIMINARY_FINDINGS",
      "DECISION",
    ]);
    expect((await day("2025-03-19")).rows[0].cells[0].stance).toBe("UNKNOWN");
    expect((await day("2025-03-20")).rows[0].cells[0].stance).toBe("FOLLOWS");
  });

  it("an unknown framework slug is BAD_USER_INPUT", async () => {
    const res = await server.gql(`{ frameworkMatrix(frameworks: ["dsa", "nope"]) { asOf } }`);
    expect(res.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0].message).toContain('"nope"');
  });
});

describe("changesBetween on the memo's data", () => {
  const Q = `query($from: Date!, $to: Date!) { changesBetween(from: $from, to: $to) { from to changes {
    province { code } platform { slug } before { status validFrom } after { status statusLabel validFrom validFromBasis validFromPrecision } changedFields observed changedBy { validFrom status } } } }`;

  it("from before the memo to 2025-07-01: only Overijssel's X; Utrecht's six presences are observations, no changes", async () => {
    const { changesBetween: c } = await ok(Q, { from: "2025-03-19", to: "2025-07-01" });
    expect(
      c.changes.map(
        (x: any) =>
          `${x.province.code}:${x.platform.slug}:${x.before.status}>${x.after.status}:${x.changedFields.join("+")}`,
      ),
    ).toEqual(["PV23:x:UNKNOWN>INACTIVE:status"]);
    expect(c.changes[0]).toMatchObject({
      before: { status: "UNKNOWN", validFrom: null },
      after: {
        status: "INACTIVE",
        statusLabel: "Inactief",
        validFrom: "2025-06-01",
        validFromBasis: "INFERRED",
        validFromPrecision: "DAY",
      },
      observed: false,
      changedBy: { validFrom: "2025-06-01", status: "INACTIVE" },
    });
  });

  it("over the whole of 2025: no Utrecht change on 20 March 2025 (the memo is undated: its states are observations)", async () => {
    const { changesBetween: c } = await ok(Q, { from: "2025-01-01", to: "2025-12-31" });
    expect(c.changes.map((x: any) => `${x.province.code}:${x.platform.slug}:${x.changedBy.validFrom}`)).toEqual([
      "PV23:x:2025-06-01",
    ]);
    // Comparisons still count the observations from their date.
    const m = await ok(`{ statusMatrix(asOf: "2025-03-20", provinces: ["PV26"], platforms: ["x"]) { rows { cells {
      status validFrom validFromBasis validFromPrecision } } } }`);
    expect(m.statusMatrix.rows[0].cells[0]).toEqual({
      status: "ACTIVE",
      validFrom: "2025-03-20",
      validFromBasis: "SOURCE_DATE",
      validFromPrecision: "DAY",
    });
  });

  it("the day before to the day itself catches Overijssel's change only; the day before that, nothing", async () => {
    const { changesBetween: c } = await ok(Q, { from: "2025-05-31", to: "2025-06-01" });
    expect(c.changes.map((x: any) => `${x.province.code}:${x.platform.slug}`)).toEqual(["PV23:x"]);
    expect((await ok(Q, { from: "2025-05-30", to: "2025-05-31" })).changesBetween.changes).toEqual([]);
    expect((await ok(Q, { from: "2025-07-01", to: "2025-07-01" })).changesBetween.changes).toEqual([]);
  });

  it("from after to is BAD_USER_INPUT", async () => {
    const res = await server.gql(Q, { from: "2025-07-02", to: "2025-07-01" });
    expect(res.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0].message).toBe("`from` (2025-07-02) must not be after `to` (2025-07-01).");
  });
});

describe("statusChanges on the memo's data", () => {
  const Q = `query($filter: StatusChangeFilterInput, $first: Int, $after: String) { statusChanges(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id status validFrom presence { province { code } platform { slug } } } } } }`;

  it("by default only the change: Overijssel's; Utrecht's six observations are no changes", async () => {
    const { statusChanges: c }: any = await ok(Q, { first: 10 });
    expect(c.totalCount).toBe(1);
    expect(
      c.edges.map((e: any) => `${e.node.presence.province.code}:${e.node.presence.platform.slug}:${e.node.validFrom}`),
    ).toEqual(["PV23:x:2025-06-01"]);
    const none = await ok(Q, { filter: { provinces: ["PV26"] } });
    expect(none.statusChanges.totalCount).toBe(0);
  });

  it("with includeObservations: the seven snapshots, newest validFrom first, paged two at a time", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { statusChanges: c }: any = await ok(Q, { first: 2, after, filter: { includeObservations: true } });
      expect(c.totalCount).toBe(7);
      seen.push(
        ...c.edges.map(
          (e: any) => `${e.node.presence.province.code}:${e.node.presence.platform.slug}:${e.node.validFrom}`,
        ),
      );
      after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(4);
    expect(seen[0]).toBe("PV23:x:2025-06-01");
    expect(new Set(seen).size).toBe(7);
    expect(seen.slice(1).sort()).toEqual(
      ["x", "facebook", "instagram", "linkedin", "youtube", "tiktok"].map((p) => `PV26:${p}:2025-03-20`).sort(),
    );
  });

  it("filters (observations included): Overijssel only; INACTIVE only; a validFrom range", async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await ok(Q, { filter: { ...filter, includeObservations: true } })).statusChanges.totalCount;
    expect(await count({ provinces: ["PV23"] })).toBe(1);
    expect(await count({ statuses: ["INACTIVE"] })).toBe(1);
    expect(await count({ statuses: ["ACTIVE"], platforms: ["x", "tiktok"] })).toBe(1);
    expect(await count({ validFrom: { from: "2025-03-21" } })).toBe(1);
    expect(await count({ validFrom: { to: "2025-03-20" } })).toBe(6);
    expect(await count({ validFrom: { from: "2025-03-20", to: "2025-03-20" } })).toBe(6);
    expect(await count({ knownAt: "2020-01-01T00:00:00Z" })).toBe(0);
  });

  it("refuses first > 100, a reversed range, a foreign cursor and an unknown province", async () => {
    const code = async (variables: Record<string, unknown>) =>
      (await server.gql(Q, variables)).errors?.[0]?.extensions?.code;
    expect(await code({ first: 101 })).toBe("BAD_USER_INPUT");
    expect(await code({ first: 0 })).toBe("BAD_USER_INPUT");
    expect(await code({ filter: { validFrom: { from: "2025-07-01", to: "2025-06-01" } } })).toBe("BAD_USER_INPUT");
    expect(await code({ after: "bm9wZQ" })).toBe("BAD_USER_INPUT");
    expect(await code({ after: Buffer.from(JSON.stringify(["x", "y", 1])).toString("base64url") })).toBe(
      "BAD_USER_INPUT",
    );
    expect(await code({ filter: { provinces: ["PV99"] } })).toBe("BAD_USER_INPUT");
  });
});

describe("statusMatrix statuses filter on the memo's data", () => {
  it("INACTIVE keeps Overijssel's row with all its cells; matches marks the matching one", async () => {
    const { statusMatrix: m } = await ok(
      `{ statusMatrix(asOf: "2025-07-01", statuses: [INACTIVE], platforms: ["x", "facebook"]) { statuses rows { province { code } cells { platform { slug } status matches } } } }`,
    );
    expect(m).toEqual({
      statuses: ["INACTIVE"],
      rows: [
        {
          province: { code: "PV23" },
          cells: [
            { platform: { slug: "x" }, status: "INACTIVE", matches: true },
            { platform: { slug: "facebook" }, status: "UNKNOWN", matches: false },
          ],
        },
      ],
    });
  });

  it("NOT_PRESENT or INACTIVE: Overijssel and Utrecht; UNKNOWN on x: ten provinces; an empty list: none", async () => {
    const codes = async (q: string) => (await ok(q)).statusMatrix.rows.map((r: any) => r.province.code);
    expect(
      await codes(
        `{ statusMatrix(asOf: "2025-07-01", statuses: [NOT_PRESENT, INACTIVE]) { rows { province { code } } } }`,
      ),
    ).toEqual(["PV23", "PV26"]);
    expect(
      await codes(
        `{ statusMatrix(asOf: "2025-07-01", statuses: [UNKNOWN], platforms: ["x"]) { rows { province { code } } } }`,
      ),
    ).toEqual(["PV20", "PV21", "PV22", "PV24", "PV25", "PV27", "PV28", "PV29", "PV30", "PV31"]);
    expect(await codes(`{ statusMatrix(asOf: "2025-07-01", statuses: []) { rows { province { code } } } }`)).toEqual(
      [],
    );
  });
});

describe("statusMatrix reads only what the cells show unless `snapshot` is asked (the lean read)", () => {
  const CELL = `status statusLabel commentsEnabled engagement purposes paidContent validFrom validFromBasis validFromPrecision matches source { slug }`;
  const lean = `{ statusMatrix(asOf: "2025-07-01") { rows { province { code } cells { platform { slug } ${CELL} } } } }`;
  const full = `{ statusMatrix(asOf: "2025-07-01") { rows { province { code } cells { platform { slug } ${CELL} snapshot { status validFrom presence { platform { slug } } } } } } }`;
  const viaFragment = `query { statusMatrix(asOf: "2025-07-01") { ...M } }
    fragment M on StatusMatrix { rows { province { code } cells { platform { slug } ${CELL} ... on StatusCell { snapshot { status validFrom presence { platform { slug } } } } } } }`;

  it("the same cells either way, and the snapshot (asked directly or through fragments) matches its cell", async () => {
    const a = (await ok(lean)).statusMatrix.rows;
    for (const query of [full, viaFragment]) {
      const b = (await ok(query)).statusMatrix.rows;
      expect(b.map((r: any) => ({ ...r, cells: r.cells.map(({ snapshot: _, ...c }: any) => c) }))).toEqual(a);
      for (const row of b)
        for (const c of row.cells)
          expect(c.snapshot && [c.snapshot.status, c.snapshot.validFrom, c.snapshot.presence.platform.slug]).toEqual(
            c.status === "UNKNOWN" ? null : [c.status, c.validFrom, c.platform.slug],
          );
    }
    const utrechtX = a.find((r: any) => r.province.code === "PV26").cells[0];
    expect(utrechtX).toEqual({
      platform: { slug: "x" },
      status: "ACTIVE",
      statusLabel: "Actief",
      commentsEnabled: null,
      engagement: null,
      purposes: ["NEWS", "ANNOUNCEMENTS"],
      paidContent: "CAMPAIGNS_ONLY",
      validFrom: "2025-03-20",
      validFromBasis: "SOURCE_DATE",
      validFromPrecision: "DAY",
      matches: true,
      source: { slug: "utrecht-memo-2025" },
    });
  });
});
