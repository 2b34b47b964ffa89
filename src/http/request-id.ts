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
 * Gives every request an id (a well-formed incoming `X-Request-Id`, else a new UUID), returns it in `X-Request-Id`,
 * makes the request's one state (with its `Idempotency-Key`, if any) and runs the rest of the request inside its scope (AsyncLocalStorage).
 */
export function requestIdMiddleware(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader("X-Request-Id", requestId);
    const state = newRequestState(requestId, req.get("idempotency-key"));
    res.locals.request = state;
    requestScope.run(state, next);
  };
}

/** The state of a response's request (for handlers that run outside the async context, e.g. on `finish`). */
export function requestOf(res: Response): RequestState | undefined {
  return res.locals.request;
}
