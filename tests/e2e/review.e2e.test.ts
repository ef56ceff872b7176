import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { buildGraph } from '../../src/ingest/graph-builder';
import { readSources } from '../../src/ingest/source-files';
import { IngestService } from '../../src/services/ingest.service';
import { IntegrityService } from '../../src/services/integrity.service';
import { MemoryGraphStore } from '../support/memory-store';
import { copySeeds } from '../support/seeds';

interface Reply<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

interface ProposalView {
  id: string;
  kind: string;
  status: string;
  quote: string;
  start: number;
  end: number;
  record: {
    eventId: string | null;
    eventType: string | null;
    date: string | null;
    datePrecision: string | null;
    endDate: string | null;
    participants: { actor: { id: string; name: string | null }; role: string }[];
    speaker: { id: string; name: string | null } | null;
    value: string | null;
    minimum: number | null;
  };
}

const FIXTURES = path.resolve(__dirname, '../fixtures/extract');
const API_KEY = 'review-e2e-key-0123456789';
const PROPOSAL_FIELDS = `id kind status quote start end record {
  eventId eventType date datePrecision endDate participants { actor { id name } role }
  speaker { id name } value minimum }`;

describe('assisted extraction reviewed end to end over HTTP (embedded store)', () => {
  let folder: string;
  let seeds: Awaited<ReturnType<typeof copySeeds>>;
  let app: RunningApp;
  const post = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    key: string | null = API_KEY,
  ): Promise<Reply<T>> => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Reply<T>;
  };
  const data = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const reply = await post<T>(query, variables);
    expect(reply.errors).toBeUndefined();
    return reply.data as T;
  };
  const extract = async (fixture: string, publishedDate: string) => {
    const text = await readFile(path.join(FIXTURES, fixture), 'utf8');
    const { extractDocument } = await data<{
      extractDocument: { documentId: string; newActorIds: string[]; proposals: ProposalView[] };
    }>(
      `mutation ($text: String!, $date: String) {
        extractDocument(text: $text, publishedDate: $date) { documentId newActorIds proposals { ${PROPOSAL_FIELDS} } } }`,
      { text, date: publishedDate },
    );
    return { text, ...extractDocument };
  };
  const pending = async (documentId: string) => {
    const { pendingFacts } = await data<{
      pendingFacts: { totalCount: number; edges: { node: ProposalView }[] };
    }>(
      `query ($doc: ID) { pendingFacts(documentId: $doc, first: 100) { totalCount edges { node { ${PROPOSAL_FIELDS} } } } }`,
      { doc: documentId },
    );
    return pendingFacts;
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-review-'));
    seeds = await copySeeds();
    app = await startApp(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        KUZU_PATH: path.join(folder, 'graph.kuzu'),
        SEEDS_DIR: seeds.root,
        API_KEY,
      }),
      { log: () => undefined },
    );
  });
  afterAll(async () => {
    await app?.close();
    await rm(folder, { recursive: true, force: true });
    await seeds?.remove();
  });

  it('refuses the review queue and its mutations without the API key', async () => {
    const queue = await post('{ pendingFacts { totalCount } }', {}, null);
    expect(queue.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await post(
      'mutation { extractDocument(text: "Keith Kellogg met Lukashenko.") { documentId } }',
      {},
      'not-the-key-but-long-enough',
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('extracts an unseen article into proposals with exact offsets, dates to their precision, right speakers, no silent merge', async () => {
    const { text, documentId, newActorIds, proposals } = await extract('vilnius-prisoners.txt', '2025-09-20');
    const codePoints = Array.from(text);
    const queue = await pending(documentId);
    expect(queue.totalCount).toBe(proposals.length);
    for (const { node } of queue.edges) {
      expect(node.status).toBe('EXTRACTED');
      expect(codePoints.slice(node.start, node.end).join('')).toBe(node.quote);
    }
    // Anastasia Tsikhanouskaya is not merged into the opposition leader: a new actor.
    expect(newActorIds).toContain('anastasia-tsikhanouskaya');
    const events = proposals.filter((p) => p.kind === 'EVENT');
    const release = events.find((e) => e.record.participants.some((p) => p.role === 'RELEASED'));
    expect(release?.record).toMatchObject({ date: '2025-06', datePrecision: 'MONTH' });
    expect(release?.record.participants.map((p) => p.actor.id)).toEqual(['siarhei-tsikhanouski']);
    const sanction = events.find((e) => e.record.eventType === 'SANCTION');
    expect(sanction?.record).toMatchObject({ date: '2025-08', datePrecision: 'MONTH' });
    // "last week", published on Saturday 20 September: the calendar week before, as a range.
    const pardons = events.find((e) => e.quote.includes('pardoned last week'));
    expect(pardons?.record).toMatchObject({
      date: '2025-09-08',
      endDate: '2025-09-14',
      datePrecision: 'DAY',
    });
    const figure = proposals.find((p) => p.kind === 'CLAIM' && p.quote.includes('about 20'));
    expect(figure?.record).toMatchObject({ value: 'about 20', minimum: null });
    const quote = proposals.find((p) => p.kind === 'STATEMENT' && p.quote.startsWith('Every release'));
    expect(quote?.record.speaker?.id).toBe('sviatlana-tsikhanouskaya');
    const husband = proposals.find((p) => p.kind === 'STATEMENT' && p.quote.includes('had not changed'));
    expect(husband?.record.speaker?.id).toBe('siarhei-tsikhanouski');
  }, 120_000);

  it('accepted facts enter the graph with status ACCEPTED, rejected and pending ones never do', async () => {
    const { documentId, proposals } = await extract('vilnius-prisoners.txt', '2025-09-20');
    const meeting = proposals.find((p) => p.record.eventType === 'MEETING') as ProposalView;
    const sanction = proposals.find((p) => p.record.eventType === 'SANCTION') as ProposalView;
    const quote = proposals.find(
      (p) => p.kind === 'STATEMENT' && p.quote.startsWith('Every release'),
    ) as ProposalView;
    for (const id of [meeting.record.eventId, sanction.record.eventId]) {
      const before = await data<{ event: null }>(`query ($id: ID!) { event(id: $id) { id } }`, { id });
      expect(before.event).toBeNull();
    }

    const accepted = await data<{ acceptFacts: { id: string; status: string }[] }>(
      `mutation ($ids: [ID!]!) { acceptFacts(ids: $ids) { id status } }`,
      { ids: [meeting.id, quote.id] },
    );
    expect(accepted.acceptFacts.map((p) => p.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
    const rejected = await data<{ rejectFacts: { id: string; status: string }[] }>(
      `mutation ($ids: [ID!]!) { rejectFacts(ids: $ids) { id status } }`,
      { ids: [sanction.id] },
    );
    expect(rejected.rejectFacts[0]?.status).toBe('REJECTED');

    const { event } = await data<{
      event: { id: string; status: string; participants: { actor: { id: string } }[] } | null;
    }>(`query ($id: ID!) { event(id: $id) { id status participants { actor { id } } } }`, {
      id: meeting.record.eventId,
    });
    expect(event?.status).toBe('ACCEPTED');
    // The new actor the meeting involves entered the graph with it.
    expect(event?.participants.map((p) => p.actor.id).sort()).toEqual([
      'kestutis-budrys',
      'sviatlana-tsikhanouskaya',
    ]);
    const none = await data<{ event: null }>(`query ($id: ID!) { event(id: $id) { id } }`, {
      id: sanction.record.eventId,
    });
    expect(none.event).toBeNull();
    const { statements } = await data<{
      statements: { edges: { node: { text: string; status: string } }[] };
    }>(`{ statements(first: 100) { edges { node { text status } } } }`);
    const said = statements.edges.map((e) => e.node);
    expect(said.find((s) => s.text === quote.quote)?.status).toBe('ACCEPTED');
    expect(said.filter((s) => s.status === 'ACCEPTED')).toHaveLength(1);
    expect(said.some((s) => s.text.includes('had not changed'))).toBe(false);

    // Asked for, the pending facts join the lists in the same order, marked EXTRACTED.
    const withPending = await data<{
      events: {
        edges: { node: { id: string; status: string; participants: { actor: { id: string } }[] } }[];
      };
    }>(
      `{ events(first: 100, includePending: true) { edges { node { id status participants { actor { id } } } } } }`,
    );
    const listed = withPending.events.edges.map((e) => e.node);
    const release = proposals.find((p) => p.record.participants.some((x) => x.role === 'RELEASED'));
    expect(listed.find((e) => e.id === release?.record.eventId)).toMatchObject({
      status: 'EXTRACTED',
      participants: [{ actor: { id: 'siarhei-tsikhanouski' } }],
    });
    expect(listed.some((e) => e.id === sanction.record.eventId)).toBe(false);
    const pardons = proposals.find((p) => p.kind === 'EVENT' && p.quote.includes('pardoned last week'));
    const { events: withClaims } = await data<{
      events: { edges: { node: { id: string; claims: { value: string }[] } }[] };
    }>(`{ events(first: 100, includePending: true) { edges { node { id claims { value } } } } }`);
    expect(withClaims.edges.find((e) => e.node.id === pardons?.record.eventId)?.node.claims).toEqual([
      { value: 'about 20' },
    ]);
    const { events: defaults } = await data<{ events: { edges: { node: { status: string } }[] } }>(
      `{ events(first: 100) { edges { node { status } } } }`,
    );
    expect(defaults.edges.every((e) => e.node.status !== 'EXTRACTED')).toBe(true);
    expect(listed.length).toBeGreaterThan(defaults.edges.length);

    const queue = await pending(documentId);
    expect(queue.totalCount).toBe(proposals.length - 3);
    const { pendingFacts } = await data<{ pendingFacts: { edges: { node: { id: string } }[] } }>(
      `{ pendingFacts(statuses: [REJECTED], first: 100) { edges { node { id } } } }`,
    );
    expect(pendingFacts.edges.map((e) => e.node.id)).toEqual([sanction.id]);
  }, 120_000);

  it('merges and renames actors through decisions, refusing to merge a wife into her husband', async () => {
    const refused = await post(
      `mutation { mergeActors(sourceId: "sviatlana-tsikhanouskaya", targetId: "siarhei-tsikhanouski") { id } }`,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/two people/);
    const unknown = await post(
      `mutation { mergeActors(sourceId: "no-such-actor", targetId: "belarus") { id } }`,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const { documentId, proposals } = await extract('envoy-call.txt', '2025-10-05');
    const track = proposals.find((p) => p.quote === 'the humanitarian track') as ProposalView;
    expect(track.record.speaker?.id).toBe('lukashenka-s-press-secretary');
    await data(`mutation ($ids: [ID!]!) { acceptFacts(ids: $ids) { id } }`, { ids: [track.id] });
    const merged = await data<{ mergeActors: { id: string; aliases: string[] } }>(
      `mutation { mergeActors(sourceId: "lukashenka-s-press-secretary", targetId: "lukashenko-spokeswoman") { id aliases } }`,
    );
    expect(merged.mergeActors.aliases).toContain('Lukashenka’s press secretary');
    const { actor } = await data<{ actor: { statements: { text: string; status: string }[] } | null }>(
      `{ actor(id: "lukashenko-spokeswoman") { statements { text status } } }`,
    );
    expect(actor?.statements.map((s) => s.text)).toContain('the humanitarian track');
    const gone = await data<{ actor: null }>(`{ actor(id: "lukashenka-s-press-secretary") { id } }`);
    expect(gone.actor).toBeNull();

    const renamed = await data<{ renameActor: { name: string; aliases: string[] } }>(
      `mutation { renameActor(id: "keith-kellogg", name: "Keith Kellogg Jr.") { name aliases } }`,
    );
    expect(renamed.renameActor.name).toBe('Keith Kellogg Jr.');
    expect(renamed.renameActor.aliases).toContain('Keith Kellogg');
    expect((await pending(documentId)).totalCount).toBeGreaterThan(0);
  }, 120_000);

  it('a rebuild from the sources replays every decision, and the store verifies clean', async () => {
    const sources = buildGraph(await readSources(seeds.root));
    const report = await new IntegrityService(app.store).verify(sources);
    expect(report.problems).toEqual([]);
    const fresh = new MemoryGraphStore();
    await new IngestService(fresh).ingestFolder(seeds.root);
    const prints = async (store: { fingerprints: MemoryGraphStore['fingerprints'] }) =>
      Object.fromEntries(
        Object.entries(await store.fingerprints()).map(([kind, map]) => [
          kind,
          [...(map as ReadonlyMap<string, string>)].sort(),
        ]),
      );
    expect(await prints(fresh)).toEqual(await prints(app.store));
  }, 120_000);
});
