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
import { isDatabaseEmpty, seedDatabase } from "../seeds/seed";

/** `npm start`: config → database (embedded unless DATABASE_URL) → migrations → seed if empty → HTTP server. */
async function main() {
  const config = loadConfig();
  logger.level = config.logLevel;
  await assertPortFree(config.host, config.port);
  const db = await openDatabase(config);
  logger.info({ database: db.description }, `Database: ${db.description}`);
  const applied = await db.dataSource.runMigrations({ transaction: "each" });
  logger.info({ applied: applied.map((m) => m.name) }, `Migrations: ${applied.length} applied`);
  if (config.seedOnStart && (await isDatabaseEmpty(db.dataSource))) {
    const { inserted } = await seedDatabase(db.dataSource);
    logger.info({ inserted }, `Seed: loaded the memo's data (${inserted} rows)`);
  }
  const server = await createServer({ dataSource: db.dataSource, config });
  const http: Server = server.app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => http.once("listening", resolve).once("error", reject));
  // Slow clients: the whole request must arrive within the request timeout (headers within 10 s).
  http.headersTimeout = Math.min(10_000, config.requestTimeoutMs || 10_000);
  http.requestTimeout = Math.max(http.headersTimeout, config.requestTimeoutMs);
  if (config.explorer) warmExplorer();
  const shownHost = config.host === "127.0.0.1" || config.host === "0.0.0.0" ? "localhost" : config.host;
  logger.info({ port: config.port }, `GraphQL on http://${shownHost}:${config.port}/graphql`);
  if (config.explorer) logger.info(`Explorer on http://${shownHost}:${config.port}/`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    const inTime = await gracefulShutdown({
      http,
      drain: () => {
        server.readiness.draining = true;
      },
      stopServer: () => server.stop(),
      closeDatabase: () => db.close(),
      timeoutMs: config.shutdownTimeoutMs,
    });
    logger.info({ inTime }, "stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

/** Fails fast, before the database is opened (and possibly seeded), when another process has the port. */
async function assertPortFree(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new StartError(`Port ${port} on ${host} is in use by another process; set PORT to another port.`)
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** A start-up failure the operator can fix; reported in one line without a stack trace. */
class StartError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof StartError || error instanceof EmbeddedDatabaseError) {
    process.stderr.write(`Start failed: ${error.message}\n`);
  } else {
    logger.fatal({ err: error }, error instanceof Error ? error.message : String(error));
  }
  process.exit(1);
});
