import "reflect-metadata";
import type { Server } from "node:http";
import net from "node:net";
import { EmbeddedDatabaseError } from "./db/embedded";
import { loadConfig } from "./config";
import { openDatabase } from "./db/open-database";
import { createServer } from "./server";
import { logger } from "./logger";
import { gracefulShutdown } from "./http/shutdown";
import { warmExplorer } from "./http/explorer/routes";
import { prepareDatabase, seedFingerprint } from "../seeds/seed";
import { classifyDatabaseError } from "./errors/database-errors";
import { TokenService } from "./services/token.service";
import { listen } from "./http/listen";

/**
 * The exit codes a supervisor sees (README, Operations): 0 stopped by SIGTERM/SIGINT; 1 the start failed (one line on
 * stderr says why); 2 the database hangs (the embedded database's watchdog, or a shutdown that could not close it).
 */
const EXIT = { OK: 0, START_FAILED: 1, DATABASE_HUNG: 2 } as const;

/** `npm start`: config → database (embedded unless DATABASE_URL) → migrations → seed if empty → HTTP server. */
async function main() {
  const config = loadConfig();
  logger.level = config.logLevel;
  await assertPortFree(config.host, config.port);
  if (config.metricsPort !== undefined) await assertPortFree(config.metricsHost, config.metricsPort, "METRICS_PORT");
  // A new embedded database starts migrated and seeded from the seeded template when it matches this code.
  const db = await openDatabase(config, config.seedOnStart ? { seededTemplate: seedFingerprint() } : {});
  logger.info({ database: db.description }, `Database: ${db.description}`);
  const { applied, inserted } = await prepareDatabase(db, config.seedOnStart ? "if-empty" : "never");
  logger.info({ applied }, `Migrations: ${applied.length} applied`);
  if (inserted !== null) logger.info({ inserted }, `Seed: loaded the memo's data (${inserted} rows)`);
  // While no ADMIN client exists: a new one-time setup token (README "First admin token"), printed once below.
  const setupToken = await TokenService.prepareSetupToken(db.dataSource);
  db.watch(config.dbWatchdogMs, () => {
    logger.fatal(
      { watchdogMs: config.dbWatchdogMs },
      `The embedded database has answered nothing for ${config.dbWatchdogMs} ms (a full disk?); exiting for a restart`,
    );
    process.exit(EXIT.DATABASE_HUNG);
  });
  const server = await createServer({
    dataSource: db.dataSource,
    config,
    storage: db.storage,
    embedded: db.embedded,
  });
  const http: Server = listen(server.app, config.port, config.host);
  await new Promise<void>((resolve, reject) => http.once("listening", resolve).once("error", reject));
  // Subscriptions (WebSocket, graphql-ws) on the same port, path /graphql.
  server.attach(http);
  // Slow clients: the whole request must arrive within the request timeout (headers within 10 s).
  http.headersTimeout = Math.min(10_000, config.requestTimeoutMs || 10_000);
  http.requestTimeout = Math.max(http.headersTimeout, config.requestTimeoutMs);
  const metricsHttp =
    server.metricsApp && config.metricsPort !== undefined
      ? listen(server.metricsApp, config.metricsPort, config.metricsHost)
      : undefined;
  if (metricsHttp) {
    await new Promise<void>((resolve, reject) => metricsHttp.once("listening", resolve).once("error", reject));
    logger.info({ port: config.metricsPort }, `Metrics on http://${config.metricsHost}:${config.metricsPort}/metrics`);
  }
  if (config.explorer) warmExplorer();
  const shownHost = config.host === "127.0.0.1" || config.host === "0.0.0.0" ? "localhost" : config.host;
  logger.info({ port: config.port }, `GraphQL on http://${shownHost}:${config.port}/graphql`);
  logger.info(`Dashboard on http://${shownHost}:${config.port}/`);
  if (config.explorer) logger.info(`Explorer on http://${shownHost}:${config.port}/explorer`);
  if (setupToken) printSetupToken(setupToken, `http://${shownHost}:${config.port}/graphql`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    const { inTime, closed } = await gracefulShutdown({
      http,
      drain: () => server.drain(),
      busy: () => server.inFlight() > 0 || db.busy(),
      stopServer: () => {
        metricsHttp?.close();
        return server.stop();
      },
      closeDatabase: async () => {
        const { aborted } = await db.close();
        if (aborted) logger.warn({ aborted }, `shutdown: ${aborted} database operations cut off and rolled back`);
      },
      timeoutMs: config.shutdownTimeoutMs,
    });
    logger.info({ inTime, closed }, "stopped");
    process.exit(closed ? EXIT.OK : EXIT.DATABASE_HUNG);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

/**
 * Prints the one-time setup token on stdout, once, as a block a person notices (never through the JSON log, which
 * redacts tokens and may be shipped elsewhere); the log line says only that it was printed.
 */
function printSetupToken(token: string, graphqlUrl: string): void {
  const query = `mutation { claimSetupToken(input: { setupToken: \\"${token}\\", name: \\"Beheer\\" }) { token userErrors { message } } }`;
  process.stdout.write(
    [
      "",
      "==== FIRST ADMIN TOKEN ====================================================================",
      "No ADMIN API client exists yet. One-time setup token (works once; a later start replaces it):",
      "",
      `    ${token}`,
      "",
      "Exchange it for an ADMIN token (shown once) with the mutation claimSetupToken, e.g.:",
      `    curl -s ${graphqlUrl} -H 'content-type: application/json' \\`,
      `      -d '{"query":"${query}"}'`,
      "============================================================================================",
      "",
    ].join("\n"),
  );
  logger.warn("No ADMIN API client exists: a one-time setup token was printed on stdout (claimSetupToken)");
}

/** Fails fast, before the database is opened (and possibly seeded), when another process has the port. */
async function assertPortFree(host: string, port: number, variable = "PORT"): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new StartError(`Port ${port} on ${host} is in use by another process; set ${variable} to another port.`)
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/**
 * PostgreSQL refused the connection itself: SQLSTATE class 28 (authentication) or 3D000 (the database does not
 * exist) — a DATABASE_URL to fix, not an internal error.
 */
function refusedConnection(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code === "3D000" || code.startsWith("28"));
}

/** A start-up failure the operator can fix; reported in one line without a stack trace. */
class StartError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof StartError || error instanceof EmbeddedDatabaseError) {
    process.stderr.write(`Start failed: ${error.message}\n`);
  } else if (classifyDatabaseError(error) === "storage") {
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Start failed: the database's disk is full (${detail}); free space and start again.\n`);
  } else if (classifyDatabaseError(error) === "unavailable") {
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `Start failed: cannot reach the database (${detail}); check DATABASE_URL and that PostgreSQL runs.\n`,
    );
  } else if (refusedConnection(error)) {
    process.stderr.write(
      `Start failed: the database refused the connection (${(error as Error).message}); check DATABASE_URL ` +
        `(user, password, database name: create the database first, e.g. \`createdb\`).\n`,
    );
  } else {
    logger.fatal({ err: error }, error instanceof Error ? error.message : String(error));
  }
  process.exit(EXIT.START_FAILED);
});
