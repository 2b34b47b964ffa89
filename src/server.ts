import { randomUUID } from "node:crypto";
import express, { type Express, type Request } from "express";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { createContext, type Context } from "./context";
import { resolveViewer } from "./auth/resolve-viewer";
import { buildAppSchema } from "./schema/build-schema";
import { ErrorCode } from "./errors/error-codes";
import { logger } from "./logger";
import { requestScope } from "./request-scope";
import { exportRouter } from "./http/export.router";

export interface AppServer {
  app: Express;
  apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Builds the HTTP application: Express with the GraphQL endpoint at /graphql (Apollo Server 5). Used by `npm start`
 * and by the tests, so both run the same code path.
 */
export async function createServer(options: { dataSource: DataSource; config: Config }): Promise<AppServer> {
  const { dataSource, config } = options;
  const schema = await buildAppSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: !config.isProduction,
    formatError: (formatted, error) => maskInternalErrors(formatted, error),
    plugins: [ApolloServerPluginLandingPageDisabled(), responseExtensions(config)],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.use((req, res, next) => {
    const incoming = req.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader("X-Request-Id", requestId);
    requestScope.run({ requestId, sqlStatements: 0 }, next);
  });
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  /** One context per request, the same for GraphQL and the CSV exports: who calls (from the token), loaders, request id. */
  const contextFor = async (req: Request) =>
    createContext(
      dataSource,
      await resolveViewer(dataSource, req.get("authorization"), { publicRead: config.publicRead }),
      requestScope.getStore()?.requestId ?? randomUUID(),
    );
  app.use("/export", exportRouter({ contextFor, exposeSqlCount: config.exposeSqlCount }));
  app.use("/graphql", express.json({ limit: "100kb" }), expressMiddleware(apollo, { context: ({ req }) => contextFor(req) }));
  return {
    app,
    apollo,
    stop: () => apollo.stop(),
  };
}

/** Expected errors (GraphQLErrors we or graphql-js raised) pass; anything else is logged and masked. */
function maskInternalErrors(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || !(error instanceof GraphQLError && error.originalError)) {
    if (original instanceof GraphQLError || formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  }
  const requestId = requestScope.getStore()?.requestId;
  logger.error({ err: original, requestId, path: formatted.path }, "internal error");
  return {
    message: "Internal server error. Quote the request id when reporting it.",
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
  };
}

/** Adds `requestId` (and, outside production, `sqlStatements`: SQL statements the request ran) to every response. */
function responseExtensions(config: Config): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const scope = requestScope.getStore();
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            requestId: scope?.requestId,
            ...(config.exposeSqlCount ? { sqlStatements: scope?.sqlStatements ?? 0 } : {}),
          };
        },
      };
    },
  };
}
