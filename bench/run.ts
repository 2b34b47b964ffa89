import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { Client } from "pg";
import { createDataSource } from "../src/db/data-source";
import { seedDatabase } from "../seeds/seed";
import { generateDataSet } from "../seeds/generate";
import { AS_OF, GRAPHQL_OPERATION, cellsOf, type Answer } from "./question";
import { DASHBOARD_PATHS, formatPaths, measurePath, type PathMeasurement } from "./paths";
import { TokenService } from "../src/services/token.service";
import { SYSTEM_ACTOR } from "../src/services/audit.service";
import { Role } from "../src/domain/enums";

/**
 * `npm run bench -- --scale 35 --duration 10 --connections 10`
 *
 * 1. Prepares `smc_bench_s<scale>` on the PostgreSQL server of DATABASE_URL (created, migrated, seeded and generated
 *    once; reused while its marker comment matches).
 * 2. Starts, one at a time, each endpoint in its own child process: the floor (node:http + pg, one SQL statement),
 *    the GraphQL service with RESPONSE_CACHE=off, and with RESPONSE_CACHE=on. The load generator (autocannon) runs
 *    in this process; so the endpoint has one core, autocannon and PostgreSQL share the other.
 * 3. Checks that the GraphQL answers and the floor's answer have the same cells, warms each endpoint up, then loads
 *    them one at a time for `--duration` seconds with `--connections` connections, `--rounds` times in turn, and
 *    prints one table of medians. Then, for each GraphQL endpoint, the write row: `--writers` concurrent writers
 *    (recordPlatformStatus, one province each, dated 2030, after the asked `asOf`, so that the read answer does not change) while the read
 *    load runs, with each write's latency. Writes the tables, the machine and
 *    the settings to bench/results/<date>-s<scale>.json. Never fails on timing: only on a wrong answer or a crash.
 */
const DATA_SET_MARK = "smc-bench data set v1";
/** Node flags of every endpoint process (floor and service alike). See bench/README.md. */
const DEFAULT_NODE_OPTIONS = "--max-semi-space-size=64";

interface Options {
  scale: number;
  duration: number;
  connections: number;
  warmup: number;
  poolSize: number;
  rounds: number;
  nodeOptions: string;
  profile: boolean;
  writers: number;
}

interface MeasuredWrites {
  endpoint: string;
  writesPerSecond: number;
  writeP50Ms: number;
  writeP99Ms: number;
  readsPerSecond: number;
  writes: number;
}

interface Endpoint {
  name: string;
  script: string;
  env: Record<string, string>;
  path: string;
}

interface Measured {
  endpoint: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  sqlStatements: string;
  ratioToFloor: number;
  roundsRequestsPerSecond: number[];
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  responseBytes: number;
}

const USAGE = `usage: DATABASE_URL=postgresql://user@host:5432/any npm run bench -- [options]
  --scale N           12 x N public bodies (1 = the 12 provinces, 35 = 420 bodies); default 1
  --duration S        seconds of load per endpoint per round; default 10
  --connections N     concurrent HTTP connections; default 10
  --rounds N          rounds (endpoints take turns); default 3
  --warmup S          seconds of load per endpoint before the first round; default 3
  --pool-size N       database pool of every endpoint; default 10
  --node-options F    V8 flags of every endpoint process
  --writers N         concurrent writers of the write row (0 = no write row); default 4
  --profile           write a V8 CPU profile per endpoint to bench/results/profiles/
See bench/README.md.
`;

function parseOptions() {
  return parseArgs({
    options: {
      scale: { type: "string", default: "1" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
      warmup: { type: "string", default: "3" },
      "pool-size": { type: "string", default: "10" },
      rounds: { type: "string", default: "3" },
      "node-options": { type: "string", default: DEFAULT_NODE_OPTIONS },
      profile: { type: "boolean", default: false },
      writers: { type: "string", default: "4" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

function readOptions(): Options {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const int = (name: string, value: string | undefined, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) {
      process.stderr.write(`--${name} must be an integer >= ${min}; got ${JSON.stringify(value)}\n`);
      process.exit(2);
    }
    return n;
  };
  return {
    scale: int("scale", values.scale, 1),
    duration: int("duration", values.duration, 1),
    connections: int("connections", values.connections, 1),
    warmup: int("warmup", values.warmup, 0),
    poolSize: int("pool-size", values["pool-size"], 1),
    rounds: int("rounds", values.rounds, 1),
    nodeOptions: values["node-options"] ?? DEFAULT_NODE_OPTIONS,
    profile: values.profile ?? false,
    writers: int("writers", values.writers, 0),
  };
}

function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates (or reuses) smc_bench_s<scale>, migrated, seeded and generated: 12 * scale bodies x 10 platforms x 10 snapshots. */
async function prepareDatabase(serverUrl: string, scale: number): Promise<string> {
  const name = `smc_bench_s${scale}`;
  const mark = `${DATA_SET_MARK}; scale ${scale}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const existing = await admin.query<{ mark: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = $1",
      [name],
    );
    if (existing.rows[0]?.mark === mark) {
      log(`database ${name}: reused (${mark})`);
      const url = databaseUrlFor(serverUrl, name);
      const ds = createDataSource(url, 2);
      await ds.initialize();
      await ds.runMigrations({ transaction: "each" });
      await ds.destroy();
      return url;
    }
    if (existing.rows.length > 0) {
      log(`database ${name}: exists without the mark of a complete data set; recreating it`);
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrlFor(serverUrl, name);
  const ds = createDataSource(url, 2);
  await ds.initialize();
  try {
    const started = Date.now();
    await ds.runMigrations({ transaction: "each" });
    await seedDatabase(ds);
    const counts = await generateDataSet(ds, { bodies: 12 * scale, includeProvinces: true });
    await ds.query("ANALYZE");
    await ds.query(`COMMENT ON DATABASE "${name}" IS '${mark}'`);
    log(`database ${name}: created in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
  } finally {
    await ds.destroy();
  }
  return url;
}

async function startChild(
  endpoint: Endpoint,
  databaseUrl: string,
  options: Options,
): Promise<{ child: ChildProcess; url: string }> {
  const nodeArgs = options.profile
    ? ["--cpu-prof", `--cpu-prof-dir=${path.join(__dirname, "results", "profiles")}`]
    : [];
  const flags = options.nodeOptions.split(/\s+/).filter(Boolean);
  const child = spawn(
    process.execPath,
    [...flags, ...nodeArgs, "-r", "@swc-node/register", path.join(__dirname, endpoint.script)],
    {
      cwd: path.join(__dirname, ".."),
      env: {
        ...process.env,
        NODE_OPTIONS: "",
        DATABASE_URL: databaseUrl,
        DB_POOL_SIZE: String(options.poolSize),
        LOG_LEVEL: "warn",
        ...endpoint.env,
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", (line) => {
      try {
        resolve((JSON.parse(line) as { port: number }).port);
      } catch {
        reject(new Error(`${endpoint.name}: unexpected output ${line}`));
      }
    });
    child.once("exit", (code) => reject(new Error(`${endpoint.name} exited with ${code} before listening`)));
  });
  return { child, url: `http://127.0.0.1:${port}${endpoint.path}` };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  await exited;
}

/**
 * The service as in production, counting statements; without rate limits (the load generator is one client on
 * loopback: the limits would answer most requests 429, which would measure the limiter) and with a request timeout
 * above any latency of the big matrix on a loaded machine. Any non-2xx answer under load fails the run.
 */
const SERVICE_ENV = {
  NODE_ENV: "production",
  EXPOSE_SQL_COUNT: "true",
  RATE_LIMIT_ENABLED: "false",
  REQUEST_TIMEOUT_MS: "60000",
  DB_STATEMENT_TIMEOUT_MS: "50000",
};

const REQUEST_BODY = JSON.stringify({ query: GRAPHQL_OPERATION, variables: { asOf: AS_OF } });

interface Response {
  answer: Answer;
  sqlStatements: number | undefined;
  cache: string | null;
  bytes: number;
}

async function ask(url: string): Promise<Response> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: REQUEST_BODY });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: Answer; errors?: unknown; extensions?: { sqlStatements?: number } };
  if (res.status !== 200 || !body.data || body.errors)
    throw new Error(`${url} answered ${res.status}: ${text.slice(0, 500)}`);
  return {
    answer: body.data,
    sqlStatements: body.extensions?.sqlStatements,
    cache: res.headers.get("x-response-cache"),
    bytes: Buffer.byteLength(text),
  };
}

/**
 * Seconds autocannon waits for one answer before it counts a timeout (its default, 10 s, is below what the scale-35
 * matrix can take on a busy machine). A timed-out request is reported in the table (`timeouts`), never a crash.
 */
const REQUEST_TIMEOUT_S = 120;
/** Timed requests per dashboard path and endpoint (after one warm-up). */
const PATH_REPEAT = 5;

function load(url: string, seconds: number, connections: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: REQUEST_BODY,
    connections,
    duration: seconds,
    timeout: REQUEST_TIMEOUT_S,
  });
}

/** An ADMIN token on the benchmark database, for the write row (a new API client per run). */
async function issueWriterToken(databaseUrl: string): Promise<string> {
  const ds = createDataSource(databaseUrl, 1);
  await ds.initialize();
  try {
    const { token } = await ds.transaction((em) =>
      TokenService.issueAsSystem(em, SYSTEM_ACTOR, { name: "bench writer", role: Role.ADMIN, provinceCode: null }),
    );
    return token;
  } finally {
    await ds.destroy();
  }
}

const WRITE_OPERATION = `mutation($i: RecordPlatformStatusInput!) {
  recordPlatformStatus(input: $i) { status { id } userErrors { code message } } }`;
const WRITE_PROVINCES = [
  "PV20",
  "PV21",
  "PV22",
  "PV23",
  "PV24",
  "PV25",
  "PV26",
  "PV27",
  "PV28",
  "PV29",
  "PV30",
  "PV31",
];

/**
 * The write row: `writers` concurrent writers (each on its own province's X presence, dated 2030, after the asked `asOf`, so that the read
 * answer stays the same) for `seconds`, while the read load runs on the same endpoint; each write's latency.
 */
async function measureWrites(
  url: string,
  token: string,
  options: Options,
): Promise<{ latencies: number[]; seconds: number; reads: autocannon.Result }> {
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + options.duration * 1000;
  const writer = async (w: number) => {
    for (let n = 0; performance.now() < until; n++) {
      const t0 = performance.now();
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: WRITE_OPERATION,
          variables: {
            i: {
              provinceCode: WRITE_PROVINCES[w % WRITE_PROVINCES.length],
              platformSlug: "x",
              // Every fact-recording write says where the fact comes from (the writer's own statement here).
              provenance: { ownStatement: true },
              validFrom: "2030-01-01",
              status: n % 2 === 0 ? "ACTIVE" : "INACTIVE",
              reason: `bench writer ${w}`,
            },
          },
        }),
      });
      const body = (await res.json()) as {
        data?: { recordPlatformStatus?: { userErrors: unknown[] } };
        errors?: unknown;
      };
      if (res.status !== 200 || body.errors || body.data?.recordPlatformStatus?.userErrors.length !== 0)
        throw new Error(`write answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
      latencies.push(performance.now() - t0);
    }
  };
  const [reads] = await Promise.all([
    load(url, options.duration, options.connections),
    ...Array.from({ length: options.writers }, (_, w) => writer(w)),
  ]);
  return { latencies, seconds: (performance.now() - started) / 1000, reads };
}

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

async function pgFacts(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const version = (await client.query<{ version: string }>("SELECT version()")).rows[0].version;
    const settings = await client.query<{ name: string; setting: string; unit: string | null }>(
      "SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1) ORDER BY name",
      [["shared_buffers", "work_mem", "max_connections", "effective_cache_size", "jit", "synchronous_commit"]],
    );
    return {
      server: version,
      ...Object.fromEntries(settings.rows.map((s) => [s.name, s.unit ? `${s.setting} ${s.unit}` : s.setting])),
    };
  } finally {
    await client.end();
  }
}

function packageVersion(name: string): string {
  const file = path.join(__dirname, "..", "node_modules", name, "package.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
}

function formatTable(rows: Measured[]): string {
  const header = ["endpoint", "requests/s", "p50 ms", "p99 ms", "SQL/request", "ratio to floor", "timeouts/errors"];
  const body = rows.map((r) => [
    r.endpoint,
    r.requestsPerSecond.toFixed(1),
    r.p50Ms.toFixed(1),
    r.p99Ms.toFixed(1),
    r.sqlStatements,
    `${r.ratioToFloor.toFixed(2)}x`,
    `${r.timeouts}/${r.errors}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? `${"-".repeat(w + 1)}-` : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...body.map(line),
  ].join("\n");
}

async function main() {
  const options = readOptions();
  const loadAverageBefore = os.loadavg();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    process.stderr.write(
      "npm run bench needs DATABASE_URL: a PostgreSQL server on which it may create the database smc_bench_s<scale>,\n" +
        "e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench -- --scale 1\n",
    );
    process.exit(2);
  }
  const databaseUrl = await prepareDatabase(serverUrl, options.scale);

  const endpoints: Endpoint[] = [
    { name: "floor (node:http + pg, 1 SQL)", script: "floor-server.ts", env: {}, path: "/" },
    {
      name: "GraphQL, uncached",
      script: "service-server.ts",
      env: { ...SERVICE_ENV, RESPONSE_CACHE: "off" },
      path: "/graphql",
    },
    {
      name: "GraphQL, cached (unchanged data)",
      script: "service-server.ts",
      env: { ...SERVICE_ENV, RESPONSE_CACHE: "on" },
      path: "/graphql",
    },
  ];

  // All endpoints are started and checked first, then loaded one at a time, round after round (floor, uncached,
  // cached, floor, …): the machine's speed drifts (other processes), and a ratio is only fair between measurements
  // taken close together. Each endpoint's numbers are the median over the rounds; each ratio is the median of the
  // per-round ratios to that round's floor.
  const running: Array<{ endpoint: Endpoint; child: ChildProcess; url: string; first: Response; second: Response }> =
    [];
  const measured: Measured[] = [];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const writes: MeasuredWrites[] = [];
  const paths: PathMeasurement[] = [];
  let floorCells: string[] | undefined;
  try {
    for (const endpoint of endpoints) {
      const { child, url } = await startChild(endpoint, databaseUrl, options);
      const entry = {
        endpoint,
        child,
        url,
        first: undefined as unknown as Response,
        second: undefined as unknown as Response,
      };
      running.push(entry);
      entry.first = await ask(url);
      entry.second = await ask(url);
      const cells = cellsOf(entry.first.answer);
      if (!floorCells) floorCells = cells;
      else {
        const mismatch = cells.findIndex((c, i) => c !== floorCells![i]);
        if (mismatch >= 0 || cells.length !== floorCells.length) {
          throw new Error(
            `${endpoint.name} disagrees with the floor at cell ${mismatch}: ${cells[mismatch]} vs ${floorCells[mismatch]} (${cells.length} vs ${floorCells.length} cells)`,
          );
        }
      }
      if (cellsOf(entry.second.answer).join("\n") !== cells.join("\n"))
        throw new Error(`${endpoint.name}: a second answer differs from the first`);
      log(
        `${endpoint.name}: ${cells.length} cells agree with the floor; ${entry.first.bytes} bytes; statements ${entry.first.sqlStatements}/${entry.second.sqlStatements}, cache ${entry.first.cache}/${entry.second.cache}`,
      );
      if (options.warmup > 0) await load(url, options.warmup, options.connections);
    }
    const results = running.map(() => [] as autocannon.Result[]);
    for (let round = 0; round < options.rounds; round++) {
      for (const [i, e] of running.entries()) {
        const result = await load(e.url, options.duration, options.connections);
        results[i].push(result);
        log(`round ${round + 1}/${options.rounds} ${e.endpoint.name}: ${result.requests.average.toFixed(1)} req/s`);
        // A refused answer (non-2xx) means the endpoint answered something else: not a measurement of the answer.
        if (result.non2xx > 0)
          throw new Error(
            `${e.endpoint.name}: ${result.non2xx} non-2xx answers under load: not a measurement of the answer`,
          );
        // Timeouts and connection errors on a busy machine are reported with the row, not a crash.
        if (result.errors > 0 || result.timeouts > 0)
          log(`${e.endpoint.name}: ${result.timeouts} timed out (> ${REQUEST_TIMEOUT_S} s), ${result.errors} errors`);
      }
    }
    for (const [i, e] of running.entries()) {
      const rs = results[i];
      measured.push({
        endpoint: e.endpoint.name,
        requestsPerSecond: median(rs.map((r) => r.requests.average)),
        p50Ms: median(rs.map((r) => r.latency.p50)),
        p99Ms: median(rs.map((r) => r.latency.p99)),
        sqlStatements:
          e.endpoint.env.RESPONSE_CACHE === "on"
            ? `${e.second.sqlStatements ?? "?"} + 1 version read`
            : String(e.second.sqlStatements ?? "?"),
        ratioToFloor: median(rs.map((r, round) => r.requests.average / results[0][round].requests.average)),
        roundsRequestsPerSecond: rs.map((r) => +r.requests.average.toFixed(1)),
        requests: rs.reduce((a, r) => a + r.requests.total, 0),
        non2xx: rs.reduce((a, r) => a + r.non2xx, 0),
        errors: rs.reduce((a, r) => a + r.errors, 0),
        timeouts: rs.reduce((a, r) => a + r.timeouts, 0),
        responseBytes: e.first.bytes,
      });
    }
    // The dashboard's other paths, idle (one request at a time, after the load rounds), on both GraphQL endpoints.
    for (const e of running.filter((r) => r.endpoint.script === "service-server.ts")) {
      for (const p of DASHBOARD_PATHS) {
        const m = await measurePath(e.endpoint.name, e.url, p, PATH_REPEAT);
        paths.push(m);
        log(`path ${p.name} on ${e.endpoint.name}: ${m.medianMs} ms, ${m.sqlStatements} SQL, ${m.bytes} bytes`);
      }
    }
    if (options.writers > 0) {
      const token = await issueWriterToken(databaseUrl);
      const services = running.filter((e) => e.endpoint.script === "service-server.ts");
      const rounds = services.map(() => [] as Array<Awaited<ReturnType<typeof measureWrites>>>);
      for (let round = 0; round < options.rounds; round++) {
        for (const [i, e] of services.entries()) {
          const result = await measureWrites(e.url, token, options);
          rounds[i].push(result);
          log(`writes ${round + 1}/${options.rounds} ${e.endpoint.name}: ${result.latencies.length} writes`);
          if (result.reads.non2xx > 0) throw new Error(`${e.endpoint.name}: reads refused under writes`);
          if (result.reads.errors > 0 || result.reads.timeouts > 0)
            log(
              `${e.endpoint.name} under writes: ${result.reads.timeouts} reads timed out, ${result.reads.errors} errors`,
            );
        }
      }
      const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)] ?? 0;
      for (const [i, e] of services.entries()) {
        const rs = rounds[i];
        writes.push({
          endpoint: `${e.endpoint.name}, ${options.writers} writers`,
          writesPerSecond: median(rs.map((r) => r.latencies.length / r.seconds)),
          writeP50Ms: median(rs.map((r) => quantile(r.latencies, 0.5))),
          writeP99Ms: median(rs.map((r) => quantile(r.latencies, 0.99))),
          readsPerSecond: median(rs.map((r) => r.reads.requests.average)),
          writes: rs.reduce((a, r) => a + r.latencies.length, 0),
        });
      }
    }
  } finally {
    for (const e of running) await stopChild(e.child);
  }

  const cpus = os.cpus();
  const record = {
    date: new Date().toISOString(),
    command: `npm run bench -- --scale ${options.scale} --duration ${options.duration} --connections ${options.connections} --rounds ${options.rounds}`,
    settings: {
      ...options,
      asOf: AS_OF,
      database: new URL(databaseUrl).pathname.slice(1),
      bodies: 12 * options.scale,
      platformsPerBody: 10,
      snapshotsPerPresence: 10,
      process: "each endpoint in its own child process; autocannon in the parent",
      loadAverageBefore,
      loadAverageAfter: os.loadavg(),
    },
    machine: {
      cpu: cpus[0]?.model ?? "unknown",
      cores: cpus.length,
      memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
      platform: `${os.platform()} ${os.release()}`,
    },
    versions: {
      node: process.version,
      pg: packageVersion("pg"),
      graphql: packageVersion("graphql"),
      "@apollo/server": packageVersion("@apollo/server"),
      "type-graphql": packageVersion("type-graphql"),
      typeorm: packageVersion("typeorm"),
      autocannon: packageVersion("autocannon"),
    },
    postgresql: await pgFacts(databaseUrl),
    cells: floorCells?.length ?? 0,
    results: measured,
    paths,
    writes,
  };
  const table = formatTable(measured);
  process.stdout.write(
    `\nStatus matrix with ratings, all ${12 * options.scale} bodies (scale ${options.scale}, ${record.cells} cells), ` +
      `${options.rounds} rounds x ${options.duration} s x ${options.connections} connections (medians)\n` +
      `${record.machine.cpu}, ${record.machine.cores} cores, ${record.machine.memoryGiB} GiB; node ${process.version}, pg ${record.versions.pg}; ${record.postgresql.server.split(" on ")[0]}\n\n${table}\n`,
  );
  if (paths.length > 0)
    process.stdout.write(
      `\nOther dashboard paths, idle (median of ${PATH_REPEAT} requests after one warm-up; cached: hits)\n\n${formatPaths(paths)}\n`,
    );
  if (writes.length > 0) {
    process.stdout.write(
      `\nWrites (recordPlatformStatus) under the read load above (${options.connections} connections), medians\n\n` +
        `| endpoint | writes/s | write p50 ms | write p99 ms | reads/s meanwhile |\n|---|---:|---:|---:|---:|\n` +
        writes
          .map(
            (w) =>
              `| ${w.endpoint} | ${w.writesPerSecond.toFixed(1)} | ${w.writeP50Ms.toFixed(1)} | ${w.writeP99Ms.toFixed(1)} | ${w.readsPerSecond.toFixed(1)} |`,
          )
          .join("\n") +
        "\n",
    );
  }
  const file = path.join(__dirname, "results", `${record.date.slice(0, 10)}-s${options.scale}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  process.stdout.write(`\nRecorded in ${path.relative(process.cwd(), file)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
