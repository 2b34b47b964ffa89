import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { ErrorCode } from "../errors/error-codes";
import { INTERNAL_MESSAGE } from "../errors/format-error";
import { logger } from "../logger";
import { refuse } from "./refuse";
import { requestOf } from "./request-id";

/**
 * Body handling in front of Apollo: JSON bodies up to `limit`, and batches (a JSON array of operations) refused with
 * a clear 400 — one operation per request keeps the query limits and the rate limit meaningful.
 */
export function graphqlBody(limit: string): RequestHandler[] {
  return [
    express.json({ limit }),
    (req, res, next) => {
      if (Array.isArray(req.body)) {
        refuse(
          res,
          ErrorCode.BAD_REQUEST,
          "Batched operations (a JSON array body) are not supported: send one operation per request.",
        );
        return;
      }
      next();
    },
  ];
}

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
  length?: number;
  expose?: boolean;
  message?: string;
}

/**
 * The last error handler: body-parser errors become GraphQL-shaped JSON (413 PAYLOAD_TOO_LARGE; its other refusals —
 * unparseable JSON, an unsupported charset — 400 BAD_REQUEST); anything else is a masked 500. A response already sent
 * (e.g. answered by the request timeout) is left alone.
 */
export function jsonErrorHandler(): ErrorRequestHandler {
  return (error: HttpError, _req, res, _next) => {
    if (res.headersSent) return;
    const status = error.status ?? error.statusCode ?? 500;
    if (error.type === "entity.too.large") {
      refuse(
        res,
        ErrorCode.PAYLOAD_TOO_LARGE,
        `Request body limit of ${error.limit} bytes exceeded, found ${error.length}.`,
        { limit: error.limit, found: error.length },
      );
      return;
    }
    if (status >= 400 && status < 500 && error.expose !== false) {
      refuse(res, ErrorCode.BAD_REQUEST, error.message ?? "Bad request.");
      return;
    }
    const requestId = requestOf(res)?.requestId;
    logger.error({ err: error, requestId }, "internal error");
    refuse(res, ErrorCode.INTERNAL_SERVER_ERROR, INTERNAL_MESSAGE, { requestId });
  };
}
