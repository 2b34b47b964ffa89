import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isEmbedded } from "../helpers/test-server";
import {
  RECORD_STATUS,
  issueAdminToken,
  post,
  queryDatabase,
  serviceEnv,
  startService,
  statusInput,
} from "../helpers/service-process";
import { diskSpace, startWatchdog } from "../../src/db/storage";

const MB = 1024 * 1024;

/** Mounts a small tmpfs (needs root); undefined when mounting is not permitted here. */
function mountTmpfs(sizeMb: number): string | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smc-disk-"));
  const run = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${sizeMb}m`, "tmpfs", dir], { encoding: "utf8" });
  if (run.status === 0) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  return undefined;
}

/** Makes the file `filler` take all but `leaveBytes` of the disk's free space (none: fills it to the last byte). */
async function fill(dir: string, leaveBytes: number): Promise<void> {
  const filler = path.join(dir, "filler");
  const { freeBytes } = await diskSpace(dir);
  const blocks = Math.max(0, Math.floor((freeBytes - leaveBytes) / (64 * 1024)));
  spawnSync("dd", ["if=/dev/zero", `of=${filler}`, "bs=64k", `count=${blocks}`, "oflag=append", "conv=notrunc"]);
  if (leaveBytes === 0) spawnSync("dd", ["if=/dev/zero", `of=${filler}`, "bs=4k", "oflag=append", "conv=notrunc"]);
}

const mounted = isEmbedded() ? mountTmpfs(96) : undefined;
if (!isEmbedded()) console.info("disk full: concerns the embedded database (run without DATABASE_URL); skipped");
else if (!mounted) console.info("disk full: `mount -t tmpfs` is not permitted here (needs root); skipped");
const describeOnTmpfs = mounted ? describe : describe.skip;

describeOnTmpfs("a full disk under the embedded database (a 96 MB tmpfs)", () => {
  afterAll(() => {
    spawnSync("umount", [mounted!]);
    fs.rmSync(mounted!, { recursive: true, force: true });
  });

  it("refuses writes cleanly below MIN_FREE_DISK_MB, says so at start-up, and keeps every acknowledged write", async () => {
    const dataDir = path.join(mounted!, "data");
    const env = serviceEnv({ dataDir }, { MIN_FREE_DISK_MB: "16", DB_WATCHDOG_MS: "60000" });
    const auth = issueAdminToken(env);
    const acknowledged: string[] = [];
    const write = async (url: string, reason: string) => {
      const res = await post(url, RECORD_STATUS, { i: statusInput(reason) }, auth);
      if (res.status === 200 && res.body.data?.recordPlatformStatus?.status) acknowledged.push(reason);
      return res;
    };

    let service = await startService(env);
    try {
      await service.waitFor(/GraphQL on http/);
      for (let n = 0; n < 3; n++) expect((await write(service.url, `disk before ${n}`)).status).toBe(200);

      // Below the threshold: not ready, writes refused with STORAGE_FULL before they start; reads still served.
      await fill(mounted!, 8 * MB);
      const ready = await fetch(`${service.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: "unavailable", reason: "storage low" });
      const refused = await write(service.url, "disk refused");
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("60");
      expect(refused.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
        "STORAGE_FULL",
      ]);
      expect((await post(service.url, "{ provinces { code } }", {})).body.data.provinces).toHaveLength(12);

      service.kill("SIGTERM");
      expect(await service.exited).toBe(0);

      // Start-up on a disk with no space left: one line that says so (or, if PGlite manages to start, not ready).
      await fill(mounted!, 0);
      service = await startService(env);
      const started = await Promise.race([
        service.waitFor(/GraphQL on http/).then(() => true),
        service.exited.then(() => false),
      ]);
      if (started) {
        expect((await fetch(`${service.url}/ready`)).status).toBe(503);
        service.kill("SIGTERM");
        expect(await service.exited).toBe(0);
      } else {
        expect(await service.exited).toBe(1);
        expect(service.output().trim().split("\n")).toEqual([
          expect.stringMatching(/^Start failed: The disk holding DATA_DIR .* is full \(\d+\.\d MB free\)/),
        ]);
      }

      // Space freed: the service starts, is ready, writes again, and every acknowledged write is there.
      fs.rmSync(path.join(mounted!, "filler"));
      service = await startService(env);
      await service.waitFor(/GraphQL on http/);
      expect((await fetch(`${service.url}/ready`)).status).toBe(200);
      expect((await write(service.url, "disk after")).status).toBe(200);
      service.kill("SIGTERM");
      expect(await service.exited).toBe(0);
      const stored = queryDatabase<{ reason: string }>(
        { dataDir },
        "SELECT reason FROM platform_status WHERE reason LIKE 'disk %' ORDER BY reason",
      ).map((r) => r.reason);
      expect(stored).toEqual([...acknowledged].sort());
      expect(acknowledged).toEqual(["disk before 0", "disk before 1", "disk before 2", "disk after"]);
    } finally {
      service.kill("SIGKILL");
      await service.exited;
    }
  }, 600_000);
});

describe("the embedded database's watchdog", () => {
  it("calls out a database that answers nothing; an answer, even an error, is alive", async () => {
    let hung = 0;
    const stopSilent = startWatchdog(
      () => new Promise(() => undefined),
      200,
      () => (hung += 1),
    );
    const stopFailing = startWatchdog(
      () => Promise.reject(new Error("disk full")),
      200,
      () => (hung += 10),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    stopSilent();
    stopFailing();
    expect(hung).toBe(1);
  });
});
