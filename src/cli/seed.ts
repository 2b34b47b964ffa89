import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "../db/open-database";
import { prepareDatabase } from "../../seeds/seed";

/**
 * `npm run seed`: applies the migrations to the configured database (DATABASE_URL, or the embedded one in DATA_DIR)
 * and loads the memo's facts. Idempotent: a second run inserts nothing. Prints one line; on failure one line on
 * stderr and exit code 1 (e.g. when a running service holds the embedded database).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    const { inserted } = await prepareDatabase(db, "always");
    process.stdout.write(`Seed: ${inserted} rows inserted (${db.description})\n`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Seed failed: ${message.replace(/\s*\n\s*/g, " ")}\n`);
  process.exit(1);
});
