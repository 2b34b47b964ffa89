import { startTestServer, type TestServer } from "../helpers/test-server";
import { countRows, issueCallers } from "../helpers/writes";
import { addYears, todayInNetherlands } from "../../src/domain/dates";

/**
 * The audit trail (issue 11): it stores the server's own request id, with the client's `X-Request-Id` kept apart as
 * the correlation id; a status dated more than a year before or after today needs a reason and is flagged FAR_DATED.
 */
let server: TestServer;
let callers: Awaited<ReturnType<typeof issueCallers>>;
beforeAll(async () => {
  server = await startTestServer();
  callers = await issueCallers(server.dataSource);
});
afterAll(() => server.close());

const RECORD = `mutation($i: RecordPlatformStatusInput!) {
  recordPlatformStatus(input: $i) { status { id validFrom reason } userErrors { field code message } }
}`;
const AUDIT = `query($f: AuditEventFilterInput) {
  auditEvents(first: 10, filter: $f) { totalCount nodes { action entityId actorName requestId correlationId flags } }
}`;
const status = (validFrom: string, extra: Record<string, unknown> = {}) => ({
  provinceCode: "PV26",
  platformSlug: "mastodon",
  validFrom,
  status: "ACTIVE",
  provenance: { ownStatement: true },
  ...extra,
});
/** One day before or after a date (`YYYY-MM-DD`). */
const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe("request id and correlation id", () => {
  it("two writes sent with the same X-Request-Id get different audit request ids, both with that correlation id", async () => {
    const today = todayInNetherlands();
    const sent = { ...callers.utrecht, "x-request-id": "same-id-42" };
    const first = await server.gql(RECORD, { i: status(today) }, sent);
    const second = await server.gql(RECORD, { i: status(today, { status: "INACTIVE" }) }, sent);
    expect(first.data!.recordPlatformStatus.userErrors).toEqual([]);
    expect(second.data!.recordPlatformStatus.userErrors).toEqual([]);
    // The response says both: the server's id in X-Request-Id (and extensions), the client's in X-Correlation-Id.
    const ids = [first, second].map((res) => res.headers.get("x-request-id"));
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect([first, second].map((res) => res.extensions!.requestId)).toEqual(ids);
    expect([first, second].map((res) => res.headers.get("x-correlation-id"))).toEqual(["same-id-42", "same-id-42"]);

    const audit = await server.gql(AUDIT, { f: { correlationId: "same-id-42" } }, callers.admin);
    expect(audit.data!.auditEvents).toEqual({
      totalCount: 2,
      nodes: [
        {
          action: "recordPlatformStatus",
          entityId: second.data!.recordPlatformStatus.status.id,
          actorName: "Communicatie Utrecht",
          requestId: ids[1],
          correlationId: "same-id-42",
          flags: [],
        },
        {
          action: "recordPlatformStatus",
          entityId: first.data!.recordPlatformStatus.status.id,
          actorName: "Communicatie Utrecht",
          requestId: ids[0],
          correlationId: "same-id-42",
          flags: [],
        },
      ],
    });
    // Nothing is stored under the client's id as a request id.
    const byRequestId = await server.gql(AUDIT, { f: { requestId: "same-id-42" } }, callers.admin);
    expect(byRequestId.data!.auditEvents.totalCount).toBe(0);
    const byServerId = await server.gql(AUDIT, { f: { requestId: ids[0] } }, callers.admin);
    expect(byServerId.data!.auditEvents.nodes.map((n: { entityId: string }) => n.entityId)).toEqual([
      first.data!.recordPlatformStatus.status.id,
    ]);
  });

  it("without X-Request-Id (or with a malformed one) there is no correlation id", async () => {
    const plain = await server.gql(RECORD, { i: status(todayInNetherlands(), { status: "LEFT" }) }, callers.utrecht);
    const malformed = await server.gql(
      RECORD,
      { i: status(todayInNetherlands(), { status: "ACTIVE" }) },
      { ...callers.utrecht, "x-request-id": "has spaces and ; semicolons" },
    );
    expect(plain.headers.get("x-correlation-id")).toBeNull();
    expect(malformed.headers.get("x-correlation-id")).toBeNull();
    const audit = await server.gql(AUDIT, { f: { actions: ["recordPlatformStatus"] } }, callers.admin);
    const [latest, previous] = audit.data!.auditEvents.nodes;
    expect(latest).toMatchObject({ requestId: malformed.extensions!.requestId, correlationId: null });
    expect(previous).toMatchObject({ requestId: plain.extensions!.requestId, correlationId: null });
  });
});

describe("far-dated statuses", () => {
  const today = todayInNetherlands();
  const yearAgo = addYears(today, -1);
  const yearAhead = addYears(today, 1);

  it.each([
    ["more than a year back", shift(yearAgo, -1)],
    ["more than a year ahead", shift(yearAhead, 1)],
    ["decades back", "1990-01-01"],
  ])("%s without a reason is INVALID on validFrom, naming the rule; nothing is written", async (_label, date) => {
    const before = await countRows(server.dataSource, "platform_status");
    const audits = await countRows(server.dataSource, "audit_event");
    for (const extra of [{}, { reason: null }]) {
      const res = await server.gql(RECORD, { i: status(date, extra) }, callers.utrecht);
      expect(res.data!.recordPlatformStatus).toEqual({
        status: null,
        userErrors: [
          {
            field: ["input", "validFrom"],
            code: "INVALID",
            message: `validFrom ${date} lies more than a year before or after today (${today}): a status dated that far needs a \`reason\` (why the date is right).`,
          },
        ],
      });
    }
    expect(await countRows(server.dataSource, "platform_status")).toBe(before);
    expect(await countRows(server.dataSource, "audit_event")).toBe(audits);
  });

  it("with a reason it is accepted and its audit event is flagged FAR_DATED", async () => {
    const date = shift(yearAgo, -1);
    const res = await server.gql(
      RECORD,
      { i: status(date, { reason: "Volgens het jaarverslag 2024 actief sinds die dag." }) },
      { ...callers.utrecht, "x-request-id": "far-dated-1" },
    );
    expect(res.data!.recordPlatformStatus).toEqual({
      status: {
        id: expect.any(String),
        validFrom: date,
        reason: "Volgens het jaarverslag 2024 actief sinds die dag.",
      },
      userErrors: [],
    });
    const audit = await server.gql(AUDIT, { f: { correlationId: "far-dated-1" } }, callers.admin);
    expect(audit.data!.auditEvents.nodes).toEqual([
      {
        action: "recordPlatformStatus",
        entityId: res.data!.recordPlatformStatus.status.id,
        actorName: "Communicatie Utrecht",
        requestId: res.extensions!.requestId,
        correlationId: "far-dated-1",
        flags: ["FAR_DATED"],
      },
    ]);
  });

  it.each([
    ["exactly a year back", yearAgo],
    ["exactly a year ahead", yearAhead],
  ])("%s needs no reason and is not flagged", async (_label, date) => {
    const res = await server.gql(RECORD, { i: status(date) }, { ...callers.utrecht, "x-request-id": `edge-${date}` });
    expect(res.data!.recordPlatformStatus.userErrors).toEqual([]);
    const audit = await server.gql(AUDIT, { f: { correlationId: `edge-${date}` } }, callers.admin);
    expect(audit.data!.auditEvents.nodes).toEqual([expect.objectContaining({ flags: [] })]);
  });
});
