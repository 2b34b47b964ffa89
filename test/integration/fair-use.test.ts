import { startTestServer, type TestServer } from "../helpers/test-server";
import { generateDataSet } from "../../seeds/generate";

/** Fifteen aliased full histories, each a separate statement (a different `first` defeats the loaders' cache). */
const attack = `{ ${Array.from(
  { length: 15 },
  (_, i) => `a${i}: provinces { presences { history(first: ${100 - i}) { id validFrom status recordedAt } } }`,
).join(" ")} }`;

describe("fair use of the database (generated data set)", () => {
  let server: TestServer;

  beforeAll(async () => {
    // A cost limit high enough to let the attack run: what is tested here is the pool share, not the cost limit.
    server = await startTestServer({ env: { MAX_COST: "100000000", DB_CONNECTIONS_PER_REQUEST: "2" } });
    await generateDataSet(server.dataSource, { bodies: 40 });
  });
  afterAll(() => server.close());

  it("a 15-alias full-history request leaves another client's read answered and /ready green", async () => {
    const attacking = server.gql(attack);
    const [read, ready] = await Promise.all([
      server.gql(`{ province(code: "PV26") { name } }`),
      fetch(`${server.url}/ready`),
    ]);
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ province: { name: "Utrecht" } });
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
    const attacked = await attacking;
    expect(attacked.errors).toBeUndefined();
    expect(attacked.data!.a0.length).toBeGreaterThan(12);
  });

  it("under the default cost limit the same request is refused before any SQL: history is paid by its size", async () => {
    const strict = await startTestServer({ reset: false });
    try {
      const res = await strict.gql(attack);
      expect(res.status).toBe(400);
      expect(res.errors![0].extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", limit: "maxCost" });
      expect(res.extensions?.sqlStatements).toBe(0);
      const one = await strict.gql(`{ provinces { presences { history(first: 5) { id } } } }`);
      expect(one.errors).toBeUndefined();
    } finally {
      await strict.close();
    }
  });

  it("history and followerCounts answer the newest `first` entries, 1 to 100", async () => {
    const res = await server.gql(
      `{ province(code: "PV26") { presences { history(first: 2) { validFrom recordedAt } followerCounts(first: 1) { measuredOn } } } }`,
    );
    expect(res.errors).toBeUndefined();
    for (const presence of res.data!.province.presences) {
      expect(presence.history.length).toBeLessThanOrEqual(2);
      expect(presence.followerCounts.length).toBeLessThanOrEqual(1);
    }
    const refused = await server.gql(`{ provinces { presences { history(first: 101) { id } } } }`);
    expect(refused.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("a list argument longer than MAX_LIST_ITEMS is refused with 400 naming the limit", async () => {
    const res = await server.gql(`query($e: [String!]) { enumLabels(enums: $e) { value } }`, {
      e: Array.from({ length: 201 }, () => "Role"),
    });
    expect(res.status).toBe(400);
    expect(res.errors![0]).toMatchObject({
      message: "A list argument holds 201 values; at most 200 are accepted.",
      extensions: { code: "BAD_USER_INPUT", limit: "maxListItems", max: 200, found: 201 },
    });
    const repeated = await server.gql(`{ enumLabels(enums: ["Role", "Role", "Role"]) { value } }`);
    expect(repeated.data!.enumLabels).toHaveLength(4);
  });
});
