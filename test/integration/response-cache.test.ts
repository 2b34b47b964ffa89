import type { Request } from "express";
import { ANONYMOUS, type Viewer } from "../../src/auth/viewer";
import { Role } from "../../src/domain/enums";
import { startTestServer, type TestServer } from "../helpers/test-server";

/**
 * The response cache is never stale: every write bumps the data version in its own transaction (triggers), the
 * version is read before an operation runs, and the cache key carries the caller's visibility. A header tells a
 * HIT from a MISS, so each test first proves the cache was serving before it proves the answer changed.
 */

/** Tests pick the viewer with a header (stand-in for token authentication): `x-test-viewer: ROLE[:provinceId]`. */
async function viewerFromHeader(req: Request): Promise<Viewer> {
  const header = req.get("x-test-viewer");
  if (!header) return ANONYMOUS;
  const [role, province] = header.split(":");
  return { client: null, role: role as Role, provinceId: province ? Number(province) : null };
}

const STATUS = `query($asOf: Date) { statusMatrix(asOf: $asOf, provinces: ["PV26"], platforms: ["x"]) { rows { cells { status validFrom } } } }`;
const ASSESSMENTS = `{ province(code: "PV26") { assessments { state method } } }`;

let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  a = await startTestServer({ resolveViewer: viewerFromHeader });
  b = await startTestServer({ reset: false, resolveViewer: viewerFromHeader });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

async function utrechtX(server: TestServer): Promise<{ status: string; cache: string | null }> {
  const res = await server.gql(STATUS);
  expect(res.errors).toBeUndefined();
  return { status: res.data!.statusMatrix.rows[0].cells[0].status, cache: res.headers.get("x-response-cache") };
}

async function recordUtrechtX(server: TestServer, status: string): Promise<void> {
  await server.dataSource.query(
    `INSERT INTO platform_status (presence_id, status, valid_from)
     SELECT p.id, $1::presence_status, DATE '2026-01-01' + (SELECT count(*)::int FROM platform_status)
     FROM presence p JOIN province v ON v.id = p.province_id JOIN platform f ON f.id = p.platform_id
     WHERE v.code = 'PV26' AND f.slug = 'x'`,
    [status],
  );
}

describe("response cache", () => {
  it("covers every table: each one bumps the data version on any write", async () => {
    const rows: Array<{ table: string; triggers: string[] }> = await a.dataSource.query(`
      SELECT c.relname AS "table",
             array_remove(array_agg(t.tgname::text), NULL) AS triggers
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
      LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND t.tgname = c.relname || '_bump_data_version'
      WHERE c.relkind = 'r' AND c.relname NOT IN ('typeorm_migrations', 'data_version')
      GROUP BY c.relname ORDER BY c.relname`);
    expect(rows.length).toBeGreaterThanOrEqual(18);
    expect(rows.filter((r) => r.triggers.length === 0).map((r) => r.table)).toEqual([]);

    const before: Array<{ version: string }> = await a.dataSource.query("SELECT version FROM data_version");
    await a.dataSource.query(
      `INSERT INTO source (slug, title, publisher, kind) SELECT 'cache-test', 'T', 'P', kind FROM source LIMIT 1`,
    );
    const after: Array<{ version: string }> = await a.dataSource.query("SELECT version FROM data_version");
    expect(BigInt(after[0].version)).toBeGreaterThan(BigInt(before[0].version));
  });

  it("serves an unchanged read from the cache, with the same answer and no SQL", async () => {
    const first = await a.gql(STATUS, { asOf: "2025-07-01" });
    const second = await a.gql(STATUS, { asOf: "2025-07-01" });
    expect(first.headers.get("x-response-cache")).toBe("MISS");
    expect(second.headers.get("x-response-cache")).toBe("HIT");
    expect(second.data).toEqual(first.data);
    expect(second.extensions!.sqlStatements).toBe(0);
    expect(second.extensions!.requestId).not.toBe(first.extensions!.requestId);
    // Other variables are another entry.
    expect((await a.gql(STATUS, { asOf: "2025-07-02" })).headers.get("x-response-cache")).toBe("MISS");
  });

  it("writes a stored answer's bytes once: the miss's body is the hit's data with its own extensions", async () => {
    const raw = async () => {
      const res = await fetch(`${a.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: STATUS, variables: { asOf: "2025-06-15" } }),
      });
      return { cache: res.headers.get("x-response-cache"), text: await res.text() };
    };
    const miss = await raw();
    const hit = await raw();
    expect([miss.cache, hit.cache]).toEqual(["MISS", "HIT"]);
    // Exactly what JSON.stringify writes for { data, extensions }, and the same data bytes as the hit.
    expect(miss.text).toBe(`${JSON.stringify(JSON.parse(miss.text))}\n`);
    const dataOf = (text: string) => text.slice(0, text.indexOf(',"extensions":'));
    expect(dataOf(miss.text)).toBe(dataOf(hit.text));
    expect(dataOf(miss.text)).toBe(`{"data":${JSON.stringify(JSON.parse(miss.text).data)}`);
  });

  it("shows a write (SQL INSERT of a status snapshot) on the very next read", async () => {
    await utrechtX(a);
    expect(await utrechtX(a)).toEqual({ status: "ACTIVE", cache: "HIT" });
    await recordUtrechtX(a, "INACTIVE");
    expect(await utrechtX(a)).toEqual({ status: "INACTIVE", cache: "MISS" });
    expect(await utrechtX(a)).toEqual({ status: "INACTIVE", cache: "HIT" });
  });

  it("never serves stale data from one instance after a write through another on the same database", async () => {
    await utrechtX(a);
    await utrechtX(b);
    const before = await utrechtX(a);
    expect((await utrechtX(b)).cache).toBe("HIT");
    expect(before.cache).toBe("HIT");
    const next = before.status === "LEFT" ? "ACTIVE" : "LEFT";

    await recordUtrechtX(b, next);
    expect(await utrechtX(a)).toEqual({ status: next, cache: "MISS" });
    expect(await utrechtX(b)).toEqual({ status: next, cache: "MISS" });

    await recordUtrechtX(a, "NOT_PRESENT");
    expect((await utrechtX(b)).status).toBe("NOT_PRESENT");
    expect((await utrechtX(a)).status).toBe("NOT_PRESENT");
  });

  it("never serves a draft cached for one role to another", async () => {
    await a.dataSource.query(
      `INSERT INTO assessment (province_id, held_on, method, state) SELECT id, DATE '2026-03-01', 'Conceptsessie (cachetest)', 'DRAFT' FROM province WHERE code = 'PV26'`,
    );
    const [{ id: utrecht }]: Array<{ id: number }> = await a.dataSource.query(
      `SELECT id FROM province WHERE code = 'PV26'`,
    );
    const [{ id: overijssel }]: Array<{ id: number }> = await a.dataSource.query(
      `SELECT id FROM province WHERE code = 'PV23'`,
    );
    const ask = async (viewer?: string) => {
      const res = await a.gql(ASSESSMENTS, undefined, viewer ? { "x-test-viewer": viewer } : {});
      expect(res.errors).toBeUndefined();
      const states = (res.data!.province.assessments as Array<{ state: string }>).map((x) => x.state);
      return { drafts: states.filter((s) => s === "DRAFT").length, cache: res.headers.get("x-response-cache") };
    };

    // Cached for the ethics committee, with the draft …
    expect(await ask(Role.ETHICS_COMMITTEE)).toEqual({ drafts: 1, cache: "MISS" });
    expect(await ask(Role.ETHICS_COMMITTEE)).toEqual({ drafts: 1, cache: "HIT" });
    // … never served to the anonymous public, nor to another province's editor.
    expect(await ask()).toEqual({ drafts: 0, cache: "MISS" });
    expect(await ask()).toEqual({ drafts: 0, cache: "HIT" });
    expect(await ask(`${Role.PROVINCE_EDITOR}:${overijssel}`)).toEqual({ drafts: 0, cache: "MISS" });
    // Utrecht's own editor sees it, from an entry of its own.
    expect(await ask(`${Role.PROVINCE_EDITOR}:${utrecht}`)).toEqual({ drafts: 1, cache: "MISS" });
    expect(await ask(Role.IPO_ANALYST)).toEqual({ drafts: 1, cache: "MISS" });
    expect(await ask()).toEqual({ drafts: 0, cache: "HIT" });
  });

  it("never stores an answer with errors", async () => {
    const bad = `{ statusMatrix(provinces: ["PV99"]) { rows { province { code } } } }`;
    const first = await a.gql(bad);
    expect(first.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const second = await a.gql(bad);
    expect(second.errors).toBeDefined();
    expect(second.headers.get("x-response-cache")).toBe("MISS");
  });

  it("is off with RESPONSE_CACHE=off", async () => {
    const off = await startTestServer({ reset: false, env: { RESPONSE_CACHE: "off" } });
    try {
      await off.gql(STATUS);
      const res = await off.gql(STATUS);
      expect(res.headers.get("x-response-cache")).toBeNull();
      expect(res.extensions!.sqlStatements).toBeGreaterThan(0);
    } finally {
      await off.close();
    }
  });
});

describe("CSV exports from the response cache", () => {
  const EXPORT = "/export/status-matrix.csv?provinces=PV26&platforms=x&delimiter=semicolon";

  async function download(server: TestServer, path: string, viewer?: string) {
    const res = await fetch(`${server.url}${path}`, { headers: viewer ? { "x-test-viewer": viewer } : {} });
    return {
      status: res.status,
      cache: res.headers.get("x-response-cache"),
      statements: res.headers.get("x-sql-statements"),
      type: res.headers.get("content-type"),
      disposition: res.headers.get("content-disposition"),
      body: await res.text(),
    };
  }
  /** The `Statuscode` column of the export's one row (Utrecht on X). */
  const statusOf = (csv: string) => {
    const [header, row] = csv.replace(/^\uFEFF/, "").split("\r\n");
    return row.split(";")[header.split(";").indexOf('"Statuscode"')];
  };

  it("serves an unchanged export from the cache (same bytes and headers, no SQL); a write shows on the very next one", async () => {
    const first = await download(a, EXPORT);
    const second = await download(a, EXPORT);
    expect(first).toMatchObject({ status: 200, cache: "MISS", type: "text/csv; charset=utf-8" });
    expect(Number(first.statements)).toBeGreaterThan(0);
    expect(second).toEqual({ ...first, cache: "HIT", statements: "0" });
    expect(first.disposition).toMatch(/^attachment; filename="statusmatrix-\d{4}-\d{2}-\d{2}\.csv"$/);

    const next = statusOf(first.body) === '"LEFT"' ? "ACTIVE" : "LEFT";
    await recordUtrechtX(b, next);
    const after = await download(a, EXPORT);
    expect(after.cache).toBe("MISS");
    expect(statusOf(after.body)).toBe(`"${next}"`);
    expect(await download(a, EXPORT)).toEqual({ ...after, cache: "HIT", statements: "0" });
    // The other instance never had it and sees the write too.
    expect(statusOf((await download(b, EXPORT)).body)).toBe(`"${next}"`);
  });

  it("keeps an entry per visibility, and another per query string", async () => {
    expect((await download(a, EXPORT, Role.ETHICS_COMMITTEE)).cache).toBe("MISS");
    expect((await download(a, EXPORT, Role.ETHICS_COMMITTEE)).cache).toBe("HIT");
    const anonymous = await download(a, `${EXPORT}&asOf=2025-07-01`);
    expect(anonymous.cache).toBe("MISS");
    expect(statusOf(anonymous.body)).toBe('"ACTIVE"');
    expect((await download(a, `${EXPORT}&asOf=2025-07-01`, Role.IPO_ANALYST)).cache).toBe("MISS");
    expect((await download(a, `${EXPORT}&asOf=2025-07-01`)).cache).toBe("HIT");
  });

  it("never stores a refused export", async () => {
    const bad = "/export/status-matrix.csv?provinces=PV99";
    expect(await download(a, bad)).toMatchObject({ status: 400, cache: "MISS" });
    expect(await download(a, bad)).toMatchObject({ status: 400, cache: "MISS" });
  });
});
