import { isEmbedded, startTestServer, type GraphQLResponse, type TestServer } from "../helpers/test-server";
import { issueToken } from "../helpers/writes";
import { Role } from "../../src/domain/enums";
import { WRITE_CLOCK } from "../../src/db/write-clock";

/**
 * A replayable register (docs/design.md §2.2, §6 "Writes"): an answer given for `knownAt = T` is the answer for T
 * forever, whatever writes were in flight. Writers and readers run at the same time against two servers on one
 * database (response cache on and off); afterwards every answer is asked again with its own `knownAt` and must be
 * identical. Bounded by count and by a few seconds, never by speed: a slow machine runs fewer rounds.
 */
let cached: TestServer;
let uncached: TestServer;
let admin: Record<string, string>;
let framework: string;
let value: string;
let source: string;
beforeAll(async () => {
  cached = await startTestServer();
  uncached = await startTestServer({ reset: false, env: { RESPONSE_CACHE: "off" } });
  admin = await issueToken(cached.dataSource, Role.ADMIN, "Replay admin");
  const ref = await cached.gql(`{ frameworks { slug } values { slug } sources { slug } }`);
  framework = ref.data!.frameworks[0].slug;
  value = ref.data!.values[0].slug;
  source = ref.data!.sources[0].slug;
  // Presences are current-state rows (made by a province's first status), not recorded history: make them first, so
  // that `Province.presences` lists the same presences throughout the run.
  for (const provinceCode of PROVINCES)
    for (const platformSlug of ["x", "mastodon"])
      await ok(
        cached.gql(
          MUTATE.status,
          // More than a year back: a reason is required (audit-trail.test.ts).
          {
            i: {
              provinceCode,
              platformSlug,
              validFrom: "2025-01-01",
              status: "ACTIVE",
              reason: "start",
              sourceSlug: source,
            },
          },
          admin,
        ),
      );
}, 180_000); // two servers, a seed and eight writes: generous on a busy machine
afterAll(async () => {
  await uncached?.close();
  await cached?.close();
});

const PROVINCES = ["PV20", "PV21", "PV22", "PV23"];

/** The reads replayed: each selects its `knownAt` and every record it shows, with the records' own state. */
const READS = {
  status: `query($k: DateTime) { statusMatrix(knownAt: $k, provinces: ${JSON.stringify(PROVINCES)}, platforms: ["x", "mastodon"]) {
    knownAt rows { province { code } cells { status validFrom snapshot { id reason recordedAt } } } } }`,
  value: `query($k: DateTime) { valueMatrix(knownAt: $k, provinces: ${JSON.stringify(PROVINCES)}) {
    knownAt rows { province { code } cells { value { slug } impact assessment { id state publishedAt withdrawnAt } } } } }`,
  framework: `query($k: DateTime) { frameworkMatrix(knownAt: $k, provinces: ${JSON.stringify(PROVINCES)}) {
    knownAt rows { province { code } cells { stance since position { id recordedAt } } } } }`,
  presence: `query($k: DateTime) { province(code: "PV20") {
    presences { platform { slug } status(knownAt: $k) { id status reason recordedAt } }
    frameworkPositions(knownAt: $k) { id stance recordedAt } } }`,
} as const;
type Read = keyof typeof READS;

interface Answer {
  read: Read;
  knownAt: string;
  data: unknown;
}

function knownAtOf(read: Read, data: Record<string, any>): string {
  if (read === "status") return data.statusMatrix.knownAt;
  if (read === "value") return data.valueMatrix.knownAt;
  if (read === "framework") return data.frameworkMatrix.knownAt;
  // `Province.presences.status` shows no knownAt of its own: the replay uses the one the same request's matrix showed.
  return data.knownAt;
}

async function ok(res: Promise<GraphQLResponse>): Promise<Record<string, any>> {
  const r = await res;
  expect(r.errors).toBeUndefined();
  return r.data!;
}

const MUTATE = {
  status: `mutation($i: RecordPlatformStatusInput!) { recordPlatformStatus(input: $i) { status { id } userErrors { code message } } }`,
  position: `mutation($i: SetFrameworkPositionInput!) { setFrameworkPosition(input: $i) { frameworkPosition { id } userErrors { code message } } }`,
  create: `mutation($i: CreateAssessmentInput!) { createAssessment(input: $i) { assessment { id } userErrors { code message } } }`,
  ratings: `mutation($i: SetValueRatingsInput!) { setValueRatings(input: $i) { assessment { id } userErrors { code message } } }`,
  publish: `mutation($i: AssessmentIdInput!) { publishAssessment(input: $i) { assessment { id } userErrors { code message } } }`,
  withdraw: `mutation($i: AssessmentIdInput!) { withdrawAssessment(input: $i) { assessment { id } userErrors { code message } } }`,
};

/** One writer: status corrections, framework positions and assessments published and withdrawn, round after round. */
async function writer(w: number, until: number, rounds: number): Promise<number> {
  let writes = 0;
  for (let n = 0; n < rounds && (n === 0 || Date.now() < until); n++) {
    const server = n % 2 === 0 ? cached : uncached;
    const province = PROVINCES[(w + n) % PROVINCES.length];
    const mutate = async (text: string, i: Record<string, unknown>) => {
      const data = await ok(server.gql(text, { i }, admin));
      const payload = Object.values(data)[0] as Record<string, any>;
      expect(payload.userErrors).toEqual([]);
      writes += 1;
      return payload;
    };
    await mutate(MUTATE.status, {
      provinceCode: province,
      platformSlug: n % 3 === 0 ? "mastodon" : "x",
      validFrom: "2025-06-01",
      status: n % 2 === 0 ? "ACTIVE" : "INACTIVE",
      reason: `writer ${w} round ${n}`,
      sourceSlug: source,
    });
    await mutate(MUTATE.position, {
      provinceCode: province,
      frameworkSlug: framework,
      stance: n % 2 === 0 ? "FOLLOWS" : "CONSIDERING",
      since: "2025-06-01",
      sourceSlug: source,
    });
    const created = await mutate(MUTATE.create, {
      provinceCode: province,
      heldOn: "2025-06-01",
      method: `replay ${w}/${n}`,
      sourceSlug: source,
    });
    const assessmentId = created.assessment.id as string;
    await mutate(MUTATE.ratings, {
      assessmentId,
      ratings: [{ valueSlug: value, impact: ["NONE", "MODERATE", "HIGH"][n % 3] }],
      provenance: { sourceSlug: source },
    });
    await mutate(MUTATE.publish, { assessmentId });
    if (n % 2 === 1) await mutate(MUTATE.withdraw, { assessmentId });
  }
  return writes;
}

/** One reader: every read in turn on both servers, each answer kept with the `knownAt` it was given for. */
async function reader(r: number, until: number, rounds: number, answers: Answer[]): Promise<void> {
  const reads = Object.keys(READS) as Read[];
  for (let n = 0; n < rounds && (n === 0 || Date.now() < until); n++) {
    const server = (r + n) % 2 === 0 ? cached : uncached;
    const read = reads[(r + n) % reads.length];
    if (read === "presence") {
      // The presence fields show no knownAt: one request asks them next to a matrix that names the request's instant.
      const data = await ok(
        server.gql(`query { statusMatrix(provinces: ["PV20"], platforms: ["x"]) { knownAt }
          province(code: "PV20") { presences { platform { slug } status { id status reason recordedAt } }
          frameworkPositions { id stance recordedAt } } }`),
      );
      answers.push({ read, knownAt: data.statusMatrix.knownAt, data: { province: data.province } });
    } else {
      const data = await ok(server.gql(READS[read]));
      answers.push({ read, knownAt: knownAtOf(read, data), data });
    }
  }
}

it("every answer given under concurrent writes is the same when replayed at its knownAt (cache on and off)", async () => {
  const until = Date.now() + 4000;
  const answers: Answer[] = [];
  const [writes] = await Promise.all([
    Promise.all([0, 1, 2].map((w) => writer(w, until, 12))).then((counts) => counts.reduce((a, b) => a + b, 0)),
    ...[0, 1, 2, 3].map((r) => reader(r, until, 60, answers)),
  ]);
  expect(writes).toBeGreaterThan(0);
  expect(answers.length).toBeGreaterThan(0);

  const differing: Array<{ read: Read; knownAt: string }> = [];
  for (const [i, answer] of answers.entries()) {
    const server = i % 2 === 0 ? cached : uncached;
    const replayed = await ok(server.gql(READS[answer.read], { k: answer.knownAt }));
    const again = answer.read === "presence" ? { province: replayed.province } : replayed;
    if (JSON.stringify(again) !== JSON.stringify(answer.data)) differing.push(answer);
  }
  expect(differing).toEqual([]);
});

it("an answer given while a write is in flight (stamped, not yet committed) is the same when replayed", async () => {
  // A write that has stamped its row with the register's clock and then takes its time to commit (its reload, its
  // audit event, a busy machine). Readers meanwhile must not be given an instant at or after its stamp unless they see
  // it. (The embedded database's one connection serialises the two: the reads wait for the commit, which comes at once
  // lest they time out waiting for the connection.)
  const [{ id: presenceId }] = await cached.dataSource.query(
    `SELECT p.id FROM presence p JOIN province pr ON pr.id = p.province_id JOIN platform pl ON pl.id = p.platform_id
     WHERE pr.code = 'PV20' AND pl.slug = 'x'`,
  );
  const runner = cached.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    await runner.query(
      `INSERT INTO platform_status (presence_id, status, valid_from, reason, recorded_at)
       VALUES ($1, 'LEFT', '2025-06-01', 'in flight', ${WRITE_CLOCK})`,
      [presenceId],
    );
    const reads = [cached, uncached].map((server) => ok(server.gql(READS.status)));
    // Give the reads time to be answered while the write is open (if they wait for it, they see it after the commit).
    const sleep = new Promise((resolve) => setTimeout(resolve, isEmbedded() ? 0 : 3000));
    await Promise.race([Promise.all(reads), sleep]);
    await runner.commitTransaction();
    // The connection back to the pool first: the embedded database's pool has only this one.
    await runner.release();
    for (const data of await Promise.all(reads)) {
      const replayed = await ok(uncached.gql(READS.status, { k: data.statusMatrix.knownAt }));
      expect(replayed).toEqual(data);
    }
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    if (!runner.isReleased) await runner.release();
  }
});

it("a mutation's payload shows the state after its own write, also for a second write in the same operation", async () => {
  const data = await ok(
    cached.gql(
      `mutation($a: RecordPlatformStatusInput!, $b: RecordPlatformStatusInput!) {
        a: recordPlatformStatus(input: $a) { status { id recordedAt presence { status { id } } } userErrors { code } }
        b: recordPlatformStatus(input: $b) { status { id recordedAt presence { status { id } } } userErrors { code } }
      }`,
      {
        a: {
          provinceCode: "PV24",
          platformSlug: "x",
          validFrom: "2025-07-01",
          status: "ACTIVE",
          reason: "a",
          sourceSlug: source,
        },
        b: {
          provinceCode: "PV24",
          platformSlug: "x",
          validFrom: "2025-07-01",
          status: "LEFT",
          reason: "b",
          sourceSlug: source,
        },
      },
      admin,
    ),
  );
  expect(data.a.userErrors).toEqual([]);
  expect(data.b.userErrors).toEqual([]);
  expect(data.a.status.presence.status.id).toBe(data.a.status.id);
  expect(data.b.status.presence.status.id).toBe(data.b.status.id);

  // The recordedAt the API shows, passed back as knownAt, includes that row (PostgreSQL keeps microseconds).
  for (const written of [data.a.status, data.b.status]) {
    const matrix = await ok(
      uncached.gql(
        `query($k: DateTime) { statusMatrix(knownAt: $k, provinces: ["PV24"], platforms: ["x"]) {
        rows { cells { snapshot { id } } } } }`,
        { k: written.recordedAt },
      ),
    );
    expect(matrix.statusMatrix.rows[0].cells[0].snapshot.id).toBe(written.id);
  }
});

it("the seed's own recordedAt, passed back as knownAt, shows the seeded register", async () => {
  const now = await ok(
    uncached.gql(`{ statusMatrix(provinces: ["PV26"]) { rows { cells { status snapshot { id recordedAt } } } } }`),
  );
  const seeded = now.statusMatrix.rows[0].cells.filter((c: any) => c.snapshot !== null);
  expect(seeded.length).toBeGreaterThan(0);
  const first = seeded.map((c: any) => c.snapshot.recordedAt as string).sort()[0];
  const then = await ok(
    uncached.gql(
      `query($k: DateTime) { statusMatrix(knownAt: $k, provinces: ["PV26"]) { rows { cells { snapshot { id } } } } }`,
      {
        k: first,
      },
    ),
  );
  const shownThen = then.statusMatrix.rows[0].cells.filter((c: any) => c.snapshot !== null);
  expect(shownThen.length).toBeGreaterThan(0);
});

it("valueMatrix(knownAt:) shows an assessment as it stood at that instant, not as WITHDRAWN later", async () => {
  const created = await ok(
    cached.gql(
      MUTATE.create,
      { i: { provinceCode: "PV25", heldOn: "2025-06-01", method: "instant", sourceSlug: source } },
      admin,
    ),
  );
  const assessmentId = created.createAssessment.assessment.id;
  await ok(
    cached.gql(
      MUTATE.ratings,
      { i: { assessmentId, ratings: [{ valueSlug: value, impact: "HIGH" }], provenance: { sourceSlug: source } } },
      admin,
    ),
  );
  const published = await ok(
    cached.gql(
      `mutation($i: AssessmentIdInput!) { publishAssessment(input: $i) { assessment { publishedAt } userErrors { code } } }`,
      { i: { assessmentId } },
      admin,
    ),
  );
  const publishedAt = published.publishAssessment.assessment.publishedAt as string;
  await ok(cached.gql(MUTATE.withdraw, { i: { assessmentId } }, admin));
  const matrix = await ok(
    uncached.gql(
      `query($k: DateTime, $v: [String!]) { valueMatrix(knownAt: $k, provinces: ["PV25"], values: $v) {
      rows { cells { impact assessment { id state publishedAt withdrawnAt } } } } }`,
      { k: publishedAt, v: [value] },
    ),
  );
  expect(matrix.valueMatrix.rows[0].cells[0]).toEqual({
    impact: "HIGH",
    assessment: { id: assessmentId, state: "PUBLISHED", publishedAt, withdrawnAt: null },
  });
});

it("a knownAt in the future is read at the request's instant (reported), so the answer replays exactly after later writes", async () => {
  const future = "2030-01-01T00:00:00.000Z";
  for (const server of [cached, uncached]) {
    const before = (await ok(server.gql(READS.status, { k: future }))).statusMatrix;
    expect(Date.parse(before.knownAt)).toBeLessThanOrEqual(Date.now());
    const current = before.rows.find((r: any) => r.province.code === "PV22").cells[0];
    const written = await ok(
      server.gql(
        MUTATE.status,
        {
          i: {
            provinceCode: "PV22",
            platformSlug: "x",
            // Today: the snapshot in force today is then this one, whatever the other tests recorded.
            validFrom: new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date()),
            status: current.status === "LEFT" ? "ACTIVE" : "LEFT",
            reason: "future knownAt",
            sourceSlug: source,
          },
        },
        admin,
      ),
    );
    expect(written.recordPlatformStatus.userErrors).toEqual([]);
    const replayed = (await ok(server.gql(READS.status, { k: before.knownAt }))).statusMatrix;
    expect(replayed).toEqual(before);
    // The same future knownAt now shows the write (it is read at the new request's instant).
    const after = (await ok(server.gql(READS.status, { k: future }))).statusMatrix;
    expect(after.rows.find((r: any) => r.province.code === "PV22").cells[0].status).not.toBe(current.status);
  }
});
