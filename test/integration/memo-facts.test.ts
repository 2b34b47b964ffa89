import { startTestServer, type TestServer } from "../helpers/test-server";

/** What the Utrecht memo says, asked through the public GraphQL API on the seeded database. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const statusOn = async (province: string, platform: string, asOf: string) => {
  const res = await server.gql(
    `query($p: [String!], $pl: [String!], $asOf: Date) {
       statusMatrix(asOf: $asOf, provinces: $p, platforms: $pl) {
         rows { cells { status statusLabel validFrom validFromBasis commentsEnabled engagement purposes paidContent source { slug } } }
       }
     }`,
    { p: [province], pl: [platform], asOf },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.statusMatrix.rows[0].cells[0];
};

describe("the memo's facts", () => {
  it("Overijssel is INACTIVE on X from 2025-06-01, and UNKNOWN the day before", async () => {
    const res = await server.gql(
      `{ province(code: "PV23") { name presences { platform { slug } status(asOf: "2025-07-01") { status statusLabel validFrom validFromBasis } } } }`,
    );
    expect(res.data).toEqual({
      province: {
        name: "Overijssel",
        presences: [
          {
            platform: { slug: "x" },
            status: { status: "INACTIVE", statusLabel: "Inactief", validFrom: "2025-06-01", validFromBasis: "EXACT" },
          },
        ],
      },
    });
    expect((await statusOn("PV23", "x", "2025-06-01")).status).toBe("INACTIVE");
    expect(await statusOn("PV23", "x", "2025-05-31")).toEqual({
      status: "UNKNOWN",
      statusLabel: "Onbekend",
      validFrom: null,
      validFromBasis: null,
      commentsEnabled: null,
      engagement: null,
      purposes: [],
      paidContent: null,
      source: null,
    });
  });

  it("Utrecht uses X for short news and announcements, campaigns-only paid content, replies not recorded", async () => {
    expect(await statusOn("utrecht", "x", "2025-07-01")).toEqual({
      status: "ACTIVE",
      statusLabel: "Actief",
      validFrom: "2025-03-20",
      validFromBasis: "SOURCE_DATE",
      commentsEnabled: null,
      engagement: null,
      purposes: ["NEWS", "ANNOUNCEMENTS"],
      paidContent: "CAMPAIGNS_ONLY",
      source: { slug: "utrecht-memo-2025" },
    });
  });

  it("Utrecht uses YouTube as a video archive without engagement", async () => {
    const cell = await statusOn("PV26", "youtube", "2025-07-01");
    expect(cell).toMatchObject({ status: "ACTIVE", engagement: false, purposes: ["VIDEO_ARCHIVE"], paidContent: null });
  });

  it("Utrecht engages on LinkedIn, Facebook and Instagram", async () => {
    for (const platform of ["linkedin", "facebook", "instagram"]) {
      expect(await statusOn("PV26", platform, "2025-07-01")).toMatchObject({
        status: "ACTIVE",
        engagement: true,
        purposes: ["STORIES_AND_ARTICLES", "INTERACTION"],
        paidContent: "CAMPAIGNS_ONLY",
      });
    }
  });

  it("Utrecht is not on TikTok and follows the national call (BZK)", async () => {
    expect((await statusOn("PV26", "tiktok", "2025-07-01")).status).toBe("NOT_PRESENT");
    const res = await server.gql(
      `{ province(code: "PV26") { frameworkPositions(asOf: "2025-07-01") { framework { slug status } stance stanceLabel since sinceBasis source { slug } } } }`,
    );
    expect(res.data!.province.frameworkPositions).toEqual([
      {
        framework: { slug: "bzk-tiktok-call", status: "IN_FORCE" },
        stance: "FOLLOWS",
        stanceLabel: "Volgt op",
        since: "2025-03-20",
        sinceBasis: "SOURCE_DATE",
        source: { slug: "utrecht-memo-2025" },
      },
      {
        framework: { slug: "codio", status: "PUBLISHED" },
        stance: "EMBEDDED_IN_POLICY",
        stanceLabel: "Verankerd in beleid",
        since: "2025-03-20",
        sinceBasis: "SOURCE_DATE",
        source: { slug: "utrecht-memo-2025" },
      },
      {
        framework: { slug: "digital-autonomy-sovereignty-framework", status: "IN_PREPARATION" },
        stance: "PARTICIPATES",
        stanceLabel: "Neemt deel",
        since: "2025-03-20",
        sinceBasis: "SOURCE_DATE",
        source: { slug: "utrecht-memo-2025" },
      },
    ]);
  });

  it("a province the memo does not name is UNKNOWN on X", async () => {
    expect((await statusOn("PV21", "x", "2025-07-01")).status).toBe("UNKNOWN");
    const res = await server.gql(`{ province(code: "fryslan") { name presences { id } } }`);
    expect(res.data).toEqual({ province: { name: "Fryslân", presences: [] } });
  });

  it("X on 2025-07-01: one province INACTIVE, one ACTIVE, ten UNKNOWN", async () => {
    const res = await server.gql(
      `{ statusMatrix(asOf: "2025-07-01") { asOf platforms { slug } rows { province { code } cells { platform { slug } status } } } }`,
    );
    const m = res.data!.statusMatrix;
    expect(m.asOf).toBe("2025-07-01");
    expect(m.rows).toHaveLength(12);
    expect(m.platforms.map((p: { slug: string }) => p.slug)).toEqual([
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
    ]);
    const onX = m.rows.map((r: any) => `${r.province.code}:${r.cells[0].status}`);
    expect(onX).toEqual([
      "PV20:UNKNOWN",
      "PV21:UNKNOWN",
      "PV22:UNKNOWN",
      "PV23:INACTIVE",
      "PV24:UNKNOWN",
      "PV25:UNKNOWN",
      "PV26:ACTIVE",
      "PV27:UNKNOWN",
      "PV28:UNKNOWN",
      "PV29:UNKNOWN",
      "PV30:UNKNOWN",
      "PV31:UNKNOWN",
    ]);
    const utrecht = m.rows.find((r: any) => r.province.code === "PV26");
    expect(utrecht.cells.map((c: any) => `${c.platform.slug}:${c.status}`)).toEqual([
      "x:ACTIVE",
      "facebook:ACTIVE",
      "instagram:ACTIVE",
      "linkedin:ACTIVE",
      "youtube:ACTIVE",
      "tiktok:NOT_PRESENT",
      "mastodon:UNKNOWN",
      "bluesky:UNKNOWN",
      "threads:UNKNOWN",
      "peertube:UNKNOWN",
    ]);
  });

  it("Utrecht's eight value ratings", async () => {
    const res = await server.gql(
      `{ valueMatrix(asOf: "2025-07-01", provinces: ["PV26"]) { values { slug } rows { province { code } cells { value { name } impact impactLabel assessment { heldOn state method } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const cells = res.data!.valueMatrix.rows[0].cells.map((c: any) => [c.value.name, c.impact, c.impactLabel]);
    expect(cells).toEqual([
      ["Transparantie", "NONE", "Geen"],
      ["Vindbaarheid", "NONE", "Geen"],
      ["Verbinding", "NONE", "Geen"],
      ["Volledige informatievoorziening en zichtbaarheid", "NONE", "Geen"],
      ["Betrouwbaarheid", "MODERATE", "Matig"],
      ["(Digitale) inclusiviteit", "NONE", "Geen"],
      ["Onafhankelijkheid", "HIGH", "Veel"],
      ["Uitlegbaarheid", "MODERATE", "Matig"],
      ["Informatieveiligheid", "UNKNOWN", "Onbekend"],
      ["Privacy", "UNKNOWN", "Onbekend"],
    ]);
    expect(res.data!.valueMatrix.rows[0].cells[0].assessment).toEqual({
      heldOn: "2025-03-20",
      state: "PUBLISHED",
      method: "Waardengedreven gesprek (CODIO-waarden en communicatieve uitgangspunten)",
    });
  });

  it("no province but Utrecht has ratings, and none before the assessment", async () => {
    const res = await server.gql(`{ valueMatrix(asOf: "2025-07-01") { rows { province { code } cells { impact } } } }`);
    const rated = res
      .data!.valueMatrix.rows.filter((r: any) => r.cells.some((c: any) => c.impact !== "UNKNOWN"))
      .map((r: any) => r.province.code);
    expect(rated).toEqual(["PV26"]);
    const before = await server.gql(
      `{ valueMatrix(asOf: "2025-03-19", provinces: ["PV26"]) { rows { cells { impact } } } }`,
    );
    expect(before.data!.valueMatrix.rows[0].cells.every((c: any) => c.impact === "UNKNOWN")).toBe(true);
  });

  it("the DSA findings against X, with their dates", async () => {
    const res = await server.gql(
      `{ platform(slug: "x") { dsaDesignation dsaDesignatedOn findings { framework { slug } stage occurredOn topics } } }`,
    );
    expect(res.data!.platform).toEqual({
      dsaDesignation: "VLOP",
      dsaDesignatedOn: "2023-04-25",
      findings: [
        { framework: { slug: "dsa" }, stage: "PROCEEDINGS_OPENED", occurredOn: "2023-12-18", topics: [] },
        {
          framework: { slug: "dsa" },
          stage: "PRELIMINARY_FINDINGS",
          occurredOn: "2024-07-12",
          topics: ["RESEARCHER_DATA_ACCESS", "ADVERTISING_TRANSPARENCY_AND_VERIFICATION", "HARMFUL_CONTENT_MODERATION"],
        },
        { framework: { slug: "dsa" }, stage: "DECISION", occurredOn: "2025-12-05", topics: [] },
      ],
    });
  });

  it("the frameworks and their status", async () => {
    const res = await server.gql(`{ frameworks { slug level kind status } }`);
    expect(res.data!.frameworks).toEqual([
      { slug: "bzk-tiktok-call", level: "NATIONAL", kind: "DIRECTIVE", status: "IN_FORCE" },
      { slug: "vora-social-media-framework", level: "NATIONAL", kind: "POLICY_FRAMEWORK", status: "NOT_DELIVERED" },
      { slug: "werkagenda-waardengedreven-digitaliseren", level: "NATIONAL", kind: "WORK_AGENDA", status: "PUBLISHED" },
      { slug: "dsa", level: "EU", kind: "LEGISLATION", status: "IN_FORCE" },
      { slug: "dma", level: "EU", kind: "LEGISLATION", status: "IN_FORCE" },
      { slug: "codio", level: "ACADEMIC", kind: "CODE", status: "PUBLISHED" },
      {
        slug: "digital-autonomy-sovereignty-framework",
        level: "NATIONAL",
        kind: "POLICY_FRAMEWORK",
        status: "IN_PREPARATION",
      },
      { slug: "vng-advice-platforms-democracy", level: "MUNICIPAL_ASSOCIATION", kind: "ADVICE", status: "ANNOUNCED" },
    ]);
  });

  it("the twelve provinces with their identifiers", async () => {
    const res = await server.gql(`{ provinces { code name isoCode tooiId } }`);
    expect(res.data!.provinces).toHaveLength(12);
    expect(res.data!.provinces[1]).toEqual({
      code: "PV21",
      name: "Fryslân",
      isoCode: "NL-FR",
      tooiId: "https://identifier.overheid.nl/tooi/id/provincie/pv21",
    });
    expect(res.data!.provinces.map((p: any) => p.code)).toEqual([
      "PV20",
      "PV21",
      "PV22",
      "PV23",
      "PV24",
      "PV25",
      "PV26",
      "PV27",
      "PV28",
      "PV29",
      "PV30",
      "PV31",
    ]);
  });

  it("Utrecht's exit criterion", async () => {
    const res = await server.gql(
      `{ province(code: "PV26") { exitCriteria { kind state platform { slug } source { slug } } } }`,
    );
    expect(res.data!.province.exitCriteria).toEqual([
      { kind: "EXIT", state: "MONITORING", platform: null, source: { slug: "utrecht-memo-2025" } },
    ]);
  });
});
