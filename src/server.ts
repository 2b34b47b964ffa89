import { randomUUID } from "node:crypto";
import express, { type Express, type Request } from "express";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { createContext, type Context } from "./context";
import { ANONYMOUS, type Viewer } from "./auth/viewer";
import { ResponseCache } from "./cache/response-cache";
import { buildAppSchema } from "./schema/build-schema";
import { ErrorCode } from "./errors/error-codes";
import { logger } from "./logger";
import { requestScope } from "./request-scope";

export interface AppServer {
  app: Express;
  apollo: ApolloServer<Context>;
  responseCache: ResponseCache;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Builds the HTTP application: Express with the GraphQL endpoint at /graphql (Apollo Server 5). Used by `npm start`
 * and by the tests, so both run the same code path.
 */
/** Who is asking, from the HTTP request. */
export type ViewerResolver = (req: Request) => Promise<Viewer>;

export async function createServer(options: { dataSource: DataSource; config: Config; resolveViewer?: ViewerResolver }): Promise<AppServer> {
  const { dataSource, config } = options;
  const viewerOf = oncePerRequest(options.resolveViewer ?? (async () => ANONYMOUS));
  const schema = await buildAppSchema();
  const responseCache = new ResponseCache(dataSource, { ...config.responseCache, exposeSqlCount: config.exposeSqlCount });
  const apollo = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: !config.isProduction,
    formatError: (formatted, error) => maskInternalErrors(formatted, error),
    // Cache-control hints are not used (the response cache is keyed on the data version instead); Apollo's default
    // cache-control plugin would otherwise wrap every field's resolver (willResolveField) — measurable on big matrices.
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), responseExtensions(config), responseCache.plugin()],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  // No ETags: Express would hash every GraphQL answer (a megabyte for a big matrix) for a header that POST clients
  // do not use; unchanged answers are served from the response cache instead.
  app.set("etag", false);
  app.use((req, res, next) => {
    const incoming = req.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader("X-Request-Id", requestId);
    requestScope.run({ requestId, sqlStatements: 0 }, next);
  });
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    responseCache.middleware(viewerOf),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const scope = requestScope.getStore();
        return createContext(dataSource, await viewerOf(req), scope?.requestId ?? randomUUID(), scope?.now);
      },
    }),
  );
  return {
    app,
    apollo,
    responseCache,
    stop: () => apollo.stop(),
  };
}

/**
 * The one place where a request becomes a viewer, once per request: the GraphQL context and the response cache's key
 * both use it, so they can never disagree about who is asking. Anonymous unless `resolveViewer` is given (token
 * authentication plugs in there; the tests use it to ask as other roles).
 */
function oncePerRequest(resolve: ViewerResolver): ViewerResolver {
  const viewers = new WeakMap<Request, Promise<Viewer>>();
  return (req) => {
    let viewer = viewers.get(req);
    if (!viewer) {
      viewer = resolve(req);
      viewers.set(req, viewer);
    }
    return viewer;
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
