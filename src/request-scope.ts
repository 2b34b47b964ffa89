import { AsyncLocalStorage } from "node:async_hooks";

/** Per-request scope carried through async calls, so that the SQL logger can count statements per request. */
export interface RequestScope {
  requestId: string;
  sqlStatements: number;
  /** The request's instant, when something before the GraphQL context (the response cache) fixed it. */
  now?: Date;
  /** Set by the response cache on a miss: where to store the answer if it may be cached (see cache/response-cache.ts). */
  responseCache?: { key: string; version: string };
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
