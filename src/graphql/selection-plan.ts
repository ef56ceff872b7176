import {
  getNamedType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { ReadPlan } from '../domain/read-plan';
import { eachSelectedField } from './selection-walk';

/**
 * The relations each field of the API follows, as read-plan relations from the
 * record its type stands for: `Actor.events` reads the actor's participations,
 * then their events, as its resolver does through the loaders. Fields not
 * listed read nothing more (scalars, or values computed from the record), or
 * read on their own: `Actor.eventsConnection` and `tiesConnection` are pages
 * the store cuts for each actor (a planned read of their own, shared by the
 * siblings' pages), not a hub's every event or tie read with the actor.
 */
const FIELD_RELATIONS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Actor: {
    ties: ['ties'],
    participations: ['participations'],
    events: ['participations', 'event'],
    statements: ['statements'],
    statementsAbout: ['aboutLinks', 'statement'],
    claims: ['claims'],
    evidence: ['evidence'],
  },
  Event: {
    place: ['place'],
    participants: ['participants'],
    claims: ['claims'],
    statements: ['statements'],
    evidence: ['evidence'],
    documents: ['evidence', 'document'],
  },
  Participation: { actor: ['actor'], event: ['event'], evidence: ['evidence'] },
  Tie: { source: ['source'], target: ['target'], evidence: ['evidence'] },
  Evidence: { document: ['document'] },
  Place: { country: ['country'] },
  Claim: { document: ['document'], event: ['event'], actor: ['actor'], evidence: ['evidence'] },
  Statement: {
    speaker: ['speaker'],
    about: ['aboutLinks', 'actor'],
    event: ['event'],
    document: ['document'],
    evidence: ['evidence'],
  },
  Document: {
    authorActor: ['author'],
    evidence: ['spans'],
    events: ['spans', 'event'],
    statements: ['spans', 'statement'],
    claims: ['spans', 'claim'],
    actors: ['spans', 'actor'],
  },
};

/** Fields that only wrap the records of their parent: a connection's edges, an edge's node. */
const isWrapper = (type: GraphQLObjectType, field: string) =>
  (type.name.endsWith('Connection') && field === 'edges') || (type.name.endsWith('Edge') && field === 'node');

type MutablePlan = Map<string, MutablePlan>;

/**
 * The read plan of a root field: every relation its selection reaches below
 * the records it returns, through fragments (named and inline), aliases
 * (merged) and `@skip`/`@include` (as the variables decide). A relation's
 * arguments (`ties(types:)`, `events(from:)`) do not narrow the plan: the
 * field resolvers filter what the loaders hold, as they always have.
 */
export function selectionPlan(info: GraphQLResolveInfo): ReadPlan {
  const root: MutablePlan = new Map();
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return {};
  for (const node of info.fieldNodes) {
    if (node.selectionSet) walk(info, node.selectionSet, type, root);
  }
  return freeze(root);
}

function walk(
  info: GraphQLResolveInfo,
  selectionSet: SelectionSetNode,
  type: GraphQLObjectType,
  plan: MutablePlan,
): void {
  eachSelectedField(info, selectionSet, type, (selection) => {
    const name = selection.name.value;
    const field = type.getFields()[name];
    const child = field === undefined ? undefined : getNamedType(field.type);
    if (!selection.selectionSet || child === undefined || !isObjectType(child)) return;
    if (isWrapper(type, name)) {
      walk(info, selection.selectionSet, child, plan);
      return;
    }
    const path = FIELD_RELATIONS[type.name]?.[name];
    if (path === undefined) return;
    let node = plan;
    for (const relation of path) {
      const next = node.get(relation) ?? new Map();
      node.set(relation, next);
      node = next;
    }
    walk(info, selection.selectionSet, child, node);
  });
}

function freeze(plan: MutablePlan): ReadPlan {
  return Object.fromEntries([...plan].map(([relation, below]) => [relation, freeze(below)]));
}
