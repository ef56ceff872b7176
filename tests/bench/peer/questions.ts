import { nameKey } from '../../../src/domain/text';
import { DASHBOARD_QUERY } from '../concurrency';
import type { ActorPicker } from '../operations';
import type { Rng } from '../prng';

/**
 * The questions both APIs are asked in the side-by-side benchmark (issue 14):
 * for each, our query, the `@neo4j/graphql` query for the same answer, and how
 * each side's answer is brought to one canonical shape (same ids, same order
 * where the question orders, sets sorted, same counts) so the two can be
 * compared. Every query text of the comparison lives in this file, so a change
 * of either schema is one edit here.
 */

/** Runs a query on one side and returns its `data`; fails on GraphQL errors. */
export type Ask = (query: string, variables: Record<string, unknown>) => Promise<unknown>;

/** What a draw asks about: one actor, a name fragment, or a set of actors. */
export interface Subject {
  readonly actorId: string;
  readonly actorIds: readonly string[];
  readonly text: string;
}

export interface QuestionSide {
  readonly query: string;
  /**
   * The variables of the measured request. A deep page first asks the pages
   * before it (not measured), as a client following cursors would.
   */
  readonly variables: (subject: Subject, ask: Ask) => Promise<Record<string, unknown>>;
  readonly canonical: (data: unknown, subject: Subject) => unknown;
}

export interface PeerQuestion {
  readonly name: string;
  readonly draw: (pick: ActorPicker, rng: Rng) => Subject;
  readonly ours: QuestionSide;
  readonly peer: QuestionSide;
}

/** One side's canonical answer for a subject: its variables (pages before asked), then the question. */
export async function answerOf(side: QuestionSide, subject: Subject, ask: Ask): Promise<unknown> {
  return side.canonical(await ask(side.query, await side.variables(subject, ask)), subject);
}

// --- canonical shapes -----------------------------------------------------------

interface Named {
  readonly id: string;
  readonly name: string;
}

/** A multiset in one order: sorted by its JSON text. */
const sorted = <T>(items: readonly T[]): T[] =>
  items
    .map((item) => [JSON.stringify(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);

const named = (node: Named): Named => ({ id: node.id, name: node.name });

const about = (actorId: string): Subject => ({ actorId, actorIds: [actorId], text: '' });

const PAGE_SIZE = 20;

// --- 1. the dashboard question ----------------------------------------------------

interface OurDashboard {
  actor: {
    id: string;
    name: string;
    ties: {
      type: string;
      role: string | null;
      source: Named;
      target: Named;
      evidence: { quote: string; start: number; end: number; document: { id: string; title: string } }[];
    }[];
  } | null;
  events: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        title: string;
        date: string | null;
        place: { name: string } | null;
        participants: { roles: string[]; actor: Named & { ties: { type: string; target: Named }[] } }[];
        evidence: { quote: string; document: { id: string } }[];
      };
    }[];
  };
}

interface PeerTieEdge {
  properties: { id?: string; type: string; role?: string | null };
  node: Named;
}

interface PeerDashboard {
  actors: (Named & {
    tiesOutConnection: { edges: PeerTieEdge[] };
    tiesInConnection: { edges: PeerTieEdge[] };
    tieEvidence: {
      factId: string;
      quote: string;
      startOffset: number;
      endOffset: number;
      document: { id: string; title: string } | null;
    }[];
  })[];
  eventsConnection: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        title: string;
        date: string | null;
        place: { name: string } | null;
        participantsConnection: {
          edges: {
            properties: { roles: string[] };
            node: Named & {
              tiesOutConnection: { edges: PeerTieEdge[] };
              tiesInConnection: { edges: { properties: { type: string } }[] };
            };
          }[];
        };
        evidence: { quote: string; document: { id: string } | null }[];
      };
    }[];
  };
}

const PEER_DASHBOARD = `query ($id: ID!) {
  actors(where: { id: { eq: $id } }) {
    id name
    tiesOutConnection { edges { properties { id type role } node { id name } } }
    tiesInConnection { edges { properties { id type role } node { id name } } }
    tieEvidence { factId quote startOffset endOffset document { id title } }
  }
  eventsConnection(where: { participants: { some: { id: { eq: $id } } } }, sort: [{ sortKey: ASC }], first: 10) {
    totalCount
    edges { node { id title date place { name }
      participantsConnection { edges { properties { roles } node { id name
        tiesOutConnection { edges { properties { type } node { id name } } }
        tiesInConnection { edges { properties { type } } } } } }
      evidence { quote document { id } } } }
  }
}`;

const dashboard: PeerQuestion = {
  name: 'dashboard question',
  draw: (pick, rng) => about(pick.actor(rng)),
  ours: {
    query: DASHBOARD_QUERY,
    variables: async (subject) => ({ id: subject.actorId }),
    canonical: (data) => {
      const { actor, events } = data as OurDashboard;
      return {
        actor: actor && {
          ...named(actor),
          ties: sorted(
            actor.ties.map((tie) => ({
              type: tie.type,
              role: tie.role ?? null,
              source: named(tie.source),
              target: named(tie.target),
              evidence: sorted(
                tie.evidence.map((span) => ({
                  quote: span.quote,
                  start: span.start,
                  end: span.end,
                  document: { id: span.document.id, title: span.document.title },
                })),
              ),
            })),
          ),
        },
        events: {
          totalCount: events.totalCount,
          nodes: events.edges.map(({ node }) => ({
            id: node.id,
            title: node.title,
            date: node.date,
            place: node.place?.name ?? null,
            participants: sorted(
              node.participants.map(({ roles, actor: who }) => ({
                roles: [...roles].sort(),
                actor: {
                  ...named(who),
                  ties: sorted(who.ties.map((tie) => ({ type: tie.type, target: named(tie.target) }))),
                },
              })),
            ),
            evidence: sorted(
              node.evidence.map((span) => ({ quote: span.quote, document: span.document.id })),
            ),
          })),
        },
      };
    },
  },
  peer: {
    query: PEER_DASHBOARD,
    variables: async (subject) => ({ id: subject.actorId }),
    canonical: (data) => {
      const { actors, eventsConnection } = data as PeerDashboard;
      const actor = actors[0];
      // Ties in either direction, as ours lists them: an outgoing tie's target is the
      // far end, an incoming tie's target is the actor itself.
      const ties = actor && [
        ...actor.tiesOutConnection.edges.map((edge) => ({
          edge,
          source: named(actor),
          target: named(edge.node),
        })),
        ...actor.tiesInConnection.edges.map((edge) => ({
          edge,
          source: named(edge.node),
          target: named(actor),
        })),
      ];
      return {
        actor: !actor
          ? null
          : {
              ...named(actor),
              ties: sorted(
                (ties ?? []).map(({ edge, source, target }) => ({
                  type: edge.properties.type,
                  role: edge.properties.role ?? null,
                  source,
                  target,
                  // The spans of all ties come in one list, each naming its tie.
                  evidence: sorted(
                    actor.tieEvidence
                      .filter((span) => span.factId === edge.properties.id)
                      .map((span) => ({
                        quote: span.quote,
                        start: span.startOffset,
                        end: span.endOffset,
                        document: { id: span.document?.id, title: span.document?.title },
                      })),
                  ),
                })),
              ),
            },
        events: {
          totalCount: eventsConnection.totalCount,
          nodes: eventsConnection.edges.map(({ node }) => ({
            id: node.id,
            title: node.title,
            date: node.date,
            place: node.place?.name ?? null,
            participants: sorted(
              node.participantsConnection.edges.map(({ properties, node: who }) => ({
                roles: [...properties.roles].sort(),
                actor: {
                  ...named(who),
                  ties: sorted([
                    ...who.tiesOutConnection.edges.map((edge) => ({
                      type: edge.properties.type,
                      target: named(edge.node),
                    })),
                    ...who.tiesInConnection.edges.map((edge) => ({
                      type: edge.properties.type,
                      target: named(who),
                    })),
                  ]),
                },
              })),
            ),
            evidence: sorted(
              node.evidence.map((span) => ({ quote: span.quote, document: span.document?.id })),
            ),
          })),
        },
      };
    },
  },
};

// --- 2. a name search with a count -----------------------------------------------

interface NamePage {
  totalCount: number;
  edges: { node: Named }[];
}

const namePage = (page: NamePage) => ({
  totalCount: page.totalCount,
  nodes: page.edges.map(({ node }) => named(node)),
});

const nameSearch: PeerQuestion = {
  name: 'name search with a count',
  // Four to six letters from inside a name: a few to hundreds of matches.
  draw: (pick, rng) => {
    const name = pick.name(rng);
    const length = rng.int(4, 6);
    const start = rng.int(0, Math.max(0, name.length - length));
    return { actorId: '', actorIds: [], text: name.slice(start, start + length) };
  },
  ours: {
    query: `query ($name: String) { actors(filter: { name: $name }, first: 10) { totalCount edges { node { id name } } } }`,
    variables: async (subject) => ({ name: subject.text }),
    canonical: (data) => namePage((data as { actors: NamePage }).actors),
  },
  peer: {
    // The peer stores no folding of its own: the client folds the text as our
    // service does (case, diacritics) and matches the stored alias keys.
    query: `query ($key: String!) {
  actorsConnection(where: { searchText: { contains: $key } }, sort: [{ sortKey: ASC }], first: 10) {
    totalCount edges { node { id name } }
  }
}`,
    variables: async (subject) => ({ key: nameKey(subject.text) }),
    canonical: (data) => namePage((data as { actorsConnection: NamePage }).actorsConnection),
  },
};

// --- 3. a hub's events by date, cursor pages 1 and 3 --------------------------------

interface EventPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; title: string; date: string | null } }[];
}

const eventPage = (page: EventPage) => ({
  totalCount: page.totalCount,
  hasNextPage: page.pageInfo.hasNextPage,
  nodes: page.edges.map(({ node }) => ({ id: node.id, title: node.title, date: node.date })),
});

const OUR_EVENT_PAGE = `query ($id: ID, $after: String) {
  events(filter: { participantId: $id }, first: ${PAGE_SIZE}, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title date } }
  }
}`;

const PEER_EVENT_PAGE = `query ($id: ID!, $after: String) {
  eventsConnection(where: { participants: { some: { id: { eq: $id } } } }, sort: [{ sortKey: ASC }], first: ${PAGE_SIZE}, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title date } }
  }
}`;

/** The cursor after `pages` pages, following each page's end cursor as a client would. */
async function cursorAfter(
  pages: number,
  ask: Ask,
  query: string,
  id: string,
  pageOf: (data: unknown) => EventPage,
): Promise<string | null> {
  let after: string | null = null;
  for (let page = 0; page < pages; page++) {
    after = pageOf(await ask(query, { id, after })).pageInfo.endCursor;
  }
  return after;
}

const ourPage = (data: unknown) => (data as { events: EventPage }).events;
const peerPage = (data: unknown) => (data as { eventsConnection: EventPage }).eventsConnection;

function hubEventsPage(page: 1 | 3): PeerQuestion {
  return {
    name: `hub's events by date, page ${page} of ${PAGE_SIZE}`,
    draw: (pick, rng) => about(pick.hub(rng)),
    ours: {
      query: OUR_EVENT_PAGE,
      variables: async (subject, ask) => ({
        id: subject.actorId,
        after: await cursorAfter(page - 1, ask, OUR_EVENT_PAGE, subject.actorId, ourPage),
      }),
      canonical: (data) => eventPage(ourPage(data)),
    },
    peer: {
      query: PEER_EVENT_PAGE,
      variables: async (subject, ask) => ({
        id: subject.actorId,
        after: await cursorAfter(page - 1, ask, PEER_EVENT_PAGE, subject.actorId, peerPage),
      }),
      canonical: (data) => eventPage(peerPage(data)),
    },
  };
}

// --- 4. 20 actors × 10 events × participants ------------------------------------------

const ACTORS = 20;
const EVENTS_PER_ACTOR = 10;
const slots = Array.from({ length: ACTORS }, (_, i) => `a${i}`);

interface EventWithParticipants {
  id: string;
  title: string;
  participants: { roles: string[]; actor: Named }[];
}

/** Each actor's first events in date order, participants as a set; actors by id. */
const byActor = (entries: readonly (readonly [string, EventWithParticipants[]])[]) =>
  Object.fromEntries(
    [...entries]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, events]) => [
        id,
        events.map((event) => ({
          id: event.id,
          title: event.title,
          participants: sorted(
            event.participants.map(({ roles, actor }) => ({ roles: [...roles].sort(), actor: named(actor) })),
          ),
        })),
      ]),
  );

// Ours has no per-actor page below `actors`, so the actors are aliased root pages (one planned read).
const OUR_ACTORS_EVENTS = `query (${slots.map((s) => `$${s}: ID`).join(', ')}) {
${slots
  .map(
    (s) =>
      `  ${s}: events(filter: { participantId: $${s} }, first: ${EVENTS_PER_ACTOR}) ` +
      '{ edges { node { id title participants { roles actor { id name } } } } }',
  )
  .join('\n')}
}`;

// The peer's own idiom: the actors, each with a page of its events.
const PEER_ACTORS_EVENTS = `query ($ids: [ID!]!) {
  actors(where: { id: { in: $ids } }) {
    id
    eventsConnection(first: ${EVENTS_PER_ACTOR}, sort: [{ node: { sortKey: ASC } }]) {
      edges { node { id title participantsConnection { edges { properties { roles } node { id name } } } } }
    }
  }
}`;

const actorsEvents: PeerQuestion = {
  name: `${ACTORS} actors × ${EVENTS_PER_ACTOR} events × participants`,
  draw: (pick, rng) => {
    const actorIds = slots.map(() => pick.actor(rng));
    return { actorId: actorIds[0] as string, actorIds, text: '' };
  },
  ours: {
    query: OUR_ACTORS_EVENTS,
    variables: async (subject) => Object.fromEntries(slots.map((s, i) => [s, subject.actorIds[i]])),
    canonical: (data, subject) => {
      const pages = data as Record<string, { edges: { node: EventWithParticipants }[] }>;
      // The same actor drawn twice is one entry, as in the peer's `in` filter.
      return byActor(
        slots.map(
          (s, i) => [subject.actorIds[i] as string, pages[s]?.edges.map(({ node }) => node) ?? []] as const,
        ),
      );
    },
  },
  peer: {
    query: PEER_ACTORS_EVENTS,
    variables: async (subject) => ({ ids: [...subject.actorIds] }),
    canonical: (data) => {
      const { actors } = data as {
        actors: {
          id: string;
          eventsConnection: {
            edges: {
              node: {
                id: string;
                title: string;
                participantsConnection: { edges: { properties: { roles: string[] }; node: Named }[] };
              };
            }[];
          };
        }[];
      };
      return byActor(
        actors.map((actor) => [
          actor.id,
          actor.eventsConnection.edges.map(({ node }) => ({
            id: node.id,
            title: node.title,
            participants: node.participantsConnection.edges.map(({ properties, node: who }) => ({
              roles: properties.roles,
              actor: who,
            })),
          })),
        ]),
      );
    },
  },
};

/** The questions of the comparison, in the order the report lists them. */
export const PEER_QUESTIONS: readonly PeerQuestion[] = [
  dashboard,
  nameSearch,
  hubEventsPage(1),
  hubEventsPage(3),
  actorsEvents,
];

/** The question the throughput run asks back to back. */
export const THROUGHPUT_QUESTION = dashboard;
