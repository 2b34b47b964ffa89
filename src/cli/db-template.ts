import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { TEMPLATE_FILE } from "../db/template";

/**
 * `npm run db:template`: makes the empty-cluster template of the installed PGlite version (see src/db/template.ts).
 * Run it after upgrading @electric-sql/pglite and commit the file; remove the old version's file.
 */
async function main() {
  const db = await PGlite.create(); // in memory: nothing of the machine's disk ends up in the image
  const image = await db.dumpDataDir("gzip");
  await db.close();
  fs.mkdirSync(path.dirname(TEMPLATE_FILE), { recursive: true });
  fs.writeFileSync(TEMPLATE_FILE, Buffer.from(await image.arrayBuffer()));
  process.stdout.write(
    `Wrote ${path.relative(process.cwd(), TEMPLATE_FILE)} (${fs.statSync(TEMPLATE_FILE).size} bytes)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`db:template failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
