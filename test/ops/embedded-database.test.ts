import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * The embedded database on a shared host, through real `npm start` processes: served only on an owner-only Unix
 * socket (no TCP port, unreachable for another OS user), one process per data directory, and a lock that a killed
 * process does not leave behind. Runs whatever TEST_DATABASE_KIND: these processes use their own data directory.
 */
const root = path.join(__dirname, "../..");
const HANG_BOUND_MS = 240_000; // a bound on hangs (a start compiles TypeScript and seeds), not on speed
jest.setTimeout(HANG_BOUND_MS * 3);

/** A parent readable by everyone, so that only the service's own permissions stand between `nobody` and the socket. */
const parent = fs.mkdtempSync(path.join(os.tmpdir(), "smc-embedded-"));
fs.chmodSync(parent, 0o755);
const dataDir = path.join(parent, "data");
afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

const env = (extra: Record<string, string>) => {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  return { ...base, NODE_ENV: "development", DATA_DIR: dataDir, LOG_LEVEL: "info", ...extra };
};

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

interface Service {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `npm start` and resolves once it serves (or rejects with its output when it exits first). */
async function startService(extra: Record<string, string> = {}): Promise<Service> {
  const port = await freePort();
  const child = spawn(process.execPath, ["-r", "@swc-node/register", "src/main.ts"], {
    cwd: root,
    env: env({ PORT: String(port), ...extra }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes("GraphQL on http")) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`the service exited with ${code} before serving:\n${output}`));
    });
  });
  return { child, port, output: () => output, exited };
}

const socketDir = `${dataDir}.run`;
const socketPath = path.join(socketDir, ".s.PGSQL.5432");

/** TCP ports on which process `pid` listens (Linux /proc). */
function listeningTcpPorts(pid: number): number[] {
  const inodes = new Set(
    fs
      .readdirSync(`/proc/${pid}/fd`)
      .map((fd) => {
        try {
          return /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        } catch {
          return undefined;
        }
      })
      .filter(Boolean),
  );
  const ports: number[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").trim().split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      const [, localPort] = cols[1].split(":");
      if (cols[3] === "0A" && inodes.has(cols[9])) ports.push(parseInt(localPort, 16));
    }
  }
  return [...new Set(ports)].sort((a, b) => a - b);
}

/** A script that connects to a Unix socket and prints CONNECTED or the error code. */
const probe = path.join(parent, "probe.js");
fs.writeFileSync(
  probe,
  `require("net").connect(process.argv[2]).on("connect", () => { console.log("CONNECTED"); process.exit(0); })` +
    `.on("error", (e) => { console.log(e.code); process.exit(0); });`,
  { mode: 0o644 },
);

/** Whether this test can act as another OS user: run as root, `nobody` exists, and `su` works. */
function suNobody(): string | null {
  if (process.getuid?.() !== 0) return "not running as root";
  const check = spawnSync("su", ["nobody", "-s", "/bin/sh", "-c", "true"], { encoding: "utf8" });
  if (check.error || check.status !== 0) return `su nobody failed: ${check.error?.message ?? check.stderr.trim()}`;
  return null;
}

describe("the embedded database on a shared host", () => {
  let first: Service;
  beforeAll(async () => {
    first = await startService();
  });
  afterAll(() => {
    if (first.child.exitCode === null) first.child.kill("SIGKILL");
  });

  it("is served on an owner-only Unix socket: no TCP port but the HTTP one, directory 0700, socket 0600", () => {
    expect(fs.statSync(socketPath).isSocket()).toBe(true);
    expect(fs.statSync(socketPath).mode & 0o777).toBe(0o600);
    expect(fs.statSync(socketDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(`${dataDir}.lock`).mode & 0o777).toBe(0o600);
    expect(listeningTcpPorts(first.child.pid!)).toEqual([first.port]);
  });

  it("refuses another OS user (nobody) at the socket, while its owner connects", () => {
    const owner = spawnSync(process.execPath, [probe, socketPath], { encoding: "utf8" });
    expect(owner.stdout.trim()).toBe("CONNECTED");
    const skip = suNobody();
    if (skip) {
      console.warn(`SKIPPED the connection attempt as nobody: ${skip}`);
      return;
    }
    const attempt = spawnSync("su", ["nobody", "-s", "/bin/sh", "-c", `${process.execPath} ${probe} ${socketPath}`], {
      encoding: "utf8",
    });
    expect(attempt.stdout.trim()).toBe("EACCES");
  });

  it("refuses a second instance on the same data directory, naming the running holder", async () => {
    const second = spawnSync(process.execPath, ["-r", "@swc-node/register", "src/main.ts"], {
      cwd: root,
      env: env({ PORT: String(await freePort()) }),
      encoding: "utf8",
      timeout: HANG_BOUND_MS,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toBe(
      `Start failed: The embedded database in ${dataDir} is in use by another process (a running service?): ` +
        `its lock ${dataDir}.lock is held by running process PID ${first.child.pid}. ` +
        "Stop that process, or set DATA_DIR to another directory, or DATABASE_URL to a PostgreSQL server.\n",
    );
    expect(first.child.exitCode).toBeNull();
  });

  it("after kill -9, an immediate restart takes the stale lock over and serves; SIGTERM then releases it", async () => {
    const killedPid = first.child.pid!;
    first.child.kill("SIGKILL");
    expect(await first.exited).toBeNull();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true); // left behind by the killed process
    // Production mode, explicitly allowed on the embedded database.
    const restarted = await startService({ NODE_ENV: "production", ALLOW_EMBEDDED_IN_PRODUCTION: "true" });
    try {
      expect(restarted.output()).toContain(
        `"msg":"Embedded database: stale lock from PID ${killedPid} taken over (that process is gone)"`,
      );
      const res = await fetch(`http://127.0.0.1:${restarted.port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ province(code: "PV26") { code } }` }),
      });
      expect(((await res.json()) as { data: unknown }).data).toEqual({ province: { code: "PV26" } });
      expect(listeningTcpPorts(restarted.child.pid!)).toEqual([restarted.port]);
    } finally {
      restarted.child.kill("SIGTERM");
    }
    expect(await restarted.exited).toBe(0);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    expect(fs.existsSync(socketPath)).toBe(false);
  });
});

it("production mode refuses the embedded database unless allowed: one line, exit 1", async () => {
  const result = spawnSync(process.execPath, ["-r", "@swc-node/register", "src/main.ts"], {
    cwd: root,
    env: env({ NODE_ENV: "production", PORT: String(await freePort()), DATA_DIR: path.join(parent, "unused") }),
    encoding: "utf8",
    timeout: HANG_BOUND_MS,
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    "Start failed: NODE_ENV=production needs DATABASE_URL (PostgreSQL); " +
      "set ALLOW_EMBEDDED_IN_PRODUCTION=true to run on the embedded database anyway.\n",
  );
  expect(fs.existsSync(path.join(parent, "unused"))).toBe(false);
});
