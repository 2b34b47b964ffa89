import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { createServer } from "../src/server";
import { listen } from "../src/http/listen";
import { logger } from "../src/logger";

/**
 * The GraphQL service as the benchmark runs it: the same createServer() as `npm start`, in its own process (so that
 * it has a core to itself and the load generator does not steal its event loop), on the benchmark database that
 * run.ts prepared. Configured by environment (RESPONSE_CACHE, DB_POOL_SIZE, …; run.ts turns the rate limits off: one
 * load generator on loopback is one client, which the limits would otherwise answer with 429s); the viewer comes from
 * the token as in `npm start` (the benchmark asks anonymously). Prints `{"port":…}` when it listens.
 */
async function main() {
  const config = loadConfig();
  // As src/main.ts does: LOG_LEVEL applies (run.ts sets warn: no request log line per request into the benchmark's
  // pipe, which the load generator's process would have to read).
  logger.level = config.logLevel;
  if (!config.databaseUrl) throw new Error("DATABASE_URL is required");
  const dataSource = createDataSource(config.databaseUrl, config.dbPoolSize, {
    statementTimeoutMs: config.dbStatementTimeoutMs,
    connectTimeoutMs: config.dbConnectTimeoutMs,
    preparedStatements: config.dbPreparedStatements,
  });
  await dataSource.initialize();
  const server = await createServer({ dataSource, config });
  const http = listen(server.app, 0, "127.0.0.1").once("listening", () => {
    process.stdout.write(`${JSON.stringify({ port: (http.address() as AddressInfo).port })}\n`);
  });
  process.on("SIGTERM", () => {
    http.close();
    http.closeAllConnections();
    void server
      .stop()
      .then(() => dataSource.destroy())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
