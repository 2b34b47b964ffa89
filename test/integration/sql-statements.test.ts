import { generateDataSet } from "../../seeds/generate";
import { startTestServer, type TestServer } from "../helpers/test-server";

/**
 * No N+1: nested fields read through per-request DataLoaders and comparisons are set-based, so the number of SQL
 * statements of a request does not grow with the number of provinces in scope or the size of the data.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const NESTED = `query($codes: [String!]) { provinces(codes: $codes) { code presences { platform { name } status { status } history { validFrom } } } }`;
const MATRIX = `query($codes: [String!]) { statusMatrix(asOf: "2025-07-01", provinces: $codes) { rows { province { name } cells { platform { slug } status source { title } snapshot { presence { id } } } } } }`;
const VALUES = `query($codes: [String!]) { valueMatrix(asOf: "2025-07-01", provinces: $codes) { rows { province { name } cells { value { slug } impact assessment { heldOn } } } } }`;

async function statements(query: string, codes: string[] | null): Promise<number> {
  const res = await server.gql(query, { codes });
  expect(res.errors).toBeUndefined();
  return res.extensions!.sqlStatements!;
}

describe("SQL statements per request", () => {
  it("provinces { presences { platform status history } }: 5, for 1 province as for 12", async () => {
    expect(await statements(NESTED, ["PV26"])).toBe(5);
    expect(await statements(NESTED, null)).toBe(5);
  });

  it("statusMatrix: 5, for 1 province as for 12", async () => {
    expect(await statements(MATRIX, ["PV26"])).toBe(5);
    expect(await statements(MATRIX, null)).toBe(5);
  });

  it("valueMatrix: 3, for 1 province as for 12", async () => {
    expect(await statements(VALUES, ["PV26"])).toBe(3);
    expect(await statements(VALUES, null)).toBe(3);
  });

  it("the same counts on a generated data set of 400 bodies x 10 platforms x 10 snapshots", async () => {
    const counts = await generateDataSet(server.dataSource, { bodies: 400 });
    expect(counts).toEqual({ bodies: 388, presences: 3880, snapshots: 38800, ratings: 3880 });
    expect(await statements(NESTED, null)).toBe(5);
    expect(await statements(MATRIX, null)).toBe(5);
    expect(await statements(VALUES, null)).toBe(3);
    const res = await server.gql(`{ statusMatrix(asOf: "2025-07-01") { rows { province { code } } } }`);
    expect(res.data!.statusMatrix.rows).toHaveLength(400);
  });
});
