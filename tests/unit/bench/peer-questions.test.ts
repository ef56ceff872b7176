import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import type { GraphqlEndpoint } from '../../../src/http/graphql-server';
import { generateGraph, type GeneratedGraph } from '../../bench/generate';
import { pickerFor } from '../../bench/operations';
import {
  PEER_QUESTIONS,
  answerOf,
  type Ask,
  type PeerQuestion,
  type Subject,
} from '../../bench/peer/questions';
import { PEER_TYPE_DEFS } from '../../bench/peer/type-defs';
import { Rng } from '../../bench/prng';
import { apiOver } from '../../support/api';
import { MemoryGraphStore } from '../../support/memory-store';
import { cypherStatementsOf, PeerGraphqlFake, translatePeer } from '../../support/neo4j-graphql-fake';
import { replayWrites, type StoredGraph } from '../../support/neo4j-write-replay';

/**
 * The side-by-side benchmark compares our API with `@neo4j/graphql` by their
 * answers. Here each question pair is asked of our API on the in-memory store and
 * of the peer's generated schema executed over the graph our Neo4j write queries
 * would leave (tests/support/neo4j-graphql-fake.ts), for the same generated
 * graph: the canonical answers must be equal, and must differ when the peer is
 * asked wrongly (a reversed relationship, a reversed sort, another page).
 */
const SPEC = { label: 'unit', participations: 2_000, actors: 200, documents: 12, bufferPoolMb: 256 };
const DRAWS = 6;

let graph: GeneratedGraph;
let stored: StoredGraph;
let api: GraphqlEndpoint;
let peer: PeerGraphqlFake;
let askOurs: Ask;
let askPeer: Ask;

const asker =
  (
    run: (
      query: string,
      variables: Record<string, unknown>,
    ) => Promise<{ data?: unknown; errors?: readonly unknown[] }>,
  ): Ask =>
  async (query, variables) => {
    const result = await run(query, variables);
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };

beforeAll(async () => {
  graph = generateGraph(SPEC, 11);
  const store = new MemoryGraphStore();
  await store.writeGraph(graph.batch);
  api = await apiOver(store);
  stored = replayWrites(graph.batch);
  peer = await PeerGraphqlFake.over(stored, PEER_TYPE_DEFS);
  askOurs = asker((query, variables) => api.execute(query, variables));
  askPeer = asker((query, variables) => peer.execute(query, variables));
});
afterAll(async () => {
  await api?.stop();
});

/** The biggest hub; as a set of actors, the ten hubs and ten others. */
const hubSubject = (): Subject => ({
  actorId: graph.hubIds[0] as string,
  actorIds: [...graph.hubIds, ...graph.actorIds.slice(-10)],
  text: '',
});

function subjects(question: PeerQuestion): Subject[] {
  const pick = pickerFor(graph);
  const rng = new Rng(5);
  // The first draw is always the biggest hub, the one with most pages.
  return [{ ...hubSubject(), text: 'ka' }, ...Array.from({ length: DRAWS }, () => question.draw(pick, rng))];
}

describe('the peer graph replayed from our Neo4j write queries', () => {
  it('holds every record of the batch under its label, and its relationships', () => {
    const { batch } = graph;
    expect(stored.nodes('Actor')).toHaveLength(batch.actors.length);
    expect(stored.nodes('Event')).toHaveLength(batch.events.length);
    expect(stored.nodes('Evidence')).toHaveLength(batch.evidence.length);
    const participated = stored.relationships.filter((rel) => rel.type === 'PARTICIPATED');
    expect(participated).toHaveLength(batch.participations.length);
    expect(participated.every((rel) => rel.from.label === 'Actor' && rel.to.label === 'Event')).toBe(true);
    const span = batch.evidence[0]!;
    expect(stored.find('Evidence', 'id', span.id)?.props).toMatchObject({
      startOffset: span.start,
      endOffset: span.end,
      quote: span.quote,
    });
  });
});

describe('the peer type definitions', () => {
  it('build with @neo4j/graphql without a server, and every peer query validates against them', async () => {
    const { validate, parse } = await import('graphql');
    for (const question of PEER_QUESTIONS) {
      expect(validate(peer.schema, parse(question.peer.query))).toEqual([]);
    }
  });

  it('refuse what @neo4j/graphql refuses (a non-null single relationship)', async () => {
    const broken = PEER_TYPE_DEFS.replace('place: Place @relationship', 'place: Place! @relationship');
    await expect(PeerGraphqlFake.over(stored, broken)).rejects.toBeDefined();
  });

  it('have @cypher statements that parse as Cypher 5', () => {
    const statements = cypherStatementsOf(PEER_TYPE_DEFS);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      const { diagnostics } = lintCypherQuery(statement, {
        defaultLanguage: 'CYPHER 5',
        procedures: testData.mockSchema.procedures,
        functions: testData.mockSchema.functions,
      } as never);
      // `this` is bound by the library when it runs the statement.
      const messages = diagnostics
        .map((d) => (typeof d.message === 'string' ? d.message : d.message.value))
        .filter((message) => !/Variable `this` not defined/.test(message));
      expect(messages).toEqual([]);
    }
  });
});

const lintCypher = (statement: string): string[] =>
  lintCypherQuery(statement, {
    defaultLanguage: 'CYPHER 5',
    procedures: testData.mockSchema.procedures,
    functions: testData.mockSchema.functions,
  } as never).diagnostics.map((d) => (typeof d.message === 'string' ? d.message : d.message.value));

describe('the Cypher @neo4j/graphql generates for the peer queries (no server: statements recorded)', () => {
  const variables = { id: 'a', ids: ['a', 'b'], key: 'ka', after: null };

  it.each(PEER_QUESTIONS.map((question) => [question.name, question] as const))(
    '"%s" translates without errors to Cypher 5 that parses',
    async (_name, question) => {
      const { statements, errors } = await translatePeer(PEER_TYPE_DEFS, question.peer.query, variables);
      expect(errors).toEqual([]);
      expect(statements.length).toBeGreaterThan(0);
      for (const { cypher, params } of statements) {
        // The linter cannot know parameters; each one the statement uses must be sent with it.
        const problems = lintCypher(cypher).filter((message) => {
          const parameter = /^Parameter \$(\w+) is not defined/.exec(message)?.[1];
          return parameter === undefined || !(parameter in params);
        });
        expect(problems).toEqual([]);
      }
    },
  );

  it('follows participations from actors to events, as our write queries store them', async () => {
    const [dashboard] = PEER_QUESTIONS;
    const { statements } = await translatePeer(PEER_TYPE_DEFS, dashboard!.peer.query, variables);
    const text = statements.map((s) => s.cypher).join('\n');
    expect(text).toMatch(/\(\w+:Event\)[\s\S]*\(\w+\)<-\[\w*:PARTICIPATED\]-\(\w+:Actor\)/);
    expect(text).not.toMatch(/\(\w+\)-\[\w*:PARTICIPATED\]->\(\w+:Actor\)/);
  });

  it("asks for page 3 by skipping two pages from page 2's end cursor", async () => {
    const thirdPage = PEER_QUESTIONS.find((question) => question.name.includes('page 3'))!;
    // The end cursor of page 2 (offsets 20–39).
    const after = Buffer.from('arrayconnection:39').toString('base64');
    const { statements } = await translatePeer(PEER_TYPE_DEFS, thirdPage.peer.query, { id: 'a', after });
    const [statement] = statements;
    expect(statement?.cypher).toMatch(/ORDER BY \w+\.sortKey ASC\s+SKIP \$(\w+)\s+LIMIT \$(\w+)/);
    const [, skip, limit] = /SKIP \$(\w+)\s+LIMIT \$(\w+)/.exec(statement!.cypher)!;
    expect([statement!.params[skip!], statement!.params[limit!]]).toEqual([40, 20]);
  });
});

describe.each(PEER_QUESTIONS.map((question) => [question.name, question] as const))(
  'the question pair "%s"',
  (_name, question) => {
    it('gets equal canonical answers from our API and from the peer, for a hub and random draws', async () => {
      for (const subject of subjects(question)) {
        const ours = await answerOf(question.ours, subject, askOurs);
        const theirs = await answerOf(question.peer, subject, askPeer);
        expect(theirs).toEqual(ours);
      }
    });
  },
);

describe('the comparison fails for real mistakes', () => {
  const [dashboard, nameSearch, firstPage, thirdPage, actorsEvents] = PEER_QUESTIONS as [
    PeerQuestion,
    PeerQuestion,
    PeerQuestion,
    PeerQuestion,
    PeerQuestion,
  ];
  const hub = hubSubject;

  it('has answers worth comparing: full pages, ties with evidence, counts above a page', async () => {
    const page = (await answerOf(thirdPage.ours, hub(), askOurs)) as { totalCount: number; nodes: unknown[] };
    expect(page.totalCount).toBeGreaterThan(60);
    expect(page.nodes).toHaveLength(20);
    const board = (await answerOf(dashboard.ours, hub(), askOurs)) as {
      actor: { ties: { evidence: unknown[] }[] };
      events: { nodes: { participants: unknown[]; evidence: unknown[] }[] };
    };
    expect(board.actor.ties.some((tie) => tie.evidence.length > 0)).toBe(true);
    expect(board.events.nodes).toHaveLength(10);
    expect(board.events.nodes.every((e) => e.participants.length >= 2 && e.evidence.length > 0)).toBe(true);
    const names = (await answerOf(nameSearch.ours, { actorId: '', actorIds: [], text: 'ka' }, askOurs)) as {
      totalCount: number;
    };
    expect(names.totalCount).toBeGreaterThan(10);
    const many = (await answerOf(actorsEvents.ours, hub(), askOurs)) as Record<string, unknown[]>;
    expect(Object.keys(many)).toHaveLength(20);
    expect(Object.values(many).some((events) => events.length === 10)).toBe(true);
  });

  it('a reversed participation direction in the type definitions changes the answer', async () => {
    const reversed = await PeerGraphqlFake.over(
      stored,
      PEER_TYPE_DEFS.replace(
        'participants: [Actor!]! @relationship(type: "PARTICIPATED", direction: IN',
        'participants: [Actor!]! @relationship(type: "PARTICIPATED", direction: OUT',
      ),
    );
    const askReversed = asker((query, variables) => reversed.execute(query, variables));
    const ours = await answerOf(dashboard.ours, hub(), askOurs);
    await expect(answerOf(dashboard.peer, hub(), askReversed)).resolves.not.toEqual(ours);
  });

  it('a reversed sort changes the page', async () => {
    const descending = {
      ...firstPage.peer,
      query: firstPage.peer.query.replace('sortKey: ASC', 'sortKey: DESC'),
    };
    const ours = await answerOf(firstPage.ours, hub(), askOurs);
    expect(await answerOf(descending, hub(), askPeer)).not.toEqual(ours);
  });

  it('page 3 is not page 1, on either side', async () => {
    expect(await answerOf(thirdPage.ours, hub(), askOurs)).not.toEqual(
      await answerOf(firstPage.ours, hub(), askOurs),
    );
    expect(await answerOf(thirdPage.peer, hub(), askPeer)).not.toEqual(
      await answerOf(firstPage.peer, hub(), askPeer),
    );
  });
});
