import fc from "fast-check";
import {
  getNamedType,
  isInputObjectType,
  isEnumType,
  isInterfaceType,
  isScalarType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { buildAppSchema } from "../../src/api/schema";
import { startTestServer, type TestServer } from "../helpers/test-server";

/**
 * Property: whatever a client sends as arguments — wrong types, malformed dates and ids, NUL characters, huge
 * numbers, deep junk objects — the answer is a client error, never INTERNAL_SERVER_ERROR and never HTTP 500.
 * Every argument of every Query and Mutation field, and of fields one level down (e.g. Presence.status(asOf)).
 */
const nasty = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "'; DROP TABLE province; --",
  "%",
  "_",
  "\\",
  "🦆",
  "\uD800",
  "null",
  "undefined",
  "2025-02-30",
  "2025-13-01",
  "0000-00-00",
  "99999-01-01",
  "-2025-01-01",
  "2025-07-01T25:00:00Z",
  "2025-07-01T00:00:00",
  "1e309",
  "NaN",
  "Infinity",
  "PV99",
  "pv26",
  "PV26 ",
  "UTRECHT",
  "x".repeat(10_000),
  "UHJvdmluY2U6MQ",
  "Tm9kZTo6Ojo=",
  "eyJ4IjoxfQ",
  "WyJ4Il0",
  "W10",
  "bnVsbA",
  "WzEsMiwzXQ",
);
const junk: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    nasty,
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.integer(),
    fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, -0.5, 3.14),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom("provinces", "states", "heldFrom", "heldTo", "level", "x", "__proto__"),
      tie("value"),
      { maxKeys: 3 },
    ),
  ),
})).value;

/** Values of the right JSON type but odd content, so that they pass coercion and reach the resolvers. */
function oddScalar(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case "Int":
    case "Float":
      return fc.constantFrom(0, -1, 1, 100, 101, 2 ** 31 - 1, -(2 ** 31));
    case "Boolean":
      return fc.boolean();
    default:
      return fc.oneof({ arbitrary: nasty, weight: 4 }, fc.string(), fc.string({ unit: "binary", maxLength: 40 }));
  }
}

/** An invalid-or-odd value for an argument type: mostly well-typed odd values, sometimes junk of any shape. */
function valueFor(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isScalarType(inner) || isEnumType(inner))
    return fc.oneof({ arbitrary: oddScalar(inner.name), weight: 4 }, { arbitrary: junk, weight: 1 });
  if (isListType(inner))
    return fc.oneof(
      { arbitrary: fc.array(valueFor(inner.ofType), { maxLength: 5 }), weight: 4 },
      { arbitrary: junk, weight: 1 },
    );
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const record = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type)])), { requiredKeys: [] });
    return fc.oneof({ arbitrary: record, weight: 4 }, { arbitrary: junk, weight: 1 });
  }
  return junk;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? "{ __typename }" : "";
}

interface Target {
  label: string;
  operation: "query" | "mutation";
  build(values: Record<string, unknown>): { query: string; variables: Record<string, unknown> };
  args: readonly GraphQLArgument[];
}

function targets(schema: Awaited<ReturnType<typeof buildAppSchema>>): Target[] {
  const list: Target[] = [];
  const add = (operation: "query" | "mutation", root: GraphQLObjectType) => {
    for (const field of Object.values(root.getFields())) {
      const variables = (args: readonly GraphQLArgument[]) => args.map((a) => `$${a.name}: ${a.type}`).join(", ");
      const call = (args: readonly GraphQLArgument[]) =>
        args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(", ")})` : "";
      if (field.args.length) {
        list.push({
          label: `${root.name}.${field.name}`,
          operation,
          args: field.args,
          build: (values) => ({
            query: `${operation} T(${variables(field.args)}) { ${field.name}${call(field.args)} ${selectionFor(field)} }`,
            variables: values,
          }),
        });
      }
      // One level down: fields with arguments on what a query returns (e.g. provinces { presences ... }).
      const named = getNamedType(field.type);
      if (
        operation !== "query" ||
        !isObjectType(named) ||
        field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)
      )
        continue;
      for (const child of Object.values(named.getFields())) {
        if (!child.args.length) continue;
        list.push({
          label: `${root.name}.${field.name}.${child.name}`,
          operation,
          args: child.args,
          build: (values) => ({
            query: `query T(${variables(child.args)}) { ${field.name} { ${child.name}${call(child.args)} ${selectionFor(child)} } }`,
            variables: values,
          }),
        });
      }
    }
  };
  add("query", schema.getQueryType()!);
  const mutation = schema.getMutationType();
  if (mutation) add("mutation", mutation);
  return list;
}

describe("invalid inputs never cause an internal error (fast-check)", () => {
  let server: TestServer;
  let schema: Awaited<ReturnType<typeof buildAppSchema>>;
  beforeAll(async () => {
    schema = await buildAppSchema();
    server = await startTestServer({ env: { RATE_LIMIT_ENABLED: "false" } });
  });
  afterAll(() => server.close());

  it("covers every argument of every query field", () => {
    const covered = new Set(targets(schema).map((t) => t.label));
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      if (field.args.length) expect(covered).toContain(`Query.${field.name}`);
    }
    expect(covered.size).toBeGreaterThan(10);
  });

  it("answers generated invalid arguments with client errors only", async () => {
    for (const target of targets(schema)) {
      const values = fc.record(Object.fromEntries(target.args.map((a) => [a.name, valueFor(a.type)])), {
        requiredKeys: [],
      });
      await fc.assert(
        fc.asyncProperty(values, async (variables) => {
          const { query, variables: vars } = target.build(variables);
          const res = await fetch(`${server.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query, variables: vars }),
          });
          const body = (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
          const codes = (body.errors ?? []).map((e) => e.extensions?.code);
          if (res.status >= 500 || codes.includes("INTERNAL_SERVER_ERROR")) {
            throw new Error(
              `${target.label} → ${res.status} ${JSON.stringify(body.errors)} for ${JSON.stringify(vars).slice(0, 300)}`,
            );
          }
        }),
        { numRuns: 100, seed: Number(process.env.FC_SEED ?? 20250701), endOnFailure: true },
      );
    }
  }, 600_000);
});
