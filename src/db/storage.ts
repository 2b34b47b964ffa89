import fs from "node:fs";

const MB = 1024 * 1024;

/** Free and total bytes of the file system holding `dir` (free: what an unprivileged process may still use). */
export async function diskSpace(dir: string): Promise<{ freeBytes: number; totalBytes: number }> {
  const stat = await fs.promises.statfs(dir);
  return { freeBytes: stat.bavail * stat.bsize, totalBytes: stat.blocks * stat.bsize };
}

/**
 * Watches the free space on the embedded database's disk. Below `minFreeBytes` (MIN_FREE_DISK_MB) `/ready` answers 503
 * and writes are refused with STORAGE_FULL before they start: PGlite that fails to write its WAL hangs for good
 * (a real PostgreSQL would restart), so the service stops writing while there is still room. 0 switches it off.
 */
export class StorageGuard {
  constructor(
    readonly dir: string,
    readonly minFreeBytes: number,
  ) {}

  /** Null while there is enough space; else what is wrong, in one sentence. */
  async lowSpace(): Promise<string | null> {
    if (this.minFreeBytes <= 0) return null;
    const { freeBytes } = await diskSpace(this.dir);
    if (freeBytes >= this.minFreeBytes) return null;
    return (
      `Only ${(freeBytes / MB).toFixed(1)} MB free on the disk of the data directory, below MIN_FREE_DISK_MB=` +
      `${Math.round(this.minFreeBytes / MB)}: writes are refused until space is freed.`
    );
  }
}

/**
 * Calls `onHung` when `ping` (a `SELECT 1` straight to the embedded database) has not answered for `hungAfterMs`. An
 * answer, even an error, means alive: only silence counts (PGlite that failed to write its WAL answers nothing,
 * ever). Returns the function that stops it. The timer does not keep the process alive.
 */
export function startWatchdog(ping: () => Promise<unknown>, hungAfterMs: number, onHung: () => void): () => void {
  let waitingSince: number | null = null;
  const timer = setInterval(
    () => {
      if (waitingSince !== null) {
        if (Date.now() - waitingSince >= hungAfterMs) {
          clearInterval(timer);
          onHung();
        }
        return;
      }
      const started = Date.now();
      waitingSince = started;
      void ping()
        .catch(() => undefined)
        .finally(() => {
          if (waitingSince === started) waitingSince = null;
        });
    },
    Math.max(50, Math.min(5_000, Math.floor(hungAfterMs / 4))),
  );
  timer.unref();
  return () => clearInterval(timer);
}
