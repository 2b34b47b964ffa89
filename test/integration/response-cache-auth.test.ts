import { isEmbedded, startTestServer, type TestServer } from "../helpers/test-server";
import { issueCallers } from "../helpers/writes";

/**
 * The response cache with real tokens and real mutations (the server as `npm start` builds it: the viewer comes from
 * `Authorization: Bearer`, the same resolution for the cache key and the GraphQL context). A header tells a HIT from
 * a MISS, so each test first proves the cache was serving before it proves what it may not serve.
 */
let server: TestServer;
let admin: Record<string, string>;
let utrecht: Record<string, string>;
let overijssel: Record<string, string>;
let ipo: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  ({ admin, utrecht, overijssel, ipo } = await issueCallers(server.dataSource));
});
afterAll(() => server?.close());

const cacheOf = (res: { headers: Headers }) => res.headers.get("x-response-cache");
const version = async (): Promise<string> =>
  (await server.dataSource.query("SELECT version::text AS version FROM data_version"))[0].version;

describe("a write through a mutation", () => {
  const STATUS = `{ statusMatrix(provinces: ["PV26"], platforms: ["x"]) { rows { cells { status commentsEnabled validFrom snapshot { id reason } } } } }`;
  const cell = async (headers: Record<string, string> = {}) => {
    const res = await server.gql(STATUS, undefined, headers);
    expect(res.errors).toBeUndefined();
    return { cell: res.data!.statusMatrix.rows[0].cells[0], cache: cacheOf(res) };
  };
  const RECORD = `mutation($i: RecordPlatformStatusInput!) { recordPlatformStatus(input: $i) { status { id status } userErrors { code } } }`;

  it("is visible in the very next (cached) statusMatrix read, for the public and for the editor", async () => {
    await cell();
    const before = await cell();
    expect(before.cache).toBe("HIT");
    expect(before.cell.status).toBe("ACTIVE");
    await cell(utrecht);
    expect((await cell(utrecht)).cache).toBe("HIT");

    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
    const input = {
      provinceCode: "PV26",
      provenance: { ownStatement: true },
      platformSlug: "x",
      validFrom: today,
      status: "INACTIVE",
      reason: "Account slapend.",
      expectedLatestId: before.cell.snapshot.id,
    };
    const versionBefore = await version();
    const res = await server.gql(RECORD, { i: input }, utrecht);
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordPlatformStatus.userErrors).toEqual([]);
    expect(cacheOf(res)).not.toBe("HIT");
    // The triggers bumped the data version in the mutation's own transaction.
    expect(BigInt(await version())).toBeGreaterThan(BigInt(versionBefore));

    // The public's statusMatrix was re-run in the background after the write (the re-warm): the first reader after
    // the change is a hit, and it shows the write.
    await server.app.responseCache.rewarmed();
    const after = await cell();
    expect(after.cache).toBe("HIT");
    expect(after.cell).toEqual({
      status: "INACTIVE",
      commentsEnabled: null,
      validFrom: today,
      snapshot: { id: res.data!.recordPlatformStatus.status.id, reason: "Account slapend." },
    });
    expect(await cell()).toEqual({ ...after, cache: "HIT" });
    expect((await cell(utrecht)).cell.status).toBe("INACTIVE");
  });

  it("a write is never missed when the service's clock runs behind the database's (the request instant is the database's)", async () => {
    // Node's clock 10 s behind PostgreSQL's: were the request's default knownAt taken from Node, the read right after
    // the write would leave the write out and be cached as current under the new data version.
    jest.useFakeTimers({
      doNotFake: [
        "nextTick",
        "setImmediate",
        "clearImmediate",
        "setTimeout",
        "clearTimeout",
        "setInterval",
        "clearInterval",
        "queueMicrotask",
        "hrtime",
        "performance",
      ],
    });
    jest.setSystemTime(Date.now() - 10_000);
    try {
      const current = await cell();
      const input = {
        provinceCode: "PV26",
        provenance: { ownStatement: true },
        platformSlug: "x",
        validFrom: current.cell.validFrom,
        status: "LEFT",
        reason: "Account opgeheven.",
        expectedLatestId: current.cell.snapshot.id,
      };
      const res = await server.gql(RECORD, { i: input }, utrecht);
      expect(res.data!.recordPlatformStatus.userErrors).toEqual([]);
      // A miss, or a hit of the re-warm that the write started (which reads the database's instant the same way).
      const after = await cell();
      expect(after).toMatchObject({ cell: { status: "LEFT" } });
      expect(await cell()).toMatchObject({ cache: "HIT", cell: { status: "LEFT" } });
    } finally {
      jest.useRealTimers();
    }
  });

  it("a mutation is never answered from the cache: the same mutation again runs again", async () => {
    const current = await cell();
    const input = {
      provinceCode: "PV26",
      provenance: { ownStatement: true },
      platformSlug: "x",
      validFrom: current.cell.validFrom,
      status: "INACTIVE",
      expectedLatestId: current.cell.snapshot.id,
    };
    const first = await server.gql(RECORD, { i: input }, utrecht);
    expect(first.data!.recordPlatformStatus.userErrors).toEqual([]);
    const second = await server.gql(RECORD, { i: input }, utrecht);
    expect(cacheOf(second)).not.toBe("HIT");
    // Ran again: expectedLatestId is no longer the latest snapshot.
    expect(second.data!.recordPlatformStatus.userErrors).toEqual([
      expect.objectContaining({ code: expect.any(String) }),
    ]);
  });
});

describe("drafts and tokens", () => {
  const ASSESSMENTS = `{ province(code: "PV26") { assessments { state method } } }`;
  const ask = async (headers: Record<string, string> = {}) => {
    const res = await server.gql(ASSESSMENTS, undefined, headers);
    expect(res.errors).toBeUndefined();
    const drafts = (res.data!.province.assessments as Array<{ state: string }>).filter(
      (a) => a.state === "DRAFT",
    ).length;
    return { drafts, cache: cacheOf(res) };
  };

  beforeAll(async () => {
    const res = await server.gql(
      `mutation($i: CreateAssessmentInput!) { createAssessment(input: $i) { assessment { state } userErrors { code } } }`,
      {
        i: {
          provinceCode: "PV26",
          provenance: { ownStatement: true },
          heldOn: "2026-02-01",
          method: "Conceptsessie (cachetest)",
          disciplines: ["communicatie"],
        },
      },
      utrecht,
    );
    expect(res.data!.createAssessment).toEqual({ assessment: { state: "DRAFT" }, userErrors: [] });
  });

  it("a draft cached for IPO_ANALYST is not served to anonymous callers or to another province's editor", async () => {
    expect(await ask(ipo)).toEqual({ drafts: 1, cache: "MISS" });
    expect(await ask(ipo)).toEqual({ drafts: 1, cache: "HIT" });
    expect(await ask()).toEqual({ drafts: 0, cache: "MISS" });
    expect(await ask()).toEqual({ drafts: 0, cache: "HIT" });
    expect(await ask(overijssel)).toEqual({ drafts: 0, cache: "MISS" });
    expect(await ask(overijssel)).toEqual({ drafts: 0, cache: "HIT" });
    expect(await ask(utrecht)).toEqual({ drafts: 1, cache: "MISS" });
    expect(await ask(ipo)).toEqual({ drafts: 1, cache: "HIT" });
  });

  it("an invalid token is refused (401), whatever is cached for anonymous callers", async () => {
    expect((await ask()).cache).toBe("HIT");
    const res = await server.gql(ASSESSMENTS, undefined, {
      authorization: "Bearer smc_not-a-real-token-not-a-real-token-not-a-real",
    });
    expect(res.status).toBe(401);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(cacheOf(res)).not.toBe("HIT");
  });

  it("a revoked token gets 401 even while its previous answer is cached and current", async () => {
    expect((await ask(ipo)).cache).toBe("HIT");
    // Revoke without moving the data version (trigger off for this one statement), so that the cached entry stays
    // current: only the token check in front of the cache can refuse the request.
    const versionBefore = await version();
    await server.dataSource.transaction(async (em) => {
      await em.query(`ALTER TABLE api_client DISABLE TRIGGER api_client_bump_data_version`);
      await em.query(`UPDATE api_client SET revoked_at = now() WHERE name = 'IPO'`);
      await em.query(`ALTER TABLE api_client ENABLE TRIGGER api_client_bump_data_version`);
    });
    expect(await version()).toBe(versionBefore);
    const refused = await server.gql(ASSESSMENTS, undefined, ipo);
    expect(refused.status).toBe(401);
    expect(refused.data).toBeUndefined();
    expect(refused.errors).toEqual([
      expect.objectContaining({
        message: "The token is unknown or revoked.",
        extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }),
      }),
    ]);
    expect(cacheOf(refused)).not.toBe("HIT");
    // The entry is still there and current for everyone else with that visibility: a fresh IPO token shares nothing
    // with it (the key carries the client id), the anonymous entry is untouched.
    expect((await ask()).cache).toBe("HIT");
  });

  it("a token revoked through revokeApiToken gets 401 on its next request, though its answer was cached", async () => {
    expect((await ask(overijssel)).cache).toBe("HIT");
    const me = await server.gql(`{ viewer { apiClient { id } } }`, undefined, overijssel);
    const revoked = await server.gql(
      `mutation($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { apiClient { revokedAt } userErrors { code } } }`,
      { i: { apiClientId: me.data!.viewer.apiClient.id } },
      admin,
    );
    expect(revoked.data!.revokeApiToken.userErrors).toEqual([]);
    const refused = await server.gql(ASSESSMENTS, undefined, overijssel);
    expect(refused.status).toBe(401);
    expect(refused.data).toBeUndefined();
    expect(cacheOf(refused)).not.toBe("HIT");
  });
});

describe("the re-warm after a write", () => {
  // Dated today, like the other writes of this file: the snapshot in force today is then always the latest one.
  const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
  const Q = `query Rewarm($asOf: Date) { statusMatrix(asOf: $asOf, provinces: ["PV26"], platforms: ["x"]) { rows { cells { status snapshot { id } } } } }`;
  const RECORD = `mutation($i: RecordPlatformStatusInput!) { recordPlatformStatus(input: $i) { status { id } userErrors { code } } }`;
  const ask = async (headers: Record<string, string> = {}) => {
    const res = await server.gql(Q, {}, headers);
    expect(res.errors).toBeUndefined();
    return { cell: res.data!.statusMatrix.rows[0].cells[0], cache: cacheOf(res), sql: res.extensions!.sqlStatements };
  };
  /** Records Utrecht's X status (as its editor) through `on` (default the file's server). */
  const write = async (status: string, expectedLatestId: string, on: TestServer = server) => {
    const res = await on.gql(
      RECORD,
      {
        i: {
          provinceCode: "PV26",
          provenance: { ownStatement: true },
          platformSlug: "x",
          validFrom: today(),
          status,
          expectedLatestId,
        },
      },
      utrecht,
    );
    expect(res.data!.recordPlatformStatus.userErrors).toEqual([]);
    return res.data!.recordPlatformStatus.status.id as string;
  };

  it("renews the public's recent queries: the first reader after a write is a hit that shows it, without SQL", async () => {
    await ask();
    const before = await ask();
    expect(before.cache).toBe("HIT");
    const next = before.cell.status === "LEFT" ? "ACTIVE" : "LEFT";
    const id = await write(next, before.cell.snapshot.id);
    await server.app.responseCache.rewarmed();
    expect(await ask()).toEqual({ cell: { status: next, snapshot: { id } }, cache: "HIT", sql: 0 });
  });

  it("renews only the public's entries: an editor's query after the write is still a miss", async () => {
    await ask(utrecht);
    const before = await ask(utrecht);
    expect(before.cache).toBe("HIT");
    const next = before.cell.status === "LEFT" ? "ACTIVE" : "LEFT";
    await write(next, before.cell.snapshot.id);
    await server.app.responseCache.rewarmed();
    expect(await ask(utrecht)).toMatchObject({ cell: { status: next }, cache: "MISS" });
  });

  (isEmbedded() ? it.skip : it)(
    "on PostgreSQL also after another instance's write (its change event): the first reader here is a hit that shows it",
    async () => {
      const other = await startTestServer({ reset: false });
      try {
        await ask();
        const before = await ask();
        expect(before.cache).toBe("HIT");
        const next = before.cell.status === "LEFT" ? "ACTIVE" : "LEFT";
        const delivered = new Promise<void>((resolve) => {
          const stop = server.app.registerEvents.subscribe(() => {
            stop();
            resolve();
          });
        });
        const id = await write(next, before.cell.snapshot.id, other);
        await delivered;
        await server.app.responseCache.rewarmed();
        expect(await ask()).toEqual({
          cell: { status: next, snapshot: { id } },
          cache: "HIT",
          sql: 0,
        });
      } finally {
        await other.close();
      }
    },
  );

  it("is off with RESPONSE_CACHE_REWARM=0: the first public reader after a write pays (a miss)", async () => {
    const off = await startTestServer({ reset: false, env: { RESPONSE_CACHE_REWARM: "0" } });
    try {
      const read = async () => {
        const res = await off.gql(Q, {});
        return { cell: res.data!.statusMatrix.rows[0].cells[0], cache: cacheOf(res) };
      };
      await read();
      const before = await read();
      expect(before.cache).toBe("HIT");
      const next = before.cell.status === "LEFT" ? "ACTIVE" : "LEFT";
      await write(next, before.cell.snapshot.id, off);
      await off.app.responseCache.rewarmed();
      expect(await read()).toMatchObject({ cell: { status: next }, cache: "MISS" });
    } finally {
      await off.close();
    }
  });
});
