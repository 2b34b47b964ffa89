import { generateDataSet } from "../../seeds/generate";
import type { PoolClient } from "pg";
import { driverPool } from "../../src/db/pool";
import { isEmbedded, startTestServer, type TestServer } from "../helpers/test-server";

/**
 * No N+1: nested fields read through per-request DataLoaders and comparisons are set-based, so the number of SQL
 * statements of a request does not grow with the number of provinces in scope or the size of the data. Every
 * comparison is asked with its nested fields (sources, snapshots, assessments, findings and their platforms) and must
 * stay within 5 statements, with the exact same count on the seeded data and on 400 bodies x 10 platforms x 10 snapshots.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const NESTED = `query($codes: [String!]) { provinces(codes: $codes) { code presences { platform { name } status { status } history { validFrom } } } }`;
const MATRIX = `query($codes: [String!]) { statusMatrix(asOf: "2025-07-01", provinces: $codes) { rows { province { name } cells { platform { slug } status source { title } snapshot { presence { id } } } } } }`;
const MATRIX_FILTERED = `query($codes: [String!]) { statusMatrix(asOf: "2025-07-01", provinces: $codes, platforms: ["x", "tiktok"], statuses: [ACTIVE, INACTIVE]) { rows { province { code } cells { status matches } } } }`;
const VALUES = `query($codes: [String!]) { valueMatrix(asOf: "2025-07-01", provinces: $codes) { rows { province { name } cells { value { slug } impact assessment { heldOn } } } } }`;
const VALUES_ON_X = `query($codes: [String!]) { valueMatrix(asOf: "2025-07-01", provinces: $codes, platform: "x") { rows { cells { impact rating { impactLabel value { slug } } assessment { heldOn } } } } }`;
const PLATFORM_SUMMARY = `query($codes: [String!]) { platformSummary(asOf: "2025-07-01", provinces: $codes) { provinceCount rows { platform { slug } active inactive left notPresent unknown commentsDisabled counts { status count } } } }`;
const VALUE_SUMMARY = `query($codes: [String!]) { valueSummary(asOf: "2025-07-01", provinces: $codes) { rows { value { slug } none moderate high unknown divergence } } }`;
const FRAMEWORKS = `query($codes: [String!]) { frameworkMatrix(asOf: "2025-07-01", provinces: $codes) { frameworks { framework { slug } status findings { stage platform { slug } } } rows { province { code } cells { stance since position { source { title } } } } } }`;
const CRITERIA = `query($codes: [String!]) { exitCriteriaMatrix(asOf: "2025-07-01", provinces: $codes) { rows { province { code } metWhileActive cells { platform { slug } status metWhileActive criteria { state metWhileActive criterion { description source { title } } review { reviewedOn source { title } } } } } } }`;
const CHANGES = `query($codes: [String!]) { changesBetween(from: "2020-01-01", to: "2025-07-01", provinces: $codes) { changes { province { code } platform { slug } before { status source { title } } after { status source { title } } changedBy { presence { id } source { title } } } } }`;
const STATUS_CHANGES = `query($codes: [String!]) { statusChanges(first: 100, filter: { provinces: $codes, includeObservations: true }) { totalCount nodes { validFrom presence { province { code } platform { slug } } source { title } } } }`;

/**
 * [name, query, statements, the one province asked for (default Utrecht)]. changesBetween asks Overijssel: Utrecht's
 * memo states are observations, no changes (issue 10), so Utrecht has no change to load nested fields for.
 */
const COUNTS: Array<[name: string, query: string, statements: number, one?: string[]]> = [
  ["provinces { presences { platform status history } }", NESTED, 5],
  ["statusMatrix with sources and snapshots", MATRIX, 2],
  ["statusMatrix with platforms and statuses filters", MATRIX_FILTERED, 1],
  ["valueMatrix with assessments", VALUES, 1],
  ["valueMatrix for one platform with ratings", VALUES_ON_X, 1],
  ["platformSummary", PLATFORM_SUMMARY, 1],
  ["valueSummary", VALUE_SUMMARY, 1],
  ["frameworkMatrix with findings, their platforms and the positions' sources", FRAMEWORKS, 5],
  // The criteria and their reviews cite sources: read in one more statement, like the status matrix's.
  ["exitCriteriaMatrix with the criteria's and reviews' sources", CRITERIA, 2],
  ["changesBetween with sources and the changing snapshots", CHANGES, 2, ["PV23"]],
  ["statusChanges (100) with presences, provinces, platforms, sources", STATUS_CHANGES, 4],
];

async function statements(query: string, codes: string[] | null): Promise<number> {
  const res = await server.gql(query, { codes });
  expect(res.errors).toBeUndefined();
  return res.extensions!.sqlStatements!;
}

async function csvStatements(path: string): Promise<number> {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status).toBe(200);
  await res.text();
  return Number(res.headers.get("x-sql-statements"));
}

const CSV: Array<[path: string, statements: number]> = [
  ["/export/status-matrix.csv?asOf=2025-07-01", 2],
  // The ratings' sources (column Bron) are read in one more statement, like the status matrix's.
  ["/export/value-matrix.csv?asOf=2025-07-01&platform=x", 2],
  ["/export/framework-matrix.csv?asOf=2025-07-01", 5],
  ["/export/exit-criteria-matrix.csv?asOf=2025-07-01", 2],
];

describe("SQL statements per request", () => {
  it.each(COUNTS)("%s: the same count for 1 province as for 12", async (_name, query, expected, one = ["PV26"]) => {
    expect(await statements(query, one)).toBe(expected);
    expect(await statements(query, null)).toBe(expected);
    expect(expected).toBeLessThanOrEqual(5);
  });

  it.each(CSV)("%s: a fixed count", async (path, expected) => {
    expect(await csvStatements(path)).toBe(expected);
  });

  // PostgreSQL only: the embedded database runs none (its connections share one backend).
  (isEmbedded() ? it.skip : it)(
    "a comparison asked again runs as a prepared statement (DB_PREPARED_STATEMENTS): same answer, same count",
    async () => {
      // A new knownAt each time: not answered from the response cache, the same statement text with other parameters.
      const query = `query($k: DateTime) { statusMatrix(asOf: "2025-07-01", knownAt: $k, platforms: ["x"]) { rows { province { code } cells { status validFrom } } }
      valueSummary(asOf: "2025-07-01", knownAt: $k) { rows { value { slug } high } } }`;
      const now = Date.parse(
        (await server.gql(`{ statusMatrix(platforms: ["x"]) { knownAt } }`)).data!.statusMatrix.knownAt,
      );
      const answers = [];
      for (let i = 0; i < 3; i++) {
        const res = await server.gql(query, { k: new Date(now - i).toISOString() });
        expect(res.errors).toBeUndefined();
        expect(res.extensions!.sqlStatements).toBe(1);
        answers.push(res.data);
      }
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      expect(answers[0]!.statusMatrix.rows.find((r: any) => r.province.code === "PV23").cells).toEqual([
        { status: "INACTIVE", validFrom: "2025-06-01" },
      ]);
      // Every pooled connection, held at once, says what it has prepared.
      const pool = driverPool(server.dataSource)!;
      const clients: PoolClient[] = [];
      const prepared: string[] = [];
      try {
        while (clients.length < pool.totalCount) clients.push(await pool.connect());
        for (const client of clients)
          prepared.push(
            ...(
              await client.query<{ statement: string }>(
                `SELECT statement FROM pg_prepared_statements WHERE name LIKE 'smc_hot_%'`,
              )
            ).rows.map((r) => r.statement),
          );
      } finally {
        for (const client of clients) client.release();
      }
      // This operation's statement (the status matrix's and the value summary's reads in one), on one connection or more.
      const ours = prepared.filter(
        (text) =>
          text.includes('"platform_status"') && text.includes('"a"."province_id", "r"."value_id", "r"."impact"'),
      );
      expect(ours.length).toBeGreaterThanOrEqual(1);
    },
  );

  it("the same counts on a generated data set of 400 bodies x 10 platforms x 10 snapshots", async () => {
    const counts = await generateDataSet(server.dataSource, { bodies: 400 });
    expect(counts).toEqual({ bodies: 388, presences: 3880, snapshots: 38800, ratings: 4268 }); // 11 values each
    // An exit criterion for all platforms per body, reviewed MET or MONITORING, and one for X with no review by then.
    await server.dataSource.query(
      `INSERT INTO exit_criterion (province_id, platform_id, kind, description, adopted_on, source_id)
       SELECT p.id, pl.id, 'EXIT', 'Gegenereerd ' || p.code || coalesce(pl.slug, ''), '2025-01-01', s.id
       FROM province p CROSS JOIN (SELECT NULL::int AS id, NULL::text AS slug UNION ALL SELECT id, slug FROM platform WHERE slug = 'x') pl
       CROSS JOIN (SELECT id FROM source WHERE slug = 'utrecht-memo-2025') s
       WHERE NOT EXISTS (SELECT 1 FROM exit_criterion c WHERE c.province_id = p.id)`,
    );
    await server.dataSource.query(
      `INSERT INTO exit_criterion_review (criterion_id, state, reviewed_on, source_id)
       SELECT c.id, CASE WHEN c.id % 2 = 0 THEN 'MET' ELSE 'MONITORING' END::criterion_state, '2025-02-01', c.source_id
       FROM exit_criterion c WHERE c.platform_id IS NULL AND c.description LIKE 'Gegenereerd %'`,
    );
    for (const [name, query, expected] of COUNTS) {
      expect([name, await statements(query, null)]).toEqual([name, expected]);
    }
    for (const [path, expected] of CSV) {
      expect([path, await csvStatements(path)]).toEqual([path, expected]);
    }
    const res = await server.gql(
      `{ statusMatrix(asOf: "2025-07-01") { rows { province { code } } } platformSummary(asOf: "2025-07-01") { provinceCount rows { unknown } } }`,
    );
    expect(res.data!.statusMatrix.rows).toHaveLength(400);
    expect(res.data!.platformSummary.provinceCount).toBe(400);
    const changes = await server.gql(
      `{ statusChanges(first: 1, filter: { includeObservations: true }) { totalCount } }`,
    );
    expect(changes.data!.statusChanges.totalCount).toBe(38807);
  });
});
