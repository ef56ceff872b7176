import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** Deepest selection nesting a query may have; documented in the README. */
export const MAX_QUERY_DEPTH = 10;

/**
 * Rejects queries nested deeper than `maxDepth` before any resolver runs, so a
 * cyclic walk (actor → events → participants → actor → …) cannot fan out without
 * bound. Fragments count at the depth where they are spread.
 */
export function depthLimit(maxDepth: number = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    // Each fragment's depth is computed once: a fragment spread many times (or
    // fragments spreading each other, each many times) is not walked again.
    const fragmentDepths = new Map<string, number>();
    const depthOf = (selectionSet: SelectionSetNode, seen: Set<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          const inner = selection.selectionSet ? depthOf(selection.selectionSet, seen) : 0;
          deepest = Math.max(deepest, 1 + inner);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        } else {
          const name = selection.name.value;
          const known = fragmentDepths.get(name);
          if (known !== undefined) {
            deepest = Math.max(deepest, known);
            continue;
          }
          const fragment = fragments.get(name);
          // Cycles are reported by graphql's own NoFragmentCycles rule.
          if (!fragment || seen.has(name)) continue;
          const depth = depthOf(fragment.selectionSet, new Set([...seen, name]));
          fragmentDepths.set(name, depth);
          deepest = Math.max(deepest, depth);
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query depth ${depth} exceeds the maximum of ${maxDepth}`, {
              nodes: [operation],
            }),
          );
        }
      },
    };
  };
}
