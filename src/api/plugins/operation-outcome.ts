import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../../request/context";
import { currentRequest } from "../../request/scope";
import { TokenRefused, type RefusedCaller } from "../../auth/refusal";
import { ErrorCode } from "../../errors/error-codes";
import { ERROR_HTTP, codeFailingGraphQLResponse, errorHeaders, outcomeOfCodes } from "../../errors/http-status";

/**
 * Records the operation name and outcome in the request's state (for the request log and the metrics), and gives a
 * response whose errors say the server could not answer (the database is down, a statement timed out) that code's
 * HTTP status and headers (errors/http-status.ts): that is the server's problem, not the client's. Says whether a
 * client may keep the answer (a query's complete, error-free 200: src/http/http-cache.ts).
 */
export function operationOutcome(): ApolloServerPlugin<Context> {
  return {
    // The context could not be made (the token was refused, or could not be looked up): no operation ran.
    async contextCreationDidFail({ error }) {
      const state = currentRequest();
      const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
      if (state) state.outcome = outcomeOfCodes([code]);
    },
    async requestDidStart() {
      return {
        // Refusals for who is asking, for the request log (warn, with the caller) and `smc_refused_total`.
        async didEncounterErrors({ errors, contextValue }) {
          const state = currentRequest();
          if (!state || state.refused) return;
          for (const error of errors) {
            const original = error.originalError;
            if (original instanceof TokenRefused) {
              state.refused = { reason: original.reason, caller: original.caller ?? callerOf(contextValue) };
              return;
            }
            const code = error.extensions?.code;
            if (code === ErrorCode.UNAUTHENTICATED || code === ErrorCode.FORBIDDEN) {
              state.refused = {
                reason: code === ErrorCode.FORBIDDEN ? "forbidden" : "token_required",
                caller: callerOf(contextValue),
              };
              return;
            }
          }
        },
        async willSendResponse({ response, request, operationName, operation }) {
          const state = currentRequest();
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          const codes = (errors ?? []).map((error) => error.extensions?.code);
          if (state) {
            state.operationName = operationName ?? request.operationName ?? "anonymous";
            state.outcome = outcomeOfCodes(codes);
          }
          const failing = codeFailingGraphQLResponse(codes);
          if (failing) {
            response.http.status = ERROR_HTTP[failing].status;
            for (const [name, value] of errorHeaders(failing)) response.http.headers.set(name, value);
          }
          // A client may keep (and revalidate) a query's complete, error-free 200 (src/http/http-cache.ts).
          if (state?.http)
            state.http.cacheable =
              operation?.operation === "query" &&
              codes.length === 0 &&
              (response.http.status ?? 200) === 200 &&
              !state.http.volatile;
        },
      };
    },
  };
}

/** The API client of a request's viewer, for the refusal log; null when anonymous (or no context was made). */
function callerOf(ctx: Context | undefined): RefusedCaller | null {
  const client = ctx?.viewer?.client;
  return client ? { id: client.id, name: client.name } : null;
}
