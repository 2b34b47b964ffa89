import { randomUUID } from "node:crypto";
import type { RequestHandler, Response } from "express";
import { requestScope, type RequestScope } from "../request/scope";

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

declare module "express-serve-static-core" {
  interface Locals {
    /** The request's scope (request id, SQL count, operation, outcome); also reachable through `requestScope`. */
    scope?: RequestScope;
  }
}

/**
 * Gives every request an id (a well-formed incoming `X-Request-Id`, else a new UUID), returns it in `X-Request-Id`,
 * and runs the rest of the request inside its scope (AsyncLocalStorage).
 */
export function requestIdMiddleware(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader("X-Request-Id", requestId);
    const scope: RequestScope = { requestId, sqlStatements: 0 };
    res.locals.scope = scope;
    requestScope.run(scope, next);
  };
}

/** The scope of a response (for handlers that run outside the async context, e.g. on `finish`). */
export function scopeOf(res: Response): RequestScope | undefined {
  return res.locals.scope;
}
