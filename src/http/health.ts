import { Router } from "express";
import type { DataSource } from "typeorm";
import { classifyDatabaseError } from "../errors/database-errors";
import { driverPool } from "../db/pool";
import { logger } from "../logger";
import type { StorageGuard } from "../db/storage";

export interface ReadinessState {
  /** True once graceful shutdown has begun: the load balancer should stop sending traffic. */
  draining: boolean;
  /** When a pooled connection last came back from a statement without error (ms since the epoch). */
  lastHealthyAt?: number;
  /** What the last full check found about migrations (reused while the pool is saturated). */
  migrated?: boolean;
}

/**
 * `/ready` reports the database's health, not the pool's saturation: while every connection is in use and requests
 * queue for one, a connection that came back healthy within this many readiness timeouts proves the database
 * answers, and the check does not queue behind the requests (it would report a busy database as unreachable).
 */
const HEALTHY_WINDOW_TIMEOUTS = 5;

export type Readiness =
  | { ready: true }
  | {
      ready: false;
      reason: "draining" | "database unreachable" | "pending migrations" | "database error" | "storage low";
      detail?: string;
    };

/**
 * Readiness: not draining, enough free space on the embedded database's disk (MIN_FREE_DISK_MB), no migration
 * pending, and the database answers: `SELECT 1` within `timeoutMs`, or, while the pool is saturated, a connection came
 * back healthy lately (see HEALTHY_WINDOW_TIMEOUTS).
 */
export async function checkReadiness(
  dataSource: DataSource,
  state: ReadinessState,
  timeoutMs: number,
  storage?: StorageGuard,
): Promise<Readiness> {
  if (state.draining) return { ready: false, reason: "draining" };
  const low = await storage?.lowSpace().catch(() => null);
  if (low) return { ready: false, reason: "storage low", detail: low };
  const pool = driverPool(dataSource);
  const saturated = pool !== undefined && pool.idleCount === 0 && pool.waitingCount > 0;
  const answeredLately =
    state.lastHealthyAt !== undefined && Date.now() - state.lastHealthyAt < HEALTHY_WINDOW_TIMEOUTS * timeoutMs;
  if (saturated && answeredLately && state.migrated) return { ready: true };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: "ETIMEDOUT" })),
      timeoutMs,
    );
  });
  try {
    await Promise.race([dataSource.query("SELECT 1"), timeout]);
    const pending = await Promise.race([dataSource.showMigrations(), timeout]);
    state.migrated = !pending;
    if (pending)
      return {
        ready: false,
        reason: "pending migrations",
        detail: "run `npm run migration:run`, or restart the service",
      };
    return { ready: true };
  } catch (error) {
    const kind = classifyDatabaseError(error);
    logger.warn({ err: error }, "readiness check failed");
    // The error's message stays in the log: it may name hosts and ports.
    return { ready: false, reason: kind === "unavailable" ? "database unreachable" : "database error" };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /health`: the process is alive (no database access; for liveness probes).
 * `GET /ready`: 200 when the service can serve, else 503 with the reason (for readiness probes and load balancers).
 */
export function healthRoutes(
  dataSource: DataSource,
  state: ReadinessState,
  timeoutMs: number,
  storage?: StorageGuard,
): Router {
  // pg-pool emits `release` with the error that made a connection unusable, else without one.
  driverPool(dataSource)?.on("release", (error?: Error) => {
    if (!error) state.lastHealthyAt = Date.now();
  });
  const router = Router();
  router.get("/health", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ status: "ok" });
  });
  router.get("/ready", async (_req, res) => {
    const readiness = await checkReadiness(dataSource, state, timeoutMs, storage);
    res.set("Cache-Control", "no-store");
    if (readiness.ready) res.json({ status: "ready" });
    else res.status(503).json({ status: "unavailable", reason: readiness.reason, detail: readiness.detail });
  });
  return router;
}
