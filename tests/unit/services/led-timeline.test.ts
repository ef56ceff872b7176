import type { GraphBatch, TieRecord } from '../../../src/domain/graph';
import { tieHeldDuring } from '../../../src/domain/led-bodies';
import { EventsService } from '../../../src/services/events.service';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';

/** The sample graph, plus Belarus (a state Lukashenko leads) releasing a prisoner in January. */
function graphWithState(tie: Partial<TieRecord> = {}): GraphBatch {
  const graph = sampleGraph();
  const lukashenko = graph.actors.find((a) => a.id === 'lukashenko')!;
  return {
    ...graph,
    actors: [
      ...graph.actors,
      {
        ...lukashenko,
        id: 'belarus',
        name: 'Belarus',
        kind: 'STATE',
        aliases: ['Belarus'],
        aliasKeys: ['belarus'],
      },
    ],
    events: [
      ...graph.events,
      {
        id: 'gesture',
        type: 'RELEASE',
        title: 'A US citizen released',
        description: null,
        date: '2025-01',
        datePrecision: 'MONTH',
        dateStart: '2025-01-01',
        dateEnd: '2025-01-31',
        dateInferred: true,
        dateBasis: 'late January, in a text of 2025',
        placeId: null,
        sortKey: '2025-01-01|gesture',
        evidenceIds: ['ev-release'],
      },
    ],
    participations: [
      ...graph.participations,
      {
        id: 'p-belarus-gesture',
        eventId: 'gesture',
        actorId: 'belarus',
        roles: ['RELEASING_AUTHORITY'],
        evidenceIds: ['ev-release'],
        documentIds: ['doc-b'],
      },
      // Belarus also takes part in an event Lukashenko took part in himself.
      {
        id: 'p-belarus-release',
        eventId: 'release',
        actorId: 'belarus',
        roles: ['RELEASING_AUTHORITY'],
        evidenceIds: ['ev-release'],
        documentIds: ['doc-b'],
      },
    ],
    ties: [
      ...graph.ties,
      {
        id: 'tie-leads',
        sourceId: 'lukashenko',
        targetId: 'belarus',
        type: 'LEADER_OF',
        role: 'President',
        since: null,
        until: null,
        former: false,
        evidenceIds: ['ev-meeting'],
        documentIds: ['doc-a'],
        ...tie,
      },
    ],
  };
}

async function timelineOf(graph: GraphBatch, includeLed: boolean, window = {}) {
  const store = new MemoryGraphStore();
  await store.writeGraph(graph);
  const page = await new EventsService(store).timeline('lukashenko', window, {}, store, { includeLed });
  return page;
}

describe("an actor's timeline through the bodies he leads", () => {
  it('adds what the state did, marked with the body and the tie, in date order', async () => {
    const page = await timelineOf(graphWithState(), true);
    expect(page.edges.map((e) => [e.node.id, e.via.map((v) => `${v.bodyId}:${v.tie.type}`)])).toEqual([
      ['gesture', ['belarus:LEADER_OF']],
      // His own events stay his: the release he took part in is not "via" Belarus.
      ['release', []],
      ['meeting', []],
    ]);
    expect(page.totalCount).toBe(3);
  });

  it('leaves them out unless asked', async () => {
    const page = await timelineOf(graphWithState(), false);
    expect(page.edges.map((e) => e.node.id)).toEqual(['release', 'meeting']);
    expect(page.edges.every((e) => e.via.length === 0)).toBe(true);
  });

  it('only while the tie held', async () => {
    const since = await timelineOf(graphWithState({ since: '2025-03' }), true);
    expect(since.edges.map((e) => e.node.id)).toEqual(['release', 'meeting']);
    const former = await timelineOf(graphWithState({ former: true }), true);
    expect(former.edges.map((e) => e.node.id)).toEqual(['release', 'meeting']);
    const held = await timelineOf(graphWithState({ since: '2024', until: '2025-01' }), true);
    expect(held.edges.map((e) => e.node.id)).toEqual(['gesture', 'release', 'meeting']);
  });

  it('respects the window and pages by cursor', async () => {
    const window = await timelineOf(graphWithState(), true, { from: '2025-01-01', to: '2025-01-31' });
    expect(window.edges.map((e) => e.node.id)).toEqual(['gesture']);
    const store = new MemoryGraphStore();
    await store.writeGraph(graphWithState());
    const events = new EventsService(store);
    const first = await events.timeline('lukashenko', {}, { first: 2 }, store, { includeLed: true });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await events.timeline(
      'lukashenko',
      {},
      { first: 2, after: first.pageInfo.endCursor },
      store,
      { includeLed: true },
    );
    expect(rest.edges.map((e) => e.node.id)).toEqual(['meeting']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('does not inherit the acts of a person represented', async () => {
    const graph = graphWithState();
    const asPerson = {
      ...graph,
      actors: graph.actors.map((a) => (a.id === 'belarus' ? { ...a, kind: 'PERSON' as const } : a)),
    };
    const page = await timelineOf(asPerson, true);
    expect(page.edges.map((e) => e.node.id)).toEqual(['release', 'meeting']);
  });

  it.each([
    [{ since: null, until: null, former: false }, { dateStart: null, dateEnd: null }, true],
    [{ since: '2025', until: null, former: false }, { dateStart: null, dateEnd: null }, false],
    [
      { since: '2025-02', until: null, former: false },
      { dateStart: '2025-01-01', dateEnd: '2025-01-31' },
      false,
    ],
    [
      { since: null, until: '2025-01', former: true },
      { dateStart: '2025-01-01', dateEnd: '2025-01-31' },
      true,
    ],
    [{ since: null, until: null, former: true }, { dateStart: '2025-01-01', dateEnd: '2025-01-31' }, false],
  ])('tie %p held during %p: %p', (tie, event, held) => {
    expect(tieHeldDuring(tie, event)).toBe(held);
  });
});
