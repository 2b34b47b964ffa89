import { randomUUID } from "node:crypto";
import type { RequestHandler, Response } from "express";
import { newRequestState, type RequestState } from "../request/context";
import { requestScope } from "../request/scope";

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

declare module "express-serve-static-core" {
  interface Locals {
    /** The request's state (src/request/context.ts); also reachable through `currentRequest()`. */
    request?: RequestState;
  }
}

/**
 * Gives every request the server's own id (a new UUID), returned in `X-Request-Id`, logged and stored in the audit
 * trail. A client's own well-formed `X-Request-Id` (1..64 of `A-Za-z0-9._-`) is kept apart as the correlation id:
 * echoed in `X-Correlation-Id`, logged and stored beside the server's id (`AuditEvent.correlationId`), never used as
 * the request id (any client may choose it, so it can not identify a request). Makes the request's one state (with
 * its `Idempotency-Key`, if any) and runs the rest of the request inside its scope (AsyncLocalStorage).
 */
export function requestIdMiddleware(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get("x-request-id");
    const correlationId = incoming && REQUEST_ID.test(incoming) ? incoming : undefined;
    const requestId = randomUUID();
    res.setHeader("X-Request-Id", requestId);
    if (correlationId) res.setHeader("X-Correlation-Id", correlationId);
    const state = newRequestState(requestId, req.get("idempotency-key"), correlationId);
    res.locals.request = state;
    requestScope.run(state, next);
  };
}

/** The state of a response's request (for handlers that run outside the async context, e.g. on `finish`). */
export function requestOf(res: Response): RequestState | undefined {
  return res.locals.request;
}
