import { insertAssessment, insertPosition, insertSnapshot } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/test-server";

/**
 * Hand-made fixtures for every comparison, on provinces and platforms the memo says nothing about (Groningen PV20,
 * Fryslân PV21, Drenthe PV22, Flevoland PV24; Mastodon, Bluesky), so the expected answers are computed by hand here.
 */
let server: TestServer;
const REC = "2026-01-10T09:00:00Z";
beforeAll(async () => {
  server = await startTestServer();
  const ds = server.dataSource;
  await insertSnapshot(ds, {
    province: "PV20",
    platform: "mastodon",
    status: "ACTIVE",
    validFrom: "2024-01-01",
    recordedAt: REC,
    commentsEnabled: true,
  });
  await insertSnapshot(ds, {
    province: "PV20",
    platform: "mastodon",
    status: "INACTIVE",
    validFrom: "2025-01-01",
    recordedAt: REC,
    commentsEnabled: false,
  });
  await insertSnapshot(ds, {
    province: "PV21",
    platform: "mastodon",
    status: "ACTIVE",
    validFrom: "2024-06-01",
    recordedAt: REC,
    commentsEnabled: false,
    engagement: true,
    purposes: ["NEWS"],
  });
  await insertSnapshot(ds, {
    province: "PV22",
    platform: "mastodon",
    status: "LEFT",
    validFrom: "2025-02-01",
    recordedAt: REC,
  });
  await insertSnapshot(ds, {
    province: "PV24",
    platform: "mastodon",
    status: "NOT_PRESENT",
    validFrom: "2023-01-01",
    recordedAt: REC,
  });
  await insertSnapshot(ds, {
    province: "PV20",
    platform: "bluesky",
    status: "ACTIVE",
    validFrom: "2025-03-01",
    recordedAt: REC,
    purposes: ["NEWS", "INTERACTION"],
  });
  // Same purposes in another order (no change), replies switched off (a change).
  await insertSnapshot(ds, {
    province: "PV20",
    platform: "bluesky",
    status: "ACTIVE",
    validFrom: "2025-09-01",
    recordedAt: REC,
    purposes: ["INTERACTION", "NEWS"],
    commentsEnabled: false,
  });

  // Value ratings (Utrecht's memo ratings come on top): see the valueSummary test for the hand computation.
  await insertAssessment(ds, {
    province: "PV20",
    heldOn: "2025-04-01",
    ratings: {
      transparantie: "HIGH",
      onafhankelijkheid: "HIGH",
      betrouwbaarheid: "NONE",
      privacy: "NONE",
      "privacy@x": "MODERATE",
    },
  });
  await insertAssessment(ds, {
    province: "PV21",
    heldOn: "2025-04-02",
    ratings: { transparantie: "HIGH", onafhankelijkheid: "HIGH", betrouwbaarheid: "MODERATE", privacy: "HIGH" },
  });
  await insertAssessment(ds, {
    province: "PV22",
    heldOn: "2025-04-03",
    ratings: { transparantie: "NONE", onafhankelijkheid: "HIGH" },
  });
  await insertAssessment(ds, {
    province: "PV24",
    heldOn: "2025-04-04",
    ratings: { transparantie: "NONE", onafhankelijkheid: "HIGH" },
  });
  // Never counted: a draft and a withdrawn assessment.
  await insertAssessment(ds, {
    province: "PV22",
    heldOn: "2025-05-01",
    state: "DRAFT",
    ratings: { privacy: "HIGH", informatieveiligheid: "HIGH" },
  });
  await insertAssessment(ds, {
    province: "PV24",
    heldOn: "2025-05-01",
    state: "WITHDRAWN",
    publishedAt: "2026-01-15T10:00:00Z",
    withdrawnAt: "2026-01-20T10:00:00Z",
    ratings: { informatieveiligheid: "NONE" },
  });
  // An older assessment of Fryslân, superseded by the one of 2025-04-02.
  await insertAssessment(ds, { province: "PV21", heldOn: "2024-01-01", ratings: { transparantie: "NONE" } });

  await insertPosition(ds, {
    province: "PV20",
    framework: "dsa",
    stance: "FOLLOWS",
    since: "2024-01-01",
    recordedAt: REC,
    note: "volgt",
  });
  await insertPosition(ds, {
    province: "PV21",
    framework: "vora-social-media-framework",
    stance: "CONSIDERING",
    since: "2025-05-01",
    recordedAt: REC,
  });
  await insertPosition(ds, {
    province: "PV21",
    framework: "vora-social-media-framework",
    stance: "NOT_APPLICABLE",
    since: "2025-08-01",
    recordedAt: REC,
  });
});
afterAll(() => server.close());

async function ok(query: string, variables?: Record<string, unknown>) {
  const res = await server.gql(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe("platformSummary (fixtures)", () => {
  it("Mastodon on 2025-06-30: one of each recorded status, eight UNKNOWN, two with replies off; Bluesky: one ACTIVE", async () => {
    const { platformSummary: s } = await ok(
      `{ platformSummary(asOf: "2025-06-30", platforms: ["mastodon", "bluesky"]) { provinceCount rows { platform { slug } active inactive left notPresent unknown commentsDisabled } } }`,
    );
    expect(s).toEqual({
      provinceCount: 12,
      rows: [
        {
          platform: { slug: "mastodon" },
          active: 1,
          inactive: 1,
          left: 1,
          notPresent: 1,
          unknown: 8,
          commentsDisabled: 2,
        },
        {
          platform: { slug: "bluesky" },
          active: 1,
          inactive: 0,
          left: 0,
          notPresent: 0,
          unknown: 11,
          commentsDisabled: 0,
        },
      ],
    });
  });

  it("Bluesky from 2025-09-01: replies switched off; Mastodon on 2024-12-31: two ACTIVE (Groningen still active, replies on)", async () => {
    const q = (asOf: string, p: string) =>
      ok(
        `{ platformSummary(asOf: "${asOf}", platforms: ["${p}"]) { rows { active inactive left notPresent unknown commentsDisabled } } }`,
      );
    expect((await q("2025-09-01", "bluesky")).platformSummary.rows[0]).toEqual({
      active: 1,
      inactive: 0,
      left: 0,
      notPresent: 0,
      unknown: 11,
      commentsDisabled: 1,
    });
    expect((await q("2024-12-31", "mastodon")).platformSummary.rows[0]).toEqual({
      active: 2,
      inactive: 0,
      left: 0,
      notPresent: 1,
      unknown: 9,
      commentsDisabled: 1,
    });
  });
});

describe("statusMatrix (fixtures)", () => {
  it("statuses [INACTIVE, LEFT]: Groningen and Drenthe, every column kept", async () => {
    const { statusMatrix: m } = await ok(
      `{ statusMatrix(asOf: "2025-06-30", platforms: ["mastodon", "bluesky"], statuses: [INACTIVE, LEFT]) { rows { province { code } cells { status commentsEnabled matches } } } }`,
    );
    expect(m.rows).toEqual([
      {
        province: { code: "PV20" },
        cells: [
          { status: "INACTIVE", commentsEnabled: false, matches: true },
          { status: "ACTIVE", commentsEnabled: null, matches: false },
        ],
      },
      {
        province: { code: "PV22" },
        cells: [
          { status: "LEFT", commentsEnabled: null, matches: true },
          { status: "UNKNOWN", commentsEnabled: null, matches: false },
        ],
      },
    ]);
  });

  it("Fryslân on Mastodon: all recorded attributes", async () => {
    const { statusMatrix: m } = await ok(
      `{ statusMatrix(asOf: "2025-06-30", provinces: ["PV21"], platforms: ["mastodon"]) { rows { cells { status commentsEnabled engagement purposes paidContent validFrom validFromBasis source { slug } snapshot { recordedAt } } } } }`,
    );
    expect(m.rows[0].cells[0]).toEqual({
      status: "ACTIVE",
      commentsEnabled: false,
      engagement: true,
      purposes: ["NEWS"],
      paidContent: null,
      validFrom: "2024-06-01",
      validFromBasis: "EXACT",
      source: null,
      snapshot: { recordedAt: "2026-01-10T09:00:00.000Z" },
    });
  });
});

describe("valueMatrix and valueSummary (fixtures)", () => {
  const SCOPE = ["PV20", "PV21", "PV22", "PV24", "PV26"];

  it("valueSummary ranks by Leik's D: privacy 1, transparantie 0.8, betrouwbaarheid 0.3333, then agreement, unrated last", async () => {
    // transparantie: NONE x3 (PV22, PV24, PV26), HIGH x2 (PV20, PV21) -> F1 = 0.6, F2 = 0.6 -> 0.4 + 0.4 = 0.8
    // betrouwbaarheid: NONE (PV20), MODERATE x2 (PV21, PV26) -> F1 = 1/3, F2 = 1 -> 1/3 + 0
    // privacy: NONE (PV20), HIGH (PV21) -> 0.5 + 0.5 = 1 (the draft of PV22 does not count)
    // onafhankelijkheid: HIGH x5 -> 0; informatieveiligheid: only a draft and a withdrawn rating -> null
    const { valueSummary: s } = await ok(
      `query($p: [String!]) { valueSummary(asOf: "2025-07-01", provinces: $p) { provinceCount rows { value { slug } none moderate high unknown ratedCount divergence } } }`,
      { p: SCOPE },
    );
    expect(s.provinceCount).toBe(5);
    expect(
      s.rows.map((r: any) => [r.value.slug, r.none, r.moderate, r.high, r.unknown, r.ratedCount, r.divergence]),
    ).toEqual([
      ["privacy", 1, 0, 1, 3, 2, 1],
      ["transparantie", 3, 0, 2, 0, 5, 0.8],
      ["betrouwbaarheid", 1, 2, 0, 2, 3, 0.3333],
      ["onafhankelijkheid", 0, 0, 5, 0, 5, 0],
      ["vindbaarheid", 1, 0, 0, 4, 1, 0],
      ["verbinding", 1, 0, 0, 4, 1, 0],
      ["volledige-informatievoorziening-en-zichtbaarheid", 1, 0, 0, 4, 1, 0],
      ["digitale-inclusiviteit", 1, 0, 0, 4, 1, 0],
      ["uitlegbaarheid", 0, 1, 0, 4, 1, 0],
      ["informatieveiligheid", 0, 0, 0, 5, 0, null],
      ["gedrag-van-gebruikers", 0, 0, 0, 5, 0, null],
    ]);
  });

  it("with platform x, Groningen's platform-specific privacy rating wins over its general one (same assessment)", async () => {
    const q = (platform: string | null) =>
      ok(
        `query($pl: String) { valueMatrix(asOf: "2025-07-01", provinces: ["PV20", "PV21"], values: ["privacy", "transparantie"], platform: $pl) { platform { slug } rows { province { code } cells { value { slug } impact rating { platform { slug } } assessment { heldOn } } } } }`,
        { pl: platform },
      );
    // Columns come in value order (the register's order of values), whatever the order of the `values` argument.
    const general = (await q(null)).valueMatrix;
    expect(general.platform).toBeNull();
    expect(
      general.rows.map((r: any) => r.cells.map((c: any) => `${r.province.code}:${c.value.slug}:${c.impact}`)),
    ).toEqual([
      ["PV20:transparantie:HIGH", "PV20:privacy:NONE"],
      ["PV21:transparantie:HIGH", "PV21:privacy:HIGH"],
    ]);
    const onX = (await q("x")).valueMatrix;
    expect(onX.platform).toEqual({ slug: "x" });
    expect(onX.rows[0].cells[1]).toEqual({
      value: { slug: "privacy" },
      impact: "MODERATE",
      rating: { platform: { slug: "x" } },
      assessment: { heldOn: "2025-04-01" },
    });
    expect(onX.rows[1].cells[1]).toEqual({
      value: { slug: "privacy" },
      impact: "HIGH",
      rating: { platform: null },
      assessment: { heldOn: "2025-04-02" },
    });
  });

  it("reads only impacts unless a cell's rating or assessment is asked (the lean read): the same impacts either way", async () => {
    const impacts = (m: any) =>
      m.rows.map((r: any) => r.cells.map((c: any) => `${r.province.code}:${c.value.slug}:${c.impact}`));
    for (const platform of [null, "x"]) {
      const lean = (
        await ok(
          `query($p: [String!], $pl: String) { valueMatrix(asOf: "2025-07-01", provinces: $p, platform: $pl) { rows { province { code } cells { value { slug } impact impactLabel } } } }`,
          { p: SCOPE, pl: platform },
        )
      ).valueMatrix;
      // The rating asked through a fragment.
      const full = (
        await ok(
          `query($p: [String!], $pl: String) { valueMatrix(asOf: "2025-07-01", provinces: $p, platform: $pl) { rows { province { code } cells { value { slug } impact impactLabel ...C } } } }
           fragment C on ValueCell { rating { impact assessment { heldOn } } }`,
          { p: SCOPE, pl: platform },
        )
      ).valueMatrix;
      expect(impacts(full)).toEqual(impacts(lean));
      for (const row of full.rows) for (const c of row.cells) expect(c.rating?.impact ?? "UNKNOWN").toBe(c.impact);
      expect(full.rows.length).toBe(5);
      expect(full.rows.some((r: any) => r.cells.some((c: any) => c.rating?.assessment?.heldOn))).toBe(true);
    }
    const onX = await ok(
      `{ valueMatrix(asOf: "2025-07-01", provinces: ["PV20"], values: ["privacy"], platform: "x") { rows { cells { impact } } } }`,
    );
    expect(onX.valueMatrix.rows[0].cells).toEqual([{ impact: "MODERATE" }]);
    // An empty platform is an unknown one, not "no platform".
    for (const field of ["valueMatrix", "valueSummary"]) {
      const empty = await server.gql(`{ ${field}(asOf: "2025-07-01", platform: "") { asOf } }`);
      expect(empty.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "platform" });
    }
  });

  it("the latest assessment on asOf counts: Fryslân's transparantie is NONE (2024) until 2025-04-01 and HIGH from 2025-04-02", async () => {
    const q = (asOf: string) =>
      ok(
        `{ valueMatrix(asOf: "${asOf}", provinces: ["PV21"], values: ["transparantie"]) { rows { cells { impact assessment { heldOn } } } } }`,
      );
    expect((await q("2025-04-01")).valueMatrix.rows[0].cells[0]).toEqual({
      impact: "NONE",
      assessment: { heldOn: "2024-01-01" },
    });
    expect((await q("2025-04-02")).valueMatrix.rows[0].cells[0]).toEqual({
      impact: "HIGH",
      assessment: { heldOn: "2025-04-02" },
    });
  });
});

describe("frameworkMatrix (fixtures)", () => {
  const Q = `query($asOf: Date) { frameworkMatrix(asOf: $asOf, provinces: ["PV20", "PV21", "PV26"], frameworks: ["dsa", "vora-social-media-framework", "bzk-tiktok-call"]) {
    frameworks { framework { slug } statusLabel } rows { province { code } cells { stance since note } } } }`;

  it("on 2025-06-30: Groningen follows the DSA, Fryslân considers the VoRa framework, all three follow the BZK call", async () => {
    const { frameworkMatrix: m } = await ok(Q, { asOf: "2025-06-30" });
    expect(m.frameworks).toEqual([
      { framework: { slug: "bzk-tiktok-call" }, statusLabel: "Van kracht" },
      { framework: { slug: "vora-social-media-framework" }, statusLabel: "Niet opgeleverd" },
      { framework: { slug: "dsa" }, statusLabel: "Van kracht" },
    ]);
    expect(m.rows).toEqual([
      {
        province: { code: "PV20" },
        cells: [
          {
            stance: "FOLLOWS",
            since: "2023-05-25",
            note:
              "Heeft het gebruik van TikTok op werkapparatuur van ambtenaren onmogelijk gemaakt. " +
              "Volgens een woordvoerder van het IPO volgen de provincies het rijksbeleid voor werkapparaten.",
          },
          { stance: "UNKNOWN", since: null, note: null },
          { stance: "FOLLOWS", since: "2024-01-01", note: "volgt" },
        ],
      },
      {
        province: { code: "PV21" },
        cells: [
          {
            stance: "FOLLOWS",
            since: "2023-05-25",
            note:
              "Ontraadt het gebruik van TikTok op werktelefoons van ambtenaren. " +
              "Volgens een woordvoerder van het IPO volgen de provincies het rijksbeleid voor werkapparaten.",
          },
          { stance: "CONSIDERING", since: "2025-05-01", note: null },
          { stance: "UNKNOWN", since: null, note: null },
        ],
      },
      {
        province: { code: "PV26" },
        cells: [
          {
            stance: "FOLLOWS",
            since: "2025-03-20",
            note:
              "Volgens de memo deed het ministerie van BZK enkele jaren geleden een dringende oproep om als overheid geen " +
              "TikTok meer te gebruiken vanwege Chinees spionagegevaar, en is ook werknemers dringend verzocht het platform " +
              "niet op telefoons van het werk te gebruiken. Utrecht heeft die instructie, net als de meeste overheden, opgevolgd.",
          },
          { stance: "UNKNOWN", since: null, note: null },
          { stance: "UNKNOWN", since: null, note: null },
        ],
      },
    ]);
  });

  it("Fryslân's new stance counts from 2025-08-01, not the day before", async () => {
    const stance = async (asOf: string) => (await ok(Q, { asOf })).frameworkMatrix.rows[1].cells[1];
    expect(await stance("2025-07-31")).toEqual({ stance: "CONSIDERING", since: "2025-05-01", note: null });
    expect(await stance("2025-08-01")).toEqual({ stance: "NOT_APPLICABLE", since: "2025-08-01", note: null });
  });
});

describe("changesBetween (fixtures)", () => {
  const Q = `query($from: Date!, $to: Date!) { changesBetween(from: $from, to: $to, platforms: ["mastodon", "bluesky"]) { changes {
    province { code } platform { slug } before { status commentsEnabled purposes } after { status commentsEnabled purposes } changedFields changedBy { validFrom status } } } }`;

  it("2024-12-31 to 2025-06-30: Groningen INACTIVE on Mastodon, joined Bluesky; Drenthe left; Fryslân and Flevoland unchanged", async () => {
    const { changesBetween: c } = await ok(Q, { from: "2024-12-31", to: "2025-06-30" });
    expect(c.changes).toEqual([
      {
        province: { code: "PV20" },
        platform: { slug: "mastodon" },
        before: { status: "ACTIVE", commentsEnabled: true, purposes: [] },
        after: { status: "INACTIVE", commentsEnabled: false, purposes: [] },
        changedFields: ["status", "commentsEnabled"],
        changedBy: { validFrom: "2025-01-01", status: "INACTIVE" },
      },
      {
        province: { code: "PV20" },
        platform: { slug: "bluesky" },
        before: { status: "UNKNOWN", commentsEnabled: null, purposes: [] },
        after: { status: "ACTIVE", commentsEnabled: null, purposes: ["NEWS", "INTERACTION"] },
        changedFields: ["status", "purposes"],
        changedBy: { validFrom: "2025-03-01", status: "ACTIVE" },
      },
      {
        province: { code: "PV22" },
        platform: { slug: "mastodon" },
        before: { status: "UNKNOWN", commentsEnabled: null, purposes: [] },
        after: { status: "LEFT", commentsEnabled: null, purposes: [] },
        changedFields: ["status"],
        changedBy: { validFrom: "2025-02-01", status: "LEFT" },
      },
    ]);
  });

  it("a change of replies only (same status, purposes reordered) is a change of commentsEnabled only, from its day", async () => {
    const { changesBetween: c } = await ok(Q, { from: "2025-08-31", to: "2025-09-01" });
    expect(
      c.changes.map((x: any) => [x.province.code, x.platform.slug, x.changedFields, x.changedBy.validFrom]),
    ).toEqual([["PV20", "bluesky", ["commentsEnabled"], "2025-09-01"]]);
    expect((await ok(Q, { from: "2025-08-30", to: "2025-08-31" })).changesBetween.changes).toEqual([]);
  });
});

describe("statusChanges (fixtures)", () => {
  const Q = `query($filter: StatusChangeFilterInput, $first: Int, $after: String) { statusChanges(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { validFrom status presence { province { code } platform { slug } } } } }`;

  it("Mastodon and Bluesky, newest first, three a page", async () => {
    const filter = { platforms: ["mastodon", "bluesky"] };
    const all: string[] = [];
    let after: string | null = null;
    const hasNext: boolean[] = [];
    do {
      const { statusChanges: c }: any = await ok(Q, { filter, first: 3, after });
      expect(c.totalCount).toBe(7);
      all.push(
        ...c.nodes.map(
          (n: any) => `${n.validFrom} ${n.presence.province.code} ${n.presence.platform.slug} ${n.status}`,
        ),
      );
      hasNext.push(c.pageInfo.hasNextPage);
      after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
    } while (after);
    expect(hasNext).toEqual([true, true, false]);
    expect(all).toEqual([
      "2025-09-01 PV20 bluesky ACTIVE",
      "2025-03-01 PV20 bluesky ACTIVE",
      "2025-02-01 PV22 mastodon LEFT",
      "2025-01-01 PV20 mastodon INACTIVE",
      "2024-06-01 PV21 mastodon ACTIVE",
      "2024-01-01 PV20 mastodon ACTIVE",
      "2023-01-01 PV24 mastodon NOT_PRESENT",
    ]);
  });

  it("filters combine: ACTIVE on Mastodon or Bluesky in 2025; Groningen only", async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await ok(Q, { filter, first: 100 })).statusChanges.totalCount;
    expect(await count({ platforms: ["mastodon", "bluesky"], statuses: ["ACTIVE"] })).toBe(4);
    expect(
      await count({
        platforms: ["mastodon", "bluesky"],
        statuses: ["ACTIVE"],
        validFrom: { from: "2025-01-01", to: "2025-12-31" },
      }),
    ).toBe(2);
    expect(await count({ provinces: ["groningen"] })).toBe(4);
    expect(await count({ platforms: ["mastodon"], validFrom: { from: "2025-01-01", to: "2025-02-01" } })).toBe(2);
  });
});
