/**
 * The other paths a dashboard hits, measured idle (one request at a time, nothing else loading the endpoint): each
 * path's median latency over a few requests after one warm-up, its SQL statements (`extensions.sqlStatements`, or
 * `X-Sql-Statements` for the CSV exports) and its size. On the uncached endpoint every request runs its SQL; on the
 * cached one the second and later requests are hits.
 */
export interface DashboardPath {
  name: string;
  /** A GraphQL operation (POST /graphql) … */
  query?: string;
  /** … or a GET path below the service's root (the CSV exports). */
  get?: string;
}

const YEAR = { from: "2025-01-01", to: "2026-01-01" };

export const DASHBOARD_PATHS: DashboardPath[] = [
  {
    name: "presence status (every presence, `status`)",
    query: `{ provinces { code presences { platform { slug } status(asOf: "2026-01-01") { status validFrom } } } }`,
  },
  {
    name: "history (every presence, default first: 100)",
    query: `{ provinces { code presences { platform { slug } history { status validFrom recordedAt } } } }`,
  },
  {
    name: "history (every presence, first: 10)",
    query: `{ provinces { code presences { platform { slug } history(first: 10) { status validFrom } } } }`,
  },
  {
    name: "followerCounts (every presence, default first: 100)",
    query: `{ provinces { code presences { followerCounts { count measuredOn } } } }`,
  },
  {
    name: "platformSummary + valueSummary",
    query: `{ platformSummary(asOf: "2026-01-01") { rows { platform { slug } active inactive left notPresent unknown } }
              valueSummary(asOf: "2026-01-01") { rows { value { slug } none moderate high unknown divergence } } }`,
  },
  {
    name: "changesBetween over a year",
    query: `{ changesBetween(from: "${YEAR.from}", to: "${YEAR.to}") { changes { province { code } platform { slug } before { status } after { status validFrom } changedFields } } }`,
  },
  { name: "CSV status-matrix.csv", get: "/export/status-matrix.csv?asOf=2026-01-01" },
  { name: "CSV value-matrix.csv", get: "/export/value-matrix.csv?asOf=2026-01-01" },
  { name: "CSV framework-matrix.csv", get: "/export/framework-matrix.csv?asOf=2026-01-01" },
];

export interface PathMeasurement {
  endpoint: string;
  path: string;
  /** Median of the timed requests, ms. */
  medianMs: number;
  /** SQL statements of the last timed request (0 on a cache hit). */
  sqlStatements: number | null;
  bytes: number;
  status: number;
  cache: string | null;
}

/** `graphqlUrl` is the endpoint's /graphql; the GET paths are resolved against its origin. */
export async function measurePath(
  endpoint: string,
  graphqlUrl: string,
  path: DashboardPath,
  repeat: number,
): Promise<PathMeasurement> {
  const once = async () => {
    const started = performance.now();
    const res = path.get
      ? await fetch(new URL(path.get, graphqlUrl))
      : await fetch(graphqlUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: path.query }),
        });
    const text = await res.text();
    const ms = performance.now() - started;
    let sql: number | null;
    if (path.get) sql = res.headers.has("x-sql-statements") ? Number(res.headers.get("x-sql-statements")) : null;
    else {
      const body = JSON.parse(text) as { errors?: unknown; extensions?: { sqlStatements?: number } };
      if (body.errors) throw new Error(`${path.name}: ${text.slice(0, 300)}`);
      sql = body.extensions?.sqlStatements ?? null;
    }
    if (res.status !== 200) throw new Error(`${path.name} answered ${res.status}: ${text.slice(0, 300)}`);
    return { ms, sql, bytes: Buffer.byteLength(text), status: res.status, cache: res.headers.get("x-response-cache") };
  };
  await once(); // warm-up (compiles the operation; fills the cache of the cached endpoint)
  const runs = [];
  for (let i = 0; i < repeat; i++) runs.push(await once());
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  const last = runs[runs.length - 1];
  return {
    endpoint,
    path: path.name,
    medianMs: +sorted[Math.floor((sorted.length - 1) / 2)].toFixed(1),
    sqlStatements: last.sql,
    bytes: last.bytes,
    status: last.status,
    cache: last.cache,
  };
}

export function formatPaths(rows: PathMeasurement[]): string {
  const paths = [...new Set(rows.map((r) => r.path))];
  const endpoints = [...new Set(rows.map((r) => r.endpoint))];
  const cell = (p: string, e: string) => {
    const r = rows.find((x) => x.path === p && x.endpoint === e);
    return r ? `${r.medianMs} ms, ${r.sqlStatements ?? "?"} SQL` : "";
  };
  const size = (p: string) => {
    const bytes = rows.find((x) => x.path === p)?.bytes ?? 0;
    return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
  };
  return [
    `| path | ${endpoints.join(" | ")} | answer |`,
    `|---|${endpoints.map(() => "---:").join("|")}|---:|`,
    ...paths.map((p) => `| ${p} | ${endpoints.map((e) => cell(p, e)).join(" | ")} | ${size(p)} |`),
  ].join("\n");
}
