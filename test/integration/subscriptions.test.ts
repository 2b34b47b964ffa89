import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { isEmbedded, startTestServer, type TestServer } from "../helpers/test-server";
import { issueCallers } from "../helpers/writes";
import { RegisterChangeKind } from "../../src/domain/enums";

/**
 * Subscriptions over WebSocket (graphql-ws) on the real server. On PostgreSQL two instances share one database: a
 * write on one reaches a subscriber of the other (LISTEN/NOTIFY). On the embedded database (one process) the
 * subscriber is on the writing instance. "Arrives" is only bounded generously (a hang), never timed.
 */
const ARRIVES_MS = 20_000;

const RECORD_STATUS = `mutation($i: RecordPlatformStatusInput!) {
  recordPlatformStatus(input: $i) { status { id recordedAt } userErrors { field code } } }`;

function statusInput(provinceCode: string, platformSlug: string, reason: string, extra: Record<string, unknown> = {}) {
  return {
    provinceCode,
    platformSlug,
    provenance: { ownStatement: true },
    validFrom: "2026-01-15",
    status: "INACTIVE",
    reason,
    ...extra,
  };
}

/** A subscription's events as they arrive; `next()` waits (boundedly) for the next one. */
function subscribe(server: TestServer, query: string, connectionParams: Record<string, unknown> = {}) {
  const events: any[] = [];
  const errors: unknown[] = [];
  const waiters: Array<() => void> = [];
  const client: Client = createClient({
    url: `${server.url.replace("http", "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
  });
  const acknowledged = new Promise<void>((resolve) => client.on("connected", () => resolve()));
  const dispose = client.subscribe(
    { query },
    {
      next: (value) => {
        events.push(value);
        waiters.splice(0).forEach((w) => w());
      },
      error: (error) => {
        errors.push(error);
        waiters.splice(0).forEach((w) => w());
      },
      complete: () => undefined,
    },
  );
  return {
    events,
    errors,
    acknowledged,
    /** Resolves when at least `n` events (or an error) have arrived; rejects after ARRIVES_MS. */
    async received(n: number) {
      const deadline = Date.now() + ARRIVES_MS;
      while (events.length < n && errors.length === 0) {
        if (Date.now() > deadline) throw new Error(`expected ${n} events, got ${events.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return events;
    },
    async close() {
      dispose();
      await client.dispose();
    },
  };
}

/** Waits until the server has `n` subscribers to the register's events (so a following write is seen). */
async function subscribers(server: TestServer, n: number) {
  const deadline = Date.now() + ARRIVES_MS;
  while (server.app.registerEvents.listenerCount < n) {
    if (Date.now() > deadline) throw new Error(`expected ${n} subscribers`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("subscriptions (graphql-ws)", () => {
  let writer: TestServer;
  let reader: TestServer;
  let callers: Awaited<ReturnType<typeof issueCallers>>;

  beforeAll(async () => {
    writer = await startTestServer();
    reader = isEmbedded() ? writer : await startTestServer({ reset: false });
    // The reader's LISTEN connection runs before anything is written (PostgreSQL).
    const events = reader.app.registerEvents as { listening?: Promise<void> };
    await events.listening;
    callers = await issueCallers(writer.dataSource);
  }, 120_000);

  afterAll(async () => {
    if (reader !== writer) await reader?.close();
    await writer?.close();
  });

  it("a committed write on one instance reaches a subscriber of another, in scope only", async () => {
    const utrecht = subscribe(
      reader,
      `subscription { registerChanged(provinces: ["utrecht"]) { kind provinceCode platformSlug dataVersion recordedAt } }`,
    );
    const overijssel = subscribe(reader, `subscription { registerChanged(provinces: ["PV23"]) { kind provinceCode } }`);
    await Promise.all([utrecht.acknowledged, overijssel.acknowledged]);
    await subscribers(reader, 2);
    const before = (await writer.dataSource.query(`SELECT version::text AS v FROM data_version`))[0].v;
    const res = await writer.gql(RECORD_STATUS, { i: statusInput("PV26", "x", "live 1") }, callers.admin);
    expect(res.data!.recordPlatformStatus.userErrors).toEqual([]);
    const [event] = await utrecht.received(1);
    expect(event.data.registerChanged).toMatchObject({
      kind: RegisterChangeKind.PLATFORM_STATUS,
      provinceCode: "PV26",
      platformSlug: "x",
    });
    expect(BigInt(event.data.registerChanged.dataVersion)).toBeGreaterThan(BigInt(before));
    expect(Date.parse(event.data.registerChanged.recordedAt)).toBeGreaterThanOrEqual(
      Date.parse(res.data!.recordPlatformStatus.status.recordedAt),
    );
    // Overijssel's subscriber saw nothing of Utrecht's write; its own write is its first event.
    await writer.gql(RECORD_STATUS, { i: statusInput("PV23", "x", "live 2") }, callers.admin);
    expect((await overijssel.received(1)).map((e) => e.data.registerChanged)).toEqual([
      { kind: "PLATFORM_STATUS", provinceCode: "PV23" },
    ]);
    await Promise.all([utrecht.close(), overijssel.close()]);
  });

  it("statusChanged carries the new snapshot", async () => {
    const sub = subscribe(
      reader,
      `subscription { statusChanged(platforms: ["x"]) { status statusLabel reason validFrom presence { province { code } platform { slug } } } }`,
    );
    await sub.acknowledged;
    await subscribers(reader, 1);
    await writer.gql(RECORD_STATUS, { i: statusInput("PV27", "x", "live 3") }, callers.admin);
    const [event] = await sub.received(1);
    expect(event.data.statusChanged).toEqual({
      status: "INACTIVE",
      statusLabel: "Inactief",
      reason: "live 3",
      validFrom: "2026-01-15",
      presence: { province: { code: "PV27" }, platform: { slug: "x" } },
    });
    await sub.close();
  });

  it("a refused or rolled-back write sends nothing", async () => {
    const sub = subscribe(reader, `subscription { registerChanged { kind provinceCode platformSlug } }`);
    await sub.acknowledged;
    await subscribers(reader, 1);
    // Refused: an unknown platform (NOT_FOUND), and a write by an editor of another province (FORBIDDEN).
    const unknown = await writer.gql(RECORD_STATUS, { i: statusInput("PV26", "myspace", "nee") }, callers.admin);
    expect(unknown.data!.recordPlatformStatus.userErrors[0].code).toBe("NOT_FOUND");
    const forbidden = await writer.gql(RECORD_STATUS, { i: statusInput("PV26", "x", "nee") }, callers.overijssel);
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // Rolled back after the event was recorded (on PostgreSQL: after its NOTIFY).
    await expect(
      writer.dataSource.transaction(async (em) => {
        // What a write's statements do first (the data-version trigger), then its event.
        await em.query(`SELECT nextval('data_version_seq')`);
        await writer.app.registerEvents.record(em, {
          kind: RegisterChangeKind.REFERENCE,
          entityType: "Source",
          entityId: 1,
          provinceId: null,
          platformId: null,
          presenceId: null,
          draft: false,
        });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    // The next committed write is the first event the subscriber sees.
    await writer.gql(RECORD_STATUS, { i: statusInput("PV20", "facebook", "live 4") }, callers.admin);
    expect((await sub.received(1)).map((e) => e.data.registerChanged)).toEqual([
      { kind: "PLATFORM_STATUS", provinceCode: "PV20", platformSlug: "facebook" },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sub.events).toHaveLength(1);
    await sub.close();
  });

  it("a draft's event reaches those who may read drafts, not anonymous subscribers", async () => {
    const QUERY = `subscription { registerChanged(provinces: ["PV23"]) { kind provinceCode } }`;
    const anonymous = subscribe(reader, QUERY);
    const ipo = subscribe(reader, QUERY, { Authorization: callers.ipo.authorization });
    await Promise.all([anonymous.acknowledged, ipo.acknowledged]);
    await subscribers(reader, 2);
    const created = await writer.gql(
      `mutation($i: CreateAssessmentInput!) { createAssessment(input: $i) { assessment { id state } userErrors { code } } }`,
      {
        i: {
          provinceCode: "PV23",
          provenance: { ownStatement: true },
          heldOn: "2026-02-01",
          method: "Waardengedreven gesprek (CODIO)",
          disciplines: ["privacy"],
        },
      },
      callers.overijssel,
    );
    expect(created.data!.createAssessment.assessment.state).toBe("DRAFT");
    expect((await ipo.received(1)).map((e) => e.data.registerChanged)).toEqual([
      { kind: "ASSESSMENT", provinceCode: "PV23" },
    ]);
    // Published: now public, so the anonymous subscriber's first event is the publication.
    const published = await writer.gql(
      `mutation($i: AssessmentIdInput!) { publishAssessment(input: $i) { assessment { state } userErrors { code } } }`,
      { i: { assessmentId: created.data!.createAssessment.assessment.id } },
      callers.overijssel,
    );
    expect(published.data!.publishAssessment.assessment.state).toBe("PUBLISHED");
    expect((await anonymous.received(1)).map((e) => e.data.registerChanged)).toEqual([
      { kind: "ASSESSMENT", provinceCode: "PV23" },
    ]);
    expect((await ipo.received(2)).length).toBe(2);
    await Promise.all([anonymous.close(), ipo.close()]);
  });

  it("refuses unknown keys, queries over WebSocket, and more subscriptions than the cap (20 per connection)", async () => {
    const client = createClient({
      url: `${reader.url.replace("http", "ws")}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const outcomes: string[] = [];
    const disposers = Array.from({ length: 21 }, (_, i) =>
      client.subscribe(
        { query: `subscription S${i} { registerChanged { kind } }` },
        { next: () => undefined, error: (e) => outcomes.push(`${i}: ${JSON.stringify(e)}`), complete: () => undefined },
      ),
    );
    const deadline = Date.now() + ARRIVES_MS;
    while (outcomes.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatch(/^20: .*At most 20 subscriptions per connection/);
    disposers.forEach((dispose) => dispose());
    await client.dispose();

    const unknown = subscribe(reader, `subscription { registerChanged(provinces: ["Atlantis"]) { kind } }`);
    await unknown.received(1);
    expect(JSON.stringify(unknown.errors[0] ?? unknown.events[0])).toContain("Atlantis");
    await unknown.close();
    const query = subscribe(reader, `{ provinces { code } }`);
    await query.received(1);
    expect(JSON.stringify(query.errors[0])).toContain("Only subscriptions go over WebSocket");
    await query.close();
  });
});

describe("subscriptions: tokens, connection cap and shutdown (PUBLIC_READ=false, 2 connections per client)", () => {
  let server: TestServer;
  let callers: Awaited<ReturnType<typeof issueCallers>>;
  beforeAll(async () => {
    server = await startTestServer({ env: { PUBLIC_READ: "false", WS_MAX_CONNECTIONS_PER_CLIENT: "2" } });
    callers = await issueCallers(server.dataSource);
  }, 120_000);
  afterAll(() => server?.close());

  /** Connects and resolves with how the connection ended or "acknowledged". */
  function connect(connectionParams: Record<string, unknown>): Promise<{ outcome: string; client: Client }> {
    return new Promise((resolve) => {
      const client = createClient({
        url: `${server.url.replace("http", "ws")}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
      });
      client.on("connected", () => resolve({ outcome: "acknowledged", client }));
      client.on("closed", (event) => resolve({ outcome: `closed ${(event as { code: number }).code}`, client }));
      client.on("error", (error) => resolve({ outcome: `error ${String((error as Error).message ?? error)}`, client }));
    });
  }

  it("without a token, or with a bad one, the connection is closed (4403); with a token it is acknowledged", async () => {
    const anonymous = await connect({});
    expect(anonymous.outcome).toBe("closed 4403");
    const bad = await connect({ Authorization: "Bearer smc_not-a-real-token" });
    expect(bad.outcome).toBe("closed 4403");
    const ipo = await connect({ Authorization: callers.ipo.authorization });
    expect(ipo.outcome).toBe("acknowledged");
    await ipo.client.dispose();
  });

  it("a third connection from one address is refused (429); draining closes the others with 1001", async () => {
    const first = await connect({ Authorization: callers.ipo.authorization });
    const second = await connect({ Authorization: callers.ipo.authorization });
    expect([first.outcome, second.outcome]).toEqual(["acknowledged", "acknowledged"]);
    const third = await new Promise<string>((resolve) => {
      const ws = new WebSocket(`${server.url.replace("http", "ws")}/graphql`, "graphql-transport-ws");
      ws.on("unexpected-response", (_req, res) => resolve(`HTTP ${res.statusCode}`));
      ws.on("open", () => resolve("open"));
      ws.on("error", (error) => resolve(`error ${error.message}`));
    });
    expect(third).toBe("HTTP 429");
    const closed = new Promise<number[]>((resolve) => {
      const codes: number[] = [];
      for (const { client } of [first, second])
        client.on("closed", (event) => {
          codes.push((event as { code: number }).code);
          if (codes.length === 2) resolve(codes);
        });
    });
    server.app.drain();
    expect(await closed).toEqual([1001, 1001]);
    await Promise.all([first.client.dispose(), second.client.dispose()]);
  });
});
