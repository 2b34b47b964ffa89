import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * `npm run bench:cold-start`: what a newcomer waits for. Starts the service exactly as `npm start` does (scripts/run.js,
 * development mode, embedded database) on a NEW data directory, then again on the now-existing one, and reports for
 * each: seconds from the command to the first answered GraphQL query, and the service's resident memory (RSS, from
 * /proc) after the first comparison (statusMatrix + valueMatrix for every province). Prints the machine's load
 * average beside the figures: on a busy shared machine they say little. `--runs N` repeats each case (default 1).
 */
const root = path.join(__dirname, "..");
const QUERY = `{ statusMatrix { rows { province { code } cells { status } } } valueMatrix { rows { cells { impact } } } }`;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
}

async function once(dataDir: string): Promise<{ firstAnswerS: number; rssMiB: number }> {
  const port = await freePort();
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn" };
  delete env.DATABASE_URL; // the embedded database, as on a newcomer's machine
  delete env.NODE_ENV;
  const child = spawn(process.execPath, ["scripts/run.js", "src/main.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ provinces { code } }" }),
      }).catch(() => undefined);
      if (answer?.ok) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const firstAnswerS = (performance.now() - started) / 1000;
    const comparison = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY }),
    });
    if (!comparison.ok) throw new Error(`the comparison answered ${comparison.status}`);
    // scripts/run.js runs the service in the same process (require), so the child's pid is the service's.
    return { firstAnswerS: +firstAnswerS.toFixed(1), rssMiB: rssMiB(child.pid!) };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

async function main() {
  const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 1;
  const rows: string[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "smc-cold-"));
    fs.rmSync(dataDir, { recursive: true });
    const fresh = await once(dataDir);
    const existing = await once(dataDir);
    rows.push(`| new data directory | ${fresh.firstAnswerS} s | ${fresh.rssMiB} MiB |`);
    rows.push(`| existing data directory | ${existing.firstAnswerS} s | ${existing.rssMiB} MiB |`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.lock`, { force: true });
  }
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");
  process.stdout.write(
    `Cold start of \`npm start\` (embedded database), ${os.cpus().length} cores, load average ${load}\n\n` +
      `| start | first answer | RSS after the first comparison |\n|---|---|---|\n${rows.join("\n")}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:cold-start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
