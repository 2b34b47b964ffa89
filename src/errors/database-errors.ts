/**
 * Classifies errors raised by `pg` / TypeORM: is the database unreachable (an outage the client should retry after),
 * or was a statement cancelled by `statement_timeout`? Everything else stays an internal error.
 */

/** Node socket errors met when PostgreSQL is down or unreachable. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "EAI_AGAIN",
]);

/**
 * PostgreSQL SQLSTATEs meaning "the server is going away or not accepting connections": class 08 (connection
 * exception), 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300 too_many_connections.
 */
const UNAVAILABLE_SQLSTATES = /^(08\d{3}|57P0[123]|53300)$/;

/** Messages `pg` and its pool use for lost or impossible connections (they carry no code). */
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /connection (?:is )?closed/i,
  /client has encountered a connection error/i,
  /Client was closed and is not queryable/i,
  /the database system is (?:starting up|shutting down|in recovery mode)/i,
];

/**
 * Class 22, data exception (22021 a NUL character in text, 22P02 invalid text representation, 22003 numeric value
 * out of range, 22008 datetime field overflow, ...): a value from the request that the database can not take.
 * Arguments are validated before they reach SQL; this is the safety net, so that such input is never an internal error.
 */
const DATA_EXCEPTION_SQLSTATE = /^22[0-9A-Z]{3}$/;

/** 57014 query_canceled: statement_timeout (or a cancel request) stopped the statement. */
const STATEMENT_TIMEOUT_SQLSTATE = "57014";

/**
 * pg-pool's message when a checkout waited DB_CONNECT_TIMEOUT_MS in its queue: it queues only while every connection
 * of the pool is in use (a new connection that cannot be opened fails with the network error instead), so this is
 * a saturated pool, not a database outage.
 */
const POOL_BUSY_MESSAGE = /timeout exceeded when trying to connect/i;

export type DatabaseErrorKind = "unavailable" | "busy" | "timeout" | "invalid_input";

export function classifyDatabaseError(error: unknown): DatabaseErrorKind | null {
  for (const candidate of causes(error)) {
    const code = (candidate as { code?: unknown }).code;
    if (typeof code === "string") {
      if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code)) return "unavailable";
      if (code === STATEMENT_TIMEOUT_SQLSTATE) return "timeout";
      if (DATA_EXCEPTION_SQLSTATE.test(code)) return "invalid_input";
    }
    // Not `instanceof Error`: errors made by Node's own modules may come from another realm (e.g. under jest).
    const message = (candidate as { message?: unknown }).message;
    if (typeof message !== "string") continue;
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return "unavailable";
    if (POOL_BUSY_MESSAGE.test(message)) return "busy";
  }
  return null;
}

/**
 * The error and what it wraps: TypeORM's `driverError`, `cause`, AggregateError's `errors` (pg tries IPv4 and IPv6),
 * and graphql-js's `thrownValue` (a thrown value it did not recognise as an Error, e.g. from another realm).
 */
function* causes(error: unknown, depth = 0): Generator<object> {
  if (!error || typeof error !== "object" || depth > 5) return;
  yield error;
  const { driverError, cause, errors, originalError, thrownValue } = error as {
    thrownValue?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
    originalError?: unknown;
  };
  for (const inner of [driverError, cause, originalError, thrownValue]) yield* causes(inner, depth + 1);
  if (Array.isArray(errors)) for (const inner of errors) yield* causes(inner, depth + 1);
}
