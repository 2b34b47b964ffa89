import type { IncomingMessage, ServerResponse } from "node:http";
import type { Response } from "express";
import { pinoHttp, type HttpLogger } from "pino-http";
import type { Logger } from "pino";
import { logger } from "../logger";
import { requestOutcome } from "./metrics";
import { requestOf } from "./request-id";

/**
 * One structured JSON line per request (pino-http), when the response is sent: request id (the server's), the
 * client's correlation id (its own `X-Request-Id`) when sent, method, path (without the query string, which may carry
 * variables), status, duration, GraphQL operation name and outcome. No headers are logged (so no tokens), no bodies or
 * variables (they may hold personal data), and no client addresses, except for a refused authentication or
 * authorization attempt: that line is at warn level and names the caller in `refused` (`reason`; `actor` with the API
 * client's id and name, or `anonymous` with `remoteAddress`, Express's `req.ip`, which honours TRUST_PROXY).
 */
export function requestLog(log: Logger = logger): HttpLogger {
  return pinoHttp({
    logger: log,
    genReqId: (_req, res) => requestOf(res as Response)?.requestId ?? "unknown",
    customAttributeKeys: { reqId: "requestId", responseTime: "durationMs" },
    serializers: {
      req: (req: { method?: string; url?: string; raw?: { originalUrl?: string } }) => ({
        method: req.method,
        path: (req.raw?.originalUrl ?? req.url ?? "").split("?")[0],
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    quietReqLogger: true,
    customLogLevel: (req, res, error) => {
      const refused = requestOf(res as Response)?.refused;
      // `/metrics` is scraped all the time: only a refused scrape is logged (like every refused attempt).
      if (isMetrics(req) && !refused) return "silent";
      if (error || res.statusCode >= 500) return "error";
      return res.statusCode >= 400 || refused ? "warn" : "info";
    },
    customSuccessMessage: (req, res) => message(req, res),
    customErrorMessage: (req, res) => message(req, res),
    customSuccessObject: (req, res, value: object) => ({ ...value, ...graphqlFields(res), ...refusedFields(req, res) }),
    customErrorObject: (req, res, _error, value: object) => ({
      ...value,
      ...graphqlFields(res),
      ...refusedFields(req, res),
    }),
    autoLogging: { ignore: (req: IncomingMessage) => req.url === "/health" },
  });
}

function isMetrics(req: IncomingMessage): boolean {
  return pathOf(req) === "/metrics";
}

function message(req: IncomingMessage, res: ServerResponse): string {
  const refused = requestOf(res as Response)?.refused;
  const line = `${req.method} ${pathOf(req)} ${res.statusCode}`;
  if (!refused) return line;
  const who = refused.caller ? `client ${refused.caller.id} "${refused.caller.name}"` : `anonymous ${addressOf(req)}`;
  return `${line} refused (${refused.reason}): ${who}`;
}

/** The caller of a refused attempt: the client (id, name), or anonymous and its address. */
function refusedFields(req: IncomingMessage, res: ServerResponse) {
  const refused = requestOf(res as Response)?.refused;
  if (!refused) return {};
  return {
    refused: refused.caller
      ? { reason: refused.reason, actor: { id: refused.caller.id, name: refused.caller.name } }
      : { reason: refused.reason, actor: "anonymous", remoteAddress: addressOf(req) },
  };
}

/** The client's address as Express sees it (TRUST_PROXY decides whether X-Forwarded-For counts). */
function addressOf(req: IncomingMessage): string {
  return (req as IncomingMessage & { ip?: string }).ip ?? req.socket?.remoteAddress ?? "unknown";
}

function graphqlFields(res: ServerResponse) {
  const state = requestOf(res as Response);
  const correlation = state?.correlationId ? { correlationId: state.correlationId } : {};
  if (!state?.operationName && !state?.outcome)
    return { outcome: requestOutcome(undefined, res.statusCode), ...correlation };
  return {
    ...correlation,
    operation: state.operationName,
    outcome: requestOutcome(state.outcome, res.statusCode),
    sqlStatements: state.sqlStatements,
  };
}

/** The request's path without the query string (which may carry variables), as the client sent it (before routing). */
function pathOf(req: IncomingMessage): string {
  return ((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? "").split("?")[0];
}
