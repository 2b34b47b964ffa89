import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import { loadConfig } from "../../src/config";
import { createDataSource } from "../../src/db/data-source";
import { createServer, type AppServer, type ViewerResolver } from "../../src/server";
import { listen } from "../../src/http/listen";
import { seedDatabase } from "../../seeds/seed";

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
  extensions?: { requestId?: string; sqlStatements?: number };
  headers: Headers;
}

export interface TestServer {
  url: string;
  dataSource: DataSource;
  http: Server;
  app: AppServer;
  /** POSTs a GraphQL operation to the real HTTP server. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export const isEmbedded = () => process.env.TEST_DATABASE_KIND === "embedded";

/** Drops everything, applies the migrations and (unless `seed: false`) loads the memo's data. */
export async function resetDatabase(dataSource: DataSource, options: { seed?: boolean } = {}): Promise<void> {
  await dataSource.query("DROP SCHEMA IF EXISTS public CASCADE");
  await dataSource.query("CREATE SCHEMA public");
  await dataSource.runMigrations({ transaction: "each" });
  if (options.seed !== false) await seedDatabase(dataSource);
}

/**
 * A real server on a real, freshly migrated and seeded database (the one global-setup chose), listening on a free
 * loopback port. Call once per test file (beforeAll) and close it in afterAll.
 */
export async function startTestServer(
  options: {
    seed?: boolean;
    /** false: use the database as it is (e.g. a second instance on the first one's database). */
    reset?: boolean;
    env?: Record<string, string>;
    databaseUrl?: string;
    requestLogger?: Logger;
    /** Replaces the token-based viewer resolution (tests that ask as a role without issuing a token). */
    resolveViewer?: ViewerResolver;
  } = {},
): Promise<TestServer> {
  const url = options.databaseUrl ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run the tests with `npm test` (jest globalSetup sets it).");
  // Time limits are bounds on hangs here, never on speed: a shared CI machine may run every statement ten times
  // slower (tests of the limits themselves set small ones in `env`).
  const config = loadConfig({
    NODE_ENV: "test",
    EXPOSE_SQL_COUNT: "true",
    DB_CONNECT_TIMEOUT_MS: "60000",
    DB_STATEMENT_TIMEOUT_MS: "100000",
    REQUEST_TIMEOUT_MS: "120000",
    ...options.env,
  });
  const dataSource = createDataSource(url, isEmbedded() ? 1 : 5, {
    statementTimeoutMs: config.dbStatementTimeoutMs,
    connectTimeoutMs: config.dbConnectTimeoutMs,
    preparedStatements: isEmbedded() ? 0 : config.dbPreparedStatements,
  });
  await dataSource.initialize();
  if (options.reset !== false) await resetDatabase(dataSource, options);
  const app: AppServer = await createServer({
    dataSource,
    config,
    requestLogger: options.requestLogger,
    resolveViewer: options.resolveViewer,
    embedded: isEmbedded(),
  });
  const http: Server = listen(app.app, 0, "127.0.0.1");
  await new Promise<void>((resolve) => http.once("listening", resolve));
  app.attach(http);
  const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url: base,
    dataSource,
    http,
    app,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Record<string, any>;
      return { status: res.status, headers: res.headers, ...body };
    },
    async close() {
      if (!http.listening) return;
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      // Stops the WebSocket connections too (upgraded sockets would keep the HTTP server from closing).
      await app.stop();
      await closed;
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
