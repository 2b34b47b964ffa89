import { randomUUID } from "node:crypto";
import express, { type Express, type Request } from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Config } from "./config";
import { createContext, type Context } from "./context";
import { resolveViewer } from "./auth/resolve-viewer";
import { buildAppSchema } from "./schema/build-schema";
import { formatError } from "./errors/format-error";
import { requestScope } from "./request-scope";
import { exportRouter } from "./http/export.router";
import { queryLimits } from "./plugins/query-limits";
import { responseExtensions } from "./plugins/response-extensions";
import { operationOutcome } from "./plugins/operation-outcome";
import { requestIdMiddleware } from "./http/request-id";
import { apiVersionHeader } from "./http/api-version";
import { requestLog } from "./http/request-log";
import { healthRoutes, type ReadinessState } from "./http/health";
import { createMetrics, type Metrics } from "./http/metrics";
import { requestTimeout } from "./http/request-timeout";
import { rateLimits } from "./http/rate-limit";
import { graphqlBody, jsonErrorHandler } from "./http/graphql-body";
import { explorerRoutes } from "./http/explorer";
import { classifyDatabaseError } from "./errors/database-errors";
import { DomainError, ErrorCode } from "./errors/error-codes";
import { UNAVAILABLE_MESSAGE } from "./errors/format-error";

export interface AppServer {
  app: Express;
  apollo: ApolloServer<Context>;
  metrics?: Metrics;
  /** Set `draining` when shutting down: `/ready` then answers 503. */
  readiness: ReadinessState;
  stop(): Promise<void>;
}

/**
 * Builds the HTTP application: Express with the GraphQL endpoint at /graphql (Apollo Server 5), `/health`, `/ready`,
 * `/metrics` and (when enabled) the GraphiQL explorer at `/`. Used by `npm start` and by the tests, so both run the
 * same code path. See docs/operations.md for the limits and variables.
 */
export async function createServer(options: { dataSource: DataSource; config: Config; requestLogger?: Logger }): Promise<AppServer> {
  const { dataSource, config } = options;
  const schema = await buildAppSchema();
  const limits = queryLimits(config.limits);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.fieldSuggestions,
    // Stack traces belong in the log (with the request id), never in responses: expected errors need none and
    // internal ones are masked.
    includeStacktraceInErrorResponses: false,
    // The process's own handler (src/index.ts) stops Apollo as part of the graceful shutdown; Apollo's default
    // signal handlers would race it and leave the process hanging.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    formatError,
    plugins: [ApolloServerPluginLandingPageDisabled(), responseExtensions(config), operationOutcome()],
  });
  await apollo.start();

  const readiness: ReadinessState = { draining: false };
  const metrics = config.metricsEnabled ? createMetrics(dataSource) : undefined;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  app.use(requestIdMiddleware(), apiVersionHeader(), requestLog(options.requestLogger));
  app.use(healthRoutes(dataSource, readiness, config.readyTimeoutMs));
  if (metrics) app.use(metrics.router);
  if (config.explorer) app.use(explorerRoutes());
  else app.get("/", (_req, res) => void res.status(404).json({ status: "not found", graphql: "/graphql" }));
  /** One context per request, the same for GraphQL and the CSV exports: who calls (from the token), loaders, request id. */
  const contextFor = async (req: Request) =>
    createContext(dataSource, await viewerOf(req), requestScope.getStore()?.requestId ?? randomUUID());
  const viewerOf = (req: Request) =>
    resolveViewer(dataSource, req.get("authorization"), { publicRead: config.publicRead }).catch((error: unknown) => {
      // The token lookup runs before execution, outside the error plugin: an outage must still say 503.
      if (classifyDatabaseError(error) === "unavailable") {
        throw new DomainError(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE, { http: { status: 503, headers: new Map([["retry-after", "5"]]) } });
      }
      throw error;
    });
  const guards = [...(metrics ? [metrics.middleware] : []), requestTimeout(config.requestTimeoutMs), ...rateLimits(config.rateLimit)];
  app.use("/export", ...guards, exportRouter({ contextFor, exposeSqlCount: config.exposeSqlCount }));
  app.use("/graphql", ...guards, ...graphqlBody(config.limits.bodyLimit), expressMiddleware(apollo, { context: ({ req }) => contextFor(req) }));
  app.use(jsonErrorHandler());
  return {
    app,
    apollo,
    metrics,
    readiness,
    stop: () => apollo.stop(),
  };
}
