import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import {
  SEEDED_TEMPLATE_FILE,
  isFreshDataDirectory,
  readSeededManifest,
  seededTemplateMismatch,
  templateFile,
  type SeededManifest,
  type TemplateFingerprint,
} from "./template";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { extract } from "tar";
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
  /**
   * How the cluster came to be: unpacked from the seeded template (migrated and seeded, stamps moved to this start),
   * from the empty-cluster template, made by initdb, or already there.
   */
  initialisedFrom: "seeded-template" | "template" | "initdb" | "existing";
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
  /**
   * The running code's migrations and seed: a new data directory is unpacked from the seeded template when it was
   * made from exactly these (else from the empty template, to be migrated and seeded as usual). Unset: never seeded.
   */
  seeded?: TemplateFingerprint;
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
    // A new data directory is unpacked from a template (src/db/template.ts) instead of running initdb: the seeded one
    // when it matches the code, else the empty cluster. Unpacked on disk, then opened like an existing directory.
    const fresh = isFreshDataDirectory(dataDir);
    const seeded = fresh && options.seeded ? usableSeededTemplate(options.seeded) : undefined;
    const template = seeded ? SEEDED_TEMPLATE_FILE : fresh ? templateFile() : undefined;
    if (template) unpackTemplate(template, dataDir, seeded);
    db = await PGlite.create({
      dataDir,
      startParams: [...PGlite.defaultStartParams, ...EMBEDDED_MEMORY_SETTINGS],
    });
    const restampMarker = path.join(dataDir, RESTAMP_MARKER);
    if (fs.existsSync(restampMarker)) {
      await restamp(db, fs.readFileSync(restampMarker, "utf8").trim());
      fs.rmSync(restampMarker);
      logger.info("Embedded database: a new cluster from the seeded template (migrated and seeded, stamped now)");
    }
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
      initialisedFrom: !fresh ? "existing" : seeded ? "seeded-template" : template ? "template" : "initdb",
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

function usableSeededTemplate(fingerprint: TemplateFingerprint): SeededManifest | undefined {
  const manifest = readSeededManifest();
  const mismatch = seededTemplateMismatch(manifest, fingerprint);
  if (mismatch)
    logger.info(
      { mismatch },
      `Embedded database: the seeded template is not used (${mismatch}); migrating and seeding instead`,
    );
  return mismatch ? undefined : manifest;
}

/** Left in a data directory unpacked from the seeded template until its stamps are moved (see `restamp`). */
const RESTAMP_MARKER = "smc-restamp-pending";

/**
 * Unpacks a template's cluster into `dataDir` (PGlite's own `loadDataDir` copies it through the WebAssembly file
 * system, and the process keeps ~120 MiB more memory than when it opens an existing directory). PG_VERSION, which
 * makes the directory a cluster (`isFreshDataDirectory`), is written last: an unpacking cut short is redone at the
 * next start. From the seeded template, a marker asks for the stamps to be moved (done once the database is open,
 * and again at the next start if that was cut short).
 */
function unpackTemplate(file: string, dataDir: string, seeded: SeededManifest | undefined): void {
  extract({ file, cwd: dataDir, sync: true, filter: (entry) => path.basename(entry) !== "PG_VERSION" });
  if (seeded) fs.writeFileSync(path.join(dataDir, RESTAMP_MARKER), `${seeded.seedStartedAt}\n`, { mode: 0o600 });
  extract({ file, cwd: dataDir, sync: true, filter: (entry) => path.basename(entry) === "PG_VERSION" });
}

/**
 * Moves the template's migration and seed stamps (every timestamptz at or after `seedStartedAt`: `recorded_at`,
 * `published_at`, audit `at`, …) forward so that the last of them is this start's clock. The register then answers
 * — `knownAt` replays, `recordedAt`s, nothing known before the seed ran — exactly as if the migrations and the seed
 * had run at this start (as they do without the template), with the run's own spacing kept and no stamp in the
 * future. The memo's facts themselves are dates (`date` columns) and earlier than the template, so they are not
 * touched. One transaction with triggers off (`session_replication_role = replica`: the append-only guards and the
 * data-version bump; the version sequence comes with the template and nothing is cached yet). Idempotent in effect:
 * a second run (after a start cut short between this commit and the marker's removal) moves them to that start.
 */
async function restamp(db: PGlite, seedStartedAt: string): Promise<void> {
  const from = new Date(seedStartedAt).toISOString();
  await db.exec(`
    BEGIN;
    SET LOCAL session_replication_role = replica;
    DO $$
    DECLARE
      target record;
      latest timestamptz;
      shift interval;
      stamped CURSOR FOR
        SELECT c.relname AS table_name, array_agg(a.attname::text) AS columns
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND a.atttypid = 'timestamptz'::regtype
        GROUP BY c.relname;
      col text;
      m timestamptz;
    BEGIN
      FOR target IN stamped LOOP
        FOREACH col IN ARRAY target.columns LOOP
          EXECUTE format('SELECT max(%I) FROM public.%I WHERE %I >= %L', col, target.table_name, col, '${from}')
            INTO m;
          IF m IS NOT NULL AND (latest IS NULL OR m > latest) THEN latest := m; END IF;
        END LOOP;
      END LOOP;
      IF latest IS NULL THEN RETURN; END IF;
      shift := date_trunc('milliseconds', clock_timestamp()) - latest;
      FOR target IN stamped LOOP
        EXECUTE format('UPDATE public.%I SET %s', target.table_name, (
          SELECT string_agg(format('%1$I = CASE WHEN %1$I >= %2$L THEN %1$I + %3$L ELSE %1$I END', c, '${from}', shift), ', ')
          FROM unnest(target.columns) AS c));
      END LOOP;
    END
    $$;
    COMMIT;`);
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
