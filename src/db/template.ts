import fs from "node:fs";
import path from "node:path";

/**
 * The embedded database's cold start. Creating a new PGlite cluster runs `initdb` inside WebAssembly: about 11 s of
 * CPU and close to 800 MiB of memory, most of a fresh `npm start`. An empty cluster made once with the same PGlite
 * version (`npm run db:template`, committed as src/db/template/pglite-<version>.tar.gz, 4–5 MB) is unpacked into a
 * new data directory instead (PGlite's `loadDataDir`), which takes a fraction of that. The template holds no data of
 * ours: migrations and the seed still run at start as on any empty database. Without a template for the installed
 * PGlite version (after an upgrade), the database is initialised as before and the start-up log says so; a test fails
 * until the template is regenerated.
 */
export const PGLITE_VERSION: string = (
  JSON.parse(
    fs.readFileSync(path.join(path.dirname(require.resolve("@electric-sql/pglite")), "..", "package.json"), "utf8"),
  ) as { version: string }
).version;

/** Beside this module in src/, and copied beside the compiled module by `npm run build`. */
export const TEMPLATE_FILE = path.join(__dirname, "template", `pglite-${PGLITE_VERSION}.tar.gz`);

/** True when `dataDir` holds no cluster yet (PostgreSQL writes PG_VERSION when it initialises one). */
export function isFreshDataDirectory(dataDir: string): boolean {
  return !fs.existsSync(path.join(dataDir, "PG_VERSION"));
}

/** The template as PGlite's `loadDataDir` takes it, or undefined when there is none for this PGlite version. */
export function readTemplate(): Blob | undefined {
  try {
    return new Blob([fs.readFileSync(TEMPLATE_FILE)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
