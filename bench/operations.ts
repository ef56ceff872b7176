import type { ApiServices } from '../src/graphql/context';
import type { Rng } from './prng';

/**
 * One measured operation: the same read asked through GraphQL over HTTP and as
 * a direct call of the service the resolver uses. The GraphQL selection asks
 * for the fields the direct call returns (no extra nested levels), so the
 * ratio measures the API's own cost: HTTP, parsing, validation, execution and
 * JSON both ways.
 */
export interface Operation {
  readonly name: string;
  /** The Query field this operation needs; it is skipped when the schema lacks it. */
  readonly field: string;
  readonly query: string;
  /** Arguments for one run. */
  readonly draw: (pick: ActorPicker, rng: Rng) => Record<string, unknown>;
  readonly direct: (services: ApiServices, variables: Record<string, unknown>) => Promise<unknown>;
}

export interface ActorPicker {
  /** 10% of draws are one of the hubs, the rest uniform over all actors. */
  actor(rng: Rng): string;
  /** Uniform over all actors. */
  uniformActor(rng: Rng): string;
  word(rng: Rng): string;
  name(rng: Rng): string;
  isHub(id: string): boolean;
}

const str = (variables: Record<string, unknown>, key: string): string => String(variables[key]);

export const OPERATIONS: readonly Operation[] = [
  {
    name: 'actor(id)',
    field: 'actor',
    query: 'query ($id: ID) { actor(id: $id) { id name kind aliases description } }',
    draw: (pick, rng) => ({ id: pick.actor(rng) }),
    direct: (services, v) => services.actors.find(str(v, 'id'), null),
  },
  {
    name: 'events(participantId, first: 20)',
    field: 'events',
    query:
      'query ($id: ID) { events(filter: { participantId: $id }, first: 20) { totalCount ' +
      'pageInfo { hasNextPage endCursor } edges { cursor node { id type title date datePrecision } } } }',
    draw: (pick, rng) => ({ id: pick.actor(rng) }),
    direct: (services, v) => services.events.list({ participantId: str(v, 'id') }, { first: 20 }),
  },
];
