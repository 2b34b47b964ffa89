import { startTestServer, type TestServer } from "../helpers/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("records and global ids", () => {
  it("node(id:) returns any object by its global id; nodes(ids:) keeps order and gives null for unknown ids", async () => {
    const res = await server.gql(`{ province(code: "PV26") { id presences { id platform { id slug } } } }`);
    const utrecht = res.data!.province;
    const x = utrecht.presences.find((p: any) => p.platform.slug === "x");
    const node = await server.gql(`query($id: ID!) { node(id: $id) { __typename id ... on Province { code } } }`, {
      id: utrecht.id,
    });
    expect(node.data!.node).toEqual({ __typename: "Province", id: utrecht.id, code: "PV26" });
    const nodes = await server.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Presence { platform { slug } } ... on Platform { slug } } }`,
      {
        ids: [
          x.id,
          "bm9wZQ",
          x.platform.id,
          Buffer.from("Province:999999").toString("base64url"),
          Buffer.from("Province:9999999999").toString("base64url"),
        ],
      },
    );
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data!.nodes).toEqual([
      { __typename: "Presence", platform: { slug: "x" } },
      null,
      { __typename: "Platform", slug: "x" },
      null,
      null,
    ]);
  });

  it("nodes(ids:) refuses more than 100 ids", async () => {
    const res = await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: Array.from({ length: 101 }, () => "x"),
    });
    expect(res.errors![0]).toMatchObject({
      message: "`nodes` takes at most 100 ids; got 101.",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("Presence.history lists every snapshot, newest first, with its recorded time and source", async () => {
    const res = await server.gql(
      `{ province(code: "PV23") { presences { history { status validFrom recordedBy recordedAt source { title publisher } } } } }`,
    );
    const [snapshot] = res.data!.province.presences[0].history;
    expect(snapshot).toMatchObject({
      status: "INACTIVE",
      validFrom: "2025-06-01",
      recordedBy: "seed",
      source: { publisher: "Provincie Utrecht, Corporate Communicatie" },
    });
    expect(snapshot.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(res.data!.province.presences[0].history).toHaveLength(1);
  });

  it("assessments is a Relay connection with totalCount, cursors and ratings", async () => {
    const res = await server.gql(
      `{ assessments(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { province { code } state disciplines ratings { value { slug } impact } } } } }`,
    );
    const conn = res.data!.assessments;
    expect(conn.totalCount).toBe(1);
    expect(conn.pageInfo.hasNextPage).toBe(false);
    expect(conn.edges[0].node.province.code).toBe("PV26");
    expect(conn.edges[0].node.disciplines).toHaveLength(9);
    expect(conn.edges[0].node.ratings).toHaveLength(8);
    const next = await server.gql(
      `query($after: String) { assessments(first: 1, after: $after) { totalCount edges { cursor } } }`,
      { after: conn.pageInfo.endCursor },
    );
    expect(next.data!.assessments).toEqual({ totalCount: 1, edges: [] });
  });

  it("first must be 1..100 and after a real cursor", async () => {
    for (const first of [0, 101, -1]) {
      const res = await server.gql(`query($first: Int!) { assessments(first: $first) { totalCount } }`, { first });
      expect(res.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    }
    const bad = await server.gql(`{ assessments(after: "nonsense") { totalCount } }`);
    expect(bad.errors![0]).toMatchObject({
      message: "`after` is not a cursor of this list.",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("developments keep what the memo says without inventing names", async () => {
    const res = await server.gql(`{ developments { slug occurredOn provincesInvolved { code } } }`);
    expect(res.data!.developments).toEqual([
      { slug: "overijssel-stops-x", occurredOn: "2025-06-01", provincesInvolved: [{ code: "PV23" }] },
      { slug: "ipo-ethics-committee-raised", occurredOn: null, provincesInvolved: [] },
      { slug: "provinces-switch-off-replies-on-x", occurredOn: null, provincesInvolved: [] },
      { slug: "no-national-advice-on-platforms", occurredOn: null, provincesInvolved: [] },
      { slug: "national-working-group-digital-autonomy", occurredOn: null, provincesInvolved: [{ code: "PV26" }] },
      { slug: "utrecht-x-followers-and-use", occurredOn: null, provincesInvolved: [{ code: "PV26" }] },
      { slug: "memo-x-possibly-fails-dsa", occurredOn: null, provincesInvolved: [] },
      { slug: "memo-werkagenda-alternative-social-media", occurredOn: null, provincesInvolved: [] },
    ]);
  });

  it("enumLabels gives the Dutch label of every value", async () => {
    const res = await server.gql(`{ enumLabels(enums: ["Impact"]) { value label } }`);
    expect(res.data!.enumLabels).toEqual([
      { value: "NONE", label: "Geen" },
      { value: "MODERATE", label: "Matig" },
      { value: "HIGH", label: "Veel" },
    ]);
  });

  it("keys are forgiving where that is safe: official names, upper-case slugs", async () => {
    expect((await server.gql(`{ province(code: "Fryslân") { code } }`)).data).toEqual({ province: { code: "PV21" } });
    expect((await server.gql(`{ province(code: "pv26") { code } }`)).data).toEqual({ province: { code: "PV26" } });
    const res = await server.gql(
      `{ statusMatrix(asOf: "2025-07-01", provinces: ["PV23"], platforms: ["X"]) { rows { cells { platform { slug } status } } } }`,
    );
    expect(res.data!.statusMatrix.rows).toEqual([{ cells: [{ platform: { slug: "x" }, status: "INACTIVE" }] }]);
  });

  it("unknown keys are refused, never silently empty", async () => {
    const frameworks = await server.gql(`{ frameworks(filter: { platform: "myspace" }) { slug } }`);
    expect(frameworks.errors![0]).toMatchObject({
      message: 'Unknown platform slug (e.g. x) in `filter.platform`: "myspace".',
      extensions: { code: "BAD_USER_INPUT" },
    });
    const tiktok = await server.gql(`{ frameworks(filter: { platform: "TikTok" }) { slug } }`);
    // The Rijksoverheid release names no app, so only the DSA (TikTok is a designated VLOP) concerns TikTok.
    expect(tiktok.data!.frameworks.map((f: any) => f.slug)).toEqual(["dsa"]);
    const labels = await server.gql(`{ enumLabels(enums: ["Nope"]) { value } }`);
    expect(labels.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "enums" });
  });

  it("argument errors say what is wrong, without stack traces or echoed objects", async () => {
    const page = await server.gql(`{ assessments(first: 101) { totalCount } }`);
    expect(page.errors).toEqual([
      expect.objectContaining({
        message: "Invalid argument: `first`: first must not be greater than 100.",
        extensions: {
          code: "BAD_USER_INPUT",
          validationErrors: [{ path: ["first"], constraints: ["first must not be greater than 100"] }],
        },
      }),
    ]);
    const date = await server.gql(`{ statusMatrix(asOf: "2025-02-30") { asOf } }`);
    expect(date.errors![0].message).toBe("Value is not a valid Date (YYYY-MM-DD): 2025-02-30");
    expect(date.errors![0].extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
    // Year 0000 is ISO 8601, but no calendar year: refused by the scalar, in a literal and in a variable.
    const yearZero = await server.gql(`{ statusMatrix(asOf: "0000-01-01") { asOf } }`);
    expect(yearZero.errors![0].message).toBe(
      'Date (YYYY-MM-DD) cannot represent "0000-01-01": there is no year 0000 (the first is 0001).',
    );
    const yearZeroVariable = await server.gql(`query($d: Date) { statusMatrix(asOf: $d) { asOf } }`, {
      d: "0000-06-01",
    });
    expect(yearZeroVariable.status).toBe(400);
    expect(yearZeroVariable.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(yearZeroVariable.errors![0].message).toContain("there is no year 0000");
    expect((await server.gql(`{ statusMatrix(asOf: "0001-01-01") { asOf } }`)).data!.statusMatrix.asOf).toBe(
      "0001-01-01",
    );
    const unknown = await server.gql(`{ statusMatrix(provinces: ["PV99"]) { asOf } }`);
    expect(Object.keys(unknown.errors![0].extensions!).sort()).toEqual(["argument", "code", "unknown"]);
  });
});
