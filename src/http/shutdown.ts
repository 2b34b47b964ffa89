import type { Server } from "node:http";
import { logger } from "../logger";

export interface ShutdownParts {
  http: Server;
  /** Marks the service as draining (readiness turns 503) — called first. */
  drain(): void;
  /** Stops Apollo Server (its plugins' serverWillStop hooks). */
  stopServer(): Promise<void>;
  /** Closes the database pool, and the embedded database. */
  closeDatabase(): Promise<void>;
  /** How long in-flight requests may take before their connections are closed. */
  timeoutMs: number;
}

/**
 * Graceful shutdown: report not-ready, stop accepting connections, close idle keep-alive connections, let in-flight
 * requests finish (at most `timeoutMs`, then their connections are closed), stop Apollo, close the pool and the
 * embedded database. Resolves to `true` when every request finished in time.
 */
export async function gracefulShutdown(parts: ShutdownParts): Promise<boolean> {
  const { http, timeoutMs } = parts;
  parts.drain();
  const closed = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeIdleConnections();
  // Keep-alive connections that become idle once their response is sent are closed too.
  const sweeper = setInterval(() => http.closeIdleConnections(), 100);
  let timer: NodeJS.Timeout | undefined;
  const inTime = await Promise.race([
    closed.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    }),
  ]);
  clearInterval(sweeper);
  clearTimeout(timer);
  if (!inTime) {
    logger.warn({ timeoutMs }, "shutdown: in-flight requests did not finish in time; closing their connections");
    http.closeAllConnections();
    await closed;
  }
  await parts.stopServer();
  await parts.closeDatabase();
  return inTime;
}
