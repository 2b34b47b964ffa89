import { startTestServer, type TestServer } from "../helpers/test-server";
import { issueToken } from "../helpers/writes";
import { Role } from "../../src/schema/enums";

/** PUBLIC_READ=false: anonymous callers are refused with UNAUTHENTICATED (HTTP 401); any valid token reads. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { PUBLIC_READ: "false" } });
});
afterAll(() => server.close());

it("refuses an anonymous read", async () => {
  const res = await server.gql(`{ provinces { code } }`);
  expect(res.status).toBe(401);
  expect(res.data).toBeUndefined();
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
});

it("lets every role read", async () => {
  for (const role of [Role.IPO_ANALYST, Role.ETHICS_COMMITTEE, Role.ADMIN]) {
    const res = await server.gql(`{ province(code: "PV23") { code } }`, {}, await issueToken(server.dataSource, role, `reader ${role}`));
    expect(res.data).toEqual({ province: { code: "PV23" } });
  }
  const editor = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Redactie Utrecht", "PV26");
  expect((await server.gql(`{ province(code: "PV23") { code } }`, {}, editor)).data).toEqual({ province: { code: "PV23" } });
});
