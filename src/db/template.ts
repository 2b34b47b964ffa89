import fs from "node:fs";
import path from "node:path";

/**
 * The embedded database's cold start. Creating a new PGlite cluster runs `initdb` inside WebAssembly: about 11 s of
 * CPU and close to 800 MiB of memory, most of a fresh `npm start`. An empty cluster made once with the same PGlite
 * version (`npm run db:template`, committed as src/db/template/pglite-<version>.tar.gz, 4–5 MB) is unpacked into a
 * new data directory instead (src/db/embedded.ts), which takes a fraction of that. The empty template holds no data
 * of ours: migrations and the seed run at start as on any empty database. The seeded template (below) holds both. Without a template for the installed
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

/** The empty-cluster template's file, or undefined when there is none for this PGlite version. */
export function templateFile(): string | undefined {
  return fs.existsSync(TEMPLATE_FILE) ? TEMPLATE_FILE : undefined;
}

/**
 * What a seeded template was made from: the migrations applied (their names, in order) and a hash of the seed's
 * data. The seeded template is used only when this equals the running code's fingerprint (`seedFingerprint()` in
 * seeds/seed.ts); otherwise a new data directory starts from the empty template and migrates and seeds as before.
 */
export interface TemplateFingerprint {
  migrations: string[];
  seed: string;
}

/** The seeded template's manifest (src/db/template/seeded.json), written by `npm run db:template`. */
export interface SeededManifest extends TemplateFingerprint {
  pglite: string;
  /** The generator's clock just before the seed ran: every stamp of the seed run is at or after it. */
  seedStartedAt: string;
  /** The generator's clock just after the seed committed: every stamp of the seed run is at or before it. */
  seedEndedAt: string;
}

/**
 * The empty cluster after every migration and the memo's seed (`npm run db:template`): a fresh `npm start` on the
 * embedded database unpacks it instead of migrating and seeding (about 2 s of a fresh start, and the memory PGlite
 * grows while doing so). Its stamps are moved to the start's clock when unpacked (src/db/embedded.ts), so the
 * register answers exactly as if the seed had run at that start.
 */
export const SEEDED_TEMPLATE_FILE = path.join(__dirname, "template", `pglite-${PGLITE_VERSION}-seeded.tar.gz`);
export const SEEDED_MANIFEST_FILE = path.join(__dirname, "template", "seeded.json");

export function readSeededManifest(): SeededManifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(SEEDED_MANIFEST_FILE, "utf8")) as SeededManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Why the seeded template can not be used for `fingerprint`, or undefined when it can. */
export function seededTemplateMismatch(
  manifest: SeededManifest | undefined,
  fingerprint: TemplateFingerprint,
): string | undefined {
  if (!manifest) return "no seeded template";
  if (manifest.pglite !== PGLITE_VERSION) return `made with PGlite ${manifest.pglite}, installed ${PGLITE_VERSION}`;
  if (manifest.migrations.join("\n") !== fingerprint.migrations.join("\n")) return "the migrations differ";
  if (manifest.seed !== fingerprint.seed) return "the seed's data differs";
  if (!fs.existsSync(SEEDED_TEMPLATE_FILE)) return `${path.basename(SEEDED_TEMPLATE_FILE)} is missing`;
  return undefined;
}
