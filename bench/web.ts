import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { loadConfig } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { createServer } from "../src/server";
import { listen } from "../src/http/listen";
import { logger } from "../src/logger";
import { seedDatabase } from "../seeds/seed";
import { generateDataSet } from "../seeds/generate";
import { AS_OF } from "./question";
import { launchBrowser } from "../test/helpers/browser";

/**
 * `npm run bench:web [-- --scale 35 --runs 3]`: the dashboard's two numbers (issue 14 "Fast and small").
 *
 * 1. First load: the JavaScript and CSS that index.html loads (web/dist, as committed), compressed (gzip -9 and
 *    brotli), against the budget of 250 kB; the chunks loaded later (the chart, CSV writing) are listed apart.
 * 2. Overview render at `--scale` (35: 420 bodies, as in `npm run bench`): the service (createServer, as `npm start`)
 *    on `smc_web_s<scale>` (created once on DATABASE_URL's server like bench/run.ts's database, but under its own
 *    name, so that the two benchmarks never drop each other's), headless Chromium opening `#/overzicht` on the
 *    benchmark's date. Reports the time to the first rows, to the whole grid, the GraphQL answer's time, and the
 *    main thread's longest task and total blocking time (long tasks over 50 ms) while the grid renders.
 * Reports numbers only; never fails on timing.
 */
// Browser globals inside the page callbacks (this file is compiled for Node).
declare const window: unknown;
declare const document: {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): { length: number };
};

const BUDGET_BYTES = 250 * 1000;
const MARK = "smc-web data set v1";

async function main() {
  const { values } = parseArgs({
    options: { scale: { type: "string", default: "35" }, runs: { type: "string", default: "3" } },
  });
  const scale = Number(values.scale);
  const runs = Number(values.runs);
  firstLoad();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    process.stdout.write(
      "\nOverview render: skipped (needs DATABASE_URL, a PostgreSQL server on which smc_web_s<scale> may be created).\n",
    );
    return;
  }
  await overviewRender(await prepareDatabase(serverUrl, scale), scale, runs);
}

function firstLoad() {
  const dist = path.join(__dirname, "..", "web", "dist");
  const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const all = fs.readdirSync(path.join(dist, "assets")).map((f) => `assets/${f}`);
  const sizes = (file: string) => {
    const body = fs.readFileSync(path.join(dist, file));
    return {
      file,
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body).length,
    };
  };
  const first = initial.map(sizes);
  const later = all.filter((f) => !initial.includes(f)).map(sizes);
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const total = (rows: ReturnType<typeof sizes>[], key: "raw" | "gzip" | "brotli") =>
    rows.reduce((sum, r) => sum + r[key], 0);
  process.stdout.write("First load of the dashboard (web/dist as committed):\n");
  for (const r of first)
    process.stdout.write(`  ${r.file}: ${kB(r.raw)} raw, ${kB(r.gzip)} gzip, ${kB(r.brotli)} brotli\n`);
  const gz = total(first, "gzip");
  process.stdout.write(
    `  total: ${kB(total(first, "raw"))} raw, ${kB(gz)} gzip, ${kB(total(first, "brotli"))} brotli ` +
      `(budget ${kB(BUDGET_BYTES)} compressed: ${gz <= BUDGET_BYTES ? "within" : "OVER"})\n`,
  );
  process.stdout.write("Loaded later, when needed:\n");
  for (const r of later) process.stdout.write(`  ${r.file}: ${kB(r.raw)} raw, ${kB(r.gzip)} gzip\n`);
}

function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function prepareDatabase(serverUrl: string, scale: number): Promise<string> {
  const name = `smc_web_s${scale}`;
  const mark = `${MARK}; scale ${scale}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  let fresh = true;
  try {
    const existing = await admin.query<{ mark: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = $1",
      [name],
    );
    if (existing.rows[0]?.mark === mark) fresh = false;
    else {
      if (existing.rows.length > 0) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
    }
  } finally {
    await admin.end();
  }
  const url = databaseUrlFor(serverUrl, name);
  const ds = createDataSource(url, 2);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: "each" });
    if (fresh) {
      const started = Date.now();
      await seedDatabase(ds);
      const counts = await generateDataSet(ds, { bodies: 12 * scale, includeProvinces: true });
      await ds.query("ANALYZE");
      await ds.query(`COMMENT ON DATABASE "${name}" IS '${mark}'`);
      process.stdout.write(
        `\nDatabase ${name}: created in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}\n`,
      );
    } else process.stdout.write(`\nDatabase ${name}: reused\n`);
  } finally {
    await ds.destroy();
  }
  return url;
}

interface RenderRun {
  firstRowsMs: number;
  wholeGridMs: number;
  graphqlMs: number;
  rows: number;
  cells: number;
  longestTaskMs: number;
  blockingMs: number;
}

async function overviewRender(databaseUrl: string, scale: number, runs: number) {
  logger.level = "warn";
  const config = loadConfig({ NODE_ENV: "test", RATE_LIMIT_ENABLED: "false", DATABASE_URL: databaseUrl });
  const dataSource = createDataSource(databaseUrl, 5, {
    statementTimeoutMs: config.dbStatementTimeoutMs,
    connectTimeoutMs: config.dbConnectTimeoutMs,
  });
  await dataSource.initialize();
  const server = await createServer({ dataSource, config });
  const http = listen(server.app, 0, "127.0.0.1");
  await new Promise<void>((resolve) => http.once("listening", resolve));
  const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  const results: RenderRun[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      // Long tasks from the very start of the document.
      await page.addInitScript(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
        }).observe({ type: "longtask" as never, buffered: true });
      });
      await page.goto(`${base}/#/overzicht?asOf=${AS_OF}`);
      await page.waitForSelector(".dash-grid tbody tr", { timeout: 600_000 });
      const firstRowsMs = await page.evaluate(() => performance.now());
      await page.waitForFunction(
        () => {
          const t = document.querySelector(".dash-grid");
          return t && t.getAttribute("data-rendered") === t.getAttribute("data-rows");
        },
        undefined,
        { timeout: 600_000, polling: 16 },
      );
      const measured = await page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[] };
        const graphql = performance
          .getEntriesByType("resource")
          .filter((e) => e.name.endsWith("/graphql") && "responseEnd" in e)
          .map((e) => e.duration);
        return {
          wholeGridMs: performance.now(),
          graphqlMs: Math.max(...graphql),
          rows: document.querySelectorAll(".dash-grid tbody tr").length,
          cells: document.querySelectorAll(".dash-grid [data-cell]").length,
          longestTaskMs: Math.max(0, ...w.__longTasks),
          blockingMs: w.__longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
        };
      });
      // The first run warms the service's response cache and the browser; it is not counted.
      if (i > 0) results.push({ firstRowsMs, ...measured });
      await context.close();
    }
  } finally {
    await browser.close();
    http.close();
    http.closeAllConnections();
    await server.stop();
    await dataSource.destroy();
  }
  const median = (key: keyof RenderRun) => {
    const sorted = results.map((r) => r[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const ms = (n: number) => `${Math.round(n)} ms`;
  process.stdout.write(
    `Overview at scale ${scale} (${median("rows")} rows, ${median("cells")} cells; median of ${results.length} runs after a warm-up, ` +
      `times from navigation start):\n` +
      `  first rows: ${ms(median("firstRowsMs"))}; whole grid: ${ms(median("wholeGridMs"))}; ` +
      `GraphQL answer: ${ms(median("graphqlMs"))}\n` +
      `  longest main-thread task: ${ms(median("longestTaskMs"))}; total blocking time: ${ms(median("blockingMs"))}\n` +
      `  per run: ${JSON.stringify(results.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]))))}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
