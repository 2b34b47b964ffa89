import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler, Router } from "express";
import { Router as createRouter } from "express";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { DataSource } from "typeorm";
import { driverPool } from "../db/pool";
import type { Outcome } from "../request/context";
import { requestOf } from "./request-id";
import { ErrorCode, httpErrorBody } from "../errors/error-codes";
import { writeErrorHead } from "../errors/http-status";

/** Operation names come from clients: only well-formed ones, and at most this many distinct, become label values. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface Metrics {
  registry: Registry;
  /** Counts and times every /graphql request on `finish` (mount before the GraphQL handlers). */
  middleware: RequestHandler;
  /** `GET /metrics` in the Prometheus text format. */
  router: Router;
}

/** Who may read `/metrics` (config METRICS_TOKEN, METRICS_PORT). */
export interface MetricsAccess {
  /** When set, `GET /metrics` needs `Authorization: Bearer <token>` (401 otherwise). */
  token?: string;
  /** Served on a separate listener (METRICS_PORT): not public on the service's port. */
  separateListener: boolean;
}

/**
 * Prometheus metrics (prom-client), one registry per server instance:
 * - `graphql_requests_total{operation,outcome}` and `graphql_request_duration_seconds{operation,outcome}`; the
 *   `operation` label (operation names are chosen by clients: per-client data) only when `/metrics` is not public,
 *   i.e. behind METRICS_TOKEN or on its own listener (METRICS_PORT); public, the series have `outcome` only;
 * - `smc_refused_total{reason}`: refused authentication and authorization attempts (src/auth/refusal.ts);
 * - `db_pool_connections{state="total"|"idle"|"waiting"}`: the `pg` pool behind TypeORM;
 * - the default Node.js process metrics (CPU, memory, event loop lag, GC, handles).
 */
export function createMetrics(dataSource: DataSource, access: MetricsAccess = { separateListener: false }): Metrics {
  const registry = new Registry();
  const perClient = access.token !== undefined || access.separateListener;
  collectDefaultMetrics({ register: registry });
  const labelNames = perClient ? (["operation", "outcome"] as const) : (["outcome"] as const);
  const requests = new Counter<"operation" | "outcome">({
    name: "graphql_requests_total",
    help: perClient
      ? "GraphQL HTTP requests by operation name and outcome."
      : "GraphQL HTTP requests by outcome (operation names are shown only behind METRICS_TOKEN or on METRICS_PORT).",
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram<"operation" | "outcome">({
    name: "graphql_request_duration_seconds",
    help: "Duration of GraphQL HTTP requests (until the response is sent) by outcome (and operation name when not public).",
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const refused = new Counter({
    name: "smc_refused_total",
    help: "Refused authentication (UNAUTHENTICATED) and authorization (FORBIDDEN) attempts by reason.",
    labelNames: ["reason"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "db_pool_connections",
    help: "Connections of the database pool: total (open), idle, and waiting (requests queued for a connection).",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const pool = driverPool(dataSource);
      this.set({ state: "total" }, pool?.totalCount ?? 0);
      this.set({ state: "idle" }, pool?.idleCount ?? 0);
      this.set({ state: "waiting" }, pool?.waitingCount ?? 0);
    },
  });

  const seen = new Set<string>();
  const operationLabel = (name: string | undefined): string => {
    if (!name) return "unknown";
    if (name === "anonymous" || seen.has(name)) return name;
    if (!OPERATION_NAME.test(name) || seen.size >= MAX_OPERATION_NAMES) return "other";
    seen.add(name);
    return name;
  };

  const middleware: RequestHandler = (_req, res, next) => {
    const end = duration.startTimer();
    res.once("finish", () => {
      const state = requestOf(res);
      const outcome = requestOutcome(state?.outcome, res.statusCode);
      const labels = perClient ? { operation: operationLabel(state?.operationName), outcome } : { outcome };
      end(labels);
      requests.inc(labels);
      if (state?.refused) refused.inc({ reason: state.refused.reason });
    });
    next();
  };

  const router = createRouter();
  const expected = access.token === undefined ? undefined : digest(`Bearer ${access.token}`);
  router.get("/metrics", async (req, res) => {
    // Compared as hashes of equal length, in constant time.
    if (expected && !timingSafeEqual(digest(req.get("authorization") ?? ""), expected)) {
      // A refused attempt like any other: counted here, logged at warn with the caller's address by the request log.
      refused.inc({ reason: "metrics_token" });
      const state = requestOf(res);
      if (state) state.refused = { reason: "metrics_token", caller: null };
      writeErrorHead(res, ErrorCode.UNAUTHENTICATED);
      res.set("WWW-Authenticate", 'Bearer realm="metrics"');
      res.json(httpErrorBody(ErrorCode.UNAUTHENTICATED, "/metrics needs `Authorization: Bearer <METRICS_TOKEN>`."));
      return;
    }
    res.set("Content-Type", registry.contentType).send(await registry.metrics());
  });
  return { registry, middleware, router };
}

/** The outcome of a finished request: the one its handler recorded, or one derived from the HTTP status. */
export function requestOutcome(recorded: Outcome | undefined, status: number): Outcome {
  if (recorded) return recorded;
  if (status === 429) return "rate_limited";
  if (status === 503) return "unavailable";
  if (status >= 500) return "internal_error";
  if (status >= 400) return "rejected";
  return "success";
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}
