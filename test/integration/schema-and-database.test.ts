import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { printAppSchema } from "../../src/api/schema";
import { spawnSync } from "node:child_process";
import { seedDatabase } from "../../seeds/seed";
import { lockDataDirectory } from "../../src/db/embedded";
import { startTestServer, type TestServer } from "../helpers/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const count = async (table: string) =>
  Number((await server.dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`))[0].n);

describe("schema", () => {
  it("the committed src/api/schema.graphql is the schema the code builds (run `npm run schema:emit`)", async () => {
    const committed = fs.readFileSync(path.join(__dirname, "../../src/api/schema.graphql"), "utf8");
    expect(await printAppSchema()).toBe(committed);
  });

  it("every type, field, argument, input field and enum value has a description; every enum value a Dutch label", async () => {
    const res = await server.gql(
      `{ __schema { types { name kind description fields { name description args { name description } } inputFields { name description } enumValues { name description } } } }`,
    );
    const ours = res.data!.__schema.types.filter(
      (t: any) => !t.name.startsWith("__") && !["String", "Boolean", "Int", "Float", "ID"].includes(t.name),
    );
    const missing = ours.flatMap((t: any) => [
      ...(t.description ? [] : [t.name]),
      ...(t.fields ?? []).filter((f: any) => !f.description).map((f: any) => `${t.name}.${f.name}`),
      ...(t.fields ?? []).flatMap((f: any) =>
        f.args.filter((a: any) => !a.description).map((a: any) => `${t.name}.${f.name}(${a.name})`),
      ),
      ...(t.inputFields ?? []).filter((f: any) => !f.description).map((f: any) => `${t.name}.${f.name}`),
      ...(t.enumValues ?? [])
        .filter((v: any) => !/^.+ — .+/.test(v.description ?? ""))
        .map((v: any) => `${t.name}.${v.name}`),
    ]);
    expect(missing).toEqual([]);
  });
});

describe("database", () => {
  it("the migrations match the entities (migration:generate would find nothing)", async () => {
    const sql = await server.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("the seed is idempotent: a second run inserts nothing", async () => {
    const before = await Promise.all(
      ["platform_status", "value_rating", "framework_position", "province", "framework_platform"].map(count),
    );
    expect(await seedDatabase(server.dataSource)).toEqual({ inserted: 0 });
    expect(
      await Promise.all(
        ["platform_status", "value_rating", "framework_position", "province", "framework_platform"].map(count),
      ),
    ).toEqual(before);
    expect(before).toEqual([7, 8, 9, 12, 6]);
  });

  it("status history is append-only, enforced by the database", async () => {
    await expect(server.dataSource.query(`UPDATE platform_status SET status = 'LEFT'`)).rejects.toThrow(
      /append-only: UPDATE is not allowed/,
    );
    await expect(server.dataSource.query(`DELETE FROM platform_status`)).rejects.toThrow(
      /append-only: DELETE is not allowed/,
    );
    await expect(server.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(
      /append-only: TRUNCATE is not allowed/,
    );
    expect(await count("platform_status")).toBe(7);
  });

  it("natural keys are unique: one presence per province and platform, one province per code", async () => {
    await expect(
      server.dataSource.query(
        `INSERT INTO presence (province_id, platform_id) SELECT province_id, platform_id FROM presence LIMIT 1`,
      ),
    ).rejects.toThrow(/presence_province_platform_key/);
    await expect(
      server.dataSource.query(
        `INSERT INTO province (code, name, slug, iso_code, tooi_id) VALUES ('PV26', 'x', 'x', NULL, 'x')`,
      ),
    ).rejects.toThrow(/duplicate key/);
    await expect(
      server.dataSource.query(
        `INSERT INTO province (code, name, slug, iso_code, tooi_id) VALUES ('PX99', 'x', 'x', NULL, 'x')`,
      ),
    ).rejects.toThrow(/province_code_format/);
    await expect(
      server.dataSource.query(
        `INSERT INTO platform_status (presence_id, status, valid_from) VALUES (999999, 'ACTIVE', '2025-01-01')`,
      ),
    ).rejects.toThrow(/platform_status_presence_fkey/);
    await expect(
      server.dataSource.query(
        `INSERT INTO platform_status (presence_id, status, valid_from) SELECT id, 'MAYBE', '2025-01-01' FROM presence LIMIT 1`,
      ),
    ).rejects.toThrow(/invalid input value for enum/);
    expect(await count("presence")).toBe(7);
  });

  it("the latest-status query is served by the (presence, validFrom, recordedAt) index", async () => {
    await server.dataSource.query("SET enable_seqscan = off");
    try {
      const plan: Array<{ "QUERY PLAN": string }> = await server.dataSource.query(
        `EXPLAIN SELECT DISTINCT ON (presence_id) * FROM platform_status WHERE presence_id = ANY($1) AND valid_from <= $2
         ORDER BY presence_id, valid_from DESC, recorded_at DESC, id DESC`,
        [[1, 2, 3], "2025-07-01"],
      );
      expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toMatch(/platform_status_latest_idx/);
    } finally {
      await server.dataSource.query("SET enable_seqscan = on");
    }
  });
});

describe("embedded database", () => {
  it("a second process cannot open a data directory in use; it is told why in one line", async () => {
    // PGlite cannot start inside a jest worker, so the lock is held here as a running service holds it, and the
    // second opener is a real process (`npm run seed`).
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "smc-lock-"));
    const release = lockDataDirectory(dataDir);
    try {
      const result = spawnSync(process.execPath, ["-r", "@swc-node/register", "src/cli/seed.ts"], {
        cwd: path.join(__dirname, "../.."),
        env: { ...withoutDatabaseUrl(process.env), DATA_DIR: dataDir },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(
        `Seed failed: The embedded database in ${dataDir} is in use by another process (a running service?): ` +
          `its lock ${dataDir}.lock is held by running process PID ${process.pid}. ` +
          "Stop that process, or set DATA_DIR to another directory, or DATABASE_URL to a PostgreSQL server.",
      );
    } finally {
      release();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("concurrent requests", () => {
  it("50 concurrent reads interleaved with writes all get the right answer", async () => {
    const presence = (
      await server.dataSource.query(
        `SELECT p.id FROM presence p JOIN province pr ON pr.id = p.province_id JOIN platform pl ON pl.id = p.platform_id WHERE pr.code = 'PV23' AND pl.slug = 'x'`,
      )
    )[0].id;
    const reads = Array.from({ length: 50 }, (_, i) =>
      server.gql(
        `query($p: [String!]) { statusMatrix(asOf: "2025-07-01", provinces: $p, platforms: ["x"]) { rows { province { code } cells { status } } } }`,
        { p: [i % 2 ? "PV23" : "PV26"] },
      ),
    );
    const writes = Array.from({ length: 10 }, (_, i) =>
      server.dataSource.transaction(async (m) => {
        await m.query(`INSERT INTO platform_status (presence_id, status, valid_from) VALUES ($1, 'LEFT', $2)`, [
          presence,
          `2030-01-${String(i + 1).padStart(2, "0")}`,
        ]);
      }),
    );
    const [results] = await Promise.all([Promise.all(reads), Promise.all(writes)]);
    results.forEach((res, i) => {
      expect(res.errors).toBeUndefined();
      expect(res.data!.statusMatrix.rows).toEqual([
        { province: { code: i % 2 ? "PV23" : "PV26" }, cells: [{ status: i % 2 ? "INACTIVE" : "ACTIVE" }] },
      ]);
    });
    expect(
      Number(
        (
          await server.dataSource.query(`SELECT count(*)::int AS n FROM platform_status WHERE presence_id = $1`, [
            presence,
          ])
        )[0].n,
      ),
    ).toBe(11);
  });
});

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = env;
  return rest;
}
