import { DomainError, ErrorCode } from "./error-codes";

/**
 * What became of a request, for the request log and the metrics (a small fixed set: metric label values):
 * - `rejected`: the request was not a well-formed operation (HTTP body, GraphQL syntax, schema, query limits);
 * - `error`: a well-formed operation answered with errors (an argument, the token, access, a missing object);
 * - `rate_limited`, `timeout`, `unavailable` (the database), `busy` (every pooled connection in use),
 *   `internal_error`: the service refused or failed.
 */
export type Outcome =
  "success" | "error" | "rejected" | "rate_limited" | "timeout" | "unavailable" | "busy" | "internal_error";

export interface ErrorHttp {
  /** The HTTP status of a response that refuses the whole request with this code (middleware, CSV exports, token). */
  readonly status: number;
  /** The request's outcome when its response carries this code. */
  readonly outcome: Outcome;
  /**
   * The server could not answer at all: a GraphQL response carrying this code takes `status` too. Other errors inside
   * a GraphQL response keep HTTP 200 (the rest of the data is still an answer).
   */
  readonly failsGraphQLResponse?: true;
  /** `Retry-After` in seconds: the client should simply try again later. */
  readonly retryAfterSeconds?: number;
}

/** Seconds a client should wait before retrying when the database is unavailable. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** Seconds a client should wait before retrying when every database connection is busy (load passes quickly). */
const BUSY_RETRY_AFTER_SECONDS = 2;

/** Seconds a client should wait when the disk is full: freeing space takes an operator, not a moment. */
const STORAGE_FULL_RETRY_AFTER_SECONDS = 60;

/**
 * THE answer to "which HTTP status does an error code give?" — every code, checked by the compiler. The statuses of
 * the codes Apollo Server raises itself (GRAPHQL_*, OPERATION_RESOLUTION_FAILURE, PERSISTED_QUERY_*) are the ones it
 * sets; they are here for the outcome and so that this table stays the one place to look.
 */
export const ERROR_HTTP = {
  [ErrorCode.BAD_USER_INPUT]: { status: 400, outcome: "error" },
  [ErrorCode.UNAUTHENTICATED]: { status: 401, outcome: "error" },
  [ErrorCode.FORBIDDEN]: { status: 403, outcome: "error" },
  [ErrorCode.NOT_FOUND]: { status: 404, outcome: "error" },
  [ErrorCode.INVALID]: { status: 400, outcome: "error" },
  [ErrorCode.CONFLICT]: { status: 409, outcome: "error" },
  [ErrorCode.SERVICE_UNAVAILABLE]: {
    status: 503,
    outcome: "unavailable",
    failsGraphQLResponse: true,
    retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
  },
  [ErrorCode.BUSY]: {
    status: 503,
    outcome: "busy",
    failsGraphQLResponse: true,
    retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS,
  },
  [ErrorCode.STORAGE_FULL]: {
    status: 503,
    outcome: "unavailable",
    failsGraphQLResponse: true,
    retryAfterSeconds: STORAGE_FULL_RETRY_AFTER_SECONDS,
  },
  [ErrorCode.TIMEOUT]: { status: 503, outcome: "timeout", failsGraphQLResponse: true },
  // express-rate-limit writes `Retry-After` itself: the seconds until the client's window ends.
  [ErrorCode.RATE_LIMITED]: { status: 429, outcome: "rate_limited" },
  [ErrorCode.PAYLOAD_TOO_LARGE]: { status: 413, outcome: "rejected" },
  [ErrorCode.BAD_REQUEST]: { status: 400, outcome: "rejected" },
  [ErrorCode.GRAPHQL_PARSE_FAILED]: { status: 400, outcome: "rejected" },
  [ErrorCode.GRAPHQL_VALIDATION_FAILED]: { status: 400, outcome: "rejected" },
  [ErrorCode.OPERATION_RESOLUTION_FAILURE]: { status: 400, outcome: "rejected" },
  [ErrorCode.PERSISTED_QUERY_NOT_FOUND]: { status: 200, outcome: "rejected" },
  [ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: { status: 200, outcome: "rejected" },
  [ErrorCode.INTERNAL_SERVER_ERROR]: { status: 500, outcome: "internal_error" },
} as const satisfies Record<ErrorCode, ErrorHttp>;

/** The table's row for a code as found in a response (`extensions.code`); unknown codes are errors of the operation. */
export function errorHttpOf(code: unknown): ErrorHttp {
  return (ERROR_HTTP as Record<string, ErrorHttp>)[String(code)] ?? { status: 400, outcome: "error" };
}

/** The one way `Retry-After` is written: the headers a response refusing with `code` carries (none or `Retry-After`). */
export function errorHeaders(code: ErrorCode): Map<string, string> {
  const { retryAfterSeconds }: ErrorHttp = ERROR_HTTP[code];
  return new Map(retryAfterSeconds === undefined ? [] : [["retry-after", String(retryAfterSeconds)]]);
}

/** The part of an HTTP response (Express's) that `writeErrorHead` needs. */
interface ResponseHead {
  status(code: number): unknown;
  setHeader(name: string, value: string): unknown;
}

/**
 * The one way a response that refuses a request with `code` outside Apollo (middleware, CSV exports) gets its head:
 * the code's status and headers. Returns the outcome for the caller to record.
 */
export function writeErrorHead(res: ResponseHead, code: ErrorCode): Outcome {
  res.status(ERROR_HTTP[code].status);
  for (const [name, value] of errorHeaders(code)) res.setHeader(name, value);
  return ERROR_HTTP[code].outcome;
}

/** Apollo Server's `extensions.http` for an error that refuses the whole request: the code's status and headers. */
export function httpOf(code: ErrorCode): { status: number; headers: Map<string, string> } {
  return { status: ERROR_HTTP[code].status, headers: errorHeaders(code) };
}

/**
 * An error that refuses the whole request before GraphQL runs (a failure of the Authorization header, the token
 * lookup in an outage): Apollo Server answers with the code's status and headers.
 */
export const refusal = (code: ErrorCode, message: string) => new DomainError(code, message, { http: httpOf(code) });

/** Worst first: the outcome of a response that carries several codes is the first of these that one of them has. */
const SEVERITY: readonly Outcome[] = [
  "unavailable",
  "busy",
  "timeout",
  "internal_error",
  "rate_limited",
  "error",
  "rejected",
];

/** The outcome of a GraphQL response from the codes of its errors (`success` without errors). */
export function outcomeOfCodes(codes: readonly unknown[]): Outcome {
  if (codes.length === 0) return "success";
  const outcomes = new Set(codes.map((code) => errorHttpOf(code).outcome));
  return SEVERITY.find((outcome) => outcomes.has(outcome)) ?? "error";
}

/**
 * The code whose status and headers a GraphQL response carrying these codes takes instead of Apollo's own (the worst
 * of those that fail the response), or undefined: the response keeps its status.
 */
export function codeFailingGraphQLResponse(codes: readonly unknown[]): ErrorCode | undefined {
  const failing = codes.filter((code): code is ErrorCode => errorHttpOf(code).failsGraphQLResponse === true);
  const rank = (code: ErrorCode) => SEVERITY.indexOf(ERROR_HTTP[code].outcome);
  return failing.sort((a, b) => rank(a) - rank(b))[0];
}
