import { AsyncLocalStorage } from "node:async_hooks";

/** Per-request scope carried through async calls, so that the SQL logger can count statements per request. */
export interface RequestScope {
  requestId: string;
  sqlStatements: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
