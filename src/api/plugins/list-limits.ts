import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, visit, type DocumentNode } from "graphql";
import type { Context } from "../../request/context";
import { ErrorCode } from "../../errors/error-codes";
import { refusal } from "../../errors/http-status";

/**
 * Every list an operation passes, in its text or its variables, holds at most `maxItems` values (MAX_LIST_ITEMS):
 * one cap for every list argument (`enumLabels(enums:)`, the comparisons' scopes, `nodes(ids:)`, input lists), so
 * a small request can never ask for an answer many times its size. Checked before execution: a longer list is a 400
 * BAD_USER_INPUT naming the limit; input types may cap their own lists tighter.
 */
export function listLimits(maxItems: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const found = Math.max(longestLiteralList(document), longestList(request.variables));
          if (found > maxItems) {
            const error = refusal(
              ErrorCode.BAD_USER_INPUT,
              `A list argument holds ${found} values; at most ${maxItems} are accepted.`,
            );
            Object.assign(error.extensions, { limit: "maxListItems", max: maxItems, found });
            throw error;
          }
        },
      };
    },
  };
}

/** Per parsed document (Apollo keeps one per operation text): a document's literals never change. */
const literalLists = new WeakMap<DocumentNode, number>();

function longestLiteralList(document: DocumentNode): number {
  const known = literalLists.get(document);
  if (known !== undefined) return known;
  let longest = 0;
  visit(document, {
    [Kind.LIST]: (node) => {
      longest = Math.max(longest, node.values.length);
    },
  });
  literalLists.set(document, longest);
  return longest;
}

function longestList(value: unknown, depth = 0): number {
  if (depth > 20 || value === null || typeof value !== "object") return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return Math.max(Array.isArray(value) ? value.length : 0, ...children.map((v) => longestList(v, depth + 1)));
}
