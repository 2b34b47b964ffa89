import { AsyncLocalStorage } from "node:async_hooks";

/** What became of a request, for the request log and the metrics (a small fixed set: metric label values). */
export type Outcome = "success" | "error" | "rejected" | "rate_limited" | "timeout" | "unavailable" | "internal_error";

/**
 * Per-request scope carried through async calls, so that the SQL logger can count statements per request and the
 * request log and metrics learn the GraphQL operation and its outcome.
 */
export interface RequestScope {
  requestId: string;
  sqlStatements: number;
  /** The GraphQL operation name (as sent; `anonymous` when the operation has none). */
  operationName?: string;
  /** Set by the GraphQL plugin or the middleware that answered; derived from the HTTP status otherwise. */
  outcome?: Outcome;
  /** The request's instant, when something before the GraphQL context (the response cache) fixed it. */
  now?: Date;
  /** Set by the response cache on a miss: where to store the answer if it may be cached (see cache/response-cache.ts). */
  responseCache?: { key: string; version: string };
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
