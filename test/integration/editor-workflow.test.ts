import { startTestServer, type TestServer } from "../helpers/test-server";
import { issueCallers } from "../helpers/writes";

/**
 * The issue's "done when", through the API: an editor of Utrecht records that it switched replies off on X, it is in
 * statusMatrix at once and in the audit trail; an assessment goes DRAFT → PUBLISHED → WITHDRAWN with drafts visible
 * only to the right callers and comparisons using published ones only.
 */
let server: TestServer;
let admin: Record<string, string>;
let utrecht: Record<string, string>;
let overijssel: Record<string, string>;
let ipo: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  ({ admin, utrecht, overijssel, ipo } = await issueCallers(server.dataSource));
});
afterAll(() => server.close());

const cellX = async (asOf?: string) => {
  const res = await server.gql(
    `query($asOf: Date) { statusMatrix(asOf: $asOf, provinces: ["PV26"], platforms: ["x"]) { rows { cells { status commentsEnabled validFrom snapshot { id recordedBy reason } } } } }`,
    { asOf },
  );
  return res.data!.statusMatrix.rows[0].cells[0];
};

it("Utrecht switches replies off on X: visible at once in statusMatrix, with the editor as recorder, and in the audit", async () => {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
  const before = await cellX();
  expect(before).toMatchObject({ status: "ACTIVE", commentsEnabled: null, validFrom: "2025-03-20" });
  const res = await server.gql(
    `mutation($i: RecordPlatformStatusInput!) { recordPlatformStatus(input: $i) { status { id status statusLabel validFrom commentsEnabled purposes paidContent reason recordedBy source { slug } statedBy } userErrors { field code message } } }`,
    {
      i: {
        provinceCode: "PV26",
        provenance: { ownStatement: true },
        platformSlug: "x",
        validFrom: today,
        status: "ACTIVE",
        commentsEnabled: false,
        engagement: false,
        purposes: ["NEWS", "ANNOUNCEMENTS"],
        paidContent: "CAMPAIGNS_ONLY",
        reason: "Reacties uitgezet vanwege de berichtencultuur.",
        expectedLatestId: before.snapshot.id,
      },
    },
    utrecht,
  );
  expect(res.errors).toBeUndefined();
  const status = res.data!.recordPlatformStatus.status;
  expect(res.data!.recordPlatformStatus.userErrors).toEqual([]);
  expect(status).toEqual({
    id: expect.any(String),
    status: "ACTIVE",
    statusLabel: "Actief",
    validFrom: today,
    commentsEnabled: false,
    purposes: ["NEWS", "ANNOUNCEMENTS"],
    paidContent: "CAMPAIGNS_ONLY",
    reason: "Reacties uitgezet vanwege de berichtencultuur.",
    recordedBy: "Communicatie Utrecht",
    source: null,
    statedBy: "Communicatie Utrecht",
  });
  expect(await cellX()).toEqual({
    status: "ACTIVE",
    commentsEnabled: false,
    validFrom: today,
    snapshot: {
      id: status.id,
      recordedBy: "Communicatie Utrecht",
      reason: "Reacties uitgezet vanwege de berichtencultuur.",
    },
  });
  // History is kept: the day before, the memo's snapshot still counts.
  expect((await cellX("2025-07-01")).commentsEnabled).toBeNull();

  const audit = await server.gql(
    `{ auditEvents(first: 1) { totalCount nodes { action actorName actorRole entityType entityId requestId before after } } }`,
    {},
    ipo,
  );
  expect(audit.data!.auditEvents.nodes[0]).toEqual({
    action: "recordPlatformStatus",
    actorName: "Communicatie Utrecht",
    actorRole: "PROVINCE_EDITOR",
    entityType: "PlatformStatus",
    entityId: status.id,
    requestId: res.extensions!.requestId,
    before: expect.objectContaining({ id: before.snapshot.id, commentsEnabled: null, validFrom: "2025-03-20" }),
    after: expect.objectContaining({
      id: status.id,
      commentsEnabled: false,
      validFrom: today,
      province: "PV26",
      platform: "x",
      presence: expect.any(String),
    }),
  });
});

it("Overijssel's editor is refused for Utrecht's X, and Utrecht's cell is unchanged", async () => {
  const before = await cellX();
  const res = await server.gql(
    `mutation($i: RecordPlatformStatusInput!) { recordPlatformStatus(input: $i) { status { id } userErrors { code } } }`,
    {
      i: {
        provinceCode: "PV26",
        provenance: { ownStatement: true },
        platformSlug: "x",
        validFrom: "2026-01-01",
        reason: "Test record: a date that may lie more than a year from today needs a reason.",
        status: "LEFT",
      },
    },
    overijssel,
  );
  expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  expect(await cellX()).toEqual(before);
});

it("a province's first record on a platform creates the presence (UNKNOWN before)", async () => {
  const q = `{ statusMatrix(asOf: "2026-06-01", provinces: ["PV23"], platforms: ["mastodon"]) { rows { cells { status } } } }`;
  expect((await server.gql(q)).data!.statusMatrix.rows[0].cells[0].status).toBe("UNKNOWN");
  const res = await server.gql(
    `mutation($i: RecordPlatformStatusInput!) { recordPlatformStatus(input: $i) { status { presence { province { code } platform { slug } } } userErrors { code } } }`,
    {
      i: {
        provinceCode: "pv23",
        provenance: { ownStatement: true },
        platformSlug: "mastodon",
        validFrom: "2026-05-01",
        reason: "Test record: a date that may lie more than a year from today needs a reason.",
        status: "ACTIVE",
      },
    },
    overijssel,
  );
  expect(res.data!.recordPlatformStatus).toEqual({
    status: { presence: { province: { code: "PV23" }, platform: { slug: "mastodon" } } },
    userErrors: [],
  });
  expect((await server.gql(q)).data!.statusMatrix.rows[0].cells[0].status).toBe("ACTIVE");
});

describe("an assessment's life: DRAFT → PUBLISHED → WITHDRAWN", () => {
  let id: string;
  const visibleTo = async (headers: Record<string, string>) => {
    const res = await server.gql(
      `query($id: ID!) { node(id: $id) { id ... on Assessment { state } } }`,
      { id },
      headers,
    );
    return res.data!.node?.state ?? null;
  };
  const valueCell = async () => {
    const res = await server.gql(
      `{ valueMatrix(asOf: "2026-12-31", provinces: ["PV23"], values: ["privacy"]) { rows { cells { impact } } } }`,
    );
    return res.data!.valueMatrix.rows[0].cells[0].impact;
  };

  it("a new assessment is a DRAFT, visible to its editors, IPO and admins, not to others", async () => {
    const res = await server.gql(
      `mutation($i: CreateAssessmentInput!) { createAssessment(input: $i) { assessment { id state publishedAt province { code } disciplines } userErrors { code } } }`,
      {
        i: {
          provinceCode: "PV23",
          provenance: { ownStatement: true },
          heldOn: "2026-02-01",
          method: "Waardengedreven gesprek (CODIO)",
          disciplines: ["privacy", "communicatie"],
        },
      },
      overijssel,
    );
    expect(res.data!.createAssessment).toMatchObject({
      assessment: {
        state: "DRAFT",
        publishedAt: null,
        province: { code: "PV23" },
        disciplines: ["privacy", "communicatie"],
      },
      userErrors: [],
    });
    id = res.data!.createAssessment.assessment.id;
    expect(await visibleTo(overijssel)).toBe("DRAFT");
    expect(await visibleTo(ipo)).toBe("DRAFT");
    expect(await visibleTo(admin)).toBe("DRAFT");
    expect(await visibleTo({})).toBeNull();
    expect(await visibleTo(utrecht)).toBeNull();
  });

  it("ratings can be set while DRAFT; comparisons ignore drafts", async () => {
    const res = await server.gql(
      `mutation($i: SetValueRatingsInput!) { setValueRatings(input: $i) { assessment { ratings { value { slug } impact rationale } } userErrors { code } } }`,
      {
        i: {
          assessmentId: id,
          provenance: { ownStatement: true },
          ratings: [
            { valueSlug: "privacy", impact: "HIGH", rationale: "Datadeling" },
            { valueSlug: "transparantie", impact: "NONE" },
          ],
        },
      },
      overijssel,
    );
    expect(res.data!.setValueRatings).toEqual({
      assessment: {
        ratings: [
          { value: { slug: "transparantie" }, impact: "NONE", rationale: null },
          { value: { slug: "privacy" }, impact: "HIGH", rationale: "Datadeling" },
        ],
      },
      userErrors: [],
    });
    expect(await valueCell()).toBe("UNKNOWN");
  });

  it("publishing makes it public and counted; its ratings are then frozen", async () => {
    const res = await server.gql(
      `mutation($i: AssessmentIdInput!) { publishAssessment(input: $i) { assessment { state publishedAt } userErrors { code } } }`,
      { i: { assessmentId: id } },
      overijssel,
    );
    expect(res.data!.publishAssessment).toEqual({
      assessment: { state: "PUBLISHED", publishedAt: expect.any(String) },
      userErrors: [],
    });
    expect(await visibleTo({})).toBe("PUBLISHED");
    expect(await valueCell()).toBe("HIGH");
    const frozen = await server.gql(
      `mutation($i: SetValueRatingsInput!) { setValueRatings(input: $i) { assessment { id } userErrors { field code } } }`,
      {
        i: {
          assessmentId: id,
          ratings: [{ valueSlug: "privacy", impact: "NONE" }],
          provenance: { ownStatement: true },
        },
      },
      overijssel,
    );
    expect(frozen.data!.setValueRatings).toEqual({
      assessment: null,
      userErrors: [{ field: ["input", "assessmentId"], code: "CONFLICT" }],
    });
    const again = await server.gql(
      `mutation($i: AssessmentIdInput!) { publishAssessment(input: $i) { userErrors { field code } } }`,
      { i: { assessmentId: id } },
      overijssel,
    );
    expect(again.data!.publishAssessment.userErrors).toEqual([{ field: ["input", "assessmentId"], code: "CONFLICT" }]);
  });

  it("withdrawing keeps it readable but takes it out of comparisons", async () => {
    const res = await server.gql(
      `mutation($i: AssessmentIdInput!) { withdrawAssessment(input: $i) { assessment { state withdrawnAt } userErrors { code } } }`,
      { i: { assessmentId: id } },
      admin,
    );
    expect(res.data!.withdrawAssessment).toEqual({
      assessment: { state: "WITHDRAWN", withdrawnAt: expect.any(String) },
      userErrors: [],
    });
    expect(await visibleTo({})).toBe("WITHDRAWN");
    expect(await valueCell()).toBe("UNKNOWN");
  });
});

it("the audit trail pages newest first and filters", async () => {
  const all = await server.gql(`{ auditEvents(first: 100) { totalCount nodes { id action } } }`, {}, admin);
  const total = all.data!.auditEvents.totalCount;
  expect(all.data!.auditEvents.nodes).toHaveLength(total);
  const page1 = await server.gql(
    `{ auditEvents(first: 3) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
    {},
    admin,
  );
  const page2 = await server.gql(
    `query($a: String) { auditEvents(first: 3, after: $a) { nodes { id } } }`,
    { a: page1.data!.auditEvents.pageInfo.endCursor },
    admin,
  );
  expect([
    ...page1.data!.auditEvents.edges.map((e: { node: { id: string } }) => e.node.id),
    ...page2.data!.auditEvents.nodes.map((n: { id: string }) => n.id),
  ]).toEqual(all.data!.auditEvents.nodes.slice(0, 6).map((n: { id: string }) => n.id));
  const lifecycle = await server.gql(
    `{ auditEvents(first: 10, filter: { entityTypes: ["Assessment"] }) { nodes { action } } }`,
    {},
    admin,
  );
  expect(lifecycle.data!.auditEvents.nodes.map((n: { action: string }) => n.action)).toEqual([
    "withdrawAssessment",
    "publishAssessment",
    "setValueRatings",
    "createAssessment",
  ]);
});
