import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { ApolloServerPlugin } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import { LRUCache } from "lru-cache";
import type { DataSource } from "typeorm";
import { randomUUID } from "node:crypto";
import { ANONYMOUS, visibilityKey, type Viewer } from "../auth/viewer";
import { logger } from "../logger";
import { todayInNetherlands } from "../domain/dates";
import { newRequestState, type Context, type RequestState } from "../request/context";
import { currentRequest, requestScope } from "../request/scope";
import { DataVersionProbe } from "../db/data-version";

export interface ResponseCacheOptions {
  enabled: boolean;
  /** At most this many cached responses. */
  maxEntries: number;
  /** At most this many bytes of cached response bodies in all. */
  maxBytes: number;
  /** Whether hits report `sqlStatements` (0) in their extensions, like misses do. */
  exposeSqlCount: boolean;
  /** Public operations re-run after a write (the most recently asked ones; 0: none). See `scheduleRewarm`. */
  rewarm?: number;
}

/** A GraphQL request as sent (what a re-warm runs again). */
export interface CachedOperation {
  query: string;
  operationName?: unknown;
  variables?: unknown;
}

/** Runs an operation for the public (anonymous) viewer in the given request state, through Apollo (server.ts). */
export type Rewarmer = (operation: CachedOperation, state: RequestState) => Promise<unknown>;

interface Entry {
  /** The data version the answer was computed at. */
  version: string;
  /**
   * GraphQL: `{"data":…` — the response body up to (not including) its extensions and closing brace. A CSV export:
   * the whole body.
   */
  head: Buffer;
  /** The operation's name as Apollo resolved it, or the export's (for the request log and the metrics of a hit). */
  operationName: string;
  /** A CSV export's own headers (content type, file name); absent for GraphQL answers. */
  exportHeaders?: Record<string, string>;
}

/** What a CSV export stores: its body and the headers that describe it. */
export interface ExportAnswer {
  body: Buffer;
  headers: Record<string, string>;
}

export const CACHE_HEADER = "x-response-cache";

export { visibilityKey };

/** The fields of the result Apollo serialises (runHttpQuery's `orderExecutionResultFields`). */
const RESULT_FIELDS = new Set(["errors", "data", "extensions"]);

/** The visibility of anonymous callers (the public dashboards): the entries a re-warm renews. */
const PUBLIC = visibilityKey(ANONYMOUS);

/**
 * The cache key: visibility, the date in the Netherlands (the default `asOf` of every read changes at midnight),
 * the operation text, its name and its variables. The data version is not in the key but in the entry: an entry of
 * an older version is a miss and is replaced, so old versions do not crowd the cache.
 */
export function responseCacheKey(parts: {
  viewer: Viewer;
  today: string;
  query: string;
  operationName?: unknown;
  variables?: unknown;
}): string {
  return JSON.stringify([
    visibilityKey(parts.viewer),
    parts.today,
    parts.operationName ?? null,
    parts.variables ?? null,
    parts.query,
  ]);
}

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

/** An APQ registration: the operation's text together with its `persistedQuery` hash. */
function registersHash(body: unknown): boolean {
  const { query, extensions } = (body ?? {}) as GraphQLBody;
  return typeof query === "string" && extensions?.persistedQuery !== undefined;
}

/**
 * The operation of a single-operation body: its text, or for an automatic persisted query sent by hash alone
 * (`extensions.persistedQuery.sha256Hash`, no `query`) the hash, which names one text (Apollo answers
 * PERSISTED_QUERY_NOT_FOUND, never stored, while it does not know it). Null for anything else.
 */
function operationOf(body: unknown): { query: string; operationName?: unknown; variables?: unknown } | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as GraphQLBody;
  if (typeof query === "string") return { query, operationName, variables };
  const hash = extensions?.persistedQuery?.sha256Hash;
  if (query === undefined && typeof hash === "string") return { query: `sha256:${hash}`, operationName, variables };
  return null;
}

/**
 * A response cache that is never stale. Express middleware in front of Apollo (a hit costs one coalesced version
 * SELECT and a write of stored bytes: no parsing, validation, execution or serialisation) plus an Apollo plugin that
 * stores the answer of a miss (it knows the operation type and the errors).
 *
 * Correctness: the version is read BEFORE the operation runs, together with the request's instant, which waits for
 * every write in flight that the version may count (db/data-version.ts); every write bumps it in its own transaction
 * (statement-level triggers, a sequence), so an answer stored under version v reflects every write v counts, and any
 * later write makes v obsolete for every instance on the database. A hit answers as of the entry's own instant (the
 * `knownAt` it shows), which no write has changed since. Mutations, answers with errors and non-200 answers are never
 * stored.
 */
export class ResponseCache {
  private readonly probe: DataVersionProbe;
  private readonly lru: LRUCache<string, Entry>;
  /** The public operations asked most recently (key → request), oldest first: what a re-warm runs. */
  private readonly recent = new Map<string, CachedOperation>();
  private rewarmer: Rewarmer | undefined;
  private rewarming: Promise<void> | undefined;
  private rewarmAgain = false;
  /** The serialised `{"data":…` of answers stored this turn, by their data object: Apollo's stringify reuses it. */
  private readonly heads = new WeakMap<object, string>();

  constructor(
    dataSource: DataSource,
    readonly options: ResponseCacheOptions,
    /** The server's one reader of the register's instants (shared with the contexts), else one of its own. */
    probe: DataVersionProbe = new DataVersionProbe(dataSource),
  ) {
    this.probe = probe;
    this.lru = new LRUCache<string, Entry>({
      max: Math.max(1, options.maxEntries),
      maxSize: Math.max(1, options.maxBytes),
      sizeCalculation: (entry, key) => entry.head.length + key.length,
    });
  }

  /** Cached responses held now (for tests and monitoring). */
  get size(): number {
    return this.lru.size;
  }

  clear(): void {
    this.lru.clear();
  }

  /** Serves hits; on a miss marks the request so that the plugin stores its answer. Runs after express.json(). */
  middleware(viewerOf: (req: Request) => Promise<Viewer>): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      const state = currentRequest();
      const operation = operationOf(req.body);
      if (!this.options.enabled || req.method !== "POST" || !state || !operation) return next();
      void (async () => {
        const viewer = await viewerOf(req);
        // The request's instant comes from the database clock with the version (see DataVersionProbe): an answer
        // stored under a version then never misses a write that version counts.
        const { version, now } = await this.probe.read();
        state.now = now;
        const key = responseCacheKey({ viewer, today: todayInNetherlands(now), ...operation });
        const entry = this.lru.get(key);
        // A hit is answered with the media type the `Accept` header chose, as Apollo would (src/http/http-cache.ts);
        // with none acceptable the request goes on to Apollo, which answers 406.
        const type = state.http ? state.http.responseType : "application/json; charset=utf-8";
        // A text sent with its APQ hash registers that hash with Apollo: such a request always goes on to Apollo (a hit
        // would answer it and leave the hash unknown for good).
        if (entry && !entry.exportHeaders && entry.version === version && type && !registersHash(req.body)) {
          this.sendHit(res, entry, state, type);
          return;
        }
        state.responseCache = { key, version };
        res.setHeader(CACHE_HEADER, "MISS");
        next();
      })().catch(() => {
        // No version (database unreachable, …): answer without the cache; the operation reports any error itself.
        state.responseCache = undefined;
        next();
      });
    };
  }

  /**
   * The same cache for the CSV exports (GET /export/…): the same version read before the export runs, the same
   * visibility key (the viewer resolved first: a refused token is never a hit), the same day; the request's path
   * and query string stand for the operation. A hit sends the stored CSV with its own headers (and
   * `X-Sql-Statements` outside production); a miss is marked, and the export stores its answer with `storeExport`.
   */
  exportMiddleware(viewerOf: (req: Request) => Promise<Viewer>): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      const state = currentRequest();
      if (!this.options.enabled || req.method !== "GET" || !state) return next();
      void (async () => {
        // A refused token: the export itself answers 401 (its context resolves the same memoised viewer).
        const viewer = await viewerOf(req);
        // HTTP caching (src/http/http-cache.ts) read the version and the request's instant for the ETag: the same
        // reading, so the ETag and the answer are of one version.
        const read = state.http?.dataVersion;
        const { version, now } =
          read !== undefined && state.now ? { version: read, now: state.now } : await this.probe.read();
        state.now = now;
        const key = responseCacheKey({ viewer, today: todayInNetherlands(now), query: `GET ${req.originalUrl}` });
        const entry = this.lru.get(key);
        if (entry?.exportHeaders && entry.version === version) {
          if (res.headersSent) return;
          state.operationName = entry.operationName;
          state.outcome = "success";
          res.writeHead(200, {
            ...entry.exportHeaders,
            ...(this.options.exposeSqlCount ? { "x-sql-statements": String(state.sqlStatements) } : {}),
            "content-length": entry.head.length,
            [CACHE_HEADER]: "HIT",
          });
          res.end(entry.head);
          return;
        }
        state.responseCache = { key, version };
        res.setHeader(CACHE_HEADER, "MISS");
        next();
      })().catch(() => {
        state.responseCache = undefined;
        next();
      });
    };
  }

  /** Stores a CSV export's successful answer when its request was marked as a miss (exportMiddleware). */
  storeExport(answer: ExportAnswer): void {
    const state = currentRequest();
    const marked = state?.responseCache;
    if (!marked) return;
    this.lru.set(marked.key, {
      version: marked.version,
      head: answer.body,
      operationName: state.operationName ?? "export",
      exportHeaders: answer.headers,
    });
  }

  private sendHit(res: Response, entry: Entry, state: RequestState, contentType: string) {
    // Answered meanwhile (the request timeout): nothing more to send.
    if (res.headersSent) return;
    state.operationName = entry.operationName;
    state.outcome = "success";
    if (state.http) state.http.cacheable = true;
    // The hit's own statements: none, or the token lookup of an authenticated caller (the version read is shared).
    const { requestId } = state;
    const extensions = this.options.exposeSqlCount ? { requestId, sqlStatements: state.sqlStatements } : { requestId };
    const tail = Buffer.from(`,"extensions":${JSON.stringify(extensions)}}\n`);
    res.writeHead(200, {
      "content-type": contentType,
      "content-length": entry.head.length + tail.length,
      [CACHE_HEADER]: "HIT",
    });
    res.write(entry.head);
    res.end(tail);
  }

  private noteRecent(key: string, body: CachedOperation): void {
    const max = this.options.rewarm ?? 0;
    if (max <= 0) return;
    this.recent.delete(key);
    this.recent.set(key, { query: body.query, operationName: body.operationName, variables: body.variables });
    while (this.recent.size > max) this.recent.delete(this.recent.keys().next().value!);
  }

  /** How a re-warm runs an operation (server.ts: Apollo with a public context); without one nothing is re-warmed. */
  setRewarmer(rewarmer: Rewarmer | undefined): void {
    this.rewarmer = rewarmer;
  }

  /**
   * After a committed write (a mutation answered without errors): re-runs the most recently asked public operations
   * (at most `rewarm`, most recent first) in the background, so that the first reader after a change is a hit. Never
   * blocks the writer (starts after its answer, on a later turn of the event loop), one operation at a time, and never
   * serves stale data: each re-run reads the version first and is stored under it, exactly like a reader's miss (a
   * write meanwhile makes it obsolete, and another pass follows). On PostgreSQL the server also calls it for every
   * change event (src/server.ts), so writes made through another instance are re-warmed here too (writes outside the
   * service, e.g. psql, send no event); an entry already at the current version is not run again.
   */
  scheduleRewarm(): void {
    if (!this.rewarmer || this.recent.size === 0 || !this.options.enabled) return;
    if (this.rewarming) {
      this.rewarmAgain = true;
      return;
    }
    this.rewarming = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.rewarmPasses())
      .finally(() => {
        this.rewarming = undefined;
      });
  }

  /** Resolves when no re-warm is running (tests; a stopping server waits for it). */
  async rewarmed(): Promise<void> {
    while (this.rewarming) await this.rewarming;
  }

  private async rewarmPasses(): Promise<void> {
    do {
      this.rewarmAgain = false;
      for (const [key, operation] of [...this.recent].reverse()) {
        if (!this.rewarmer) return;
        await this.rewarmOne(key, operation).catch((error: unknown) => {
          logger.warn({ err: error }, "response cache: a re-warm after a write failed");
        });
      }
    } while (this.rewarmAgain);
  }

  private async rewarmOne(key: string, operation: CachedOperation): Promise<void> {
    // Taken once: a stopping server removes it while a run may be in flight.
    const rewarmer = this.rewarmer;
    if (!rewarmer) return;
    const state = newRequestState(`rewarm-${randomUUID()}`);
    await requestScope.run(state, async () => {
      const { version, now } = await this.probe.read();
      // The day turned since it was asked: it would be another entry, which nobody asked for yet.
      if (responseCacheKey({ viewer: ANONYMOUS, today: todayInNetherlands(now), ...operation }) !== key) return;
      if (this.lru.get(key)?.version === version) return;
      state.now = now;
      state.responseCache = { key, version };
      await rewarmer(operation, state);
    });
  }

  /**
   * Apollo's `stringifyResult`: an answer the plugin has just stored is serialised once — the stored `{"data":…` plus
   * its extensions —, not a second time by Apollo. Byte for byte what Apollo's own (`JSON.stringify(value) + "\n"`
   * over `{ errors, data, extensions }`) writes; anything else goes to that.
   */
  stringifyResult(value: FormattedExecutionResult): string {
    const head = value.errors === undefined && value.data ? this.heads.get(value.data) : undefined;
    if (head === undefined || Object.keys(value).some((k) => !RESULT_FIELDS.has(k)))
      return `${JSON.stringify(value)}\n`;
    const extensions = value.extensions === undefined ? "" : `,"extensions":${JSON.stringify(value.extensions)}`;
    return `${head}${extensions}}\n`;
  }

  /** Stores the answer of a marked miss when it is a query's complete, error-free answer. */
  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ response, operation, operationName, request, contextValue }) => {
          if (operation?.operation === "mutation") {
            const failed = response.body.kind !== "single" || response.body.singleResult.errors?.length;
            if (!failed) this.scheduleRewarm();
            return;
          }
          const marked = currentRequest()?.responseCache;
          if (!marked || response.body.kind !== "single" || operation?.operation !== "query") return;
          const result = response.body.singleResult;
          if (result.errors?.length || result.data == null || (response.http.status ?? 200) !== 200) return;
          const head = `{"data":${JSON.stringify(result.data)}`;
          this.heads.set(result.data, head);
          this.lru.set(marked.key, {
            version: marked.version,
            head: Buffer.from(head),
            operationName: operationName ?? request.operationName ?? "anonymous",
          });
          // A public query (only queries are ever stored): a candidate for the re-warm after a write.
          const viewer = (contextValue as Partial<Context>).viewer;
          if (viewer && visibilityKey(viewer) === PUBLIC && typeof request.query === "string")
            this.noteRecent(marked.key, { ...request, query: request.query });
        },
      }),
    };
  }
}
