import type { IncomingMessage, ServerResponse } from "node:http";
import type { Response } from "express";
import { pinoHttp, type HttpLogger } from "pino-http";
import type { Logger } from "pino";
import { logger } from "../logger";
import { requestOutcome } from "./metrics";
import { requestOf } from "./request-id";

/**
 * One structured JSON line per request (pino-http), when the response is sent: request id, method, path (without the
 * query string, which may carry variables), status, duration, GraphQL operation name and outcome. No headers are
 * logged (so no tokens), no client addresses, no bodies or variables (they may hold personal data).
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
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customSuccessObject: (_req, res, value: object) => ({ ...value, ...graphqlFields(res) }),
    customErrorObject: (_req, res, _error, value: object) => ({ ...value, ...graphqlFields(res) }),
    autoLogging: { ignore: (req: IncomingMessage) => req.url === "/health" || req.url === "/metrics" },
  });
}

function graphqlFields(res: ServerResponse) {
  const state = requestOf(res as Response);
  if (!state?.operationName && !state?.outcome) return { outcome: requestOutcome(undefined, res.statusCode) };
  return {
    operation: state.operationName,
    outcome: requestOutcome(state.outcome, res.statusCode),
    sqlStatements: state.sqlStatements,
  };
}

/** The request's path without the query string (which may carry variables), as the client sent it (before routing). */
function pathOf(req: IncomingMessage): string {
  return ((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? "").split("?")[0];
}
