import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import {
  PGLITE_VERSION,
  SEEDED_TEMPLATE_FILE,
  TEMPLATE_FILE,
  readSeededManifest,
  seededTemplateMismatch,
} from "../../src/db/template";
import { seedFingerprint } from "../../seeds/seed";
import { memoData } from "../../seeds/memo-data";

/** The embedded database's cold start: a new data directory is unpacked from the committed empty-cluster template. */
const root = path.join(__dirname, "../..");

async function probe(
  dataDir: string,
  sql: string,
  seeded = false,
): Promise<{ initialisedFrom: string; rows: unknown[] }> {
  // A child process: PGlite cannot start inside a jest worker.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      "-r",
      "@swc-node/register",
      "test/helpers/embedded-template-probe.ts",
      dataDir,
      sql,
      ...(seeded ? ["seeded"] : []),
    ],
    { cwd: root, encoding: "utf8" },
  );
  return JSON.parse(stdout.trim().split("\n").pop()!);
}

describe("embedded database template", () => {
  it("a template exists for the installed PGlite version (run `npm run db:template` after upgrading PGlite)", () => {
    expect(path.basename(TEMPLATE_FILE)).toBe(`pglite-${PGLITE_VERSION}.tar.gz`);
    expect(fs.existsSync(TEMPLATE_FILE)).toBe(true);
  });

  it("a new data directory starts from the template, keeps what is written, and is reopened as it is", async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "smc-template-"));
    const dataDir = path.join(parent, "data");
    try {
      expect(await probe(dataDir, "CREATE TABLE kept (x int); INSERT INTO kept VALUES (42); SELECT 1 AS ok")).toEqual({
        initialisedFrom: "template",
        rows: [{ ok: 1 }],
      });
      expect(await probe(dataDir, "SELECT x FROM kept")).toEqual({ initialisedFrom: "existing", rows: [{ x: 42 }] });
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  }, 300_000);

  it("the seeded template was made from this code's migrations and seed (else run `npm run db:template`)", () => {
    expect(path.basename(SEEDED_TEMPLATE_FILE)).toBe(`pglite-${PGLITE_VERSION}-seeded.tar.gz`);
    expect(seededTemplateMismatch(readSeededManifest(), seedFingerprint())).toBeUndefined();
    // A changed seed (or a new migration) makes it unusable: the start migrates and seeds instead.
    expect(seededTemplateMismatch(readSeededManifest(), seedFingerprint({ ...memoData, provinces: [] }))).toBe(
      "the seed's data differs",
    );
    expect(
      seededTemplateMismatch(readSeededManifest(), { ...seedFingerprint(), migrations: ["Initial1795946636485"] }),
    ).toBe("the migrations differ");
  });

  it("a new data directory from the seeded template holds the migrated, seeded register, stamped at its start", async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "smc-template-"));
    const dataDir = path.join(parent, "data");
    const before = new Date(Date.now() - 1); // stamps are truncated to the millisecond
    try {
      const stamps = `SELECT
          (SELECT count(*)::int FROM province) AS provinces,
          (SELECT count(*)::int FROM typeorm_migrations) AS migrations,
          (SELECT count(*)::int FROM platform_status WHERE recorded_at < $$${before.toISOString()}$$) AS "stampedBefore",
          (SELECT count(*)::int FROM platform_status WHERE recorded_at > now()) AS "stampedLater",
          (SELECT count(*)::int FROM platform_status) AS snapshots`;
      const fresh = await probe(dataDir, stamps, true);
      expect(fresh.initialisedFrom).toBe("seeded-template");
      const [row] = fresh.rows as Array<Record<string, number>>;
      expect(row).toEqual({
        provinces: 12,
        migrations: seedFingerprint().migrations.length,
        stampedBefore: 0,
        stampedLater: 0,
        snapshots: row.snapshots,
      });
      expect(row.snapshots).toBeGreaterThan(0);
      expect(fs.existsSync(path.join(dataDir, "smc-restamp-pending"))).toBe(false);
      // Reopened as it is: the stamps are not moved again.
      const again = await probe(
        dataDir,
        `SELECT count(*)::int AS n FROM platform_status WHERE recorded_at < $$${before.toISOString()}$$`,
        true,
      );
      expect(again).toEqual({ initialisedFrom: "existing", rows: [{ n: 0 }] });
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  }, 300_000);
});
