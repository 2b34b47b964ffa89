import { buildAppSchema } from "../../src/api/schema";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { parse, validate } from "graphql";
import { startTestServer, type TestServer } from "../helpers/test-server";

/** A query whose deepest field sits at `depth` (provinces → presences → province → presences → ...). */
function nested(depth: number): string {
  const path = ["provinces"];
  while (path.length < depth - 1) path.push(path.length % 2 === 1 ? "presences" : "province");
  return `{ ${path.map((f) => `${f} {`).join(" ")} id ${"}".repeat(depth - 1)} }`;
}
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: platforms { slug }`).join(" ")} }`;
const directives = (n: number) =>
  `{ platforms { ${Array.from({ length: n }, (_, i) => `s${i}: slug @include(if: true)`).join(" ")} } }`;
/** A cheap query of exactly `n` tokens: 12 punctuators and names, and n - 12 strings in a list argument. */
const tokens = (n: number) => `{ enumLabels(enums: [${'"Role" '.repeat(n - 12)}]) { __typename } }`;

async function costOf(query: string): Promise<number> {
  const schema = await buildAppSchema();
  const [error] = validate(schema, parse(query), [
    costLimitRule({ maxCost: 0, propagateOnRejection: false, onReject: [(ctx, e) => ctx?.reportError(e)] }),
  ]);
  return Number(/found (\d+(?:\.\d+)?)/.exec(error.message)?.[1]);
}

describe("query limits (small limits configured)", () => {
  let server: TestServer;
  const cheap = "{ provinces { code presences { platform { slug } status { status } } } }";
  const dear = "{ provinces { code presences { platform { slug name } status { status } } } }";
  let cheapCost: number;

  beforeAll(async () => {
    cheapCost = await costOf(cheap);
    server = await startTestServer({
      env: {
        MAX_DEPTH: "5",
        MAX_ALIASES: "4",
        MAX_DIRECTIVES: "3",
        MAX_TOKENS: "60",
        MAX_COST: String(cheapCost),
        BODY_LIMIT: "2kb",
      },
    });
  });
  afterAll(() => server.close());

  const refused = async (query: string, limit: string, max: number, found?: number) => {
    const res = await server.gql(query);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    // Every limit exceeded is reported (a deep query may also be too dear); find this one.
    const error = res.errors!.find((e) => e.extensions?.limit === limit);
    expect(error?.extensions).toMatchObject({
      code: "GRAPHQL_VALIDATION_FAILED",
      limit,
      max,
      ...(found ? { found } : {}),
    });
    expect(error?.message).toContain(`${max} exceeded`);
    if (found) expect(error?.message).toContain(`found ${found}`);
    // Refused before any resolver ran: not one SQL statement.
    expect(res.extensions?.sqlStatements).toBe(0);
  };

  it("depth: 5 passes, 6 is refused naming the limit and the depth found", async () => {
    const ok = await server.gql(nested(5));
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.provinces).toHaveLength(12);
    await refused(nested(6), "maxDepth", 5, 6);
  });

  it("depth counts fields, not fragments: 5 levels through fragment spreads and an inline fragment pass, 6 do not", async () => {
    const viaFragments = (depth: number) => {
      // provinces → presences → province → presences (→ province) → id, one fragment per level.
      const fields = ["provinces", "presences", "province", "presences", "province"].slice(0, depth - 1);
      const types = ["Province", "Presence", "Province", "Presence", "Province"];
      const defs = fields
        .slice(1)
        .map((f, i) => `fragment F${i} on ${types[i]} { ${f} { ${i === fields.length - 2 ? "id" : `...F${i + 1}`} } }`);
      return `{ ${fields[0]} { ... on Province { ...F0 } } } ${defs.join(" ")}`;
    };
    const ok = await server.gql(viaFragments(5));
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.provinces).toHaveLength(12);
    await refused(viaFragments(6), "maxDepth", 5, 6);
  });

  it("aliases: 4 pass, 5 are refused; `__typename` aliases count too", async () => {
    expect((await server.gql(aliases(4))).errors).toBeUndefined();
    await refused(aliases(5), "maxAliases", 4, 5);
    await refused(`{ ${Array.from({ length: 5 }, (_, i) => `t${i}: __typename`).join(" ")} }`, "maxAliases", 4, 5);
  });

  it("directives: 3 pass, 4 are refused", async () => {
    const ok = await server.gql(directives(3));
    expect(ok.errors).toBeUndefined();
    await refused(directives(4), "maxDirectives", 3, 4);
  });

  it("cost: the limit passes, one field more is refused with the cost found", async () => {
    expect((await server.gql(cheap)).errors).toBeUndefined();
    const dearCost = await costOf(dear);
    expect(dearCost).toBeGreaterThan(cheapCost);
    await refused(dear, "maxCost", cheapCost, dearCost);
  });

  it("tokens: 60 pass, 61 stop the parser", async () => {
    const ok = await server.gql(tokens(60));
    expect(ok.errors).toBeUndefined();
    const res = await server.gql(tokens(61));
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(res.errors![0].message).toBe("Token limit of 60 exceeded, found more than 60: parsing stopped.");
    expect(res.errors![0].extensions).toMatchObject({ limit: "maxTokens", max: 60 });
  });

  it("connection size: first 1 and 100 pass; 0, -1 and 101 are refused as BAD_USER_INPUT", async () => {
    for (const first of [1, 100]) {
      const res = await server.gql("query($first: Int!) { assessments(first: $first) { totalCount } }", { first });
      expect(res.errors).toBeUndefined();
    }
    for (const first of [0, -1, 101]) {
      const res = await server.gql("query($first: Int!) { assessments(first: $first) { totalCount } }", { first });
      expect(res.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(res.extensions?.sqlStatements).toBe(0);
    }
  });

  it("body size: just under 2 kB passes, just over is 413 PAYLOAD_TOO_LARGE", async () => {
    const post = (bodySize: number) => {
      const base = JSON.stringify({ query: "{ platforms { slug } }#" });
      const body = JSON.stringify({ query: `{ platforms { slug } }#${"x".repeat(bodySize - base.length)}` });
      expect(body.length).toBe(bodySize);
      return fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
    };
    expect((await post(2048)).status).toBe(200);
    const res = await post(2049);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE", limit: 2048, found: 2049 } }],
    });
  });

  it("batches (a JSON array of operations) are refused with 400", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ platforms { slug } }" }, { query: "{ values { slug } }" }]),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(body.errors[0].message).toMatch(/Batched operations/);
  });
});

describe("query limits (defaults)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ reset: false });
  });
  afterAll(() => server.close());

  it("depth 10 and 15 aliases pass; depth 11 and 16 aliases are refused", async () => {
    expect((await server.gql(nested(10))).errors).toBeUndefined();
    expect((await server.gql(nested(11))).errors![0].extensions).toMatchObject({
      limit: "maxDepth",
      max: 10,
      found: 11,
    });
    expect((await server.gql(aliases(15))).errors).toBeUndefined();
    expect((await server.gql(aliases(16))).errors![0].extensions).toMatchObject({
      limit: "maxAliases",
      max: 15,
      found: 16,
    });
  });

  it("a thousand aliases are refused before any resolver runs", async () => {
    const res = await server.gql(
      `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: provinces { code }`).join(" ")} }`,
    );
    expect(res.status).toBe(400);
    expect(res.extensions?.sqlStatements).toBe(0);
  });

  it("graphql-js's own validation limits are named too", async () => {
    const manyErrors = await server.gql(`{ ${Array.from({ length: 150 }, (_, i) => `nope${i}`).join(" ")} }`);
    expect(manyErrors.status).toBe(400);
    expect(manyErrors.errors!.at(-1)).toMatchObject({
      message: "More than 100 validation errors: validation stopped. Fix the first ones and send the operation again.",
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "maxValidationErrors", max: 100 },
    });
    const repeated = await server.gql(`{ ${Array.from({ length: 1500 }, () => "__typename").join(" ")} }`);
    expect(repeated.status).toBe(400);
    expect(repeated.errors).toEqual([
      expect.objectContaining({ extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "validationWork" } }),
    ]);
    expect(repeated.extensions?.sqlStatements).toBe(0);
  });

  it("the introspection query that explorers send fits the limits", async () => {
    const { getIntrospectionQuery } = await import("graphql");
    const res = await server.gql(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    expect(res.data!.__schema.types.length).toBeGreaterThan(20);
  });
});
