import type { RequestHandler, Router } from "express";
import { Router as createRouter } from "express";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { DataSource } from "typeorm";
import { driverPool } from "../db/pool";
import type { Outcome } from "../request/context";
import { requestOf } from "./request-id";

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

/**
 * Prometheus metrics (prom-client), one registry per server instance:
 * - `graphql_requests_total{operation,outcome}` and `graphql_request_duration_seconds{operation,outcome}`;
 * - `db_pool_connections{state="total"|"idle"|"waiting"}`: the `pg` pool behind TypeORM;
 * - the default Node.js process metrics (CPU, memory, event loop lag, GC, handles).
 */
export function createMetrics(dataSource: DataSource): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "graphql_requests_total",
    help: "GraphQL HTTP requests by operation name and outcome.",
    labelNames: ["operation", "outcome"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "Duration of GraphQL HTTP requests (until the response is sent) by operation name and outcome.",
    labelNames: ["operation", "outcome"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
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
      const labels = {
        operation: operationLabel(state?.operationName),
        outcome: requestOutcome(state?.outcome, res.statusCode),
      };
      end(labels);
      requests.inc(labels);
    });
    next();
  };

  const router = createRouter();
  router.get("/metrics", async (_req, res) => {
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
