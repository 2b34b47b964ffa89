import type { RequestHandler } from "express";
import { ErrorCode } from "../errors/error-codes";
import { logger } from "../logger";
import { refuse } from "./refuse";
import { requestOf } from "./request-id";

/**
 * Answers a request that is still running after `timeoutMs` with 503 TIMEOUT, so the client is never left hanging.
 * GraphQL execution itself can not be interrupted; its database work is cut off by PostgreSQL's statement_timeout
 * (DB_STATEMENT_TIMEOUT_MS, set below this timeout), which frees the connection for other requests. Whatever the
 * request later tries to write is dropped (the final error handler ignores a response that was already sent).
 */
export function requestTimeout(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    if (timeoutMs <= 0) return next();
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      const state = requestOf(res);
      logger.warn({ requestId: state?.requestId, operation: state?.operationName, timeoutMs }, "request timed out");
      refuse(res, ErrorCode.TIMEOUT, `The request took longer than ${timeoutMs} ms and was stopped.`, {
        requestId: state?.requestId,
      });
    }, timeoutMs);
    timer.unref();
    res.once("finish", () => clearTimeout(timer));
    res.once("close", () => clearTimeout(timer));
    next();
  };
}
