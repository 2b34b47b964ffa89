import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { ApolloServerPlugin } from "@apollo/server";
import { LRUCache } from "lru-cache";
import type { DataSource } from "typeorm";
import { visibilityKey, type Viewer } from "../auth/viewer";
import { todayInNetherlands } from "../domain/dates";
import type { RequestState } from "../request/context";
import { currentRequest } from "../request/scope";
import { DataVersionProbe } from "../db/data-version";

export interface ResponseCacheOptions {
  enabled: boolean;
  /** At most this many cached responses. */
  maxEntries: number;
  /** At most this many bytes of cached response bodies in all. */
  maxBytes: number;
  /** Whether hits report `sqlStatements` (0) in their extensions, like misses do. */
  exposeSqlCount: boolean;
}

interface Entry {
  /** The data version the answer was computed at. */
  version: string;
  /** `{"data":…` — the response body up to (not including) its extensions and closing brace. */
  head: Buffer;
  /** The operation's name as Apollo resolved it (for the request log and the metrics of a hit). */
  operationName: string;
}

export const CACHE_HEADER = "x-response-cache";

export { visibilityKey };

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
        if (entry && entry.version === version && type) {
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

  /** Stores the answer of a marked miss when it is a query's complete, error-free answer. */
  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ response, operation, operationName, request }) => {
          const marked = currentRequest()?.responseCache;
          if (!marked || response.body.kind !== "single" || operation?.operation !== "query") return;
          const result = response.body.singleResult;
          if (result.errors?.length || result.data == null || (response.http.status ?? 200) !== 200) return;
          this.lru.set(marked.key, {
            version: marked.version,
            head: Buffer.from(`{"data":${JSON.stringify(result.data)}`),
            operationName: operationName ?? request.operationName ?? "anonymous",
          });
        },
      }),
    };
  }
}
