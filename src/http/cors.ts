import cors from "cors";
import type { RequestHandler } from "express";

/**
 * The request headers a page may send (the preflight allows them): JSON bodies, tokens, Apollo's CSRF-prevention
 * headers, write retries, the caller's own request id and conditional GETs.
 */
export const CORS_ALLOWED_HEADERS = [
  "Content-Type",
  "Authorization",
  "Apollo-Require-Preflight",
  "X-Apollo-Operation-Name",
  "Idempotency-Key",
  "X-Request-Id",
  "If-None-Match",
];

/** The response headers a page's script may read (besides the CORS-safelisted ones). */
export const CORS_EXPOSED_HEADERS = [
  "ETag",
  "X-Request-Id",
  "API-Version",
  "Retry-After",
  "RateLimit",
  "RateLimit-Policy",
  "X-Response-Cache",
  "X-Sql-Statements",
  "Content-Disposition",
];

/**
 * CORS (the `cors` package) for every route: a request from an origin in `CORS_ORIGINS` gets
 * `Access-Control-Allow-Origin` with that origin; a preflight (`OPTIONS` with
 * `Access-Control-Request-Method`) is answered here with 204 and the allowed methods and headers, before the CSRF
 * prevention, the rate limits and Apollo (a preflight carries no operation). An origin not in the list gets no
 * `Access-Control-*` header at all: the browser refuses the answer to the page. No cookies are used (tokens travel in
 * `Authorization`), so credentials are not allowed. Apollo's CSRF prevention stays on: a simple cross-site request
 * (no preflight) is still refused by Apollo, whatever its origin.
 */
export function corsMiddleware(origins: readonly string[]): RequestHandler {
  return cors({
    // A list: `cors` answers `Vary: Origin` for every origin and leaves `Access-Control-Allow-Origin` out for one
    // not listed (also on its 204 preflight answer, which the browser then refuses).
    origin: [...origins],
    methods: ["GET", "HEAD", "POST"],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    credentials: false,
    // Browsers cap this (Chromium at 2 hours); 10 minutes keeps a changed configuration from lingering.
    maxAge: 600,
    preflightContinue: false,
    optionsSuccessStatus: 204,
  });
}
