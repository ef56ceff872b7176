import {
  getNamedType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { SLIM_KINDS, type HeavyNeeds, type HeavyProperty, type SlimKind } from '../domain/read-plan';
import { eachSelectedField } from './selection-walk';

/** The API types whose records a planned read may leave heavy properties out of. */
export const SLIM_TYPES: Readonly<Record<string, SlimKind>> = {
  Actor: 'actor',
  Event: 'event',
  Document: 'document',
  Place: 'place',
};

/**
 * For every field of the slim types, the heavy properties of its record that
 * its resolver reads: `Actor.evidence` follows the actor's `evidenceIds`,
 * `Document.displayTitle` falls back on the text's lead sentence. A test holds
 * this table to the schema; a field missing from it reads whole records.
 */
export const FIELD_NEEDS: { readonly [type: string]: Readonly<Record<string, readonly HeavyProperty[]>> } = {
  Actor: {
    id: [],
    name: [],
    kind: [],
    aliases: ['aliases'],
    description: ['description'],
    evidence: ['evidenceIds'],
    ties: [],
    tiesConnection: [],
    participations: [],
    events: [],
    eventsConnection: [],
    statements: [],
    statementsAbout: [],
    claims: [],
  },
  Event: {
    id: [],
    type: [],
    title: [],
    description: ['description'],
    date: [],
    datePrecision: [],
    dateStart: [],
    dateEnd: [],
    dateInferred: [],
    dateBasis: [],
    dateLabel: [],
    status: [],
    place: [],
    participants: [],
    claims: [],
    statements: [],
    evidence: ['evidenceIds'],
    documents: ['evidenceIds'],
  },
  Document: {
    id: [],
    title: [],
    author: [],
    publishedDate: [],
    publishedPrecision: [],
    publishedInferred: [],
    publishedBasis: [],
    text: ['text'],
    displayTitle: ['text'],
    titleInferred: ['text'],
    authorActor: [],
    evidence: [],
    events: [],
    statements: [],
    claims: [],
    actors: [],
  },
  Place: { id: [], name: [], kind: [], aliases: ['aliases'], country: [] },
};

/**
 * Root fields whose records, and everything below them, come from planned
 * reads. Any other root field in the operation (a search, a path, a graph
 * view) reads records through the request's loaders with resolvers of its
 * own, which the table above does not speak for: such an operation reads
 * whole records.
 */
export const PLANNED_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'actor',
  'actors',
  'event',
  'events',
  'timeline',
  'statement',
  'statements',
  'document',
]);

/**
 * The heavy properties the whole operation reads, by kind: the same for every
 * root field of a request, since the loaders they prime are shared. Undefined
 * (whole records) when the operation has a root field that does not plan its
 * reads, or selects a field the table does not know.
 */
export function operationNeeds(info: GraphQLResolveInfo): HeavyNeeds | undefined {
  // Every root field of an execution asks; its coerced variables object is its own.
  const known = byExecution.get(info.variableValues);
  if (known !== undefined) return known ?? undefined;
  const needs = needsOf(info);
  byExecution.set(info.variableValues, needs ?? null);
  return needs;
}

/** The needs of each execution, computed for its first root field (null: whole records). */
const byExecution = new WeakMap<object, HeavyNeeds | null>();

function needsOf(info: GraphQLResolveInfo): HeavyNeeds | undefined {
  const needed = new Map<SlimKind, Set<HeavyProperty>>(SLIM_KINDS.map((kind) => [kind, new Set()]));
  const rootType = info.parentType;
  const complete = eachSelectedField(info, info.operation.selectionSet, rootType, (selection) => {
    const name = selection.name.value;
    if (name === '__typename') return true;
    if (!PLANNED_ROOT_FIELDS.has(name)) return false;
    const field = rootType.getFields()[name];
    const type = field === undefined ? undefined : getNamedType(field.type);
    if (type === undefined || !isObjectType(type)) return false;
    return selection.selectionSet === undefined || walk(info, selection.selectionSet, type, needed);
  });
  if (!complete) return undefined;
  return Object.fromEntries(
    SLIM_KINDS.map((kind) => [kind, [...(needed.get(kind) ?? [])]]),
  ) as unknown as HeavyNeeds;
}

/** Adds what a selection on `type` needs; false on a field the table does not know. */
function walk(
  info: GraphQLResolveInfo,
  selectionSet: SelectionSetNode,
  type: GraphQLObjectType,
  needed: Map<SlimKind, Set<HeavyProperty>>,
): boolean {
  const kind = SLIM_TYPES[type.name];
  return eachSelectedField(info, selectionSet, type, (selection) => {
    const name = selection.name.value;
    if (name.startsWith('__')) return true;
    if (kind !== undefined) {
      const needs = FIELD_NEEDS[type.name]?.[name];
      if (needs === undefined) return false;
      for (const property of needs) needed.get(kind)?.add(property);
    }
    const field = type.getFields()[name];
    const child = field === undefined ? undefined : getNamedType(field.type);
    if (!selection.selectionSet || child === undefined) return true;
    return isObjectType(child) && walk(info, selection.selectionSet, child, needed);
  });
}
