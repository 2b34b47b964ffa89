import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../src/db/embedded";

/**
 * Where the tests run. With DATABASE_URL: on that PostgreSQL *server*, in a throw-away database created here and
 * dropped in global-teardown — the database DATABASE_URL names is never touched (test files drop and recreate their
 * schema, which must never happen to a real register). Without it: an embedded PGlite in a temporary directory,
 * started here because PGlite cannot start inside a jest worker.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = "test";
  if (process.env.DATABASE_URL) {
    const name = `smc_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    process.env.TEST_DATABASE_URL = url.toString();
    process.env.TEST_DATABASE_NAME = name;
    process.env.TEST_DATABASE_KIND = "postgresql";
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "smc-test-db-"));
  const db = await startEmbeddedDatabase({ dataDir });
  (globalThis as { __embeddedDb?: EmbeddedDatabase }).__embeddedDb = db;
  process.env.TEST_DATABASE_URL = db.url;
  process.env.TEST_DATABASE_KIND = "embedded";
}
