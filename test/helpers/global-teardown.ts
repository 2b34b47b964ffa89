import fs from "node:fs";
import { Client } from "pg";
import type { EmbeddedDatabase } from "../../src/db/embedded";

/** Stops the embedded database and removes its files, or drops the throw-away PostgreSQL database. */
export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __embeddedDb?: EmbeddedDatabase }).__embeddedDb;
  if (db) {
    await db.close();
    fs.rmSync(db.dataDir, { recursive: true, force: true });
  }
  const name = process.env.TEST_DATABASE_NAME;
  if (name && process.env.DATABASE_URL) {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
}
