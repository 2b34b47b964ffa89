import { GraphQLError, type ParseOptions, type ValidationRule } from "graphql";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { GraphQLArmorRejectCallback } from "@escape.tech/graphql-armor-types";
import type { Config } from "../../config";
import { costLimitRule, DEFAULT_COST_WEIGHTS } from "./cost-limit";

export type QueryLimit = "maxDepth" | "maxAliases" | "maxDirectives" | "maxCost" | "maxTokens";

/**
 * The per-operation limits, checked before any resolver runs:
 * - tokens: graphql-js's own parser option `maxTokens` (parsing stops at the limit: GRAPHQL_PARSE_FAILED, 400);
 * - depth, aliases and directives: graphql-armor's validation rules; cost: our own rule (cost-limit.ts: graphql-armor's
 *   formula, plus lists paid by their size) — each a GRAPHQL_VALIDATION_FAILED (400) naming the limit and the value
 *   found, also in `extensions` (`limit`, `max`, `found`).
 * Connection sizes (`first` 1..100) are checked by the arguments' class-validator rules (schema/connection.ts).
 */
export function queryLimits(limits: Config["limits"]): {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [
      maxDepthRule({
        ...common,
        n: limits.maxDepth,
        ignoreIntrospection: true,
        // Depth is the fields' nesting: a fragment spread or inline fragment adds no level of its own (without this,
        // a query written with fragments was refused at a depth it does not have).
        flattenFragments: true,
        onReject: [report("maxDepth", limits.maxDepth)],
      }),
      // allowList []: graphql-armor exempts `__typename` aliases by default; they would slip past the limit.
      maxAliasesRule({
        ...common,
        n: limits.maxAliases,
        allowList: [],
        onReject: [report("maxAliases", limits.maxAliases)],
      }),
      maxDirectivesRule({
        ...common,
        n: limits.maxDirectives,
        onReject: [report("maxDirectives", limits.maxDirectives)],
      }),
      costLimitRule({ ...DEFAULT_COST_WEIGHTS, maxCost: limits.maxCost }, report("maxCost", limits.maxCost)),
    ],
  };
}

/** Reports graphql-armor's refusal as a validation error (Apollo turns it into GRAPHQL_VALIDATION_FAILED, HTTP 400). */
function report(limit: QueryLimit, max: number): GraphQLArmorRejectCallback {
  return (context, error) => {
    // graphql-armor's message: "Syntax Error: Query depth limit of 10 exceeded, found 11." — not a syntax error.
    const message = error.message.replace(/^Syntax Error: /, "");
    const found = Number(/found (\d+(?:\.\d+)?)/.exec(message)?.[1]);
    context?.reportError(
      new GraphQLError(message, { extensions: { limit, max, found: Number.isFinite(found) ? found : undefined } }),
    );
  };
}
