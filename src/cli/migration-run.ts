import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "../db/open-database";
import { prepareDatabase } from "../../seeds/seed";

/** `npm run migration:run`: applies pending migrations to the configured database and says which. */
async function main(): Promise<void> {
  const db = await openDatabase(loadConfig());
  try {
    const { applied } = await prepareDatabase(db, "never");
    process.stdout.write(
      `Migrations: ${applied.length} applied${applied.length ? ` (${applied.join(", ")})` : ""} on ${db.description}\n`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Migrations failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
