import { createHash } from "node:crypto";
import type { Request, RequestHandler } from "express";
import { ipKeyGenerator, rateLimit, type RateLimitExceededEventHandler } from "express-rate-limit";
import type { Config } from "../config";
import { ErrorCode } from "../errors/error-codes";
import { refuse } from "./refuse";

/**
 * Rate limits for /graphql (express-rate-limit, fixed window, in memory): per client — the SHA-256 of the
 * Authorization header, so tokens never sit in memory or logs as such, or the client address when anonymous — and,
 * more generously, per address whatever the token, so that a client can not escape its limit by inventing tokens.
 * Over a limit: 429 with `Retry-After` and the draft-8 `RateLimit` / `RateLimit-Policy` headers.
 * Behind a reverse proxy set TRUST_PROXY, or every client shares the proxy's address.
 */
export function rateLimits(config: Config["rateLimit"]): RequestHandler[] {
  if (!config.enabled) return [];
  const handler: RateLimitExceededEventHandler = (_req, res, _next, options) => {
    // express-rate-limit has written `Retry-After`: the seconds until this client's window ends.
    const retryAfter = res.getHeader("Retry-After");
    refuse(
      res,
      ErrorCode.RATE_LIMITED,
      `Rate limit of ${options.limit} requests per ${Math.round(config.windowMs / 1000)} s exceeded; retry after ${retryAfter ?? "a while"} s.`,
      {
        limit: options.limit,
        windowSeconds: Math.round(config.windowMs / 1000),
        retryAfterSeconds: Number(retryAfter) || undefined,
      },
    );
  };
  const common = { windowMs: config.windowMs, standardHeaders: "draft-8" as const, legacyHeaders: false, handler };
  return [
    rateLimit({
      ...common,
      limit: config.ipMax,
      identifier: "per-address",
      keyGenerator: (req) => `ip:${clientAddress(req)}`,
    }),
    rateLimit({ ...common, limit: config.max, identifier: "per-client", keyGenerator: (req) => clientKey(req) }),
  ];
}

/** The rate-limit key of a request: the hashed Authorization header, or the client address when there is none. */
export function clientKey(req: Request): string {
  const authorization = req.get("authorization");
  if (authorization) return `token:${createHash("sha256").update(authorization).digest("base64url")}`;
  return `ip:${clientAddress(req)}`;
}

/** The client address (IPv6 grouped per /56 subnet, as express-rate-limit recommends). */
function clientAddress(req: Request): string {
  return ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? "unknown");
}
