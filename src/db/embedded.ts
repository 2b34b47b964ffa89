import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { isFreshDataDirectory, readTemplate } from "./template";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { logger } from "../logger";

/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) keeping its files in `dataDir`, served by
 * pglite-socket so that the ordinary `pg` driver and TypeORM use it exactly like a PostgreSQL server.
 *
 * - **Only this OS user can connect.** pglite-socket has no authentication (every session is the superuser), so it
 *   is served on a Unix socket, never on TCP: `<dataDir>.run/.s.PGSQL.5432`, in a directory of mode 0700 owned by
 *   the service's user, the socket itself 0600. Another OS user (e.g. `nobody`) cannot even reach the socket, and no
 *   port is open. The data directory is made 0700 as well (PostgreSQL's own rule for its files). A process of the
 *   same OS user can connect, as it could read the data files anyway.
 * - **One process per data directory**, by a lock file `<dataDir>.lock` recording the holder's PID, the boot id and
 *   the process's start time. A lock whose process is gone (killed, crashed, or a reboot since) is taken over at
 *   once, with a warning; a lock of a running process refuses the start. PGlite itself has no such lock and two
 *   writers would corrupt the files.
 * - The service talks to it through a pool of ONE connection: pglite-socket runs one PGlite session for all its
 *   clients, and pooled connections can interleave extended-protocol messages (electric-sql/pglite #1046, #985).
 *   With one connection, statements and transactions are strictly serialised and always correct.
 */
/**
 * PostgreSQL's memory settings for the embedded database. initdb's defaults (shared_buffers 128 MB) are sized for a
 * server; in PGlite they live in the WebAssembly heap of this very process, whose pages, once touched, stay resident.
 * The embedded register holds a few thousand rows, so 16 MB of buffers is plenty: measured on the template with a
 * 50 000-row table, RSS 396 → 259 MiB (shared_buffers 8 MB, wal_buffers 1 MB); see bench/README.md "Cold start".
 */
const EMBEDDED_MEMORY_SETTINGS = ["-c", "shared_buffers=16MB", "-c", "wal_buffers=1MB"];

export interface EmbeddedDatabase {
  /** How the cluster came to be: unpacked from the empty-cluster template, made by initdb, or already there. */
  initialisedFrom: "template" | "initdb" | "existing";
  /** A `pg` connection string naming the Unix socket's directory as host. */
  url: string;
  dataDir: string;
  /** The Unix socket the database is served on. */
  socketPath: string;
  /** `SELECT 1` straight to PGlite, past the socket and the pool (the watchdog's probe). */
  ping(): Promise<unknown>;
  close(): Promise<void>;
}

/** A start-up failure about the embedded database that the operator can fix; reported in one line. */
export class EmbeddedDatabaseError extends Error {
  override name = "EmbeddedDatabaseError";
}

export class DataDirectoryLockedError extends EmbeddedDatabaseError {
  override name = "DataDirectoryLockedError";
  constructor(
    readonly dataDir: string,
    readonly pid: number | null,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another process (a running service?): ` +
        `its lock ${dataDir}.lock is held by ${pid === null ? "a running process of an earlier version" : `running process PID ${pid}`}. ` +
        `Stop that process, or set DATA_DIR to another directory, or DATABASE_URL to a PostgreSQL server.`,
    );
  }
}

/** The socket name `pg` looks for in the host directory at the default port (`.s.PGSQL.5432`). */
const SOCKET_NAME = ".s.PGSQL.5432";
/** Unix socket paths are limited to 108 bytes on Linux (104 on macOS); longer ones fall back to a private tmp dir. */
const MAX_SOCKET_PATH = 100;

export async function startEmbeddedDatabase(options: {
  dataDir: string;
  maxConnections?: number;
}): Promise<EmbeddedDatabase> {
  const { dataDir } = options;
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  const release = lockDataDirectory(dataDir);
  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  let runDir: { dir: string; temporary: boolean } | undefined;
  try {
    runDir = privateRunDirectory(dataDir);
    const socketPath = path.join(runDir.dir, SOCKET_NAME);
    fs.rmSync(socketPath, { force: true }); // left by a process that was killed; we hold the lock, so it is stale
    // A new data directory starts from the empty-cluster template (src/db/template.ts) instead of running initdb.
    const fresh = isFreshDataDirectory(dataDir);
    const template = fresh ? readTemplate() : undefined;
    db = await PGlite.create({
      dataDir,
      ...(template ? { loadDataDir: template } : {}),
      startParams: [...PGlite.defaultStartParams, ...EMBEDDED_MEMORY_SETTINGS],
    });
    server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: options.maxConnections ?? 4 });
    await server.start();
    fs.chmodSync(socketPath, 0o600);
    const url = `postgresql://postgres@${encodeURIComponent(runDir.dir)}/postgres`;
    let closed = false;
    const { temporary, dir } = runDir;
    return {
      url,
      dataDir,
      socketPath,
      initialisedFrom: fresh ? (template ? "template" : "initdb") : "existing",
      ping: () => db!.query("SELECT 1"),
      async close() {
        if (closed) return;
        closed = true;
        await server!.stop();
        // pglite-socket rolls back a transaction whose client went away, but asynchronously: make sure no half
        // transaction of a connection destroyed at shutdown is left in the one shared session when PGlite closes.
        if (db!.isInTransaction()) await db!.exec("ROLLBACK");
        await db!.close();
        if (temporary) fs.rmSync(dir, { recursive: true, force: true });
        release();
      },
    };
  } catch (error) {
    await server?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    if (runDir?.temporary) fs.rmSync(runDir.dir, { recursive: true, force: true });
    release();
    throw error;
  }
}

/**
 * `<dataDir>.run`, mode 0700 and owned by this user (refused if someone else made it, or made it a symlink); a
 * fresh private directory under the system's tmp when that path is too long for a Unix socket.
 */
function privateRunDirectory(dataDir: string): { dir: string; temporary: boolean } {
  const dir = `${dataDir}.run`;
  if (path.join(dir, SOCKET_NAME).length > MAX_SOCKET_PATH)
    return { dir: fs.mkdtempSync(path.join(os.tmpdir(), "smc-db-")), temporary: true };
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = fs.lstatSync(dir);
  if (!stat.isDirectory() || (process.getuid && stat.uid !== process.getuid()))
    throw new EmbeddedDatabaseError(
      `${dir} must be a directory owned by the service's user; remove it and start again.`,
    );
  fs.chmodSync(dir, 0o700);
  return { dir, temporary: false };
}

interface LockRecord {
  pid: number;
  /** /proc/sys/kernel/random/boot_id: a lock from before a reboot is stale whatever its PID. */
  bootId: string | null;
  /** The holder's start time (clock ticks since boot, /proc/<pid>/stat): tells a reused PID from the holder. */
  startTime: string | null;
  /** Unique per acquisition, so that a take-over removes exactly the stale lock it judged. */
  nonce: string;
}

/** Locks held by this process (a second open in the same process is refused too). */
const heldHere = new Set<string>();

/**
 * Takes `<dataDir>.lock` for this process, or throws DataDirectoryLockedError naming the running holder. Returns the
 * release function. Exported for tests that hold a data directory as a running service does.
 */
export function lockDataDirectory(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  if (heldHere.has(lockPath)) throw new DataDirectoryLockedError(dataDir, process.pid);
  const mine: LockRecord = { pid: process.pid, ...identity(process.pid), nonce: randomUUID() };
  for (let attempt = 0; attempt < 10; attempt += 1) {
    // Written whole to a private file, then linked into place: link() fails if the lock exists, and a reader never
    // sees a half-written lock.
    const draft = `${lockPath}.${mine.nonce}`;
    fs.writeFileSync(draft, JSON.stringify(mine), { mode: 0o600 });
    try {
      fs.linkSync(draft, lockPath);
      heldHere.add(lockPath);
      return () => {
        heldHere.delete(lockPath);
        if (readLock(lockPath)?.nonce === mine.nonce) fs.rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      fs.rmSync(draft, { force: true });
    }
    if (fs.lstatSync(lockPath, { throwIfNoEntry: false })?.isDirectory()) {
      takeOverLegacyLock(dataDir, lockPath);
      continue;
    }
    const held = readLock(lockPath);
    if (!held) continue; // released meanwhile
    if (isRunning(held)) throw new DataDirectoryLockedError(dataDir, held.pid);
    // Stale: move it aside (atomic), and check that what moved is the lock judged stale, not a fresh one that another
    // starting process put in its place meanwhile (that one is put back, and the next round refuses).
    const aside = `${lockPath}.stale.${mine.nonce}`;
    try {
      fs.renameSync(lockPath, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw error;
    }
    if (readLock(aside)?.nonce !== held.nonce) {
      try {
        fs.linkSync(aside, lockPath);
      } catch {
        // a third process took the place: the next round sees its lock
      }
    } else {
      logger.warn(
        { pid: held.pid, lockPath },
        `Embedded database: stale lock from PID ${held.pid} taken over (that process is gone)`,
      );
    }
    fs.rmSync(aside, { force: true });
  }
  throw new EmbeddedDatabaseError(`Could not take the lock ${lockPath}: other processes keep starting on ${dataDir}.`);
}

/** An earlier version locked with proper-lockfile: a directory `<dataDir>.lock` touched every 5 s while held. */
function takeOverLegacyLock(dataDir: string, lockPath: string): void {
  const stat = fs.statSync(lockPath, { throwIfNoEntry: false });
  if (stat && Date.now() - stat.mtimeMs < 15_000) throw new DataDirectoryLockedError(dataDir, null);
  fs.rmSync(lockPath, { recursive: true, force: true });
  logger.warn({ lockPath }, "Embedded database: stale lock of an earlier version taken over");
}

function readLock(file: string): LockRecord | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockRecord;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    // Unreadable content can only come from outside (locks are linked in whole): treat it as stale.
    return { pid: 0, bootId: null, startTime: null, nonce: "unreadable" };
  }
}

function isRunning(lock: LockRecord): boolean {
  const now = identity(lock.pid);
  if (lock.bootId && now.bootId && lock.bootId !== now.bootId) return false; // rebooted since
  if (!Number.isSafeInteger(lock.pid) || lock.pid <= 0) return false;
  if (lock.pid === process.pid) return false; // not held here (checked first): a PID reused, e.g. PID 1 in a container
  try {
    process.kill(lock.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false; // ESRCH: no such process
  }
  if (procState(lock.pid) === "Z") return false; // killed, not yet reaped
  return !(lock.startTime && now.startTime && lock.startTime !== now.startTime); // the PID was reused
}

/** Linux facts that tell one process from another with the same PID; null elsewhere. */
function identity(pid: number): { bootId: string | null; startTime: string | null } {
  return {
    bootId: readProc("/proc/sys/kernel/random/boot_id")?.trim() ?? null,
    startTime: procStat(pid)?.[19] ?? null,
  };
}

/** /proc/<pid>/stat's fields after the command name (which may contain spaces): [0] state … [19] start time. */
function procStat(pid: number): string[] | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
}

function procState(pid: number): string | undefined {
  return procStat(pid)?.[0];
}

function readProc(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
