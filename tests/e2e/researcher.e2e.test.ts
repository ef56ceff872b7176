import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { SEEDS_ROOT } from '../support/seeds';

interface Reply<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe('researcher queries over HTTP on the seeded embedded store', () => {
  let folder: string;
  let app: RunningApp;
  const post = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<Reply<T>> => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Reply<T>;
  };
  const data = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const reply = await post<T>(query, variables);
    expect(reply.errors).toBeUndefined();
    return reply.data as T;
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-research-'));
    app = await startApp(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        KUZU_PATH: path.join(folder, 'graph.kuzu'),
        SEEDS_DIR: SEEDS_ROOT,
      }),
      { log: () => undefined },
    );
  });
  afterAll(async () => {
    await app?.close();
    await rm(folder, { recursive: true, force: true });
  });

  type PathView = {
    length: number;
    nodes: { id: string; type: string }[];
    steps: { edge: { type: string; label: string; evidence: { quote: string }[] } }[];
  };

  it('connects Tsikhanouskaya to Kellogg within 3 steps through her husband and the June release or meeting', async () => {
    const { paths } = await data<{ paths: PathView[] }>(`{
      paths(fromId: "sviatlana-tsikhanouskaya", toId: "keith-kellogg", maxHops: 3, first: 5) {
        length nodes { id type } steps { edge { type label evidence { quote } } }
      } }`);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.map((p) => p.length)).toEqual([...paths.map((p) => p.length)].sort((a, b) => a - b));
    for (const p of paths) {
      expect(p.length).toBeLessThanOrEqual(3);
      expect(p.nodes[0]?.id).toBe('sviatlana-tsikhanouskaya');
      expect(p.nodes[p.nodes.length - 1]?.id).toBe('keith-kellogg');
      for (const step of p.steps) expect(step.edge.evidence.length).toBeGreaterThan(0);
    }
    const throughHusband = paths.find(
      (p) =>
        p.nodes[1]?.id === 'siarhei-tsikhanouski' &&
        p.nodes.some((n) =>
          ['2025-06-21-prisoner-release', '2025-06-21-kellogg-lukashenko-meeting'].includes(n.id),
        ),
    );
    expect(throughHusband?.steps[0]?.edge.label).toBe('SPOUSE_OF');
  });

  it('returns an empty list when no path is short enough, and a clear error for an unknown id', async () => {
    const none = await data<{ paths: unknown[] }>(
      `{ paths(fromId: "sviatlana-tsikhanouskaya", toId: "keith-kellogg", maxHops: 1) { length } }`,
    );
    expect(none.paths).toEqual([]);
    const unknown = await post(`{ paths(fromId: "nobody", toId: "keith-kellogg") { length } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const capped = await post(
      `{ paths(fromId: "sviatlana-tsikhanouskaya", toId: "keith-kellogg", maxHops: 9) { length } }`,
    );
    expect(capped.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds Lukashenko among the common connections of Kellogg and Coale, with evidence on both sides', async () => {
    const { commonConnections } = await data<{
      commonConnections: {
        actor: { id: string };
        strength: number;
        viaA: { type: string }[];
        viaB: { type: string }[];
      }[];
    }>(
      `{ commonConnections(aId: "keith-kellogg", bId: "john-coale", first: 20) { actor { id } strength viaA { type } viaB { type } } }`,
    );
    const lukashenko = commonConnections.find((c) => c.actor.id === 'alexander-lukashenko');
    expect(lukashenko).toBeDefined();
    expect(lukashenko!.strength).toBeGreaterThanOrEqual(2);
    expect(lukashenko!.viaA.length).toBeGreaterThan(0);
    expect(lukashenko!.viaB.length).toBeGreaterThan(0);
    const strengths = commonConnections.map((c) => c.strength);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  });

  it("lists Lukashenko's 2025 timeline in date order, precision shown", async () => {
    const { timeline } = await data<{
      timeline: { edges: { node: { id: string; date: string; dateLabel: string; datePrecision: string } }[] };
    }>(`{ timeline(actorId: "alexander-lukashenko", from: "2025-01-01", to: "2025-12-31", first: 100) {
          edges { node { id date dateLabel datePrecision } } } }`);
    const events = timeline.edges.map((e) => e.node);
    const ids = events.map((e) => e.id);
    expect(ids.indexOf('2025-06-21-kellogg-lukashenko-meeting')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('2025-06-21-kellogg-lukashenko-meeting')).toBeLessThan(
      ids.indexOf('2025-09-11-coale-lukashenko-meeting'),
    );
    const starts = events.map((e) => e.date.padEnd(10, '-'));
    expect(starts).toEqual([...starts].sort());
    expect(events.find((e) => e.datePrecision === 'MONTH')?.dateLabel).toMatch(/^[A-Z][a-z]+ 2025$/);
  });

  it("reaches what Belarus did while Lukashenko led it, marked as the state's acts", async () => {
    type Timeline = {
      timeline: {
        totalCount: number;
        edges: { node: { id: string }; via: { body: { id: string }; tie: { type: string } }[] }[];
      };
    };
    const query = `query($led: Boolean!) {
      timeline(actorId: "alexander-lukashenko", from: "2025-01-01", to: "2025-04-30", first: 100, includeLed: $led) {
        totalCount edges { node { id } via { body { id } tie { type } } } } }`;
    const RELEASES = [
      '2025-01-us-citizen-release',
      '2025-02-us-citizen-journalist-release',
      '2025-04-zenkovich-release',
    ];
    const own = await data<Timeline>(query, { led: false });
    expect(own.timeline.edges.map((e) => e.node.id)).not.toEqual(expect.arrayContaining(RELEASES));
    const led = await data<Timeline>(query, { led: true });
    const byId = new Map(led.timeline.edges.map((e) => [e.node.id, e.via]));
    for (const id of RELEASES) {
      expect(byId.get(id)).toEqual([{ body: { id: 'belarus' }, tie: { type: 'LEADER_OF' } }]);
    }
    // What he did himself carries no `via`.
    for (const edge of own.timeline.edges) expect(byId.get(edge.node.id)).toEqual([]);
    expect(led.timeline.totalCount).toBe(led.timeline.edges.length);
  });

  it('shows documents without a printed title by their lead sentence, never an invented title', async () => {
    const { documents } = await data<{
      documents: {
        id: string;
        title: string | null;
        displayTitle: string;
        titleInferred: boolean;
        text: string;
      }[];
    }>(`{ documents { id title displayTitle titleInferred text } }`);
    const untitled = documents.filter((d) => d.title === null).map((d) => d.id);
    expect(untitled).toEqual(['000_decbe18c32b19596', '003_a49a3b02aa57747d']);
    for (const document of documents) {
      expect(document.titleInferred).toBe(document.title === null);
      if (document.title !== null) expect(document.displayTitle).toBe(document.title);
      // The label is the text's own opening words.
      else expect(document.text.startsWith(document.displayTitle.replace(/…$/, ''))).toBe(true);
    }
  });

  it('queries claims by vocabulary property and by the source they are attributed to', async () => {
    type Claims = {
      claims: {
        totalCount: number;
        edges: {
          node: {
            value: string;
            wording: string;
            document: { id: string };
            accordingTo: { id: string; name: string } | null;
          };
        }[];
      };
    };
    const fields = 'totalCount edges { node { value wording document { id } accordingTo { id name } } }';
    const { claims } = await data<Claims>(
      `{ claims(filter: { property: PRISONERS_RELEASED, subjectId: "2025-06-21-prisoner-release" }) { ${fields} } }`,
    );
    // Every source's figure, side by side: 14 (three documents) and "about 20".
    expect(claims.edges.map((e) => `${e.node.document.id.slice(0, 3)}:${e.node.value}`).sort()).toEqual([
      '000:fourteen',
      '001:14',
      '002:14',
      '003:about 20',
    ]);
    expect(claims.totalCount).toBe(4);
    const viasna = await data<Claims>(
      `{ claims(filter: { attributedToId: "vesna-human-rights-centre" }) { ${fields} } }`,
    );
    expect(viasna.claims.edges.map((e) => e.node)).toEqual([
      {
        value: 'between 1,100 and 1,300',
        wording: 'political prisoners remaining',
        document: { id: '001_78f193878130a4b8' },
        accordingTo: { id: 'vesna-human-rights-centre', name: 'Viasna Human Rights Centre' },
      },
    ]);
    const reply = await post(`{ claims(filter: { property: prisonersReleased }) { totalCount } }`);
    expect(reply.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports the undated events a time window leaves out, and lists them when asked', async () => {
    type Events = {
      events: { totalCount: number; undated: number | null; edges: { node: { date: string | null } }[] };
    };
    const query = `query($with: Boolean) { events(filter: { from: "2025-01-01", to: "2025-12-31", includeUndated: $with }, first: 100) {
      totalCount undated edges { node { date } } } }`;
    const without = await data<Events>(query, { with: false });
    expect(without.events.undated).toBeGreaterThan(0);
    expect(without.events.edges.every((e) => e.node.date !== null)).toBe(true);
    const listed = await data<Events>(query, { with: true });
    expect(listed.events.totalCount).toBe(without.events.totalCount + without.events.undated!);
    expect(listed.events.edges.filter((e) => e.node.date === null)).toHaveLength(without.events.undated!);
    const open = await data<Events>(`{ events(first: 1) { undated } }`);
    expect(open.events.undated).toBeNull();
    const { timeline } = await data<{ timeline: { undated: number } }>(
      `{ timeline(actorId: "alexander-lukashenko", from: "2025-01-01", includeLed: true) { undated } }`,
    );
    expect(timeline.undated).toBeGreaterThan(0);
  });

  it('serves a neighbourhood ready for visualisation, within its limits', async () => {
    type Hood = {
      neighborhood: {
        truncated: boolean;
        nodes: { id: string; type: string }[];
        edges: { source: string; target: string; weight: number; evidenceCount: number }[];
      };
    };
    const { neighborhood } = await data<Hood>(`{ neighborhood(ids: ["alexander-lukashenko"], depth: 2) {
      truncated nodes { id type } edges { source target weight evidenceCount } } }`);
    const ids = new Set(neighborhood.nodes.map((n) => n.id));
    expect(ids.has('keith-kellogg')).toBe(true);
    for (const edge of neighborhood.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.evidenceCount).toBeGreaterThan(0);
      expect(edge.weight).toBeGreaterThan(0);
    }
    const small = await data<Hood>(
      `{ neighborhood(ids: ["alexander-lukashenko"], depth: 2, limit: 5) { truncated nodes { id type } edges { source target weight evidenceCount } } }`,
    );
    expect(small.neighborhood.nodes.length).toBeLessThanOrEqual(5);
    expect(small.neighborhood.truncated).toBe(true);
    const meetingsOnly =
      await data<Hood>(`{ neighborhood(ids: ["alexander-lukashenko"], depth: 1, filter: { eventTypes: [MEETING], from: "2025-01-01" }) {
      truncated nodes { id type } edges { source target weight evidenceCount } } }`);
    expect(meetingsOnly.neighborhood.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([
        '2025-06-21-kellogg-lukashenko-meeting',
        '2025-09-11-coale-lukashenko-meeting',
      ]),
    );
    expect(meetingsOnly.neighborhood.nodes.map((n) => n.id)).not.toContain(
      '2020-belarus-presidential-election',
    );
  });
});
