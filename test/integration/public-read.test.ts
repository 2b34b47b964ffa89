import { startTestServer, type TestServer } from "../helpers/test-server";
import { issueToken } from "../helpers/writes";
import { Role } from "../../src/domain/enums";

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
    const res = await server.gql(
      `{ province(code: "PV23") { code } }`,
      {},
      await issueToken(server.dataSource, role, `reader ${role}`),
    );
    expect(res.data).toEqual({ province: { code: "PV23" } });
  }
  const editor = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Redactie Utrecht", "PV26");
  expect((await server.gql(`{ province(code: "PV23") { code } }`, {}, editor)).data).toEqual({
    province: { code: "PV23" },
  });
});

it("applies to the CSV exports too: anonymous and unknown tokens get 401, a valid token the file", async () => {
  const url = `${server.url}/export/status-matrix.csv?asOf=2025-07-01&provinces=PV23&platforms=x`;
  const anonymous = await fetch(url);
  expect(anonymous.status).toBe(401);
  expect(await anonymous.json()).toEqual({
    error: { code: "UNAUTHENTICATED", message: "This service requires a token: send `Authorization: Bearer <token>`." },
  });
  expect((await fetch(url, { headers: { authorization: "Bearer smc_nottherightone" } })).status).toBe(401);
  const ok = await fetch(url, { headers: await issueToken(server.dataSource, Role.IPO_ANALYST, "csv reader") });
  expect(ok.status).toBe(200);
  expect((await ok.text()).split("\r\n")[1]).toMatch(/^"PV23",/);
});
