import { InvalidArgumentError } from '../../../src/domain/errors';
import {
  actorGraph,
  CentralityService,
  MAX_CENTRALITY_TOP,
  type CentralityMetric,
} from '../../../src/services/centrality.service';
import { StatsService } from '../../../src/services/stats.service';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';

// The sample's actor graph is a chain: kellogg – lukashenko – tsikhanouski – tsikhanouskaya
// (a meeting, a release, a spouse tie); shraibman only spoke, so has no connection.
describe('CentralityService', () => {
  let store: MemoryGraphStore;
  let centrality: CentralityService;
  beforeEach(async () => {
    store = new MemoryGraphStore();
    await store.writeGraph(sampleGraph());
    centrality = new CentralityService(store);
  });
  const ranking = async (metric: CentralityMetric, top = 10) =>
    (await centrality.top(metric, top)).map(({ actorId, rank }) => `${rank}:${actorId}`);

  it('ranks by degree, equal scores by actor id', async () => {
    expect(await ranking('DEGREE')).toEqual([
      '1:lukashenko',
      '2:tsikhanouski',
      '3:kellogg',
      '4:tsikhanouskaya',
    ]);
    const [first] = await centrality.top('DEGREE', 1);
    expect(first?.score).toBeCloseTo(2 / 3);
  });

  it('ranks by PageRank and betweenness, ties broken by id despite float noise', async () => {
    expect(await ranking('PAGERANK', 2)).toEqual(['1:lukashenko', '2:tsikhanouski']);
    const pagerank = await centrality.top('PAGERANK', 4);
    expect(pagerank.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(1);
    const betweenness = await centrality.top('BETWEENNESS', 4);
    expect(betweenness.map((s) => [s.actorId, Number(s.score.toFixed(6))])).toEqual([
      ['lukashenko', Number((2 / 3).toFixed(6))],
      ['tsikhanouski', Number((2 / 3).toFixed(6))],
      ['kellogg', 0],
      ['tsikhanouskaya', 0],
    ]);
  });

  it('weights PageRank by shared events and ties', () => {
    const graph = actorGraph([
      { sourceId: 'a', targetId: 'b', events: 3, ties: 1 },
      { sourceId: 'b', targetId: 'c', events: 1, ties: 0 },
    ]);
    expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBe(4);
    expect(graph.order).toBe(3);
  });

  it('is deterministic', async () => {
    const again = new CentralityService(store);
    for (const metric of ['DEGREE', 'PAGERANK', 'BETWEENNESS'] as const) {
      expect(await again.top(metric, 10)).toEqual(await centrality.top(metric, 10));
    }
  });

  it('rejects `top` outside 1..100', async () => {
    await expect(centrality.top('DEGREE', 0)).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(centrality.top('DEGREE', MAX_CENTRALITY_TOP + 1)).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(await centrality.top('DEGREE', null)).toHaveLength(4);
  });

  it('reads the actor graph once, and again after a write changes it', async () => {
    const edges = jest.spyOn(store, 'actorGraphEdges');
    await centrality.top('DEGREE', 10);
    await centrality.top('PAGERANK', 10);
    expect(edges).toHaveBeenCalledTimes(1);
    const graph = sampleGraph();
    await store.writeGraph({
      ...graph,
      participations: [
        ...graph.participations,
        {
          id: 'p-shraibman',
          eventId: 'meeting',
          actorId: 'shraibman',
          roles: ['PARTICIPANT'],
          evidenceIds: ['ev-meeting'],
          documentIds: ['doc-a'],
        },
      ],
    });
    expect(await ranking('DEGREE', 1)).toEqual(['1:lukashenko']);
    expect((await centrality.top('DEGREE', 10)).map((s) => s.actorId)).toContain('shraibman');
    expect(edges).toHaveBeenCalledTimes(2);
  });

  it('returns nothing for a graph without connections', async () => {
    expect(await new CentralityService(new MemoryGraphStore()).top('BETWEENNESS', 5)).toEqual([]);
  });
});

describe('StatsService', () => {
  it('reports counts, events by type, actors by kind and per-document support in two store calls', async () => {
    const store = new MemoryGraphStore();
    await store.writeGraph(sampleGraph());
    store.calls = 0;
    const stats = await new StatsService(store).stats();
    expect(store.calls).toBe(2);
    expect(stats.counts.events).toBe(2);
    expect(stats.eventTypes).toEqual([
      { type: 'MEETING', count: 1 },
      { type: 'RELEASE', count: 1 },
    ]);
    expect(stats.actorKinds).toEqual([{ kind: 'PERSON', count: 5 }]);
    expect(stats.documents.map((d) => [d.documentId, d.evidence])).toEqual([
      ['doc-a', 4],
      ['doc-b', 4],
    ]);
  });
});
