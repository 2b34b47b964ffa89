import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { Context } from "../../request/context";
import { ErrorCode } from "../../errors/error-codes";
import { requestScope, type Outcome } from "../../request/scope";

/** Seconds a client should wait before retrying when the database is unavailable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

const REJECTED = new Set<unknown>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_REQUEST,
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Records the operation name and outcome in the request scope (for the request log and the metrics), and answers an
 * outage with HTTP 503 and `Retry-After` (a database that is down is the server's problem, not the client's).
 */
export function operationOutcome(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, request, operationName }) {
          const scope = requestScope.getStore();
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          const outcome = outcomeOf(errors);
          if (scope) {
            scope.operationName = operationName ?? request.operationName ?? "anonymous";
            scope.outcome = outcome;
          }
          if (outcome === "unavailable" || outcome === "timeout") {
            response.http.status = 503;
            if (outcome === "unavailable")
              response.http.headers.set("Retry-After", String(UNAVAILABLE_RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}

function outcomeOf(errors: readonly GraphQLFormattedError[] | undefined): Outcome {
  if (!errors || errors.length === 0) return "success";
  const codes = errors.map((error) => error.extensions?.code);
  if (codes.includes(ErrorCode.SERVICE_UNAVAILABLE)) return "unavailable";
  if (codes.includes(ErrorCode.TIMEOUT)) return "timeout";
  if (codes.includes(ErrorCode.INTERNAL_SERVER_ERROR)) return "internal_error";
  if (codes.every((code) => REJECTED.has(code))) return "rejected";
  return "error";
}
