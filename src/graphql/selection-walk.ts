import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** What looking ahead into a selection set needs: fragments that apply, and `@skip`/`@include`. */

/** Whether a fragment with this type condition applies to an object of `type`. */
export function fragmentApplies(
  info: GraphQLResolveInfo,
  condition: string | undefined,
  type: GraphQLObjectType,
): boolean {
  if (condition === undefined || condition === type.name) return true;
  const conditionType = info.schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType)
    ? info.schema.isSubType(conditionType, type)
    : false;
}

/** Whether a selection is in the answer, as the request's variables decide `@skip` and `@include`. */
export function includedSelection(
  info: GraphQLResolveInfo,
  node: SelectionSetNode['selections'][number],
): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, info.variableValues);
  if (skip?.['if'] === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues);
  return include?.['if'] !== false;
}
