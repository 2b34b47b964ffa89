import { auditServer } from "graphql-http";
import { startTestServer, type TestServer } from "../helpers/test-server";

/**
 * The GraphQL-over-HTTP audits of the `graphql-http` package against the real server. The suite fails on any error
 * ("MUST"); the warnings ("SHOULD") that remain are listed here and explained in docs/operations.md.
 */
const EXPLAINED_WARNINGS = [
  // Apollo Server answers requests it refuses before execution with 400 whatever the Accept header; the spec
  // prefers 200 for `application/json` (legacy) clients. Kept on purpose: see docs/operations.md.
  "SHOULD use 200 status code on document parsing failure when accepting application/json",
  "SHOULD use 200 status code on document validation failure when accepting application/json",
  "SHOULD use a status code of 200 on variable coercion failure when accepting application/json",
];

describe("GraphQL over HTTP (graphql-http auditServer)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_ENABLED: "false" } });
  });
  afterAll(() => server.close());

  // Twice against one server: the second run is answered from the response cache where the first stored answers, and
  // a cached answer must honour `Accept` exactly as an uncached one (content type, 406).
  it.each(["first run (fresh server)", "second run (cache hits)"])(
    "%s: passes every MUST audit; every SHOULD warning is a known, explained one",
    async () => {
      const results = await auditServer({ url: `${server.url}/graphql` });
      const errors = results.filter((r) => r.status === "error");
      const warnings = results.filter((r) => r.status === "warn");
      const report = (list: typeof results) =>
        list.map((r) => `${r.id} ${r.name}: ${"reason" in r ? r.reason : ""}`).join("\n");
      if (errors.length || warnings.length !== EXPLAINED_WARNINGS.length)
        console.log(`errors:\n${report(errors)}\nwarnings:\n${report(warnings)}`);
      expect(errors.map((r) => r.name)).toEqual([]);
      expect(warnings.map((r) => r.name).sort()).toEqual([...EXPLAINED_WARNINGS].sort());
      expect(results.filter((r) => r.status === "ok").length).toBeGreaterThan(30);
    },
  );
});
