import type { Server } from "node:http";
import type { RequestHandler } from "express";
import onHeaders from "on-headers";
import { ErrorCode, httpErrorBody } from "../errors/error-codes";
import { writeErrorHead } from "../errors/http-status";
import { logger } from "../logger";
import type { ReadinessState } from "./health";
import { requestOf } from "./request-id";

export const DRAINING_MESSAGE = "The service is shutting down; retry in a few seconds (another instance may answer).";

/** Paths that keep answering while draining: the probes (`/ready` then says `draining`). */
const PROBES = new Set(["/health", "/ready"]);

/**
 * The drain gate, mounted first: counts the requests in flight, and once `drain()` is called answers every new
 * request (on a new or a kept-alive connection) with 503 SERVICE_UNAVAILABLE, `Retry-After` and `Connection: close`,
 * before anything of it runs. Responses still being made when the drain starts get `Connection: close` too, so
 * kept-alive sockets close after their in-flight request.
 */
export function drainGate(readiness: ReadinessState) {
  // A count, not a set of the responses in flight: a long-lived Set with an entry added and deleted per request is
  // rebuilt as it churns, and each outgrown table still pointed at the finished responses it held until the next
  // full collection, so V8 promoted every request's objects (bench/README.md, "Issue 15, fourth pass": 7.5 MB per
  // scavenge of a cached answer's frame, 0.7 MB with the count). The responses still under way when the drain starts
  // learn it as their head is written (below) instead of from a list.
  let inFlight = 0;
  const middleware: RequestHandler = (req, res, next) => {
    if (readiness.draining) {
      res.setHeader("Connection", "close");
      if (!PROBES.has(req.path)) {
        const outcome = writeErrorHead(res, ErrorCode.SERVICE_UNAVAILABLE);
        const state = requestOf(res);
        if (state) state.outcome = outcome;
        res.json(httpErrorBody(ErrorCode.SERVICE_UNAVAILABLE, DRAINING_MESSAGE));
        return;
      }
    }
    inFlight += 1;
    res.once("close", () => (inFlight -= 1));
    // Draining started while this response was under way: its socket closes after it (the head says so).
    onHeaders(res, () => {
      if (readiness.draining) res.setHeader("Connection", "close");
    });
    next();
  };
  return {
    middleware,
    /** Requests whose response is not finished yet. */
    inFlight: () => inFlight,
    /** Starts draining: readiness turns 503, new requests are refused, in-flight responses close their socket. */
    drain() {
      readiness.draining = true;
    },
  };
}

export interface ShutdownParts {
  http: Server;
  /** Starts draining (readiness 503, new requests refused) — called first. */
  drain(): void;
  /** Requests in flight, and whether the database still runs an operation (one whose client may have gone). */
  busy(): boolean;
  /** Stops Apollo Server (its plugins' serverWillStop hooks). */
  stopServer(): Promise<void>;
  /** Closes the pool (destroying connections still in flight: rolled back) and the embedded database. */
  closeDatabase(): Promise<unknown>;
  /** How long in-flight operations may take before their connections are destroyed. */
  timeoutMs: number;
  /** How long stopping Apollo and closing the database may take (a hung database must not hang the shutdown). */
  closeTimeoutMs?: number;
}

export interface ShutdownResult {
  /** Every in-flight operation finished within `timeoutMs`. */
  inTime: boolean;
  /** Apollo and the database closed within `closeTimeoutMs` (false: the database hangs; exit non-zero). */
  closed: boolean;
}

/**
 * Graceful shutdown that never splits a transaction: drain (readiness 503, new requests refused with 503 and
 * `Connection: close`), stop listening, close idle keep-alive connections, wait for the in-flight requests AND the
 * database operations (a request whose client went away still runs its transaction) — at most `timeoutMs`, checked
 * every 50 ms — then stop Apollo and close the database. When the bound is reached, the HTTP connections are closed
 * and the database connections still in flight are destroyed (their transactions roll back), never returned to the
 * pool. Closing is bounded too.
 */
export async function gracefulShutdown(parts: ShutdownParts): Promise<ShutdownResult> {
  const { http, timeoutMs } = parts;
  parts.drain();
  const listening = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeIdleConnections();
  let socketsClosed = false;
  void listening.then(() => (socketsClosed = true));
  const deadline = Date.now() + timeoutMs;
  while (parts.busy() || !socketsClosed) {
    if (Date.now() >= deadline) break;
    // Kept-alive connections become idle once their last response is sent: close them as they do.
    http.closeIdleConnections();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const inTime = !parts.busy() && socketsClosed;
  if (!inTime) {
    logger.warn(
      { timeoutMs },
      "shutdown: in-flight operations did not finish in time; closing their connections (their transactions roll back)",
    );
    http.closeAllConnections();
  }
  const closeTimeoutMs = parts.closeTimeoutMs ?? Math.max(5_000, timeoutMs);
  const closed = await within(closeTimeoutMs, async () => {
    await parts.stopServer();
    await parts.closeDatabase();
  });
  if (!closed) logger.error({ closeTimeoutMs }, "shutdown: the database did not close in time (it hangs)");
  return { inTime, closed };
}

/** Runs `work`; false when it did not settle within `ms` (it is left running; the process is about to exit). */
async function within(ms: number, work: () => Promise<void>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work().then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
      }),
    ]);
  } catch (error) {
    logger.error({ err: error }, "shutdown: closing failed");
    return true;
  } finally {
    clearTimeout(timer);
  }
}
