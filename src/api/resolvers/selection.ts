import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

/**
 * Whether the operation asks, under the resolved field, for the field at `path` (response names aside: by field
 * name, through fragments and inline fragments, whatever their directives — a `@skip`ped selection still counts, so
 * the answer errs on reading more, never less). Used by resolvers to let a service read only what the operation
 * needs (the lean status comparison: `cells { snapshot }` not asked → no snapshot rows in full).
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some((node) => within(node.selectionSet, path, info.fragments));
}

function within(
  set: SelectionSetNode | undefined,
  path: readonly string[],
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): boolean {
  if (!set) return false;
  if (path.length === 0) return true;
  return set.selections.some((selection) => {
    if (selection.kind === "Field")
      return (
        selection.name.value === path[0] &&
        (path.length === 1 || within((selection as FieldNode).selectionSet, path.slice(1), fragments, seen))
      );
    if (selection.kind === "InlineFragment") return within(selection.selectionSet, path, fragments, seen);
    // A fragment may be spread in several places; looked into once per remaining path (validation rules out cycles).
    const name = selection.name.value;
    const visit = `${name}:${path.join(".")}`;
    if (seen.has(visit) || !fragments[name]) return false;
    seen.add(visit);
    return within(fragments[name].selectionSet, path, fragments, seen);
  });
}
