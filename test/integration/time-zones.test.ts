import { startTestServer, type TestServer } from "../helpers/test-server";

/** Calendar dates are dates: `2025-06-01` stays `2025-06-01` whatever the process time zone. */
let server: TestServer;
const originalTz = process.env.TZ;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  process.env.TZ = originalTz;
  await server.close();
});

describe.each(["Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Amsterdam", "UTC"])("in time zone %s", (tz) => {
  it("validFrom and asOf boundaries are calendar dates", async () => {
    process.env.TZ = tz;
    const query = `query($asOf: Date) { statusMatrix(asOf: $asOf, provinces: ["PV23"], platforms: ["x"]) { asOf rows { cells { status validFrom } } } }`;
    const on = await server.gql(query, { asOf: "2025-06-01" });
    expect(on.data!.statusMatrix).toEqual({
      asOf: "2025-06-01",
      rows: [{ cells: [{ status: "INACTIVE", validFrom: "2025-06-01" }] }],
    });
    const before = await server.gql(query, { asOf: "2025-05-31" });
    expect(before.data!.statusMatrix.rows[0].cells[0]).toEqual({ status: "UNKNOWN", validFrom: null });
    const raw = await server.dataSource.query(`SELECT valid_from FROM platform_status WHERE valid_from = '2025-06-01'`);
    expect(raw).toEqual([{ valid_from: "2025-06-01" }]);
  });
});

describe("invalid dates", () => {
  it("an impossible date is refused with a clear error", async () => {
    const res = await server.gql(`{ statusMatrix(asOf: "2025-02-30") { asOf } }`);
    expect(res.data).toBeUndefined();
    expect(res.errors![0].extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors![0].message).toMatch(/2025-02-30/);
  });

  it("an unknown province is refused, naming it", async () => {
    const res = await server.gql(`{ statusMatrix(provinces: ["PV26", "PV99"]) { asOf } }`);
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: 'Unknown province code (e.g. PV26) or slug in `provinces`: "PV99".',
        extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }),
      }),
    ]);
  });
});
