import { GraphQLError } from "graphql";

/**
 * The one place for error codes. GraphQL errors carry them in `extensions.code`; mutation payloads carry them in
 * `userErrors[].code`. Clients may rely on these strings.
 */
export enum ErrorCode {
  /** An argument is malformed or names something that does not exist (queries), or a value is not of its GraphQL type. */
  BAD_USER_INPUT = "BAD_USER_INPUT",
  /** No credentials where they are needed, or a token that is unknown or revoked (HTTP 401 when it concerns the header). */
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** Authenticated, but the role or province does not allow this. */
  FORBIDDEN = "FORBIDDEN",
  /** A referenced object does not exist (mutations: in `userErrors`). */
  NOT_FOUND = "NOT_FOUND",
  /** An input field failed validation (mutations: in `userErrors`). */
  INVALID = "INVALID",
  /**
   * Another write came first (`expectedLatestId` is no longer the latest), a uniqueness rule was hit, or the record's
   * state does not allow the change (e.g. rating a published assessment) (mutations: in `userErrors`).
   */
  CONFLICT = "CONFLICT",
  /** The database is unreachable; retry later (HTTP 503 with `Retry-After`). */
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  /**
   * Every database connection is busy (the pool stayed full for DB_CONNECT_TIMEOUT_MS): the database is fine, the
   * service is saturated; retry shortly (HTTP 503 with `Retry-After`).
   */
  BUSY = "BUSY",
  /**
   * The database can not store anything more: its disk is full (SQLSTATE class 53), or the free space on the embedded
   * database's disk is below MIN_FREE_DISK_MB and writes are refused before they start (HTTP 503 with `Retry-After`).
   */
  STORAGE_FULL = "STORAGE_FULL",
  /** The request ran longer than REQUEST_TIMEOUT_MS, or a statement longer than DB_STATEMENT_TIMEOUT_MS (HTTP 503). */
  TIMEOUT = "TIMEOUT",
  /** Too many requests from this token or address (HTTP 429 with `Retry-After`). */
  RATE_LIMITED = "RATE_LIMITED",
  /** The request body is larger than BODY_LIMIT (HTTP 413). */
  PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE",
  /** The HTTP request is malformed: unparseable JSON, a batch (JSON array) of operations, ... (HTTP 400). */
  BAD_REQUEST = "BAD_REQUEST",
  /** Raised by Apollo Server: the document is not valid GraphQL, or has more than MAX_TOKENS tokens (HTTP 400). */
  GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED",
  /** Raised by Apollo Server: the operation does not fit the schema, or exceeds a query limit (HTTP 400). */
  GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED",
  /** Raised by Apollo Server: `operationName` names no operation of the document, or none was named among several (HTTP 400). */
  OPERATION_RESOLUTION_FAILURE = "OPERATION_RESOLUTION_FAILURE",
  /** Raised by Apollo Server (automatic persisted queries): send the query text along with its hash (HTTP 200). */
  PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND",
  /** Raised by Apollo Server when persisted queries are switched off (HTTP 200). */
  PERSISTED_QUERY_NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED",
  /** Anything unexpected; the message is fixed and the details are in the log under the request id. */
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/**
 * The codes a mutation payload's `userErrors` can carry (the write changed nothing); the GraphQL enum `UserErrorCode`
 * (src/schema/payloads/mutation.payload.ts) describes each.
 */
export const UserErrorCode = {
  INVALID: ErrorCode.INVALID,
  NOT_FOUND: ErrorCode.NOT_FOUND,
  CONFLICT: ErrorCode.CONFLICT,
} as const;
export type UserErrorCode = (typeof UserErrorCode)[keyof typeof UserErrorCode];

/** An expected error, safe to show to clients as is. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (message: string, extra: Record<string, unknown> = {}) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, extra);

/** UNAUTHENTICATED within an operation (a write without a token); `refusal` (http-status.ts) for the header itself. */
export const unauthenticated = (message: string) => new DomainError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message: string) => new DomainError(ErrorCode.FORBIDDEN, message);

/** One field-level problem of a mutation's input. `field` is the path from the argument: `["input", "validFrom"]`. */
export interface UserErrorData {
  field: string[];
  code: UserErrorCode;
  message: string;
}

/**
 * Thrown by services to refuse a write with `userErrors` (never shown as a GraphQL error): the write's transaction
 * rolls back and the mutation returns its payload with these errors and a null object.
 */
export class UserErrors extends Error {
  constructor(readonly errors: UserErrorData[]) {
    super(errors.map((e) => `${e.field.join(".")}: ${e.message}`).join("; "));
    this.name = "UserErrors";
  }
}

/** Shorthand: refuse with one user error. */
export const userError = (code: UserErrorCode, field: string[], message: string) =>
  new UserErrors([{ code, field, message }]);

/** A GraphQL-over-HTTP error body for refusals made before GraphQL runs (rate limit, body size, timeout, ...). */
export function httpErrorBody(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}
