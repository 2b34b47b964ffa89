import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { AS_OF, GRAPHQL_OPERATION } from "./question";

/**
 * `DATABASE_URL=postgresql://…/smc_bench_s35 npm run bench:cpu -- [--requests N] [--rounds R]`: the endpoints' own
 * CPU time per request (user + system, from /proc), one request at a time, for the benchmark's question. On a shared,
 * busy machine throughput swings with the other processes; the CPU time a process spends per request swings much less,
 * so this is how to compare executors there. Endpoints: the floor, the service uncached with the compiled executor,
 * and the service uncached with GRAPHQL_EXECUTOR=graphql-js (each in its own process, taking turns in blocks of N
 * requests, R rounds; medians). Run it on a database `npm run bench` prepared (`smc_bench_s<scale>`).
 */
const ENDPOINTS = [
  { name: "floor (node:http + pg, 1 SQL)", script: "floor-server.ts", env: {}, path: "/" },
  {
    name: "GraphQL uncached, compiled executor",
    script: "service-server.ts",
    env: { GRAPHQL_EXECUTOR: "compiled" },
    path: "/graphql",
  },
  {
    name: "GraphQL uncached, graphql-js executor",
    script: "service-server.ts",
    env: { GRAPHQL_EXECUTOR: "graphql-js" },
    path: "/graphql",
  },
];
const SERVICE_ENV = {
  NODE_ENV: "production",
  EXPOSE_SQL_COUNT: "true",
  RATE_LIMIT_ENABLED: "false",
  REQUEST_TIMEOUT_MS: "120000",
  RESPONSE_CACHE: "off",
  LOG_LEVEL: "warn",
};
const BODY = JSON.stringify({ query: GRAPHQL_OPERATION, variables: { asOf: AS_OF } });

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The process's CPU time so far, in ms (utime + stime, clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function start(e: (typeof ENDPOINTS)[number]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ["--max-semi-space-size=64", "-r", "@swc-node/register", path.join(__dirname, e.script)],
    {
      cwd: path.join(__dirname, ".."),
      env: { ...process.env, NODE_OPTIONS: "", DB_POOL_SIZE: "10", ...SERVICE_ENV, ...e.env },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", (line) =>
      resolve((JSON.parse(line) as { port: number }).port),
    );
    child.once("exit", (code) => reject(new Error(`${e.name} exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}${e.path}` };
}

async function ask(url: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: BODY });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${url}: ${res.status} ${text.slice(0, 300)}`);
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL (a benchmark database) is required");
  const requests = arg("requests", 50);
  const rounds = arg("rounds", 3);
  const running = [];
  for (const e of ENDPOINTS) running.push({ e, ...(await start(e)), cpu: [] as number[], wall: [] as number[] });
  try {
    for (const r of running) for (let i = 0; i < 10; i++) await ask(r.url);
    for (let round = 0; round < rounds; round++) {
      for (const r of running) {
        const before = cpuMs(r.child.pid!);
        for (let i = 0; i < requests; i++) r.wall.push(await ask(r.url));
        r.cpu.push((cpuMs(r.child.pid!) - before) / requests);
      }
    }
  } finally {
    for (const r of running) r.child.kill("SIGTERM");
  }
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");
  const floorCpu = median(running[0].cpu);
  process.stdout.write(
    `One request at a time, ${rounds} rounds x ${requests} requests per endpoint (medians); load average ${load}\n\n` +
      `| endpoint | CPU ms/request | x floor's CPU | latency p50 ms |\n|---|---:|---:|---:|\n` +
      running
        .map(
          (r) =>
            `| ${r.e.name} | ${median(r.cpu).toFixed(1)} | ${(median(r.cpu) / floorCpu).toFixed(2)} | ${median(r.wall).toFixed(1)} |`,
        )
        .join("\n") +
      `\n\nper round CPU ms/request: ${running.map((r) => `${r.e.name}: ${r.cpu.map((c) => c.toFixed(1)).join(", ")}`).join("; ")}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:cpu failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
