import { StoreTimeoutError } from '../../../src/domain/errors';
import {
  PathIndex,
  type IndexedParticipation,
  type IndexedPath,
  type IndexedTie,
} from '../../../src/adapters/kuzu/path-index';
import { stepGroups } from '../../../src/adapters/kuzu/path-step-groups';

/** A small random graph: a few actors, events and ties, parallel relationships included. */
function randomGraph(seed: number) {
  let state = seed;
  const next = (n: number) => {
    state = (state * 48271) % 2147483647;
    return state % n;
  };
  const participations: IndexedParticipation[] = [];
  const ties: IndexedTie[] = [];
  for (let i = 0; i < 45; i++) {
    participations.push({ id: `p${i}`, actorId: `a${next(14)}`, eventId: `e${next(12)}` });
  }
  for (let i = 0; i < 10; i++) {
    const source = next(14);
    const target = (source + 1 + next(13)) % 14;
    ties.push({ id: `t${i}`, sourceId: `a${source}`, targetId: `a${target}` });
  }
  return { participations, ties };
}

/** Every simple path between two actors within maxHops, by brute force over the relationship lists. */
function allSimplePaths(
  graph: ReturnType<typeof randomGraph>,
  from: string,
  to: string,
  maxHops: number,
): string[][] {
  const links = [
    ...graph.participations.map((p) => ({ id: p.id, a: `A:${p.actorId}`, b: `E:${p.eventId}` })),
    ...graph.ties.map((t) => ({ id: t.id, a: `A:${t.sourceId}`, b: `A:${t.targetId}` })),
  ];
  const found: string[][] = [];
  const walk = (node: string, seen: Set<string>, edges: string[]) => {
    if (node === `A:${to}`) {
      found.push([...edges]);
      return;
    }
    if (edges.length === maxHops) return;
    for (const link of links) {
      const other = link.a === node ? link.b : link.b === node ? link.a : null;
      if (other === null || seen.has(other)) continue;
      seen.add(other);
      walk(other, seen, [...edges, link.id]);
      seen.delete(other);
    }
  };
  walk(`A:${from}`, new Set([`A:${from}`]), []);
  return found;
}

const signature = (path: IndexedPath) => path.edges.map((e) => e.id).join('>');

describe('the path index', () => {
  const graphs = [1, 2, 3, 4, 5].map((seed) => ({ seed, graph: randomGraph(seed * 7919) }));

  it.each(graphs)(
    'finds exactly every shortest path, like a brute-force search (seed $seed)',
    ({ graph }) => {
      const index = PathIndex.build(graph.participations, graph.ties);
      for (let from = 0; from < 14; from++) {
        for (let to = 0; to < 14; to++) {
          if (from === to) continue;
          for (const maxHops of [1, 2, 4, 6]) {
            const all = allSimplePaths(graph, `a${from}`, `a${to}`, maxHops);
            const shortest = Math.min(...all.map((edges) => edges.length));
            const expected = all.filter((edges) => edges.length === shortest).map((e) => e.join('>'));
            const found = index.allShortest(`a${from}`, `a${to}`, maxHops, 10_000);
            expect(found.map(signature).sort()).toEqual(expected.sort());
          }
        }
      }
    },
  );

  it.each(graphs)('enumerates every simple path, shortest first (seed $seed)', ({ graph }) => {
    const index = PathIndex.build(graph.participations, graph.ties);
    for (const [from, to] of [
      [0, 5],
      [3, 9],
      [7, 1],
    ] as const) {
      const expected = allSimplePaths(graph, `a${from}`, `a${to}`, 4).map((e) => e.join('>'));
      const found = index.simple(`a${from}`, `a${to}`, 4, 10_000, Infinity);
      expect(found.map(signature).sort()).toEqual(expected.sort());
      const lengths = found.map((path) => path.edges.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    }
  });

  it('returns paths as alternating nodes and relationships, oriented from the first actor', () => {
    const index = PathIndex.build(
      [
        { id: 'p1', actorId: 'kellogg', eventId: 'meeting' },
        { id: 'p2', actorId: 'lukashenko', eventId: 'meeting' },
      ],
      [{ id: 't1', sourceId: 'tsikhanouskaya', targetId: 'lukashenko' }],
    );
    const [path] = index.allShortest('kellogg', 'tsikhanouskaya', 4, 5);
    expect(path?.nodes).toEqual([
      { id: 'kellogg', kind: 'ACTOR' },
      { id: 'meeting', kind: 'EVENT' },
      { id: 'lukashenko', kind: 'ACTOR' },
      { id: 'tsikhanouskaya', kind: 'ACTOR' },
    ]);
    expect(path?.edges).toEqual([
      { kind: 'PARTICIPATION', id: 'p1', actorId: 'kellogg', eventId: 'meeting' },
      { kind: 'PARTICIPATION', id: 'p2', actorId: 'lukashenko', eventId: 'meeting' },
      { kind: 'TIE', id: 't1', sourceId: 'tsikhanouskaya', targetId: 'lukashenko' },
    ]);
    expect(index.allShortest('kellogg', 'tsikhanouskaya', 2, 5)).toEqual([]);
    expect(index.allShortest('kellogg', 'nobody', 4, 5)).toEqual([]);
    expect(index.degree('ACTOR', 'lukashenko')).toBe(2);
    expect(index.degree('EVENT', 'meeting')).toBe(2);
  });

  it('stops a simple-path search at its deadline', () => {
    // Twenty actors all at the same ten events: millions of simple paths of six hops.
    const participations = Array.from({ length: 200 }, (_, i) => ({
      id: `p${i}`,
      actorId: `a${i % 20}`,
      eventId: `e${Math.floor(i / 20)}`,
    }));
    const index = PathIndex.build(participations, []);
    let clock = 0;
    // Every look at the clock is a second later; the deadline is at 0.
    expect(() => index.simple('a0', 'a5', 6, 1_000_000, 0, () => ++clock * 1000)).toThrow(StoreTimeoutError);
    expect(index.simple('a0', 'a5', 6, 3, 0, () => ++clock * 1000)).toHaveLength(3);
  });

  it('reads steps from their end with fewer relationships, one query per end', () => {
    const degree = (end: 'a' | 'b', id: string) => (id === 'hub' ? 50_000 : end === 'a' ? 10 : 4);
    const groups = stepGroups(
      [
        { a: 'hub', b: 'e1' },
        { a: 'hub', b: 'e2' },
        { a: 'x', b: 'e1' },
        { a: 'x', b: 'e1' },
      ],
      degree,
    );
    expect(groups).toEqual([
      { anchor: 'b', id: 'e1', others: ['hub', 'x'] },
      { anchor: 'b', id: 'e2', others: ['hub'] },
    ]);
  });
});
