import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { create } from "tar";
import {
  PGLITE_VERSION,
  SEEDED_MANIFEST_FILE,
  SEEDED_TEMPLATE_FILE,
  TEMPLATE_FILE,
  type SeededManifest,
} from "../db/template";
import { openDatabase } from "../db/open-database";
import { prepareDatabase, seedFingerprint } from "../../seeds/seed";

/**
 * `npm run db:template`: makes the embedded database's templates for the installed PGlite version (see
 * src/db/template.ts) and commits nothing itself — commit the files it writes; remove an old version's files.
 * 1. The empty cluster, when there is none for the installed version (after upgrading @electric-sql/pglite), or
 *    with `-- --empty`.
 * 2. The seeded cluster: the empty one after every migration and the memo's seed, with its manifest (after a new
 *    migration or a change to the seed; test/ops/embedded-template.test.ts fails until it is remade).
 */
async function main() {
  if (!fs.existsSync(TEMPLATE_FILE) || process.argv.includes("--empty")) {
    const db = await PGlite.create(); // in memory: nothing of the machine's disk ends up in the image
    const image = await db.dumpDataDir("gzip");
    await db.close();
    fs.mkdirSync(path.dirname(TEMPLATE_FILE), { recursive: true });
    fs.writeFileSync(TEMPLATE_FILE, Buffer.from(await image.arrayBuffer()));
    report(TEMPLATE_FILE);
  }

  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "smc-db-template-"));
  const dataDir = path.join(parent, "data");
  try {
    const opened = await openDatabase({ dataDir, databaseUrl: undefined, dbPoolSize: 1 }); // from the empty template just written
    const seedStartedAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000).toISOString();
    try {
      await prepareDatabase(opened, "always");
    } finally {
      await opened.close();
    }
    const seedEndedAt = new Date(Math.ceil(Date.now() / 1000) * 1000 + 1000).toISOString();
    const seeded = await PGlite.create({ dataDir });
    const last = await lastStamp(seeded, seedStartedAt);
    await seeded.close();
    // Packed from the cleanly closed directory (not PGlite's dump of an open database), so a new data directory
    // unpacked from it opens without crash recovery. Portable and with one fixed mtime: the same cluster gives the
    // same bytes.
    const files = fs.readdirSync(dataDir).sort();
    await create({ gzip: true, file: SEEDED_TEMPLATE_FILE, cwd: dataDir, portable: true, mtime: new Date(0) }, files);
    // The stamps are moved so that the last one is a start's clock: the upper bound is the seed's last stamp.
    const manifest: SeededManifest = {
      pglite: PGLITE_VERSION,
      ...seedFingerprint(),
      seedStartedAt,
      seedEndedAt: last ? new Date(last).toISOString() : seedEndedAt,
    };
    fs.writeFileSync(SEEDED_MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
    report(SEEDED_TEMPLATE_FILE);
    report(SEEDED_MANIFEST_FILE);
  } finally {
    fs.rmSync(parent, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.lock`, { force: true });
  }
}

/** The latest timestamptz of the seed run in any table (the stamps embedded.ts moves to a start's clock). */
async function lastStamp(db: PGlite, since: string): Promise<string | undefined> {
  const { rows: columns } = await db.query<{ t: string; c: string }>(
    `SELECT c.table_name AS t, c.column_name AS c FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.data_type = 'timestamp with time zone'`,
  );
  let last: string | undefined;
  for (const { t, c } of columns) {
    const { rows } = await db.query<{ m: string | null }>(
      `SELECT to_json(max("${c}"))#>>'{}' AS m FROM "${t}" WHERE "${c}" >= $1`,
      [since],
    );
    const m = rows[0]?.m;
    if (m && (!last || new Date(m) > new Date(last))) last = m;
  }
  return last;
}

function report(file: string): void {
  process.stdout.write(`Wrote ${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`db:template failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
