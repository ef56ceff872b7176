import type { ApiServices } from '../../src/graphql/context';
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
  /** One of the ten actors with the most participations. */
  hub(rng: Rng): string;
  word(rng: Rng): string;
  name(rng: Rng): string;
  isHub(id: string): boolean;
}

/** Share of actor draws that are one of the hubs. */
export const HUB_SHARE = 0.1;

/** Draws over a generated graph: `actor` picks a hub in HUB_SHARE of draws. */
export function pickerFor(graph: {
  readonly actorIds: readonly string[];
  readonly hubIds: readonly string[];
  readonly actorNames: readonly string[];
  readonly searchWords: readonly string[];
}): ActorPicker {
  const { actorIds, hubIds, actorNames, searchWords } = graph;
  const hubs = new Set(hubIds);
  return {
    actor: (r) => (r.chance(HUB_SHARE) ? r.pick(hubIds) : r.pick(actorIds)),
    uniformActor: (r) => r.pick(actorIds),
    hub: (r) => r.pick(hubIds),
    word: (r) => r.pick(searchWords),
    name: (r) => r.pick(actorNames),
    isHub: (id) => hubs.has(id),
  };
}

const str = (variables: Record<string, unknown>, key: string): string => String(variables[key]);

/** A name with one letter changed or dropped, as a user might mistype it. */
function typo(name: string, rng: Rng): string {
  const at = rng.int(1, Math.max(1, name.length - 2));
  return rng.chance(0.5)
    ? name.slice(0, at) + name.slice(at + 1)
    : name.slice(0, at) + rng.pick(['a', 'e', 'i', 'o', 'u']) + name.slice(at + 1);
}

const EVENT_PAGE =
  'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type title date datePrecision } }';

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
    query: `query ($id: ID) { events(filter: { participantId: $id }, first: 20) { ${EVENT_PAGE} } }`,
    draw: (pick, rng) => ({ id: pick.actor(rng) }),
    direct: (services, v) => services.events.list({ participantId: str(v, 'id') }, { first: 20 }),
  },
  {
    name: 'timeline(actorId, first: 20)',
    field: 'timeline',
    query: `query ($id: ID) { timeline(actorId: $id, first: 20) { ${EVENT_PAGE} } }`,
    draw: (pick, rng) => ({ id: pick.actor(rng) }),
    direct: (services, v) => services.events.timeline(str(v, 'id'), {}, { first: 20 }),
  },
  {
    name: 'neighborhood(ids: [id], depth: 2)',
    field: 'neighborhood',
    query:
      'query ($id: ID!) { neighborhood(ids: [$id], depth: 2) { truncated ' +
      'nodes { id type kind label date datePrecision } edges { id type source target label since until } } }',
    draw: (pick, rng) => ({ id: pick.actor(rng) }),
    direct: (services, v) => services.neighborhood.neighborhood({ ids: [str(v, 'id')], depth: 2 }),
  },
  {
    name: 'paths(fromId, toId, maxHops: 4)',
    field: 'paths',
    query:
      'query ($from: ID!, $to: ID!) { paths(fromId: $from, toId: $to, maxHops: 4) { length ' +
      'nodes { id type label } steps { edge { id type label source target } } } }',
    draw: (pick, rng) => {
      const from = pick.actor(rng);
      let to = pick.uniformActor(rng);
      while (to === from) to = pick.uniformActor(rng);
      return { from, to };
    },
    direct: (services, v) => services.paths.paths({ fromId: str(v, 'from'), toId: str(v, 'to'), maxHops: 4 }),
  },
  {
    name: 'search(text, first: 10)',
    field: 'search',
    query: 'query ($text: String!) { search(text: $text, first: 10) { id kind score } }',
    // Half a mistyped actor name (fuzzy name match), half one or two words of the statements (full text).
    draw: (pick, rng) => ({
      text: rng.chance(0.5)
        ? typo(pick.name(rng), rng)
        : rng.chance(0.5)
          ? pick.word(rng)
          : `${pick.word(rng)} ${pick.word(rng)}`,
    }),
    direct: (services, v) => services.search.search(str(v, 'text'), 10),
  },
];
