import type { ApolloServerPlugin } from "@apollo/server";
import type { Config } from "../../config";
import type { Context } from "../../request/context";
import { currentRequest } from "../../request/scope";

/** Adds `requestId` (and, outside production, `sqlStatements`: SQL statements the request ran) to every response. */
export function responseExtensions(config: Pick<Config, "exposeSqlCount">): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const state = currentRequest();
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            requestId: state?.requestId,
            ...(config.exposeSqlCount ? { sqlStatements: state?.sqlStatements ?? 0 } : {}),
          };
        },
      };
    },
  };
}
