import { insertAssessment, insertPosition, insertSnapshot } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/test-server";

/**
 * Valid time (`asOf`) against recorded time (`knownAt`) in every comparison that reads history: a correction (same
 * valid date, later recorded time) changes the answers for `knownAt` from its recorded instant on and not before; an
 * announced change (a valid date after the recording) changes them from its valid date on and not the day before.
 */
const T1 = "2025-01-02T10:00:00.000Z"; // Noord-Holland ACTIVE on X from 2025-01-01
const T2 = "2025-02-01T10:00:00.000Z"; // correction: it was INACTIVE from 2025-01-01
const T3 = "2025-02-15T12:00:00.000Z"; // announced: LEFT from 2025-04-01
const T5 = "2025-05-02T08:00:00.000Z"; // assessment published
const T5B = "2025-05-10T08:00:00.000Z"; // corrected assessment (same day held) published
const T6 = "2025-06-01T08:00:00.000Z"; // first assessment withdrawn (after the corrected one appeared)
const justBefore = (iso: string) => new Date(new Date(iso).getTime() - 1).toISOString();

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const ds = server.dataSource;
  await insertSnapshot(ds, {
    province: "PV27",
    platform: "x",
    status: "ACTIVE",
    validFrom: "2025-01-01",
    recordedAt: T1,
    commentsEnabled: true,
  });
  await insertSnapshot(ds, {
    province: "PV27",
    platform: "x",
    status: "INACTIVE",
    validFrom: "2025-01-01",
    recordedAt: T2,
    commentsEnabled: false,
  });
  await insertSnapshot(ds, {
    province: "PV27",
    platform: "x",
    status: "LEFT",
    validFrom: "2025-04-01",
    recordedAt: T3,
  });
  // Zuid-Holland: ACTIVE, with a departure announced for a date far ahead of any test run.
  await insertSnapshot(ds, {
    province: "PV28",
    platform: "x",
    status: "ACTIVE",
    validFrom: "2025-01-01",
    recordedAt: T1,
  });
  await insertSnapshot(ds, {
    province: "PV28",
    platform: "x",
    status: "LEFT",
    validFrom: "2099-01-01",
    recordedAt: T1,
  });
  // Zeeland: two snapshots of one valid date recorded a microsecond apart (cursor precision).
  await insertSnapshot(ds, {
    province: "PV29",
    platform: "x",
    status: "ACTIVE",
    validFrom: "2025-01-05",
    recordedAt: "2025-01-05T10:00:00.000001Z",
  });
  await insertSnapshot(ds, {
    province: "PV29",
    platform: "x",
    status: "INACTIVE",
    validFrom: "2025-01-05",
    recordedAt: "2025-01-05T10:00:00.000002Z",
  });

  await insertPosition(ds, {
    province: "PV27",
    framework: "dsa",
    stance: "FOLLOWS",
    since: "2025-01-01",
    recordedAt: T1,
  });
  await insertPosition(ds, {
    province: "PV27",
    framework: "dsa",
    stance: "CONSIDERING",
    since: "2025-01-01",
    recordedAt: T2,
  });
  await insertPosition(ds, {
    province: "PV27",
    framework: "dsa",
    stance: "NOT_APPLICABLE",
    since: "2099-01-01",
    recordedAt: T1,
  });

  await insertAssessment(ds, {
    province: "PV27",
    heldOn: "2025-05-01",
    state: "WITHDRAWN",
    publishedAt: T5,
    withdrawnAt: T6,
    ratings: { transparantie: "HIGH" },
  });
  await insertAssessment(ds, {
    province: "PV27",
    heldOn: "2025-05-01",
    publishedAt: T5B,
    ratings: { transparantie: "NONE" },
  });
  // Noord-Brabant: one assessment, published at T5 and withdrawn at T6.
  await insertAssessment(ds, {
    province: "PV30",
    heldOn: "2025-05-01",
    state: "WITHDRAWN",
    publishedAt: T5,
    withdrawnAt: T6,
    ratings: { transparantie: "MODERATE" },
  });
});
afterAll(() => server.close());

async function ok(query: string, variables?: Record<string, unknown>) {
  const res = await server.gql(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const cell = async (province: string, asOf: string | null, knownAt: string | null) => {
  const { statusMatrix } = await ok(
    `query($p: [String!], $asOf: Date, $k: DateTime) { statusMatrix(asOf: $asOf, knownAt: $k, provinces: $p, platforms: ["x"]) { knownAt rows { cells { status commentsEnabled snapshot { recordedAt } } } } }`,
    { p: [province], asOf, k: knownAt },
  );
  return statusMatrix.rows[0].cells[0];
};

describe("a correction (same validFrom, later recordedAt)", () => {
  it("statusMatrix: UNKNOWN before anything was recorded, ACTIVE from T1, INACTIVE from the correction's instant exactly", async () => {
    expect((await cell("PV27", "2025-03-01", justBefore(T1))).status).toBe("UNKNOWN");
    expect(await cell("PV27", "2025-03-01", T1)).toEqual({
      status: "ACTIVE",
      commentsEnabled: true,
      snapshot: { recordedAt: T1 },
    });
    expect(await cell("PV27", "2025-03-01", justBefore(T2))).toEqual({
      status: "ACTIVE",
      commentsEnabled: true,
      snapshot: { recordedAt: T1 },
    });
    expect(await cell("PV27", "2025-03-01", T2)).toEqual({
      status: "INACTIVE",
      commentsEnabled: false,
      snapshot: { recordedAt: T2 },
    });
    // The same instant written with an offset.
    expect((await cell("PV27", "2025-03-01", "2025-02-01T11:00:00+01:00")).status).toBe("INACTIVE");
    expect((await cell("PV27", "2025-03-01", null)).status).toBe("INACTIVE");
    // Valid time still rules: nothing was valid on 2024-12-31, whatever was known.
    expect((await cell("PV27", "2024-12-31", null)).status).toBe("UNKNOWN");
  });

  it("platformSummary reproduces the earlier counts before the correction", async () => {
    const q = (k: string) =>
      ok(
        `query($k: DateTime) { platformSummary(asOf: "2025-03-01", knownAt: $k, provinces: ["PV27", "PV28"], platforms: ["x"]) { knownAt rows { active inactive unknown commentsDisabled } } }`,
        { k },
      );
    expect((await q(justBefore(T2))).platformSummary).toEqual({
      knownAt: justBefore(T2),
      rows: [{ active: 2, inactive: 0, unknown: 0, commentsDisabled: 0 }],
    });
    expect((await q(T2)).platformSummary).toEqual({
      knownAt: T2,
      rows: [{ active: 1, inactive: 1, unknown: 0, commentsDisabled: 1 }],
    });
  });

  it("changesBetween: the correction is the snapshot that made the change, from its recorded instant", async () => {
    const q = (k: string | null) =>
      ok(
        `query($k: DateTime) { changesBetween(from: "2024-12-31", to: "2025-03-01", knownAt: $k, provinces: ["PV27"], platforms: ["x"]) { changes { before { status } after { status } changedBy { status recordedAt } } } }`,
        { k },
      );
    expect((await q(justBefore(T2))).changesBetween.changes).toEqual([
      { before: { status: "UNKNOWN" }, after: { status: "ACTIVE" }, changedBy: { status: "ACTIVE", recordedAt: T1 } },
    ]);
    expect((await q(T2)).changesBetween.changes).toEqual([
      {
        before: { status: "UNKNOWN" },
        after: { status: "INACTIVE" },
        changedBy: { status: "INACTIVE", recordedAt: T2 },
      },
    ]);
    expect((await q(justBefore(T1))).changesBetween.changes).toEqual([]);
  });

  it("frameworkMatrix: FOLLOWS as known before the correction, CONSIDERING from it", async () => {
    const q = async (k: string | null, asOf = "2025-03-01") =>
      (
        await ok(
          `query($k: DateTime, $asOf: Date) { frameworkMatrix(asOf: $asOf, knownAt: $k, provinces: ["PV27"], frameworks: ["dsa"]) { rows { cells { stance since } } } }`,
          { k, asOf },
        )
      ).frameworkMatrix.rows[0].cells[0];
    expect(await q(justBefore(T1))).toEqual({ stance: "UNKNOWN", since: null });
    expect(await q(justBefore(T2))).toEqual({ stance: "FOLLOWS", since: "2025-01-01" });
    expect(await q(T2)).toEqual({ stance: "CONSIDERING", since: "2025-01-01" });
    expect(await q(null)).toEqual({ stance: "CONSIDERING", since: "2025-01-01" });
  });

  it("statusChanges: the correction comes before the row it corrects; knownAt hides it", async () => {
    const Q = `query($f: StatusChangeFilterInput, $after: String) { statusChanges(filter: $f, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { validFrom status recordedAt } } }`;
    const walk = async (f: Record<string, unknown>) => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const { statusChanges: c }: any = await ok(Q, { f, after });
        seen.push(...c.nodes.map((n: any) => `${n.validFrom} ${n.status} ${n.recordedAt}`));
        after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
      } while (after);
      return seen;
    };
    expect(await walk({ provinces: ["PV27"] })).toEqual([
      `2025-04-01 LEFT ${T3}`,
      `2025-01-01 INACTIVE ${T2}`,
      `2025-01-01 ACTIVE ${T1}`,
    ]);
    expect(await walk({ provinces: ["PV27"], knownAt: justBefore(T2) })).toEqual([`2025-01-01 ACTIVE ${T1}`]);
    // Recorded a microsecond apart (finer than a JavaScript Date): the cursor keeps them apart, no row lost or repeated.
    expect(await walk({ provinces: ["PV29"] })).toEqual([
      "2025-01-05 INACTIVE 2025-01-05T10:00:00.000Z",
      "2025-01-05 ACTIVE 2025-01-05T10:00:00.000Z",
    ]);
  });
});

describe("an announced change (validFrom after the recording)", () => {
  it("counts from its valid date, not the day before, and only once recorded", async () => {
    expect((await cell("PV27", "2025-03-31", T3)).status).toBe("INACTIVE");
    expect((await cell("PV27", "2025-04-01", T3)).status).toBe("LEFT");
    expect((await cell("PV27", "2025-04-01", justBefore(T3))).status).toBe("INACTIVE");
    expect((await cell("PV27", "2025-04-01", null)).status).toBe("LEFT");
  });

  it("a departure announced for 2099 does not show today (default asOf), nor on 2098-12-31, but does on 2099-01-01", async () => {
    expect((await cell("PV28", null, null)).status).toBe("ACTIVE");
    expect((await cell("PV28", "2098-12-31", null)).status).toBe("ACTIVE");
    expect((await cell("PV28", "2099-01-01", null)).status).toBe("LEFT");
    const stance = async (asOf: string | null) =>
      (
        await ok(
          `query($asOf: Date) { frameworkMatrix(asOf: $asOf, provinces: ["PV27"], frameworks: ["dsa"]) { rows { cells { stance } } } }`,
          { asOf },
        )
      ).frameworkMatrix.rows[0].cells[0].stance;
    expect(await stance(null)).toBe("CONSIDERING");
    expect(await stance("2099-01-01")).toBe("NOT_APPLICABLE");
  });

  it("platformSummary and changesBetween see the announced departure from its date", async () => {
    const left = async (asOf: string) =>
      (
        await ok(
          `{ platformSummary(asOf: "${asOf}", provinces: ["PV27", "PV28"], platforms: ["x"]) { rows { active inactive left } } }`,
        )
      ).platformSummary.rows[0];
    expect(await left("2025-03-31")).toEqual({ active: 1, inactive: 1, left: 0 });
    expect(await left("2025-04-01")).toEqual({ active: 1, inactive: 0, left: 1 });
    const changes = async (from: string, to: string, k: string | null) =>
      (
        await ok(
          `query($k: DateTime) { changesBetween(from: "${from}", to: "${to}", knownAt: $k, provinces: ["PV27", "PV28"], platforms: ["x"]) { changes { province { code } before { status } after { status } changedBy { validFrom } } } }`,
          { k },
        )
      ).changesBetween.changes;
    expect(await changes("2025-03-31", "2025-04-01", T3)).toEqual([
      {
        province: { code: "PV27" },
        before: { status: "INACTIVE" },
        after: { status: "LEFT" },
        changedBy: { validFrom: "2025-04-01" },
      },
    ]);
    expect(await changes("2025-03-31", "2025-04-01", justBefore(T3))).toEqual([]);
    expect(await changes("2025-03-30", "2025-03-31", null)).toEqual([]);
    expect((await changes("2098-12-31", "2099-01-01", null)).map((c: any) => c.province.code)).toEqual(["PV28"]);
  });
});

describe("assessments: held on (valid time), published / withdrawn at (recorded time)", () => {
  const impact = async (asOf: string, k: string | null, province = "PV27") =>
    (
      await ok(
        `query($k: DateTime) { valueMatrix(asOf: "${asOf}", knownAt: $k, provinces: ["${province}"], values: ["transparantie"]) { rows { cells { impact assessment { publishedAt } } } } }`,
        { k },
      )
    ).valueMatrix.rows[0].cells[0];

  it("nothing before publication; the first rating from its publication instant; the corrected one from its own", async () => {
    expect(await impact("2025-05-01", justBefore(T5))).toEqual({ impact: "UNKNOWN", assessment: null });
    expect(await impact("2025-05-01", T5)).toEqual({ impact: "HIGH", assessment: { publishedAt: T5 } });
    expect(await impact("2025-05-01", justBefore(T5B))).toEqual({ impact: "HIGH", assessment: { publishedAt: T5 } });
    expect(await impact("2025-05-01", T5B)).toEqual({ impact: "NONE", assessment: { publishedAt: T5B } });
    expect(await impact("2025-05-01", null)).toEqual({ impact: "NONE", assessment: { publishedAt: T5B } });
  });

  it("not before the day it was held; a withdrawal counts from its instant", async () => {
    expect(await impact("2025-04-30", T5)).toEqual({ impact: "UNKNOWN", assessment: null });
    expect(await impact("2025-05-01", justBefore(T6), "PV30")).toEqual({
      impact: "MODERATE",
      assessment: { publishedAt: T5 },
    });
    expect(await impact("2025-05-01", T6, "PV30")).toEqual({ impact: "UNKNOWN", assessment: null });
    expect(await impact("2025-05-01", null, "PV30")).toEqual({ impact: "UNKNOWN", assessment: null });
    const { valueSummary: s } = await ok(
      `query($k: DateTime) { valueSummary(asOf: "2025-05-01", knownAt: $k, provinces: ["PV27"], values: ["transparantie"]) { rows { none high unknown } } }`,
      { k: T5 },
    );
    expect(s.rows).toEqual([{ none: 0, high: 1, unknown: 0 }]);
  });
});
