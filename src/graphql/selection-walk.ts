import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * Looking ahead into a selection set, as graphql-js will execute it: each
 * field selected on an object of `type`, through the inline and named
 * fragments that apply to it, without what `@skip`/`@include` leave out (as
 * the request's variables decide). `visit` returning false stops the walk,
 * which then returns false.
 */
export function eachSelectedField(
  info: GraphQLResolveInfo,
  selectionSet: SelectionSetNode,
  type: GraphQLObjectType,
  visit: (field: FieldNode) => boolean | void,
): boolean {
  for (const selection of selectionSet.selections) {
    if (!included(info, selection)) continue;
    if (selection.kind === 'Field') {
      if (visit(selection) === false) return false;
      continue;
    }
    const fragment = selection.kind === 'InlineFragment' ? selection : info.fragments[selection.name.value];
    if (fragment === undefined || !applies(info, fragment.typeCondition?.name.value, type)) continue;
    if (!eachSelectedField(info, fragment.selectionSet, type, visit)) return false;
  }
  return true;
}

/** Whether a fragment with this type condition applies to an object of `type`. */
function applies(info: GraphQLResolveInfo, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (condition === undefined || condition === type.name) return true;
  const conditionType = info.schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType)
    ? info.schema.isSubType(conditionType, type)
    : false;
}

function included(info: GraphQLResolveInfo, node: SelectionSetNode['selections'][number]): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, info.variableValues);
  if (skip?.['if'] === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues);
  return include?.['if'] !== false;
}
