import { createHash } from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
import Negotiator from "negotiator";
import onHeaders from "on-headers";
import { visibilityKey, type Viewer } from "../auth/viewer";
import type { DataVersionProbe } from "../db/data-version";
import { todayInNetherlands } from "../domain/dates";
import type { RequestState } from "../request/context";
import { requestOf } from "./request-id";

/** The media types a GraphQL answer can have, as Apollo Server names them (its `MEDIA_TYPES`). */
export const GRAPHQL_MEDIA_TYPES = {
  json: "application/json; charset=utf-8",
  graphqlResponse: "application/graphql-response+json; charset=utf-8",
  jsonCallback: "application/json; callbackSpec=1.0; charset=utf-8",
} as const;

/**
 * The media type of a GraphQL answer for an `Accept` header, exactly as Apollo Server chooses it
 * (`chooseContentTypeForSingleResultResponse`): none sent → `application/json`; else the preferred of the three it
 * serves; null when none is acceptable (Apollo then answers 406). The response cache answers a hit with this type and
 * leaves a request with none to Apollo, so cached and uncached answers never differ in type or status.
 */
export function graphqlResponseType(accept: string | undefined): string | null {
  if (!accept) return GRAPHQL_MEDIA_TYPES.json;
  return (
    new Negotiator({ headers: { accept } }).mediaType([
      GRAPHQL_MEDIA_TYPES.json,
      GRAPHQL_MEDIA_TYPES.graphqlResponse,
      GRAPHQL_MEDIA_TYPES.jsonCallback,
    ]) ?? null
  );
}

/** Content types a browser sends without a preflight (Apollo's CSRF prevention refuses them). */
const SIMPLE_CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

/**
 * Whether Apollo Server's CSRF prevention lets the request through (its `preventCsrf`): a non-simple content type, or
 * one of its preflight headers. A GET answered here (304) must pass the same check as one answered by Apollo.
 */
function passesCsrfPrevention(req: Request): boolean {
  const contentType = req.get("content-type");
  if (contentType !== undefined) {
    const essence = contentType.split(";")[0].trim().toLowerCase();
    if (!SIMPLE_CONTENT_TYPES.includes(essence)) return true;
  }
  return Boolean(req.get("apollo-require-preflight") || req.get("x-apollo-operation-name"));
}

/** `Cache-Control` of a read answer: revalidated on every use; never in a shared cache when a token asked for it. */
export const PUBLIC_READ_CACHE_CONTROL = "public, max-age=0, must-revalidate";
export const PRIVATE_READ_CACHE_CONTROL = "private, max-age=0, must-revalidate";
/** `Cache-Control` of writes, errors and anything else on /graphql and /export. */
export const NO_STORE = "no-store";

/**
 * HTTP caching for `/graphql` and `/export`, mounted after the guards and in front of the response cache and Apollo
 * (or the CSV router):
 *
 * - every GraphQL request: the media type its `Accept` header chooses (kept in the request's state for the response
 *   cache: a hit is answered as Apollo would, a request with no acceptable type is left to Apollo's 406);
 * - a `GET` read (a GraphQL query in the URL, an automatic persisted query by its hash, a CSV export): the viewer and
 *   the data version with the request's instant (one reading: the answer is computed at that instant, so it is the
 *   answer of that version), and a weak `ETag` derived from the version and the request: visibility (role, client,
 *   draft scope), the date in the Netherlands (the default `asOf`), the path, the query string and the media type.
 *   `If-None-Match` with that ETag is answered `304` without a body, before any operation runs. The ETag is weak: two
 *   answers of one version carry the same data, but not the same bytes (`extensions.requestId`; an answer made again
 *   after the response cache let it go shows its own instant as the default `knownAt`);
 * - when the headers go out: a read's complete, error-free 200 (or 304) gets `Cache-Control: public, max-age=0,
 *   must-revalidate` — `private` instead when it was asked with a token (token-dependent: drafts, the viewer) — and
 *   `Vary: Authorization, Accept`; everything else (writes, errors, refusals) `Cache-Control: no-store` and no ETag.
 *
 * POST answers never get an ETag (a conditional POST is not a cache revalidation); they get the same Cache-Control.
 */
export function httpCaching(options: {
  kind: "graphql" | "export";
  viewerOf: (req: Request) => Promise<Viewer>;
  clock: DataVersionProbe;
}): RequestHandler {
  const { kind, viewerOf, clock } = options;
  return (req, res, next) => {
    const state = requestOf(res);
    if (!state) return next();
    const http = (state.http ??= {});
    if (kind === "graphql") http.responseType = graphqlResponseType(req.get("accept"));
    onHeaders(res, () => finishHeaders(req, res, kind, http));
    if ((req.method !== "GET" && req.method !== "HEAD") || !conditionalRead(req, kind)) return next();
    void (async () => {
      const viewer = await viewerOf(req);
      // The version and the request's instant of one reading: the answer (computed at `now`) is that version's.
      const { version, now } = await clock.read();
      state.now = now;
      http.dataVersion = version;
      const key = JSON.stringify([
        visibilityKey(viewer),
        todayInNetherlands(now),
        req.baseUrl + req.path,
        req.originalUrl.slice(req.originalUrl.indexOf("?") + 1 || req.originalUrl.length),
        http.responseType ?? null,
      ]);
      http.etag = `W/"${version}-${createHash("sha256").update(key).digest("base64url").slice(0, 22)}"`;
      res.setHeader("ETag", http.etag);
      if (req.fresh) {
        http.cacheable = true;
        markNotModified(state, req, kind);
        res.status(304).end();
        return;
      }
      next();
    })().catch(() => {
      // A refused token, an unreachable database: no ETag; the request goes on and reports it as usual.
      http.etag = undefined;
      res.removeHeader("ETag");
      next();
    });
  };
}

/** A GET that reads: every CSV export; a GraphQL request that passes CSRF prevention and has an acceptable type. */
function conditionalRead(req: Request, kind: "graphql" | "export"): boolean {
  if (kind === "export") return true;
  return passesCsrfPrevention(req) && Boolean(requestOf(req.res as Response)?.http?.responseType);
}

/** A 304 is a successful read for the request log and the metrics (a GraphQL one under its operation's name). */
function markNotModified(state: RequestState, req: Request, kind: "graphql" | "export") {
  state.outcome = "success";
  if (kind === "graphql") {
    const name = req.query.operationName;
    state.operationName = typeof name === "string" && name !== "" ? name : "anonymous";
  }
}

/** The caching headers, decided when the response's head is written (its status and outcome are known by then). */
function finishHeaders(
  req: Request,
  res: Response,
  kind: "graphql" | "export",
  http: NonNullable<RequestState["http"]>,
) {
  const status = res.statusCode;
  const cacheable =
    (status === 200 || status === 304) && (kind === "export" ? status === 200 || http.cacheable : http.cacheable);
  if (!cacheable) {
    res.setHeader("Cache-Control", NO_STORE);
    res.removeHeader("ETag");
    return;
  }
  res.setHeader("Cache-Control", req.get("authorization") ? PRIVATE_READ_CACHE_CONTROL : PUBLIC_READ_CACHE_CONTROL);
  res.vary("Authorization");
  if (kind === "graphql") res.vary("Accept");
  if (req.method !== "GET" && req.method !== "HEAD") res.removeHeader("ETag");
}
