import { startTestServer, type GraphQLResponse, type TestServer } from "../helpers/test-server";
import { AS_OF, GRAPHQL_OPERATION } from "../../bench/question";

/**
 * The compiled executor (src/api/executor.ts, graphql-jit behind Apollo's executor seam) answers exactly what
 * graphql-js answers: each operation is asked twice of the same server, compiled and with the executor switched to
 * graphql-js, and must give the same HTTP status, data, errors (request ids aside) and statement count.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { RESPONSE_CACHE: "off" } });
}, 120_000);
afterAll(() => server?.close());

async function both(query: string, variables?: Record<string, unknown>) {
  const executor = server.app.executor!;
  const a = await server.gql(query, variables);
  const pathA = executor.lastPath;
  executor.compiling = false;
  try {
    const b = await server.gql(query, variables);
    expect(executor.lastPath).toBe("graphql-js");
    return { a, b, pathA };
  } finally {
    executor.compiling = true;
  }
}

/** The answer without what differs per request. */
function comparable(res: GraphQLResponse) {
  return {
    status: res.status,
    data: res.data,
    errors: res.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: undefined } })),
    sqlStatements: res.extensions?.sqlStatements,
  };
}

const CASES: Array<[string, string, Record<string, unknown>?]> = [
  ["the benchmark's question (status matrix with ratings)", GRAPHQL_OPERATION, { asOf: AS_OF }],
  ["the same on the memo's date", GRAPHQL_OPERATION, { asOf: "2025-07-01" }],
  [
    "status matrix, scoped and filtered, with labels and sources",
    `{ statusMatrix(asOf: "2025-07-01", provinces: ["PV23", "utrecht"], platforms: ["x", "tiktok"], statuses: [INACTIVE]) {
        asOf statuses platforms { slug } rows { province { code name } cells { platform { slug } status statusLabel matches validFrom purposes snapshot { id recordedAt source { title } } } } } }`,
  ],
  [
    "value matrix with assessments",
    `{ valueMatrix(asOf: "2025-07-01", provinces: ["utrecht"]) { asOf rows { province { name } cells { value { name slug } impact impactLabel assessment { heldOn } } } } }`,
  ],
  [
    "summaries",
    `{ platformSummary(asOf: "2025-07-01") { provinceCount rows { platform { slug } active inactive unknown counts { status statusLabel count } } }
       valueSummary(asOf: "2025-07-01") { provinceCount rows { value { slug } none moderate high unknown ratedCount divergence } } }`,
  ],
  [
    "framework matrix and changes",
    `{ frameworkMatrix(asOf: "2025-07-01") { rows { province { code } cells { framework { slug } stance } } }
       changesBetween(from: "2025-03-01", to: "2025-07-01") { changes { province { code } platform { slug } before { status } after { status validFrom } } } }`,
  ],
  [
    "presences with history and follower counts",
    `{ provinces { code presences { id platform { slug } history(first: 3) { status validFrom recordedAt source { title publisher } } followerCounts(first: 2) { count } } } }`,
  ],
  [
    "node and nodes through the interface, with __typename",
    `{ a: node(id: "bm9wZQ") { id } b: nodes(ids: ["bm9wZQ"]) { __typename id } __typename }`,
  ],
  [
    "objects through the Node interface (resolveType), with inline fragments",
    `{ nodes(ids: ["UHJvdmluY2U6MQ", "UHJvdmluY2U6Nw", "bm9wZQ"]) { __typename id ... on Province { code name } ... on Platform { slug } } }`,
  ],
  [
    "a value the database refuses (NUL): BAD_USER_INPUT",
    `{ statusMatrix(provinces: ["PV26 ", "a\\u0000b"]) { asOf } }`,
  ],
  ["an unknown key (BAD_USER_INPUT from a resolver)", `{ statusMatrix(provinces: ["nope"]) { asOf } }`],
  [
    "a resolver's error on one field, data for the others",
    `{ provinces { code } frameworkMatrix(frameworks: ["dsa", "nope"]) { asOf } }`,
  ],
  [
    "changesBetween with from after to",
    `query($from: Date!, $to: Date!) { changesBetween(from: $from, to: $to) { changes { province { code } } } }`,
    { from: "2025-07-02", to: "2025-07-01" },
  ],
  [
    "a variable that does not coerce",
    `query($asOf: Date!) { statusMatrix(asOf: $asOf) { asOf } }`,
    { asOf: "31-12-2025" },
  ],
  ["a missing required variable", `query($asOf: Date!) { statusMatrix(asOf: $asOf) { asOf } }`, {}],
  ["an argument out of range (class-validator)", `{ provinces { presences { history(first: 0) { status } } } }`],
  ["introspection", `{ __schema { queryType { name } } __type(name: "StatusCell") { fields { name } } }`],
];

describe("the compiled executor answers as graphql-js does", () => {
  // Rest parameters: a test function with a third parameter would be taken for a `done` callback.
  it.each(CASES)("%s", async (...[, query, variables]) => {
    const { a, b, pathA } = await both(query, variables);
    expect(comparable(a)).toEqual(comparable(b));
    // Each case gets past validation (a typo would make both answers the same refusal and prove nothing).
    expect(a.errors?.map((e) => e.extensions?.code) ?? []).not.toContain("GRAPHQL_VALIDATION_FAILED");
    if (a.data !== undefined) expect(pathA).toBe("compiled");
  });

  it("runs operations compiled, once per operation text and name", async () => {
    const executor = server.app.executor!;
    expect(executor).toBeDefined();
    const query = `query Compiled { provinces { code } }`;
    const before = executor.size;
    const first = await server.gql(query);
    expect(executor.lastPath).toBe("compiled");
    expect(executor.size).toBe(before + 1);
    const second = await server.gql(query);
    expect(executor.size).toBe(before + 1);
    expect(second.data).toEqual(first.data);
    expect(first.data!.provinces).toHaveLength(12);
  });

  it("answers an error-free query outside Apollo's gateway seam, and one with errors through it, run once", async () => {
    // The seam builds a per-request object that made V8 promote each request's objects (src/api/executor.ts).
    const executor = server.app.executor!;
    const seam = jest.spyOn(executor, "execute");
    try {
      const ok = await server.gql(GRAPHQL_OPERATION, { asOf: AS_OF });
      expect(ok.errors).toBeUndefined();
      expect(executor.lastPath).toBe("compiled");
      expect(seam).not.toHaveBeenCalled();
      const partial = await server.gql(`{ provinces { code } frameworkMatrix(frameworks: ["dsa", "nope"]) { asOf } }`);
      expect(partial.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
      expect(partial.data).toBeNull();
      expect(seam).toHaveBeenCalledTimes(1);
      expect(executor.lastPath).toBe("compiled");
    } finally {
      seam.mockRestore();
    }
  });

  it("refuses an operation name the document does not have, as graphql-js does (HTTP 400)", async () => {
    const post = async () => {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "query A { platforms { slug } }", operationName: "B" }),
      });
      const body = (await res.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      return { status: res.status, messages: body.errors?.map((e) => [e.message, e.extensions?.code]) };
    };
    const a = await post();
    const executor = server.app.executor!;
    executor.compiling = false;
    try {
      expect(a).toEqual(await post());
    } finally {
      executor.compiling = true;
    }
    expect(a).toEqual({ status: 400, messages: [['Unknown operation named "B".', "OPERATION_RESOLUTION_FAILURE"]] });
  });

  it("words variable errors as graphql-js does (HTTP 400, no data)", async () => {
    const res = await server.gql(`query($asOf: Date!) { statusMatrix(asOf: $asOf) { asOf } }`, {});
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors![0].message).toBe('Variable "$asOf" of required type "Date!" was not provided.');
    expect(server.app.executor!.lastPath).toBe("graphql-js");
  });
});
