import type { DataSource } from "typeorm";
import type { StorageGuard } from "../db/storage";
import type { Viewer } from "../auth/viewer";
import type { Outcome } from "../errors/http-status";
import { createLoaders, type Loaders } from "./loaders";
import type { Permits } from "./permits";
import { todayInNetherlands } from "../domain/dates";

export type { Outcome };

/**
 * The one state of a request: made when the request arrives (src/http/request-id.ts), reachable from its async scope
 * (`currentRequest()`, scope.ts) and from `res.locals`. Once the viewer is known, `createContext` completes this same
 * object into the `Context` that resolvers and the CSV exports get, so the request id, the instant, the viewer and the
 * counts each have one home.
 */
export interface RequestState {
  readonly requestId: string;
  /** SQL statements the request ran (counted by the data source's statement observer, wired in src/server.ts). */
  sqlStatements: number;
  /** The GraphQL operation name (as sent; `anonymous` when the operation has none), or `export_<name>`. */
  operationName?: string;
  /** Set by the GraphQL plugin or the handler that answered; derived from the HTTP status otherwise. */
  outcome?: Outcome;
  /**
   * The request's instant: the default `knownAt` (recorded time), the same for every field of one request. Fixed by
   * the response cache from the database clock, else when the context is built.
   */
  now?: Date;
  /**
   * The request's `Idempotency-Key` header, as sent: a mutation with a key answers a retry with the same key from
   * its first result and writes nothing again (src/services/write.service.ts).
   */
  idempotencyKey?: string;
  /** The token lookup of this request, made once whoever asks first (response cache, GraphQL, CSV export). */
  viewerLookup?: Promise<Viewer>;
  /** Set by the response cache on a miss: where to store the answer if it may be cached (see api/response-cache.ts). */
  responseCache?: { key: string; version: string };
  /** The database connections this request may hold at once (made on its first statement; src/server.ts). */
  connectionPermits?: Permits;
}

/** The request state once the viewer is known: what resolvers and services get. */
export interface Context extends RequestState {
  viewer: Viewer;
  loaders: Loaders;
  dataSource: DataSource;
  now: Date;
  /** The request's date in the Netherlands: the default `asOf` (valid time). */
  today: string;
  /** The embedded database's free-space check (writes are refused below MIN_FREE_DISK_MB); none on PostgreSQL. */
  storage?: StorageGuard;
}

export function newRequestState(requestId: string, idempotencyKey?: string): RequestState {
  return idempotencyKey === undefined
    ? { requestId, sqlStatements: 0 }
    : { requestId, sqlStatements: 0, idempotencyKey };
}

/** Completes the request's state into its context (the same object; `now` stays as fixed, if it was). */
export function createContext(
  dataSource: DataSource,
  viewer: Viewer,
  state: RequestState,
  storage?: StorageGuard,
): Context {
  const now = state.now ?? new Date();
  return Object.assign(state, {
    viewer,
    dataSource,
    storage,
    now,
    today: todayInNetherlands(now),
    loaders: createLoaders(dataSource, viewer),
  });
}
