import { Client } from "pg";
import { startEmbeddedDatabase } from "../../src/db/embedded";
import { seedFingerprint } from "../../seeds/seed";

/**
 * Run as a child process by test/ops/embedded-template.test.ts (PGlite cannot start inside a jest worker): opens the
 * embedded database in argv[2] (with the seeded template when argv[4] is "seeded"), runs argv[3] (SQL), prints `{"initialisedFrom":…,"rows":[…]}` and closes it.
 */
async function main() {
  const db = await startEmbeddedDatabase({
    dataDir: process.argv[2],
    ...(process.argv[4] === "seeded" ? { seeded: seedFingerprint() } : {}),
  });
  try {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const result = await client.query(process.argv[3]);
    await client.end();
    const rows = Array.isArray(result) ? result[result.length - 1].rows : result.rows;
    process.stdout.write(`${JSON.stringify({ initialisedFrom: db.initialisedFrom, rows })}\n`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
