import { startTestServer, type TestServer } from "../helpers/test-server";
import { issueCallers } from "../helpers/writes";
import { hashToken } from "../../src/auth/api-token";
import { TokenService } from "../../src/services/token.service";

/**
 * Tokens while running (issue 11): a one-time setup token (made at start while no ADMIN client exists) is exchanged
 * once for the first ADMIN token through the API; admins list the API clients (with when each was last used).
 */
const CLAIM = `mutation($i: ClaimSetupTokenInput!) {
  claimSetupToken(input: $i) { token apiClient { id name role province { code } revokedAt } userErrors { field code message } }
}`;
const CLIENTS = `query($first: Int, $after: String) {
  apiClients(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { name role province { code } createdAt lastUsedAt revokedAt }
  }
}`;
const TOKEN = /^smc_[A-Za-z0-9_-]{43}$/;

/** A client's `last_used_at` once written (it is written beside the request, not awaited): polled, bound on hangs. */
async function lastUsed(server: TestServer, name: string): Promise<Date> {
  const started = Date.now();
  for (;;) {
    const [row] = await server.dataSource.query(`SELECT last_used_at FROM api_client WHERE name = $1`, [name]);
    if (row.last_used_at) return row.last_used_at as Date;
    if (Date.now() - started > 120_000) throw new Error(`${name}: last_used_at was never written`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("claimSetupToken on a fresh installation", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("a start without an ADMIN makes a setup token; a later start replaces it; only the last one works, once", async () => {
    const first = await TokenService.prepareSetupToken(server.dataSource);
    const second = await TokenService.prepareSetupToken(server.dataSource);
    expect(first).toMatch(/^smc_setup_[A-Za-z0-9_-]{43}$/);
    expect(second).toMatch(/^smc_setup_[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    // Only the hash is stored.
    const stored = await server.dataSource.query(`SELECT token_hash, claimed_at FROM setup_token`);
    expect(stored).toEqual([{ token_hash: hashToken(second!), claimed_at: null }]);

    const replaced = await server.gql(CLAIM, { i: { setupToken: first, name: "Beheer" } });
    expect(replaced.status).toBe(401);
    expect(replaced.errors).toEqual([
      expect.objectContaining({
        message: "The setup token is unknown, already used or replaced by a later start.",
        extensions: { code: "UNAUTHENTICATED" },
      }),
    ]);

    const claimed = await server.gql(CLAIM, { i: { setupToken: second, name: "Beheer IPO" } });
    expect(claimed.status).toBe(200);
    const { token, apiClient, userErrors } = claimed.data!.claimSetupToken;
    expect(userErrors).toEqual([]);
    expect(token).toMatch(TOKEN);
    expect(apiClient).toEqual({
      id: expect.any(String),
      name: "Beheer IPO",
      role: "ADMIN",
      province: null,
      revokedAt: null,
    });
    const admin = { authorization: `Bearer ${token}` };
    const me = await server.gql(`{ viewer { role apiClient { name } } }`, {}, admin);
    expect(me.data!.viewer).toEqual({ role: "ADMIN", apiClient: { name: "Beheer IPO" } });
    const [row] = await server.dataSource.query(
      `SELECT s.claimed_at IS NOT NULL AS claimed, c.name, c.token_hash FROM setup_token s JOIN api_client c ON c.id = s.claimed_by_id`,
    );
    expect(row).toEqual({ claimed: true, name: "Beheer IPO", token_hash: hashToken(token) });

    // Audited (without the token), actor `system`.
    const audit = await server.gql(
      `{ auditEvents(first: 5, filter: { actions: ["claimSetupToken"] }) { nodes { actorName entityId after } } }`,
      {},
      admin,
    );
    expect(audit.data!.auditEvents.nodes).toEqual([
      {
        actorName: "system",
        entityId: apiClient.id,
        after: expect.objectContaining({ name: "Beheer IPO", role: "ADMIN", province: null }),
      },
    ]);
    expect(JSON.stringify(audit.data)).not.toContain(token);

    // Used: refused, and so is any later setup token once an ADMIN exists.
    const again = await server.gql(CLAIM, { i: { setupToken: second, name: "Nog een" } });
    expect(again.status).toBe(401);
    expect(again.errors![0].message).toBe(
      "An ADMIN API client exists already: the setup token no longer works; ask an admin for a token.",
    );
    expect(await TokenService.prepareSetupToken(server.dataSource)).toBeNull();
    const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM api_client WHERE role = 'ADMIN'`);
    expect(n).toBe(1);
  });

  it("refuses a malformed token and a blank name, writing nothing", async () => {
    const malformed = await server.gql(CLAIM, { i: { setupToken: "hunter2", name: "X" } });
    expect(malformed.status).toBe(401);
    expect(malformed.errors![0].extensions).toEqual({ code: "UNAUTHENTICATED" });
    const blank = await server.gql(CLAIM, { i: { setupToken: "smc_setup_x", name: "  " } });
    expect(blank.data!.claimSetupToken).toEqual({
      token: null,
      apiClient: null,
      userErrors: [{ field: ["input", "name"], code: "INVALID", message: expect.any(String) }],
    });
  });
});

describe("a revoked ADMIN does not count: a fresh setup token can be claimed again", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("works while every ADMIN client is revoked", async () => {
    const callers = await issueCallers(server.dataSource);
    expect(await TokenService.prepareSetupToken(server.dataSource)).toBeNull();
    await server.dataSource.query(`UPDATE api_client SET revoked_at = now() WHERE role = 'ADMIN'`);
    const setupToken = await TokenService.prepareSetupToken(server.dataSource);
    const claimed = await server.gql(CLAIM, { i: { setupToken, name: "Nieuwe beheerder" } }, callers.ipo);
    expect(claimed.data!.claimSetupToken.userErrors).toEqual([]);
  });
});

describe("apiClients", () => {
  let server: TestServer;
  let callers: Awaited<ReturnType<typeof issueCallers>>;
  beforeAll(async () => {
    server = await startTestServer();
    callers = await issueCallers(server.dataSource);
  });
  afterAll(() => server.close());

  it("is for ADMIN only", async () => {
    const anonymous = await server.gql(CLIENTS, { first: 10 });
    expect(anonymous.errors!.map((e) => e.extensions!.code)).toEqual(["UNAUTHENTICATED"]);
    for (const caller of [callers.utrecht, callers.ipo]) {
      const res = await server.gql(CLIENTS, { first: 10 }, caller);
      expect(res.data).toBeNull();
      expect(res.errors!.map((e) => e.extensions!.code)).toEqual(["FORBIDDEN"]);
    }
  });

  it("lists every client oldest first, with role, province, created, last used and revoked; pages with first/after", async () => {
    // lastUsedAt is written beside the request (not awaited): wait for the admin's first use to land.
    await server.gql(`{ viewer { role } }`, {}, callers.admin);
    for (const name of ["Beheer", "Communicatie Utrecht", "IPO"]) await lastUsed(server, name);
    await server.dataSource.query(`UPDATE api_client SET revoked_at = now() WHERE name = 'IPO'`);
    const page1 = await server.gql(CLIENTS, { first: 3 }, callers.admin);
    expect(page1.data!.apiClients).toEqual({
      totalCount: 4,
      pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
      nodes: [
        {
          name: "Beheer",
          role: "ADMIN",
          province: null,
          createdAt: expect.any(String),
          lastUsedAt: expect.any(String),
          revokedAt: null,
        },
        {
          name: "Communicatie Utrecht",
          role: "PROVINCE_EDITOR",
          province: { code: "PV26" },
          createdAt: expect.any(String),
          lastUsedAt: expect.any(String),
          revokedAt: null,
        },
        {
          name: "Communicatie Overijssel",
          role: "PROVINCE_EDITOR",
          province: { code: "PV23" },
          createdAt: expect.any(String),
          lastUsedAt: null,
          revokedAt: null,
        },
      ],
    });
    const page2 = await server.gql(
      CLIENTS,
      { first: 3, after: page1.data!.apiClients.pageInfo.endCursor },
      callers.admin,
    );
    expect(page2.data!.apiClients).toEqual({
      totalCount: 4,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      nodes: [
        {
          name: "IPO",
          role: "IPO_ANALYST",
          province: null,
          createdAt: expect.any(String),
          lastUsedAt: expect.any(String),
          revokedAt: expect.any(String),
        },
      ],
    });
  });

  it("lastUsedAt is written at most once a minute per client, without changing the data version", async () => {
    const read = async () => {
      const [row] = await server.dataSource.query(
        `SELECT last_used_at FROM api_client WHERE name = 'Communicatie Overijssel'`,
      );
      return row.last_used_at as Date | null;
    };
    expect(await read()).toBeNull();
    const [{ version: before }] = await server.dataSource.query(`SELECT version FROM data_version`);
    await server.gql(`{ viewer { role } }`, {}, callers.overijssel);
    const first = await lastUsed(server, "Communicatie Overijssel");
    expect(first).toBeInstanceOf(Date);
    for (let i = 0; i < 3; i++) await server.gql(`{ viewer { role } }`, {}, callers.overijssel);
    await server.gql(`{ viewer { role } }`, {}, callers.admin); // a request after them: they are done
    expect(await read()).toEqual(first);
    const [{ version: after }] = await server.dataSource.query(`SELECT version FROM data_version`);
    expect(after).toBe(before);
    // The version did not change, yet the list shows the new time: answers showing lastUsedAt are never cached
    // (the previous test asked the same query while it was null).
    const listed = await server.gql(CLIENTS, { first: 3 }, callers.admin);
    expect(listed.headers.get("x-response-cache")).not.toBe("HIT");
    expect(listed.data!.apiClients.nodes[2]).toMatchObject({
      name: "Communicatie Overijssel",
      lastUsedAt: first!.toISOString(),
    });
  });
});
