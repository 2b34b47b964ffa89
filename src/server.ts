import express, { type Express, type Request } from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Config } from "./config";
import { createContext, newRequestState, type Context, type RequestState } from "./request/context";
import { resolveViewer } from "./auth/resolve-viewer";
import { ANONYMOUS, type Viewer } from "./auth/viewer";
import { TokenRefused } from "./auth/refusal";
import { ResponseCache } from "./api/response-cache";
import { buildAppSchema } from "./api/schema";
import { CompiledExecutor } from "./api/executor";
import { BUSY_MESSAGE, createFormatError, UNAVAILABLE_MESSAGE } from "./errors/format-error";
import { currentRequest, requestScope } from "./request/scope";
import { exportRouter } from "./api/csv/export.router";
import { queryLimits } from "./api/plugins/query-limits";
import { listLimits } from "./api/plugins/list-limits";
import { responseExtensions } from "./api/plugins/response-extensions";
import { operationOutcome } from "./api/plugins/operation-outcome";
import { requestIdMiddleware, requestOf } from "./http/request-id";
import { apiVersionHeader } from "./http/api-version";
import { requestLog } from "./http/request-log";
import { healthRoutes, type ReadinessState } from "./http/health";
import { createMetrics, type Metrics } from "./http/metrics";
import { requestTimeout } from "./http/request-timeout";
import { rateLimits } from "./http/rate-limit";
import { graphqlBody, jsonErrorHandler } from "./http/graphql-body";
import { explorerOffRoute, explorerRoutes } from "./http/explorer/routes";
import { dashboardRoutes } from "./http/dashboard";
import { drainGate } from "./http/shutdown";
import { corsMiddleware } from "./http/cors";
import { httpCaching } from "./http/http-cache";
import compression from "compression";
import { subscriptionServer } from "./http/websocket";
import { InProcessRegisterEvents, PostgresRegisterEvents, type RegisterEvents } from "./db/register-events";
import type { Server } from "node:http";
import { classifyDatabaseError } from "./errors/database-errors";
import { ErrorCode } from "./errors/error-codes";
import { refusal } from "./errors/http-status";
import { observeStatements } from "./db/data-source";
import { Permits } from "./request/permits";
import { DataVersionProbe } from "./db/data-version";
import type { StorageGuard } from "./db/storage";
import { ClientUseRecorder } from "./services/token.service";

export interface AppServer {
  app: Express;
  apollo: ApolloServer<Context>;
  metrics?: Metrics;
  /** With METRICS_PORT: the app that serves `/metrics` on its own listener (src/main.ts listens on it). */
  metricsApp?: Express;
  /** `draining` once shutting down: `/ready` then answers 503. */
  readiness: ReadinessState;
  /** Starts draining: readiness 503, new requests refused with 503 and `Connection: close` (src/http/shutdown.ts). */
  drain(): void;
  /** Requests whose response is not finished yet. */
  inFlight(): number;
  responseCache: ResponseCache;
  /** The register's change events (what subscriptions deliver). */
  registerEvents: RegisterEvents;
  /** Serves subscriptions (WebSocket, graphql-ws) on the HTTP server's port at `/graphql`; call once it listens. */
  attach(http: Server): void;
  /** Open WebSocket connections. */
  webSockets(): number;
  /** The compiled executor (absent with GRAPHQL_EXECUTOR=graphql-js). */
  executor?: CompiledExecutor;
  stop(): Promise<void>;
}

/** Who is asking, from the HTTP request (rejects with UNAUTHENTICATED/401 for a bad, unknown or revoked token). */
export type ViewerResolver = (req: Request) => Promise<Viewer>;

/**
 * Builds the HTTP application: Express with the GraphQL endpoint at /graphql (Apollo Server 5, behind the response
 * cache), the CSV exports at /export, `/health`, `/ready`, `/metrics`, (when enabled) the GraphiQL explorer at
 * `/explorer`, and the dashboard (web/dist) at `/`.
 * Used by `npm start` and by the tests, so both run the same code path. See docs/operations.md for the limits and
 * variables.
 */
export async function createServer(options: {
  dataSource: DataSource;
  config: Config;
  requestLogger?: Logger;
  /** Replaces the token lookup (`Authorization: Bearer`) as the way a request becomes a viewer (tests, benchmarks). */
  resolveViewer?: ViewerResolver;
  /** The embedded database's free-space check: `/ready` and writes refuse below MIN_FREE_DISK_MB. */
  storage?: StorageGuard;
  /**
   * The embedded database (one process): change events in the process. Otherwise PostgreSQL LISTEN/NOTIFY, so every
   * instance on the database delivers every event. Default: embedded when DATABASE_URL is not set.
   */
  embedded?: boolean;
}): Promise<AppServer> {
  const { dataSource, config } = options;
  // Every statement counts against the request it runs for; the database layer knows nothing of requests.
  observeStatements(dataSource, {
    onStatement() {
      const state = currentRequest();
      if (state) state.sqlStatements += 1;
    },
    requestId: () => currentRequest()?.requestId,
    detached: (work) => requestScope.exit(work),
    // Fair use: one request holds at most DB_CONNECTIONS_PER_REQUEST pooled connections at once (its further reads
    // wait for its own), so a request of many aliased lists can not take the pool from everyone else.
    connectionPermit() {
      const state = currentRequest();
      if (!state) return undefined;
      state.connectionPermits ??= new Permits(config.dbConnectionsPerRequest);
      return state.connectionPermits.acquire();
    },
  });
  const schema = await buildAppSchema();
  const limits = queryLimits(config.limits);
  // The register's instants (each request's default knownAt) and the data version: one reader for the server.
  const clock = new DataVersionProbe(dataSource);
  const responseCache = new ResponseCache(
    dataSource,
    { ...config.responseCache, exposeSqlCount: config.exposeSqlCount },
    clock,
  );
  const embedded = options.embedded ?? config.databaseUrl === undefined;
  const registerEvents: RegisterEvents = embedded
    ? new InProcessRegisterEvents()
    : new PostgresRegisterEvents((dataSource.options as { url?: string }).url ?? config.databaseUrl ?? "");
  await registerEvents.start();
  const formatError = createFormatError(() => currentRequest()?.requestId, { suggestions: config.fieldSuggestions });
  // Execution: compiled per operation (api/executor.ts) behind Apollo's executor seam, unless GRAPHQL_EXECUTOR=graphql-js.
  const executor = config.executor === "compiled" ? new CompiledExecutor(schema, { maxEntries: 1000 }) : undefined;
  const apollo = new ApolloServer<Context>({
    ...(executor ? { gateway: executor.gateway() } : { schema }),
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.fieldSuggestions,
    // Stack traces belong in the log (with the request id), never in responses: expected errors need none and
    // internal ones are masked.
    includeStacktraceInErrorResponses: false,
    // The process's own handler (src/main.ts) stops Apollo as part of the graceful shutdown; Apollo's default
    // signal handlers would race it and leave the process hanging.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // An answer the response cache stores is serialised once (api/response-cache.ts).
    stringifyResult: (value) => responseCache.stringifyResult(value),
    formatError,
    // Cache-control hints are not used (the response cache is keyed on the data version instead); Apollo's default
    // cache-control plugin would otherwise wrap every field's resolver (willResolveField) — measurable on big matrices.
    // The response cache's plugin comes last: it stores only what the others left a complete, error-free 200.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      listLimits(config.limits.maxListItems),
      responseExtensions(config),
      operationOutcome(),
      // Queries the compiled executor runs directly, outside Apollo's gateway seam (api/executor.ts).
      ...(executor ? [executor.plugin()] : []),
      responseCache.plugin(),
    ],
  });
  await apollo.start();
  // On PostgreSQL a write made through another instance reaches this one as a change event: re-warm then too, so the
  // first reader here does not pay for it either (an entry already at the new version is skipped). Not on the embedded
  // database: one process, whose own writes re-warm after their answer (the mutation hook), not while the writer's
  // payload still needs the single connection.
  const stopRewarmOnEvents = embedded ? () => {} : registerEvents.subscribe(() => responseCache.scheduleRewarm());
  // After a write, the public's most recent queries are re-run in the background (api/response-cache.ts), through
  // Apollo as a request of the anonymous viewer would be; not when anonymous callers may not read.
  if (config.publicRead)
    responseCache.setRewarmer((operation, state) =>
      apollo.executeOperation(
        {
          query: operation.query,
          operationName: typeof operation.operationName === "string" ? operation.operationName : undefined,
          variables: isVariables(operation.variables) ? operation.variables : undefined,
        },
        { contextValue: createContext(dataSource, ANONYMOUS, state, clock, options.storage) },
      ),
    );

  const readiness: ReadinessState = { draining: false };
  const metrics = config.metricsEnabled
    ? createMetrics(dataSource, { token: config.metricsToken, separateListener: config.metricsPort !== undefined })
    : undefined;
  const app = express();
  app.disable("x-powered-by");
  // No ETags: Express would hash every GraphQL answer (a megabyte for a big matrix) for a header that POST clients
  // do not use; unchanged answers are served from the response cache instead.
  app.set("etag", false);
  app.set("trust proxy", config.trustProxy);
  const gate = drainGate(readiness);
  app.use(requestIdMiddleware(), apiVersionHeader(), requestLog(options.requestLogger));
  // CORS before the drain gate and the guards: a preflight is answered (204) before anything else runs, and a refusal
  // (503 draining, 429) still reaches the page's script. Compression (brotli or gzip, as accepted; 1 kB or more).
  app.use(corsMiddleware(config.corsOrigins));
  if (config.compression) app.use(compression());
  app.use(gate.middleware);
  app.use(healthRoutes(dataSource, readiness, config.readyTimeoutMs, options.storage));
  if (metrics && config.metricsPort === undefined) app.use(metrics.router);
  app.use(config.explorer ? explorerRoutes() : explorerOffRoute());
  const clientUse = new ClientUseRecorder(dataSource);
  const byToken: ViewerResolver = async (req) => {
    const viewer = await resolveViewer(dataSource, req.get("authorization"), { publicRead: config.publicRead });
    // `lastUsedAt`, at most once a minute per client, outside the request (not its statement, not awaited).
    if (viewer.client) clientUse.note(viewer.client, (work) => requestScope.exit(work));
    return viewer;
  };
  const lookUpViewer: ViewerResolver = (req) =>
    (options.resolveViewer ?? byToken)(req).catch((error: unknown) => {
      // The token lookup runs before execution, outside the error plugin: an outage must still say 503.
      if (error instanceof TokenRefused) stateOf(req).refused = { reason: error.reason, caller: error.caller };
      const kind = classifyDatabaseError(error);
      if (kind === "unavailable") throw refusal(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE);
      if (kind === "busy") throw refusal(ErrorCode.BUSY, BUSY_MESSAGE);
      throw error;
    });
  /**
   * The one place where a request becomes a viewer, once per request (kept in the request's state): the GraphQL
   * context, the CSV exports and the response cache's key all use it, so they can never disagree about who is asking.
   */
  const viewerOf = (req: Request): Promise<Viewer> => {
    const state = stateOf(req);
    if (!state.viewerLookup) {
      state.viewerLookup = lookUpViewer(req);
      // A rejection is handled by whoever awaits it; don't let the kept copy count as unhandled.
      state.viewerLookup.catch(() => undefined);
    }
    return state.viewerLookup;
  };
  /**
   * The request's context, the same for GraphQL and the CSV exports: its state completed with the viewer, loaders and
   * the request's instant (read by the response cache already, else here: never Node's clock, see DataVersionProbe).
   */
  const contextFor = async (req: Request): Promise<Context> => {
    const viewer = await viewerOf(req);
    const state = stateOf(req);
    // When the read fails (the database unreachable), the last instant read is still safe; the request's own reads
    // then report the outage as usual (formatError).
    if (!state.now)
      state.now = await clock.read().then(
        (reading) => reading.now,
        () => clock.lastInstant,
      );
    return createContext(dataSource, viewer, state, clock, options.storage, registerEvents);
  };
  const guards = [
    ...(metrics ? [metrics.middleware] : []),
    requestTimeout(config.requestTimeoutMs),
    ...rateLimits(config.rateLimit),
  ];
  // The exports share the response cache (same version key and visibility rules as GraphQL answers), after HTTP
  // caching (its ETag and the cache's entry come from one version reading).
  app.use(
    "/export",
    ...guards,
    httpCaching({ kind: "export", viewerOf, clock }),
    responseCache.exportMiddleware(viewerOf),
    exportRouter({
      contextFor,
      exposeSqlCount: config.exposeSqlCount,
      maxListItems: config.limits.maxListItems,
      store: (answer) => responseCache.storeExport(answer),
    }),
  );
  // The response cache sits after the guards (a hit counts against the rate limit and in the metrics) and the body
  // parser, right in front of Apollo. It resolves the viewer first: a refused token is a 401 from Apollo's context,
  // never a hit.
  app.use(
    "/graphql",
    ...guards,
    // Accept, ETag / If-None-Match (GET), Cache-Control: src/http/http-cache.ts.
    httpCaching({ kind: "graphql", viewerOf, clock }),
    ...graphqlBody(config.limits.bodyLimit),
    responseCache.middleware(viewerOf),
    expressMiddleware(apollo, { context: ({ req }) => contextFor(req) }),
  );
  // The dashboard (web/dist) after the API routes: it only reads them.
  app.use(dashboardRoutes());
  app.use(jsonErrorHandler());
  const subscriptions = subscriptionServer({
    schema,
    limits: config.websocket,
    corsOrigins: config.corsOrigins,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    viewerOf: (authorization) => resolveViewer(dataSource, authorization, { publicRead: config.publicRead }),
    // Each subscription its own state (request id, loaders, instant), read at the register's safe instant.
    contextFor: async (viewer, requestId) => {
      const state = newRequestState(requestId);
      state.now = await clock.read().then(
        (reading) => reading.now,
        () => clock.lastInstant,
      );
      return createContext(dataSource, viewer, state, clock, options.storage, registerEvents);
    },
    formatError,
    draining: () => readiness.draining,
  });
  return {
    app,
    apollo,
    metrics,
    metricsApp: metrics && config.metricsPort !== undefined ? metricsApp(metrics, options.requestLogger) : undefined,
    readiness,
    drain() {
      gate.drain();
      // Subscribers learn at once (1001 Going Away) and reconnect to another instance.
      void subscriptions.close();
    },
    inFlight: gate.inFlight,
    responseCache,
    registerEvents,
    attach: (http) => subscriptions.attach(http),
    webSockets: subscriptions.connections,
    executor,
    async stop() {
      stopRewarmOnEvents();
      responseCache.setRewarmer(undefined);
      await responseCache.rewarmed();
      await subscriptions.close();
      await registerEvents.close();
      await apollo.stop();
    },
  };
}

/** The separate app of METRICS_PORT: `/metrics` only. */
function metricsApp(metrics: Metrics, requestLogger?: Logger): Express {
  const app = express();
  app.disable("x-powered-by");
  // Request ids and the request log as on the main listener: a refused scrape is logged there too.
  app.use(requestIdMiddleware(), requestLog(requestLogger));
  app.use(metrics.router);
  return app;
}

/** The state the request-id middleware made for this request (it runs first, for every request). */
function stateOf(req: Request): RequestState {
  const state = req.res && requestOf(req.res);
  if (!state) throw new Error("The request has no state: requestIdMiddleware must run first.");
  return state;
}

function isVariables(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
