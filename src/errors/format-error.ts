import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { logger } from "../logger";
import { classifyDatabaseError, type DatabaseErrorKind } from "./database-errors";
import { ErrorCode } from "./error-codes";

/** graphql-js's parser message for `parseOptions.maxTokens` (its own typo included). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th\w+ (\d+) tokens\. Parsing aborted\.$/;

/** graphql-js's default `maxErrors` of `validate()`, which Apollo Server keeps. */
const MAX_VALIDATION_ERRORS = 100;

export const INTERNAL_MESSAGE = "Internal server error. Quote the request id when reporting it.";
export const UNAVAILABLE_MESSAGE = "The database is unavailable. Retry in a few seconds.";
export const BUSY_MESSAGE = "Every database connection is busy. Retry in a few seconds.";
export const LOCK_CONFLICT_MESSAGE =
  "The database is busy (a deadlock or lock conflict with another write); nothing was written. Retry in a few seconds.";
export const STORAGE_FULL_MESSAGE =
  "The database's storage is full; nothing was written. Retry later (an operator must free space).";
export const STATEMENT_TIMEOUT_MESSAGE = "A database statement took too long and was cancelled.";
export const INVALID_VALUE_MESSAGE =
  "An argument holds a value the database can not take (e.g. a NUL character, or a number or date out of range).";

/** What a client is told about each kind of database failure (GraphQL errors and CSV exports alike). */
export const DATABASE_ERRORS: Record<DatabaseErrorKind, { message: string; code: ErrorCode; log: string }> = {
  unavailable: { message: UNAVAILABLE_MESSAGE, code: ErrorCode.SERVICE_UNAVAILABLE, log: "database unavailable" },
  busy: { message: BUSY_MESSAGE, code: ErrorCode.BUSY, log: "database pool busy" },
  // A lock conflict is not a saturated pool: the write lost a race, so it is an outage-like retry, not BUSY.
  lock_conflict: { message: LOCK_CONFLICT_MESSAGE, code: ErrorCode.SERVICE_UNAVAILABLE, log: "database lock conflict" },
  storage: { message: STORAGE_FULL_MESSAGE, code: ErrorCode.STORAGE_FULL, log: "database storage full" },
  timeout: { message: STATEMENT_TIMEOUT_MESSAGE, code: ErrorCode.TIMEOUT, log: "statement timeout" },
  invalid_input: {
    message: INVALID_VALUE_MESSAGE,
    code: ErrorCode.BAD_USER_INPUT,
    log: "database refused a value from the request",
  },
};

/**
 * Apollo's `formatError`: expected errors (GraphQLErrors we or graphql-js raised) pass as they are; a lost or
 * impossible database connection becomes SERVICE_UNAVAILABLE, a cancelled statement TIMEOUT; anything else is logged
 * with the request id and masked to a fixed message carrying that id. Apollo does not pass the request to
 * `formatError`: `currentRequestId` (given by the server) finds it.
 */
export function createFormatError(
  currentRequestId: () => string | undefined,
  options: { suggestions: boolean } = { suggestions: true },
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = formatError(formatted, error, currentRequestId);
    return options.suggestions ? result : { ...result, message: withoutSuggestions(result.message) };
  };
}

/**
 * graphql-js's "Did you mean …?" hints name fields, arguments, types and enum values. Apollo's
 * `hideSchemaDetailsFromClientErrors` removes them from validation errors only; variable coercion ("Value "ACTIV"
 * does not exist in "PresenceStatus" enum. Did you mean the enum value "ACTIVE"?") keeps them. Removed from every
 * message here when FIELD_SUGGESTIONS is off (production).
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, "");
}

function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  currentRequestId: () => string | undefined,
): GraphQLFormattedError {
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens) {
    // graphql-js stops parsing at the first token over the limit, so the full count is unknown (and need not be paid).
    const max = Number(tokens[1]);
    return {
      ...formatted,
      message: `Token limit of ${max} exceeded, found more than ${max}: parsing stopped.`,
      extensions: { ...formatted.extensions, limit: "maxTokens", max },
    };
  }
  if (formatted.message === "Too many validation errors, error limit reached. Validation aborted.") {
    // graphql-js stops validating after 100 errors (its maxErrors): name that limit like the others.
    return {
      ...formatted,
      message: `More than ${MAX_VALIDATION_ERRORS} validation errors: validation stopped. Fix the first ones and send the operation again.`,
      extensions: { ...formatted.extensions, limit: "maxValidationErrors", max: MAX_VALIDATION_ERRORS },
    };
  }
  if (formatted.message === "Validation aborted.") {
    // graphql-js's own work budget for comparing fields and fragments (e.g. thousands of repeated fields) ran out.
    return {
      ...formatted,
      message:
        "The operation is too complex to validate (graphql-js's field-merging work budget ran out): send fewer repeated fields or fragments.",
      extensions: { ...formatted.extensions, limit: "validationWork" },
    };
  }
  const validation = argumentValidation(formatted);
  if (validation) return validation;
  const original = unwrapResolverError(error);
  const requestId = currentRequestId();
  const kind = classifyDatabaseError(original);
  if (kind) {
    const { message, code, log } = DATABASE_ERRORS[kind];
    logger.warn({ err: original, requestId, path: formatted.path }, log);
    return { message, path: formatted.path, locations: formatted.locations, extensions: { code, requestId } };
  }
  if (original instanceof GraphQLError || !(error instanceof GraphQLError && error.originalError)) {
    if (original instanceof GraphQLError || formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR)
      return formatted;
  }
  logger.error({ err: original, requestId, path: formatted.path }, "internal error");
  return {
    message: INTERNAL_MESSAGE,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
  };
}

interface ValidationErrorShape {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorShape[];
}

/**
 * type-graphql's "Argument Validation Error" (class-validator on arguments and inputs) rewritten for clients: the
 * message says what is wrong, and `validationErrors` lists `{ path, constraints }` without the echoed input object.
 */
function argumentValidation(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const errors = formatted.extensions?.validationErrors;
  if (!Array.isArray(errors)) return null;
  const flat: Array<{ path: string[]; constraints: string[] }> = [];
  const walk = (list: ValidationErrorShape[], prefix: string[]) => {
    for (const e of list) {
      const path = [...prefix, e.property];
      if (e.constraints) flat.push({ path, constraints: Object.values(e.constraints) });
      if (e.children?.length) walk(e.children, path);
    }
  };
  walk(errors as ValidationErrorShape[], []);
  return {
    message: `Invalid argument: ${flat.flatMap((f) => f.constraints.map((c) => `\`${f.path.join(".")}\`: ${c}`)).join("; ")}.`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.BAD_USER_INPUT, validationErrors: flat },
  };
}
