import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from "graphql";
import { useServer, type Extra } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import type { Viewer } from "../auth/viewer";
import type { Context } from "../request/context";
import { logger } from "../logger";

export interface WebSocketLimits {
  /** Subscriptions one connection may run at once. */
  maxSubscriptionsPerConnection: number;
  /** Connections at once per client address. */
  maxConnectionsPerClient: number;
  /** Unsent bytes a subscriber may have before it is disconnected as a slow consumer. */
  maxBufferedBytes: number;
}

/** Close code for a slow consumer: "Try Again Later" (RFC 6455 registry). */
export const SLOW_CONSUMER_CLOSE = 1013;
/** Close code on shutdown: "Going Away". */
export const GOING_AWAY_CLOSE = 1001;

/** Largest message a client may send (a subscribe message is one small operation). */
const MAX_PAYLOAD_BYTES = 64 * 1024;

interface ConnectionState {
  viewer?: Viewer;
  subscriptions: number;
}

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol, package `graphql-ws` on `ws`) on the HTTP server's
 * port, path `/graphql`:
 * - the upgrade is refused (HTTP 403) for a page from an origin that is neither in CORS_ORIGINS nor the service's own
 *   (a WebSocket is not covered by CORS), with 429 beyond WS_MAX_CONNECTIONS_PER_CLIENT connections of one address,
 *   and with 503 while draining;
 * - `connection_init` may carry `{ "Authorization": "Bearer smc_…" }`: the viewer of the whole connection (a bad,
 *   unknown or revoked token, or none under PUBLIC_READ=false, closes it with 4403 Forbidden);
 * - only subscription operations (queries and mutations go over HTTP), validated with the same query limits as HTTP,
 *   at most WS_MAX_SUBSCRIPTIONS_PER_CONNECTION at once (one more is answered with an error message);
 * - a subscriber whose unsent data exceeds WS_MAX_BUFFERED_KB is disconnected (1013): a slow consumer never grows
 *   the server's memory without bound; each subscription also keeps at most MAX_PENDING_EVENTS events waiting;
 * - `close()` (graceful shutdown) closes every socket with 1001 Going Away.
 */
export function subscriptionServer(options: {
  schema: GraphQLSchema;
  limits: WebSocketLimits;
  corsOrigins: readonly string[];
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  /** The viewer of an `Authorization` value (rejects with UNAUTHENTICATED as for HTTP). */
  viewerOf: (authorization: string | undefined) => Promise<Viewer>;
  /** The context of one subscription (its own request id, loaders and instant). */
  contextFor: (viewer: Viewer, requestId: string) => Promise<Context>;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** True once draining: new connections are refused. */
  draining: () => boolean;
}) {
  const { limits } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES });
  const perAddress = new Map<string, number>();
  const states = new WeakMap<object, ConnectionState>();
  const stateOf = (extra: Extra): ConnectionState => {
    let state = states.get(extra.socket);
    if (!state) states.set(extra.socket, (state = { subscriptions: 0 }));
    return state;
  };

  useServer<Record<string, unknown> | undefined>(
    {
      schema: options.schema,
      async onConnect(ctx) {
        const authorization = authorizationOf(ctx.connectionParams);
        try {
          stateOf(ctx.extra).viewer = await options.viewerOf(authorization);
          return true;
        } catch (error) {
          // A refused token: 4403 Forbidden. Anything else (the database unreachable) closes with 4500 and a reason.
          if ((error as { extensions?: { code?: unknown } }).extensions?.code === "UNAUTHENTICATED") return false;
          logger.warn({ err: error }, "subscription: the viewer could not be resolved");
          throw new Error("The service could not check the token; retry in a few seconds.", { cause: error });
        }
      },
      async onSubscribe(ctx, _id, payload) {
        const state = stateOf(ctx.extra);
        if (state.subscriptions >= limits.maxSubscriptionsPerConnection)
          return [
            new GraphQLError(
              `At most ${limits.maxSubscriptionsPerConnection} subscriptions per connection; complete one first.`,
              { extensions: { code: "BAD_REQUEST", limit: limits.maxSubscriptionsPerConnection } },
            ),
          ];
        let document;
        try {
          document = parse(payload.query, options.parseOptions);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError("The operation could not be parsed.")];
        }
        const errors = validate(options.schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (operation?.operation !== "subscription")
          return [
            new GraphQLError("Only subscriptions go over WebSocket; send queries and mutations to POST /graphql.", {
              extensions: { code: "BAD_REQUEST" },
            }),
          ];
        state.subscriptions += 1;
        const contextValue = await options.contextFor(state.viewer as Viewer, randomUUID());
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onNext(ctx) {
        const socket = ctx.extra.socket;
        if (socket.bufferedAmount > limits.maxBufferedBytes) {
          logger.warn({ buffered: socket.bufferedAmount }, "subscription: slow consumer disconnected");
          socket.close(SLOW_CONSUMER_CLOSE, "Slow consumer: too much unsent data");
        }
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map((error) => options.formatError(error.toJSON(), error));
      },
      onComplete(ctx) {
        const state = stateOf(ctx.extra);
        state.subscriptions = Math.max(0, state.subscriptions - 1);
      },
    },
    wss,
  );

  const refuse = (socket: Duplex, status: number, text: string) => {
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? "").split("?")[0];
    if (path !== "/graphql") return refuse(socket, 404, "Not Found");
    if (options.draining()) return refuse(socket, 503, "Service Unavailable");
    if (!originAllowed(req, options.corsOrigins)) return refuse(socket, 403, "Forbidden");
    const address = req.socket.remoteAddress ?? "unknown";
    const open = perAddress.get(address) ?? 0;
    if (open >= limits.maxConnectionsPerClient) return refuse(socket, 429, "Too Many Requests");
    perAddress.set(address, open + 1);
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      ws.once("close", () => {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      });
      wss.emit("connection", ws, req);
    });
  };

  return {
    /** Handles the HTTP server's upgrades to WebSocket on `/graphql`. */
    attach(http: Server) {
      http.on("upgrade", onUpgrade);
    },
    /** Open connections. */
    connections: () => wss.clients.size,
    /** Closes every connection (1001 Going Away); sockets that do not close within `ms` are terminated. */
    async close(ms = 2_000): Promise<void> {
      const clients = [...wss.clients];
      for (const ws of clients) ws.close(GOING_AWAY_CLOSE, "Server shutting down");
      const timer = setTimeout(() => clients.forEach((ws) => ws.terminate()), ms);
      await Promise.all(
        clients.map((ws) =>
          ws.readyState === ws.CLOSED ? undefined : new Promise((resolve) => ws.once("close", resolve)),
        ),
      );
      clearTimeout(timer);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

export type SubscriptionServer = ReturnType<typeof subscriptionServer>;

/** The `Authorization` value of `connection_init`'s payload (any case of the key). */
function authorizationOf(params: Record<string, unknown> | undefined): string | undefined {
  if (!params) return undefined;
  for (const [key, value] of Object.entries(params))
    if (key.toLowerCase() === "authorization" && typeof value === "string") return value;
  return undefined;
}

/** No Origin (not a browser), an origin in CORS_ORIGINS, or the service's own origin. */
function originAllowed(req: IncomingMessage, corsOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (corsOrigins.includes(origin)) return true;
  const host = req.headers.host;
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}
