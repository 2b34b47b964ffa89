/**
 * Classifies errors raised by `pg` / TypeORM / PGlite into the six kinds of database failure a client is told about:
 * unreachable (an outage: retry later), busy (every connection of the pool is in use: retry shortly), lock conflict
 * (a deadlock or lock conflict with another write: retry), storage (the disk is full: retry much later), a value the
 * database can not take (the request's fault), a statement cancelled by `statement_timeout`.
 * Everything else stays an internal error.
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

/**
 * TypeORM's errors (they carry no code) for a connection that is gone: released under a running transaction (the
 * connection was lost, or destroyed by a shutdown that ran out of time), or a data source already closed.
 */
const UNAVAILABLE_ERROR_NAMES = new Set([
  "QueryRunnerAlreadyReleasedError",
  "ConnectionIsNotSetError",
  "CannotExecuteNotConnectedError",
]);

/** Messages `pg` and its pool use for lost or impossible connections (they carry no code). */
const UNAVAILABLE_MESSAGES = [
  /Cannot use a pool after calling end on the pool/i,
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

/**
 * Class 53, insufficient resources (53100 disk_full, 53200 out_of_memory, 53400 configuration_limit_exceeded), except
 * 53300 too_many_connections (unavailable, above): the database can not store the write. Node's ENOSPC / EDQUOT come
 * from the embedded database writing its files.
 */
const STORAGE_SQLSTATE = /^53[0-9A-Z]{3}$/;
const STORAGE_CODES = new Set(["ENOSPC", "EDQUOT"]);
const STORAGE_MESSAGES = [/No space left on device/i, /could not (?:extend|write to) file/i];

/** 40001 serialization_failure, 40P01 deadlock_detected, 55P03 lock_not_available: another transaction was in the way. */
const LOCK_CONFLICT_SQLSTATES = new Set(["40001", "40P01", "55P03"]);

/** 57014 query_canceled: statement_timeout (or a cancel request) stopped the statement. */
const STATEMENT_TIMEOUT_SQLSTATE = "57014";

/**
 * pg-pool's message when a checkout waited DB_CONNECT_TIMEOUT_MS in its queue: it queues only while every connection
 * of the pool is in use (a new connection that cannot be opened fails with the network error instead), so this is
 * a saturated pool, not a database outage.
 */
const POOL_BUSY_MESSAGE = /timeout exceeded when trying to connect/i;

export type DatabaseErrorKind = "unavailable" | "busy" | "lock_conflict" | "storage" | "timeout" | "invalid_input";

export function classifyDatabaseError(error: unknown): DatabaseErrorKind | null {
  for (const candidate of causes(error)) {
    const code = (candidate as { code?: unknown }).code;
    if (typeof code === "string") {
      if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code)) return "unavailable";
      if (STORAGE_SQLSTATE.test(code) || STORAGE_CODES.has(code)) return "storage";
      if (LOCK_CONFLICT_SQLSTATES.has(code)) return "lock_conflict";
      if (code === STATEMENT_TIMEOUT_SQLSTATE) return "timeout";
      if (DATA_EXCEPTION_SQLSTATE.test(code)) return "invalid_input";
    }
    const name = (candidate as { name?: unknown }).name;
    if (typeof name === "string" && UNAVAILABLE_ERROR_NAMES.has(name)) return "unavailable";
    // Not `instanceof Error`: errors made by Node's own modules may come from another realm (e.g. under jest).
    const message = (candidate as { message?: unknown }).message;
    if (typeof message !== "string") continue;
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return "unavailable";
    if (STORAGE_MESSAGES.some((pattern) => pattern.test(message))) return "storage";
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
