import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../src/db/embedded";

/**
 * Where the tests run: the PostgreSQL at DATABASE_URL when set (a throw-away database: every test file drops and
 * recreates its schema), else an embedded PGlite in a temporary directory, started here because PGlite cannot start
 * inside a jest worker.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = "test";
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
    process.env.TEST_DATABASE_KIND = "postgresql";
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "smc-test-db-"));
  const db = await startEmbeddedDatabase({ dataDir });
  (globalThis as { __embeddedDb?: EmbeddedDatabase }).__embeddedDb = db;
  process.env.TEST_DATABASE_URL = db.url;
  process.env.TEST_DATABASE_KIND = "embedded";
}
