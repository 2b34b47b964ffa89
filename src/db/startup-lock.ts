import { Client } from "pg";
import { logger } from "../logger";

/**
 * The PostgreSQL advisory lock taken while migrating and seeding: instances (and the CLI) starting at the same time
 * on one database run their migrations and seed one after the other, so the later ones find the work done instead
 * of racing it (a rolling deploy that ships a migration; three replicas started at once on an empty database).
 * A fixed, arbitrary 64-bit key ("smc-start").
 */
export const STARTUP_LOCK_KEY = "7236423403011617652";

/**
 * Runs `work` holding the start-up lock of the database at `url`. The lock is held by a connection of its own (not
 * one of the pool's, which `work` needs, and a pool of one would wait for itself); it is a session lock, released
 * when that connection ends, so an instance killed while migrating never leaves it behind.
 */
export async function withStartupLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS locked", [
      STARTUP_LOCK_KEY,
    ]);
    if (!rows[0].locked) {
      logger.info("Start-up: another instance is migrating or seeding this database; waiting for it");
      await client.query("SELECT pg_advisory_lock($1::bigint)", [STARTUP_LOCK_KEY]);
    }
    return await work();
  } finally {
    await client.end().catch(() => undefined); // ends the session: the lock goes with it
  }
}
