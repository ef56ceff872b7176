import { InvalidArgumentError, NotFoundError } from '../../../src/domain/errors';
import { actorSummary, eventSummary } from '../../../src/domain/graph';
import { ConnectionsService } from '../../../src/services/connections.service';
import { NeighborhoodService } from '../../../src/services/neighborhood.service';
import type { PathQuery } from '../../../src/ports/graph-store.port';
import { ALTERNATIVE_PATHS_AFTER_MS, PathsService } from '../../../src/services/paths.service';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';

describe('graph exploration services', () => {
  let store: MemoryGraphStore;
  beforeEach(async () => {
    store = new MemoryGraphStore();
    await store.writeGraph(sampleGraph());
  });

  describe('paths', () => {
    it('walks ties and shared events, shortest first', async () => {
      const [path] = await new PathsService(store).paths({
        fromId: 'tsikhanouskaya',
        toId: 'kellogg',
        maxHops: 6,
      });
      expect(path?.nodes.map((n) => n.id)).toEqual([
        'tsikhanouskaya',
        'tsikhanouski',
        'release',
        'lukashenko',
        'meeting',
        'kellogg',
      ]);
      // Every node comes with what a drawn path shows of it, read in one lookup per kind.
      const graph = sampleGraph();
      const release = graph.events.find((e) => e.id === 'release')!;
      expect(path?.nodes[2]).toEqual({ kind: 'EVENT', id: 'release', event: eventSummary(release) });
      const kellogg = graph.actors.find((a) => a.id === 'kellogg')!;
      expect(path?.nodes[5]).toEqual({ kind: 'ACTOR', id: 'kellogg', actor: actorSummary(kellogg) });
    });

    it('answers a sequence of nodes once, each step listing its parallel relationships', async () => {
      const graph = sampleGraph();
      const [spouse] = graph.ties;
      const kelloggAtMeeting = graph.participations.find(
        (p) => p.actorId === 'kellogg' && p.eventId === 'meeting',
      )!;
      // A second tie between the same two actors, and a second role of Kellogg in the same meeting.
      await store.writeGraph({
        ...graph,
        ties: [
          ...graph.ties,
          { ...spouse!, id: 'tie-ally', type: 'ALLY_OF', role: null, evidenceIds: ['ev-tie', 'ev-release'] },
        ],
        participations: [
          ...graph.participations,
          { ...kelloggAtMeeting, id: 'part-envoy', roles: ['ENVOY'] },
        ],
      });
      const paths = await new PathsService(store).paths({
        fromId: 'tsikhanouskaya',
        toId: 'kellogg',
        maxHops: 6,
        first: 5,
      });
      const sequences = paths.map((p) => p.nodes.map((n) => n.id).join('>'));
      expect(new Set(sequences).size).toBe(sequences.length);
      const [path] = paths;
      const ids = (i: number) =>
        path!.parallel[i]!.map((s) => (s.kind === 'TIE' ? s.tie.id : s.participation.id));
      // Best attested first: the ally tie has two spans, the spouse tie one.
      expect(ids(0)).toEqual(['tie-ally', 'tie-spouse']);
      expect(ids(4).sort()).toEqual([kelloggAtMeeting.id, 'part-envoy'].sort());
      expect(path!.steps.map((s, i) => s === path!.parallel[i]![0])).toEqual(path!.steps.map(() => true));
    });

    it('counts paths as it answers them: relationships in parallel do not crowd out a longer path', async () => {
      const graph = sampleGraph();
      const [spouse] = graph.ties;
      // Ten ties between Kellogg and Lukashenko: ten store paths of one hop, one path to a reader.
      const parallel = Array.from({ length: 10 }, (_, i) => ({
        ...spouse!,
        id: `tie-channel-${i}`,
        sourceId: 'kellogg',
        targetId: 'lukashenko',
        type: 'CHANNEL_TO' as const,
        role: null,
      }));
      await store.writeGraph({ ...graph, ties: [...graph.ties, ...parallel] });
      const paths = await new PathsService(store).paths({
        fromId: 'kellogg',
        toId: 'lukashenko',
        maxHops: 2,
        first: 2,
      });
      expect(paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
        ['kellogg', 'lukashenko'],
        ['kellogg', 'meeting', 'lukashenko'],
      ]);
      expect(paths[0]!.parallel[0]).toHaveLength(10);
    });

    it('reads the nodes of all the paths it answers in one lookup per kind', async () => {
      const lookups = { actors: [] as string[][], events: [] as string[][] };
      const actorsByIds = store.actorsByIds.bind(store);
      const eventsByIds = store.eventsByIds.bind(store);
      store.actorsByIds = async (ids) => (lookups.actors.push([...ids]), actorsByIds(ids));
      store.eventsByIds = async (ids) => (lookups.events.push([...ids]), eventsByIds(ids));
      const paths = await new PathsService(store).paths({
        fromId: 'tsikhanouskaya',
        toId: 'kellogg',
        maxHops: 6,
        first: 5,
      });
      expect(paths.length).toBeGreaterThan(0);
      // The first lookup checks that both ends exist; the second reads only the actors between them.
      expect(lookups.actors).toHaveLength(2);
      expect(lookups.actors[1]).not.toContain('tsikhanouskaya');
      expect(lookups.actors[1]).not.toContain('kellogg');
      expect(lookups.events).toHaveLength(1);

      // With an event filter, the events read to apply it are not read again for the answer.
      lookups.events.length = 0;
      const filtered = await new PathsService(store).paths({
        fromId: 'tsikhanouskaya',
        toId: 'kellogg',
        maxHops: 6,
        filter: { from: '2025-01-01' },
      });
      expect(filtered.length).toBeGreaterThan(0);
      expect(filtered[0]!.nodes.some((n) => n.kind === 'EVENT')).toBe(true);
      expect(lookups.events).toHaveLength(1);
    });

    it('honours time windows and type filters', async () => {
      const paths = new PathsService(store);
      expect(
        await paths.paths({ fromId: 'lukashenko', toId: 'kellogg', filter: { from: '2025-07-01' } }),
      ).toEqual([]);
      expect(
        await paths.paths({ fromId: 'lukashenko', toId: 'kellogg', filter: { eventTypes: ['RELEASE'] } }),
      ).toEqual([]);
      expect(
        await paths.paths({
          fromId: 'lukashenko',
          toId: 'kellogg',
          filter: { eventTypes: ['MEETING'], to: '2025-06-21' },
        }),
      ).toHaveLength(1);
      expect(
        await paths.paths({
          fromId: 'tsikhanouskaya',
          toId: 'kellogg',
          maxHops: 6,
          filter: { tieTypes: ['ALLY_OF'] },
        }),
      ).toEqual([]);
    });

    describe('the next-shortest search', () => {
      const modesAsked = (clock?: () => number) => {
        const modes: PathQuery['mode'][] = [];
        const findPaths = store.findPaths.bind(store);
        jest.spyOn(store, 'findPaths').mockImplementation(async (query) => {
          modes.push(query.mode);
          return findPaths(query);
        });
        return { modes, paths: new PathsService(store, clock) };
      };

      it('runs when the shortest paths are too few and shorter than the bound', async () => {
        const { modes, paths } = modesAsked();
        // One shortest path, 4 hops, of at most 6.
        expect(await paths.paths({ fromId: 'kellogg', toId: 'tsikhanouski', maxHops: 6 })).toHaveLength(1);
        expect(modes).toEqual(['ALL_SHORTEST', 'SIMPLE']);
      });

      it('is skipped when no path exists within the bound, or the shortest use every hop', async () => {
        const { modes, paths } = modesAsked();
        expect(await paths.paths({ fromId: 'kellogg', toId: 'tsikhanouski', maxHops: 3 })).toEqual([]);
        expect(await paths.paths({ fromId: 'kellogg', toId: 'lukashenko', maxHops: 2 })).toHaveLength(1);
        expect(modes).toEqual(['ALL_SHORTEST', 'ALL_SHORTEST']);
      });

      it('is skipped when the shortest search alone took a large part of the budget', async () => {
        // Each reading of the clock is ALTERNATIVE_PATHS_AFTER_MS after the one before.
        let readings = 0;
        const { modes, paths } = modesAsked(() => ALTERNATIVE_PATHS_AFTER_MS * readings++);
        expect(await paths.paths({ fromId: 'kellogg', toId: 'tsikhanouski', maxHops: 6 })).toHaveLength(1);
        expect(modes).toEqual(['ALL_SHORTEST']);
      });
    });

    it.each([
      [{ fromId: 'kellogg', toId: 'kellogg' }, InvalidArgumentError],
      [{ fromId: 'kellogg', toId: 'lukashenko', maxHops: 7 }, InvalidArgumentError],
      [{ fromId: 'kellogg', toId: 'lukashenko', first: 0 }, InvalidArgumentError],
      [{ fromId: 'nobody', toId: 'lukashenko' }, NotFoundError],
    ])('rejects %p', async (args, type) => {
      await expect(new PathsService(store).paths(args)).rejects.toBeInstanceOf(type);
    });
  });

  describe('neighbourhood', () => {
    it('grows one relationship hop per level from actors or events', async () => {
      const hood = new NeighborhoodService(store);
      const one = await hood.neighborhood({ ids: ['kellogg'], depth: 1 });
      expect(one.nodes.map((n) => n.id).sort()).toEqual(['kellogg', 'meeting']);
      const two = await hood.neighborhood({ ids: ['kellogg'], depth: 2 });
      expect(two.nodes.map((n) => n.id).sort()).toEqual(['kellogg', 'lukashenko', 'meeting']);
      const fromEvent = await hood.neighborhood({ ids: ['release'], depth: 1 });
      expect(fromEvent.nodes.map((n) => n.id).sort()).toEqual(['lukashenko', 'release', 'tsikhanouski']);
      expect(fromEvent.edges.map((e) => e.id).sort()).toEqual(['p-released', 'p-releaser']);
    });

    it('stops at the node limit and says so', async () => {
      const result = await new NeighborhoodService(store).neighborhood({
        ids: ['lukashenko'],
        depth: 3,
        limit: 3,
      });
      expect(result.nodes).toHaveLength(3);
      expect(result.truncated).toBe(true);
    });

    it('filters edges by evidence and ties by window', async () => {
      const result = await new NeighborhoodService(store).neighborhood({
        ids: ['tsikhanouski'],
        depth: 1,
        filter: { minEvidence: 2 },
      });
      expect(result.edges).toEqual([]);
    });

    it('rejects unknown ids and out-of-range depth', async () => {
      const hood = new NeighborhoodService(store);
      await expect(hood.neighborhood({ ids: ['ghost'] })).rejects.toBeInstanceOf(NotFoundError);
      await expect(hood.neighborhood({ ids: ['kellogg'], depth: 4 })).rejects.toBeInstanceOf(
        InvalidArgumentError,
      );
      await expect(hood.neighborhood({ ids: [] })).rejects.toBeInstanceOf(InvalidArgumentError);
    });
  });

  describe('common connections', () => {
    it('finds actors linked to both through shared events, with the documents behind the links', async () => {
      const [first] = await new ConnectionsService(store).common('kellogg', 'tsikhanouski', 5);
      expect(first?.actor.id).toBe('lukashenko');
      expect(first?.viaA[0]?.kind).toBe('SHARED_EVENT');
      expect(first?.documentIds).toEqual(['doc-a', 'doc-b']);
      expect(first?.strength).toBe(2);
    });

    it('rejects the same actor twice and unknown actors', async () => {
      const connections = new ConnectionsService(store);
      await expect(connections.common('kellogg', 'kellogg', 5)).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(connections.common('kellogg', 'ghost', 5)).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});
