import fs from "node:fs";
import lockfile from "proper-lockfile";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) keeping its files in `dataDir`, served on
 * loopback by pglite-socket so that the ordinary `pg` driver and TypeORM use it exactly like a PostgreSQL server.
 *
 * - A lock file (`<dataDir>.lock`, proper-lockfile) stops a second process from opening the same directory; PGlite
 *   itself has no such lock and two writers would corrupt the files.
 * - The service talks to it through a pool of ONE connection: pglite-socket runs one PGlite session for all its
 *   clients, and pooled connections can interleave extended-protocol messages (electric-sql/pglite #1046, #985).
 *   With one connection, statements and transactions are strictly serialised and always correct.
 */
export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

export class DataDirectoryLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The embedded database in ${dataDir} is in use by another process (a running service?). ` +
        `Stop that process, or set DATA_DIR to another directory, or DATABASE_URL to a PostgreSQL server.`,
    );
    this.name = "DataDirectoryLockedError";
  }
}

export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port?: number;
  maxConnections?: number;
}): Promise<EmbeddedDatabase> {
  const { dataDir } = options;
  fs.mkdirSync(dataDir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, {
      realpath: false,
      stale: 15_000,
      update: 5_000,
      onCompromised: () => undefined,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") throw new DataDirectoryLockedError(dataDir);
    throw error;
  }
  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    db = await PGlite.create({ dataDir });
    server = new PGLiteSocketServer({
      db,
      host: "127.0.0.1",
      port: options.port ?? 0,
      maxConnections: options.maxConnections ?? 4,
    });
    await server.start();
  } catch (error) {
    await server?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    await release().catch(() => undefined);
    throw error;
  }
  const url = `postgresql://postgres@${server.getServerConn()}/postgres`;
  let closed = false;
  return {
    url,
    dataDir,
    async close() {
      if (closed) return;
      closed = true;
      await server!.stop();
      await db!.close();
      await release();
    },
  };
}
