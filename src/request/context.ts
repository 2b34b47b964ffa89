import type { DataSource } from "typeorm";
import type { StorageGuard } from "../db/storage";
import type { Viewer } from "../auth/viewer";
import type { RefusalReason, RefusedCaller } from "../auth/refusal";
import type { Outcome } from "../errors/http-status";
import { createLoaders, type Loaders } from "./loaders";
import type { Permits } from "./permits";
import { todayInNetherlands } from "../domain/dates";
import { DataVersionProbe } from "../db/data-version";
import type { RegisterEvents } from "../db/register-events";

export type { Outcome };

/**
 * The one state of a request: made when the request arrives (src/http/request-id.ts), reachable from its async scope
 * (`currentRequest()`, scope.ts) and from `res.locals`. Once the viewer is known, `createContext` completes this same
 * object into the `Context` that resolvers and the CSV exports get, so the request id, the instant, the viewer and the
 * counts each have one home.
 */
export interface RequestState {
  /** The server's own id of the request (a UUID): logs, audit trail, `X-Request-Id`. */
  readonly requestId: string;
  /** The client's own `X-Request-Id`, when it sent a well-formed one: logged and audited apart from `requestId`. */
  readonly correlationId?: string;
  /** SQL statements the request ran (counted by the data source's statement observer, wired in src/server.ts). */
  sqlStatements: number;
  /** The GraphQL operation name (as sent; `anonymous` when the operation has none), or `export_<name>`. */
  operationName?: string;
  /** Set by the GraphQL plugin or the handler that answered; derived from the HTTP status otherwise. */
  outcome?: Outcome;
  /**
   * The request's instant: the default `knownAt` (recorded time), the register's safe instant (db/data-version.ts),
   * read by the response cache or when the context is built; after each write of a mutation, a new one (`afterWrite`).
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
  /**
   * Set when the request was refused for who is asking (UNAUTHENTICATED or FORBIDDEN): why, and who as far as known
   * (null: anonymous). The request log writes it at warn level with the caller's address; the metrics count it.
   */
  refused?: { reason: RefusalReason; caller: RefusedCaller | null };
  /**
   * HTTP caching (src/http/http-cache.ts): the data version read with `now` (a GET read's ETag is derived from it),
   * the ETag, the GraphQL media type the `Accept` header chose (null: none acceptable, Apollo answers 406), and
   * whether the answer may be cached by a client (a query's complete, error-free 200; set by the GraphQL plugin, the
   * response cache's hit, or the HTTP status of a CSV export).
   */
  http?: {
    dataVersion?: string;
    etag?: string;
    responseType?: string | null;
    cacheable?: boolean;
    /** The answer shows data written without bumping the data version (a resolver sets it): never cacheable. */
    volatile?: boolean;
  };
  /** The database connections this request may hold at once (made on its first statement; src/server.ts). */
  connectionPermits?: Permits;
}

/** The request state once the viewer is known: what resolvers and services get. */
export interface Context extends RequestState {
  viewer: Viewer;
  loaders: Loaders;
  dataSource: DataSource;
  /** The register's instants (shared by the requests of a server): what `now` is read from. */
  clock: DataVersionProbe;
  now: Date;
  /** The request's date in the Netherlands: the default `asOf` (valid time). */
  today: string;
  /** The embedded database's free-space check (writes are refused below MIN_FREE_DISK_MB); none on PostgreSQL. */
  storage?: StorageGuard;
  /** The register's change events: the write frame records one per write, delivered after commit (subscriptions). */
  registerEvents?: RegisterEvents;
}

export function newRequestState(requestId: string, idempotencyKey?: string, correlationId?: string): RequestState {
  const state: RequestState = { requestId, sqlStatements: 0 };
  return Object.assign(
    state,
    idempotencyKey === undefined ? {} : { idempotencyKey },
    correlationId === undefined ? {} : { correlationId },
  );
}

/**
 * Completes the request's state into its context (the same object; `now` stays as fixed, if it was). The server reads
 * `now` from `clock` before (src/server.ts); without one (benchmarks of the parts) it is Node's clock.
 */
export function createContext(
  dataSource: DataSource,
  viewer: Viewer,
  state: RequestState,
  clock: DataVersionProbe = new DataVersionProbe(dataSource),
  storage?: StorageGuard,
  registerEvents?: RegisterEvents,
): Context {
  const now = state.now ?? new Date();
  return Object.assign(state, {
    viewer,
    dataSource,
    clock,
    storage,
    registerEvents,
    now,
    today: todayInNetherlands(now),
    loaders: createLoaders(dataSource, viewer),
  });
}

/**
 * The recorded time a read is at: `knownAt` as asked, the request's instant when none is given, and the request's
 * instant too for a `knownAt` after it — nothing recorded later is known yet, and an answer at a future instant would
 * change once something is (not replayable). The comparisons report the instant they used (`knownAt`), so their answers
 * can always be asked again exactly.
 */
export function knownAtOf(ctx: Pick<Context, "now">, knownAt: Date | null | undefined): Date {
  return knownAt == null || knownAt.getTime() > ctx.now.getTime() ? ctx.now : knownAt;
}

/**
 * After a write has committed: the rest of the operation (its payload, the next mutation) reads the register at a new
 * instant, which includes that write, with fresh loaders (no answer cached before the write survives it).
 */
export async function afterWrite(ctx: Context): Promise<void> {
  ctx.now = (await ctx.clock.read()).now;
  ctx.loaders = createLoaders(ctx.dataSource, ctx.viewer);
}
