import fs from "node:fs";
import type { EmbeddedDatabase } from "../../src/db/embedded";

export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __embeddedDb?: EmbeddedDatabase }).__embeddedDb;
  if (db) {
    await db.close();
    fs.rmSync(db.dataDir, { recursive: true, force: true });
  }
}
