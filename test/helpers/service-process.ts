import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import net from "node:net";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** A free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The environment `npm start` / the CLI run with in these tests: the embedded database in `dataDir`, or the
 * PostgreSQL at `databaseUrl`; no explorer, info logs.
 */
export function serviceEnv(db: { dataDir?: string; databaseUrl?: string }, extra: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    LOG_LEVEL: "info",
    EXPLORER: "false",
    RATE_LIMIT_ENABLED: "false",
    // Start-up on a busy machine: PGlite may take seconds to accept its first connection.
    DB_CONNECT_TIMEOUT_MS: "30000",
    ...extra,
  };
  delete env.DATABASE_URL;
  if (db.databaseUrl) env.DATABASE_URL = db.databaseUrl;
  if (db.dataDir) env.DATA_DIR = db.dataDir;
  return env;
}

/** Runs `npm run token` (migrations, seed if empty, an ADMIN token): the Authorization header. */
export function issueAdminToken(env: NodeJS.ProcessEnv): Record<string, string> {
  const run = spawnSync(
    process.execPath,
    ["-r", "@swc-node/register", "src/cli/token.ts", "--role", "ADMIN", "--name", "ops test"],
    { cwd: ROOT, env, encoding: "utf8", timeout: 180_000 },
  );
  if (run.status !== 0) throw new Error(`npm run token failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  const token = run.stdout.trim().split("\n").at(-1)!;
  return { authorization: `Bearer ${token}` };
}

export interface ServiceProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  url: string;
  /** Everything the process wrote, stdout and stderr. */
  output(): string;
  /** Resolves when `pattern` appears in the output (rejects when the process exits first or after `ms`). */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

/** Starts `src/main.ts` as `npm start` does, on a free port. */
export async function startService(env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["-r", "@swc-node/register", "src/main.ts"], {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    kill: (signal) => child.exitCode === null && child.signalCode === null && child.kill(signal),
    async waitFor(pattern, ms = 180_000) {
      // Generous: start-up compiles the sources (swc) and, embedded, boots PGlite — slow on a busy 2-core machine.
      const deadline = Date.now() + ms;
      while (!pattern.test(output)) {
        if (child.exitCode !== null)
          throw new Error(`the service exited (${child.exitCode}) before ${pattern}:\n${output}`);
        if (Date.now() > deadline) throw new Error(`no ${pattern} within ${ms} ms:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

export const RECORD_STATUS = `mutation($i: RecordPlatformStatusInput!) {
  recordPlatformStatus(input: $i) { status { id reason } userErrors { field code message } }
}`;

/** A recordPlatformStatus input for Utrecht on X with this reason (the province's own statement: every fact says where it comes from). */
export const statusInput = (reason: string) => ({
  provinceCode: "PV26",
  platformSlug: "x",
  validFrom: "2026-03-01",
  status: "ACTIVE",
  commentsEnabled: false,
  reason,
  provenance: { ownStatement: true },
});

/** POSTs a GraphQL operation; the status, headers and body. */
export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: Record<string, any> }> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
}

/**
 * Runs one query on the service's database once the service has stopped, in a child process (PGlite cannot start
 * inside a jest worker): the embedded database in `dataDir`, or the PostgreSQL at `databaseUrl`.
 */
export function queryDatabase<T = Record<string, unknown>>(
  db: { dataDir?: string; databaseUrl?: string },
  sql: string,
): T[] {
  const script = `
    require("reflect-metadata");
    const { openDatabase } = require("./src/db/open-database");
    (async () => {
      const db = await openDatabase({ dataDir: process.env.DATA_DIR, databaseUrl: process.env.DATABASE_URL, dbPoolSize: 1 });
      try { process.stdout.write(JSON.stringify(await db.dataSource.query(process.env.SQL))); } finally { await db.close(); }
    })().catch((error) => { process.stderr.write(String(error && error.stack || error)); process.exit(1); });`;
  const run = spawnSync(process.execPath, ["-r", "@swc-node/register", "-e", script], {
    cwd: ROOT,
    env: { ...serviceEnv(db), SQL: sql },
    encoding: "utf8",
    timeout: 180_000,
  });
  if (run.status !== 0) throw new Error(`query failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as T[];
}
