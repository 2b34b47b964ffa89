import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { lockDataDirectory } from "../../src/db/embedded";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { issueToken } from "../helpers/writes";
import { hashToken } from "../../src/auth/api-token";
import { Role } from "../../src/domain/enums";

/** Bearer tokens: issued once, stored as hashes, revocable; the viewer; the token command. */
let server: TestServer;
let admin: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  admin = await issueToken(server.dataSource, Role.ADMIN, "Beheer");
});
afterAll(() => server.close());

const TOKEN = /^smc_[A-Za-z0-9_-]{43}$/;
const VIEWER = `{ viewer { authenticated role apiClient { name revokedAt } province { code } } }`;
const ISSUE = `mutation($i: IssueApiTokenInput!) { issueApiToken(input: $i) { token apiClient { id name role province { code } } userErrors { field code message } } }`;
const REVOKE = `mutation($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { apiClient { id revokedAt } userErrors { field code message } } }`;

it("an anonymous caller is a viewer without client", async () => {
  const res = await server.gql(VIEWER);
  expect(res.data).toEqual({ viewer: { authenticated: false, role: null, apiClient: null, province: null } });
});

it("issueApiToken shows the token once and stores only its SHA-256; the token works at once", async () => {
  const res = await server.gql(
    ISSUE,
    { i: { name: "Communicatie Utrecht", role: "PROVINCE_EDITOR", provinceCode: "PV26" } },
    admin,
  );
  const { token, apiClient, userErrors } = res.data!.issueApiToken;
  expect(userErrors).toEqual([]);
  expect(token).toMatch(TOKEN);
  expect(apiClient).toMatchObject({
    name: "Communicatie Utrecht",
    role: "PROVINCE_EDITOR",
    province: { code: "PV26" },
  });
  const [row] = await server.dataSource.query(`SELECT token_hash FROM api_client WHERE name = 'Communicatie Utrecht'`);
  expect(row.token_hash).toBe(hashToken(token));
  const [{ n }] = await server.dataSource.query(
    `SELECT count(*)::int AS n FROM audit_event WHERE after::text LIKE $1 OR after::text LIKE $2`,
    [`%${token}%`, `%${row.token_hash}%`],
  );
  expect(n).toBe(0);
  const me = await server.gql(VIEWER, {}, { authorization: `Bearer ${token}` });
  expect(me.data).toEqual({
    viewer: {
      authenticated: true,
      role: "PROVINCE_EDITOR",
      apiClient: { name: "Communicatie Utrecht", revokedAt: null },
      province: { code: "PV26" },
    },
  });
});

it("a PROVINCE_EDITOR token needs a province, other roles must not have one", async () => {
  const noProvince = await server.gql(ISSUE, { i: { name: "X", role: "PROVINCE_EDITOR" } }, admin);
  expect(noProvince.data!.issueApiToken).toEqual({
    token: null,
    apiClient: null,
    userErrors: [{ field: ["input", "provinceCode"], code: "INVALID", message: expect.any(String) }],
  });
  const withProvince = await server.gql(ISSUE, { i: { name: "X", role: "IPO_ANALYST", provinceCode: "PV26" } }, admin);
  expect(withProvince.data!.issueApiToken.userErrors).toEqual([
    { field: ["input", "provinceCode"], code: "INVALID", message: expect.any(String) },
  ]);
  const unknown = await server.gql(ISSUE, { i: { name: "X", role: "PROVINCE_EDITOR", provinceCode: "PV99" } }, admin);
  expect(unknown.data!.issueApiToken.userErrors).toEqual([
    { field: ["input", "provinceCode"], code: "NOT_FOUND", message: expect.any(String) },
  ]);
});

it("a revoked token is refused on its next request (HTTP 401, UNAUTHENTICATED); revoking twice is CONFLICT", async () => {
  const issued = await server.gql(ISSUE, { i: { name: "Tijdelijk", role: "ETHICS_COMMITTEE" } }, admin);
  const { token, apiClient } = issued.data!.issueApiToken;
  const bearer = { authorization: `Bearer ${token}` };
  expect((await server.gql(VIEWER, {}, bearer)).data!.viewer.role).toBe("ETHICS_COMMITTEE");
  const revoked = await server.gql(REVOKE, { i: { apiClientId: apiClient.id } }, admin);
  expect(revoked.data!.revokeApiToken.userErrors).toEqual([]);
  expect(revoked.data!.revokeApiToken.apiClient.revokedAt).toEqual(expect.any(String));
  const refused = await server.gql(VIEWER, {}, bearer);
  expect(refused.status).toBe(401);
  expect(refused.data).toBeUndefined();
  expect(refused.errors).toEqual([
    expect.objectContaining({
      message: "The token is unknown or revoked.",
      extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }),
    }),
  ]);
  const twice = await server.gql(REVOKE, { i: { apiClientId: apiClient.id } }, admin);
  expect(twice.data!.revokeApiToken.userErrors).toEqual([
    { field: ["input", "apiClientId"], code: "CONFLICT", message: expect.any(String) },
  ]);
});

it.each([
  ["an unknown token", "Bearer smc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
  ["a malformed token", "Bearer hunter2"],
  ["another scheme", "Basic dXNlcjpwYXNz"],
  ["a bare scheme", "Bearer"],
])("%s is refused with HTTP 401 UNAUTHENTICATED, even for public data", async (_label, authorization) => {
  const res = await server.gql(`{ provinces { code } }`, {}, { authorization });
  expect(res.status).toBe(401);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
});

describe("npm run token", () => {
  const root = path.resolve(__dirname, "../..");
  const run = promisify(execFile);
  const token = (args: string[], env: Record<string, string | undefined>) => {
    const { DATABASE_URL: _ignored, ...base } = process.env;
    return run(process.execPath, ["-r", "@swc-node/register", "src/cli/token.ts", ...args], {
      cwd: root,
      env: { ...base, LOG_LEVEL: "silent", ...env },
    });
  };

  it("issues an ADMIN token on a fresh embedded installation, alone on the last line", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "smc-token-"));
    try {
      const { stdout } = await token(["--role", "ADMIN", "--name", "Eerste beheerder"], {
        DATA_DIR: path.join(dataDir, "db"),
      });
      const lines = stdout.trimEnd().split("\n");
      expect(lines[lines.length - 1]).toMatch(TOKEN);
      expect(lines.length).toBeGreaterThan(1);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("issues a token on the service's database that the running service accepts at once; audit actor `system`", async () => {
    const { stdout } = await token(
      ["--role", "PROVINCE_EDITOR", "--name", "Redactie Overijssel", "--province", "pv23"],
      { DATABASE_URL: process.env.TEST_DATABASE_URL },
    );
    const issued = stdout.trimEnd().split("\n").pop()!;
    const me = await server.gql(VIEWER, {}, { authorization: `Bearer ${issued}` });
    expect(me.data!.viewer).toMatchObject({ authenticated: true, role: "PROVINCE_EDITOR", province: { code: "PV23" } });
    const audit = await server.gql(
      `{ auditEvents(first: 1, filter: { actions: ["issueApiToken"], actorName: "system" }) { nodes { actorName actorRole entityType after } } }`,
      {},
      admin,
    );
    expect(audit.data!.auditEvents.nodes[0]).toMatchObject({
      actorName: "system",
      actorRole: null,
      entityType: "ApiClient",
      after: expect.objectContaining({ name: "Redactie Overijssel", role: "PROVINCE_EDITOR", province: "PV23" }),
    });
  });

  it("says in one line that a running service holds the embedded database, and exits 1", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "smc-token-locked-"));
    const release = lockDataDirectory(dataDir);
    try {
      const failure = await token(["--role", "ADMIN", "--name", "x"], { DATA_DIR: dataDir }).then(
        () => null,
        (e: { code: number; stderr: string; stdout: string }) => e,
      );
      expect(failure).not.toBeNull();
      expect(failure!.code).toBe(1);
      expect(failure!.stdout).toBe("");
      expect(failure!.stderr.trimEnd().split("\n")).toEqual([
        expect.stringContaining("is in use by another process (a running service?)"),
      ]);
    } finally {
      release();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("refuses bad arguments with exit code 2 and the usage", async () => {
    const failure = await token(["--role", "KING", "--name", "x"], {}).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure!.code).toBe(2);
    expect(failure!.stderr).toContain("usage: npm run token");
  });
});
