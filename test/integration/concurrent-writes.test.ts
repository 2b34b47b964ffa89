import { startTestServer, type TestServer } from "../helpers/test-server";
import { countRows, issueToken } from "../helpers/writes";
import { Role } from "../../src/domain/enums";

/**
 * No lost update: 50 writers on one presence at once. With the same `expectedLatestId` exactly one is recorded and
 * 49 get CONFLICT; without it all 50 are recorded. Every recorded write has exactly one audit event; none is lost.
 */
let server: TestServer;
let editor: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  editor = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Redactie Utrecht", "PV26");
});
afterAll(() => server.close());

const RECORD = `mutation($i: RecordPlatformStatusInput!) {
  recordPlatformStatus(input: $i) { status { id reason } userErrors { field code message } }
}`;
const XPRESENCE = `SELECT p.id FROM presence p JOIN province pr ON pr.id = p.province_id JOIN platform pl ON pl.id = p.platform_id WHERE pr.code = 'PV26' AND pl.slug = 'x'`;

async function latestRecordedId(): Promise<string> {
  const res = await server.gql(`{ province(code: "PV26") { presences { platform { slug } latestRecorded { id } } } }`);
  return res.data!.province.presences.find((p: { platform: { slug: string } }) => p.platform.slug === "x")
    .latestRecorded.id;
}

const writers = (n: number, expectedLatestId: string | null) =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      server.gql(
        RECORD,
        {
          i: {
            provinceCode: "PV26",
            provenance: { ownStatement: true },
            platformSlug: "x",
            validFrom: "2026-03-01",
            status: "ACTIVE",
            commentsEnabled: false,
            reason: `writer ${i}`,
            ...(expectedLatestId ? { expectedLatestId } : {}),
          },
        },
        editor,
      ),
    ),
  );

it("50 writers with the same expectedLatestId: exactly one recorded, 49 CONFLICT, one audit event", async () => {
  const [{ id: presenceId }] = await server.dataSource.query(XPRESENCE);
  const expected = await latestRecordedId();
  const snapshotsBefore = await countRows(server.dataSource, "platform_status", "presence_id = $1", [presenceId]);
  const auditBefore = await countRows(server.dataSource, "audit_event", "action = 'recordPlatformStatus'");

  const results = await writers(50, expected);

  expect(results.every((r) => r.errors === undefined)).toBe(true);
  const recorded = results.filter((r) => r.data!.recordPlatformStatus.status !== null);
  const conflicts = results.filter((r) => r.data!.recordPlatformStatus.userErrors.length > 0);
  expect(recorded).toHaveLength(1);
  expect(conflicts).toHaveLength(49);
  for (const r of conflicts) {
    expect(r.data!.recordPlatformStatus).toMatchObject({
      status: null,
      userErrors: [{ field: ["input", "expectedLatestId"], code: "CONFLICT" }],
    });
  }
  expect(await countRows(server.dataSource, "platform_status", "presence_id = $1", [presenceId])).toBe(
    snapshotsBefore + 1,
  );
  expect(await countRows(server.dataSource, "audit_event", "action = 'recordPlatformStatus'")).toBe(auditBefore + 1);
  const winner = recorded[0].data!.recordPlatformStatus.status;
  expect(await latestRecordedId()).toBe(winner.id);
  // The winner's id now works as expectedLatestId; the old one still conflicts.
  const again = await server.gql(
    RECORD,
    {
      i: {
        provinceCode: "PV26",
        provenance: { ownStatement: true },
        platformSlug: "x",
        validFrom: "2026-03-01",
        reason: "Test record: a date that may lie more than a year from today needs a reason.",
        status: "ACTIVE",
        expectedLatestId: winner.id,
      },
    },
    editor,
  );
  expect(again.data!.recordPlatformStatus.userErrors).toEqual([]);
});

it("50 writers without expectedLatestId: all 50 recorded, 50 audit events, none lost", async () => {
  const [{ id: presenceId }] = await server.dataSource.query(XPRESENCE);
  const snapshotsBefore = await countRows(server.dataSource, "platform_status", "presence_id = $1", [presenceId]);
  const auditBefore = await countRows(server.dataSource, "audit_event", "action = 'recordPlatformStatus'");

  const results = await writers(50, null);

  expect(results.map((r) => r.errors ?? r.data!.recordPlatformStatus.userErrors).flat()).toEqual([]);
  const ids = results.map((r) => r.data!.recordPlatformStatus.status.id as string);
  expect(new Set(ids).size).toBe(50);
  expect(await countRows(server.dataSource, "platform_status", "presence_id = $1", [presenceId])).toBe(
    snapshotsBefore + 50,
  );
  expect(await countRows(server.dataSource, "audit_event", "action = 'recordPlatformStatus'")).toBe(auditBefore + 50);
  const audited: Array<{ entity_id: string }> = await server.dataSource.query(
    `SELECT entity_id FROM audit_event WHERE action = 'recordPlatformStatus' ORDER BY id DESC LIMIT 50`,
  );
  expect(audited.map((a) => a.entity_id).sort()).toEqual([...ids].sort());
  const history = await server.gql(`{ province(code: "PV26") { presences { platform { slug } history { id } } } }`);
  const historyIds: string[] = history
    .data!.province.presences.find((p: { platform: { slug: string } }) => p.platform.slug === "x")
    .history.map((h: { id: string }) => h.id);
  for (const id of ids) expect(historyIds).toContain(id);
});

it("a writer on another presence is not held up by, nor conflicts with, the X presence", async () => {
  const expected = await latestRecordedId();
  const [x, li] = await Promise.all([
    server.gql(
      RECORD,
      {
        i: {
          provinceCode: "PV26",
          provenance: { ownStatement: true },
          platformSlug: "x",
          validFrom: "2026-04-01",
          reason: "Test record: a date that may lie more than a year from today needs a reason.",
          status: "INACTIVE",
          expectedLatestId: expected,
        },
      },
      editor,
    ),
    server.gql(
      RECORD,
      {
        i: {
          provinceCode: "PV26",
          provenance: { ownStatement: true },
          platformSlug: "linkedin",
          validFrom: "2026-04-01",
          reason: "Test record: a date that may lie more than a year from today needs a reason.",
          status: "ACTIVE",
        },
      },
      editor,
    ),
  ]);
  expect(x.data!.recordPlatformStatus.userErrors).toEqual([]);
  expect(li.data!.recordPlatformStatus.userErrors).toEqual([]);
});

it("writes racing the revocation of their own token and an upsert of their source: no deadlock, every write recorded or refused", async () => {
  const admin = await issueToken(server.dataSource, Role.ADMIN, "Beheer");
  const racer = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, "Redactie Utrecht (tijdelijk)", "PV26");
  const viewer = await server.gql(`{ viewer { apiClient { id } } }`, undefined, racer);
  const clientId: string = viewer.data!.viewer.apiClient.id;
  const write = (i: number) =>
    server.gql(
      RECORD,
      {
        i: {
          provinceCode: "PV26",
          provenance: { sourceSlug: "utrecht-memo-2025" },
          platformSlug: "x",
          validFrom: "2026-04-01",
          status: "ACTIVE",
          reason: `racer ${i}`,
        },
      },
      racer,
    );
  const results = await Promise.all([
    ...Array.from({ length: 10 }, (_, i) => write(i)),
    server.gql(
      `mutation($id: ID!) { revokeApiToken(input: { apiClientId: $id }) { userErrors { code } } }`,
      { id: clientId },
      admin,
    ),
    ...Array.from({ length: 10 }, (_, i) => write(10 + i)),
    server.gql(
      `mutation { upsertSource(input: { slug: "utrecht-memo-2025", title: "Sociale media-accounts provincie Utrecht (memo)", publisher: "Provincie Utrecht, Corporate Communicatie", kind: MEMO }) { userErrors { code } } }`,
      undefined,
      admin,
    ),
  ]);
  for (const res of results) {
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    expect(codes.filter((c) => c !== "UNAUTHENTICATED")).toEqual([]); // refused because revoked, never an internal error
  }
  const recorded = results.filter((r) => r.data?.recordPlatformStatus?.status).length;
  expect(
    await countRows(
      server.dataSource,
      "audit_event",
      "action = 'recordPlatformStatus' AND actor_name = 'Redactie Utrecht (tijdelijk)'",
    ),
  ).toBe(recorded);
});
