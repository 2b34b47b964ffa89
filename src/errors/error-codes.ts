import { GraphQLError } from "graphql";

/**
 * The one place for error codes. GraphQL errors carry them in `extensions.code`; mutation payloads carry them in
 * `userErrors[].code`. Clients may rely on these strings.
 */
export enum ErrorCode {
  /** An argument is malformed or names something that does not exist (queries). */
  BAD_USER_INPUT = "BAD_USER_INPUT",
  /** No credentials, or a token that is unknown or revoked. */
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** Authenticated, but the role or province does not allow this. */
  FORBIDDEN = "FORBIDDEN",
  /** A referenced object does not exist (mutations: in `userErrors`). */
  NOT_FOUND = "NOT_FOUND",
  /** An input field failed validation (mutations: in `userErrors`). */
  INVALID = "INVALID",
  /** Another write came first (`expectedLatestId` is no longer the latest), or a uniqueness rule was hit. */
  CONFLICT = "CONFLICT",
  /** The database is unreachable; retry later. */
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  /** Anything unexpected; the message is fixed and the details are in the log under the request id. */
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** An expected error, safe to show to clients as is. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (message: string, extra: Record<string, unknown> = {}) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, extra);
