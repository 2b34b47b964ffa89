import { AsyncLocalStorage } from "node:async_hooks";
import type { RequestState } from "./context";

/** The async scope of a request: its state, wherever the call chain goes (SQL observer, plugins, error formatting). */
export const requestScope = new AsyncLocalStorage<RequestState>();

/** The state of the request the caller runs for (undefined outside a request, e.g. at start-up). */
export function currentRequest(): RequestState | undefined {
  return requestScope.getStore();
}
