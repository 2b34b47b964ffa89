import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type ASTVisitor,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { MAX_PAGE_SIZE } from "../../schema/connection";

export interface CostWeights {
  maxCost: number;
  /** Cost of a field with a selection set (an object). */
  objectCost: number;
  /** Cost of a leaf field. */
  scalarCost: number;
  /** Each level deeper costs this factor more. */
  depthCostFactor: number;
}

export const DEFAULT_COST_WEIGHTS: Omit<CostWeights, "maxCost"> = {
  objectCost: 2,
  scalarCost: 1,
  depthCostFactor: 1.5,
};

/**
 * The cost limit: graphql-armor's formula (object 2, scalar 1, x1.5 per depth level; the same numbers as before),
 * plus what graphql-armor leaves out: a list that grows with history is paid for by its size. Every field with a
 * `first` argument (the connections, `Presence.history`, `Presence.followerCounts`) multiplies the cost of its items
 * by that size: the literal value, else the variable's default or the argument's default (a variable's value is
 * unknown at validation; every `first` is capped at 100 by its own rule, and the request's share of the pool bounds
 * what the rest can cost). A connection's `totalCount` and `pageInfo` are paid once; its `edges` and `nodes` per
 * item. So fifteen aliased full histories cost fifteen times one, and are refused before any SQL runs.
 */
export function costLimitRule(
  weights: CostWeights,
  onReject: (context: ValidationContext, error: GraphQLError) => void,
): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root =
        operation.operation === "query"
          ? context.getSchema().getQueryType()
          : operation.operation === "mutation"
            ? context.getSchema().getMutationType()
            : context.getSchema().getSubscriptionType();
      if (!root) return;
      const cost = selectionCost(context, weights, operation.selectionSet, root, 0, new Set());
      if (cost > weights.maxCost)
        onReject(context, new GraphQLError(`Query Cost limit of ${weights.maxCost} exceeded, found ${cost}.`));
    },
  });
}

function selectionCost(
  context: ValidationContext,
  weights: CostWeights,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  depth: number,
  fragmentsOnPath: Set<string>,
  only?: (field: FieldNode) => boolean,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (only && !only(selection)) continue;
      cost += fieldCost(context, weights, selection, parent, depth + 1, fragmentsOnPath);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? (context.getSchema().getType(selection.typeCondition.name.value) ?? parent)
        : parent;
      cost += selectionCost(context, weights, selection.selectionSet, type, depth, fragmentsOnPath, only);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A fragment that spreads itself is refused by graphql-js's own rule; it costs nothing more here.
      if (!fragment || fragmentsOnPath.has(name)) continue;
      const type = context.getSchema().getType(fragment.typeCondition.name.value) ?? parent;
      const onPath = new Set(fragmentsOnPath).add(name);
      cost += selectionCost(context, weights, fragment.selectionSet, type, depth, onPath, only);
    }
  }
  return cost;
}

function fieldCost(
  context: ValidationContext,
  weights: CostWeights,
  field: FieldNode,
  parent: GraphQLNamedType,
  depth: number,
  fragmentsOnPath: Set<string>,
): number {
  const name = field.name.value;
  if (name === "__schema" || name === "__type") return 0; // introspection is switched off in production
  if (!field.selectionSet) return weights.scalarCost * Math.pow(weights.depthCostFactor, depth - 1);
  const definition: GraphQLField<unknown, unknown> | undefined =
    isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  const type = definition ? getNamedType(definition.type) : parent;
  const size = definition ? listSize(context, field, definition) : 1;
  const own = weights.objectCost * Math.pow(weights.depthCostFactor, depth - 1);
  const cost = (only?: (f: FieldNode) => boolean) =>
    selectionCost(context, weights, field.selectionSet!, type, depth, fragmentsOnPath, only);
  if (size === 1) return own + cost();
  const isConnection = (isObjectType(type) && "edges" in type.getFields() && "nodes" in type.getFields()) || false;
  if (!isConnection) return own + size * cost();
  const perItem = (f: FieldNode) => f.name.value === "edges" || f.name.value === "nodes";
  return own + size * cost(perItem) + cost((f) => !perItem(f));
}

/** The items a field with a `first` argument answers: the literal, else the variable's or the argument's default. */
function listSize(context: ValidationContext, field: FieldNode, definition: GraphQLField<unknown, unknown>): number {
  const first = definition.args.find((a) => a.name === "first");
  if (!first) return 1;
  const given = field.arguments?.find((a) => a.name.value === "first")?.value;
  if (given?.kind === Kind.INT) return Math.max(1, Math.min(Number(given.value), MAX_PAGE_SIZE));
  if (given?.kind === Kind.VARIABLE) {
    const declared = context
      .getDocument()
      .definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? (d.variableDefinitions ?? []) : []));
    const fallback = declared.find((v) => v.variable.name.value === given.name.value)?.defaultValue;
    if (fallback?.kind === Kind.INT) return Math.max(1, Math.min(Number(fallback.value), MAX_PAGE_SIZE));
  }
  return typeof first.defaultValue === "number" ? first.defaultValue : MAX_PAGE_SIZE;
}
