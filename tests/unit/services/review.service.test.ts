import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fingerprintOf } from '../../../src/domain/graph-diff';
import type { EventRecord, GraphBatch } from '../../../src/domain/graph';
import { buildReviewedGraph } from '../../../src/ingest/graph-builder';
import { readSources } from '../../../src/ingest/source-files';
import * as sourceWriteSet from '../../../src/ingest/source-write-set';
import { EventsService } from '../../../src/services/events.service';
import { IngestService } from '../../../src/services/ingest.service';
import type { Page } from '../../../src/services/pagination';
import { ReviewService } from '../../../src/services/review.service';
import { MemoryGraphStore } from '../../support/memory-store';
import { copySeeds } from '../../support/seeds';
import { hiddenFilesOf, killedAtSourceRename } from '../ingest/killed-write-steps';

const FIXTURES = path.resolve(__dirname, '../../fixtures/extract');

function services(root: string) {
  const store = new MemoryGraphStore();
  const ingest = new IngestService(store);
  const review = new ReviewService(ingest, root);
  return { store, ingest, review };
}

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id).sort();

describe('ReviewService: extracted facts reach the graph through review', () => {
  let seeds: Awaited<ReturnType<typeof copySeeds>>;
  beforeEach(async () => {
    seeds = await copySeeds();
  });
  afterEach(() => seeds.remove());

  it('keeps proposals out of the graph until accepted, and replays decisions on a rebuild', async () => {
    const { store, ingest, review } = services(seeds.root);
    await ingest.ingestFolder(seeds.root);
    const before = await store.counts();
    const text = await readFile(path.join(FIXTURES, 'envoy-call.txt'), 'utf8');

    const result = await review.extractDocument({ text, publishedDate: '2025-10-05' });
    expect(result.documentId).toMatch(/^extracted_[0-9a-f]{16}$/);
    expect(result.proposals.length).toBeGreaterThan(5);
    const codePoints = Array.from(text);
    for (const p of result.proposals) {
      expect(p.status).toBe('EXTRACTED');
      expect(codePoints.slice(p.start, p.end).join('')).toBe(p.quote);
    }
    // The document is in the graph, none of its facts yet.
    const pendingCounts = await store.counts();
    expect(pendingCounts.documents).toBe(before.documents + 1);
    expect(pendingCounts.events).toBe(before.events);
    expect(pendingCounts.statements).toBe(before.statements);
    expect(pendingCounts.claims).toBe(before.claims);

    const call = result.proposals.find((p) => p.kind === 'EVENT');
    expect(call?.record.eventType).toBe('PHONE_CALL');
    expect(call?.record.date).toBe('2025-10-03');
    expect(call?.record.datePrecision).toBe('DAY');
    const quote = result.proposals.find(
      (p) => p.kind === 'STATEMENT' && p.quote.startsWith('We are ready to continue'),
    );
    expect(quote?.record.speakerId).toBe('alexander-lukashenko');
    const other = result.proposals.find((p) => p.kind === 'STATEMENT' && p !== quote);

    await review.decide([call?.id as string, quote?.id as string], 'ACCEPTED');
    await review.decide([other?.id as string], 'REJECTED');
    const event = (await store.eventsByIds([call?.record.eventId as string]))[0];
    expect(event?.type).toBe('PHONE_CALL');
    expect(await review.statusOf(event?.id as string)).toBe('ACCEPTED');
    const after = await store.counts();
    expect(after.events).toBe(before.events + 1);
    expect(after.statements).toBe(before.statements + 1);
    const queue = await review.pendingFacts({ documentId: result.documentId }, { first: 100 });
    expect(queue.edges.map((e) => e.node.id)).not.toContain(call?.id);
    expect(queue.totalCount).toBe(result.proposals.length - 3);
    const rejected = await review.pendingFacts({ statuses: ['REJECTED'] }, {});
    expect(rejected.edges.map((e) => e.node.id)).toEqual([other?.id]);

    // A fresh store built from the sources holds the same graph: the decisions are sources.
    const fresh = services(seeds.root);
    await fresh.ingest.ingestFolder(seeds.root);
    const prints = async (s: MemoryGraphStore) => {
      const f = await s.fingerprints();
      return Object.fromEntries(
        Object.entries(f).map(([k, m]) => [k, [...(m as Map<string, string>)].sort()]),
      );
    };
    expect(await prints(fresh.store)).toEqual(await prints(store));
    // A curated event keeps its status.
    const graph: GraphBatch = buildReviewedGraph(await readSources(seeds.root)).graph;
    const curated = graph.events.find((e) => e.id !== event?.id) as { id: string };
    expect(await review.statusOf(curated.id)).toBe('CURATED');
    expect(fingerprintOf(event as object)).toBeDefined();
  }, 60_000);

  it('re-extracting the same text keeps the proposal ids and their decisions', async () => {
    const { ingest, review } = services(seeds.root);
    await ingest.ingestFolder(seeds.root);
    const text = await readFile(path.join(FIXTURES, 'envoy-call.txt'), 'utf8');
    const first = await review.extractDocument({ text, publishedDate: '2025-10-05' });
    const event = first.proposals.find((p) => p.kind === 'EVENT') as { id: string };
    await review.decide([event.id], 'ACCEPTED');
    const again = await review.extractDocument({ text, publishedDate: '2025-10-05' });
    expect(ids(again.proposals)).toEqual(ids(first.proposals));
    expect(again.proposals.find((p) => p.id === event.id)?.status).toBe('ACCEPTED');
  }, 60_000);

  it('pages through events with pending ones merged by the same keyset, each once, in order', async () => {
    const { store, ingest, review } = services(seeds.root);
    await ingest.ingestFolder(seeds.root);
    const text = await readFile(path.join(FIXTURES, 'vilnius-prisoners.txt'), 'utf8');
    await review.extractDocument({ text, publishedDate: '2025-09-20' });
    const pending = await review.pending();
    expect(pending.events.length).toBeGreaterThan(2);
    const events = new EventsService(store, () => review.pending());
    const seen: { id: string; sortKey: string }[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const result: Page<EventRecord> = await events.list({ includePending: true }, { first: 7, after });
      seen.push(...result.edges.map((e) => e.node));
      total = result.totalCount;
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    const stored = await events.list({}, { first: 100 });
    expect(total).toBe(stored.totalCount + pending.events.length);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((e) => e.id)).size).toBe(total);
    expect(seen.map((e) => e.sortKey)).toEqual([...seen.map((e) => e.sortKey)].sort());
    const released = await events.list(
      { includePending: true, participantId: 'siarhei-tsikhanouski', from: '2025-06-01', to: '2025-06-30' },
      { first: 100 },
    );
    const june = pending.events.filter((e) => e.date === '2025-06').map((e) => e.id);
    expect(june).toHaveLength(1);
    expect(released.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(june));
  }, 60_000);

  it('an extraction killed between its files is completed before the next ingest: the server starts', async () => {
    const { ingest, review } = services(seeds.root);
    await ingest.ingestFolder(seeds.root);
    const before = await readSources(seeds.root);
    const text = await readFile(path.join(FIXTURES, 'envoy-call.txt'), 'utf8');
    // The kill the audit reproduced: after the document and its annotation, before the registry of new actors.
    const commitSourceWrites = sourceWriteSet.commitSourceWrites;
    const killed = jest
      .spyOn(sourceWriteSet, 'commitSourceWrites')
      .mockImplementation((root, set) => commitSourceWrites(root, set, killedAtSourceRename(3)));
    try {
      await expect(review.extractDocument({ text, publishedDate: '2025-10-05' })).rejects.toThrow(/killed/);
      expect(killed.mock.calls[0]?.[1].replace.map(({ file }) => file)).toEqual([
        expect.stringMatching(/^documents\//),
        expect.stringMatching(/^annotations\//),
        expect.stringMatching(/^registry\//),
      ]);
    } finally {
      killed.mockRestore();
    }

    // A restart: a new store, ingested from the folder as the kill left it.
    const restarted = services(seeds.root);
    await restarted.ingest.ingestFolder(seeds.root);
    const after = await readSources(seeds.root);
    const [extracted] = [...after.documents.keys()].filter((id) => !before.documents.has(id));
    expect(extracted).toMatch(/^extracted_/);
    const proposals = (await restarted.review.ledger()).proposals.filter((p) => p.documentId === extracted);
    expect(proposals.length).toBeGreaterThan(5);
    expect(await hiddenFilesOf(seeds.root)).toEqual([]);
  }, 60_000);

  it('a refused write leaves the folder as it was, without temporary files', async () => {
    const { ingest, review } = services(seeds.root);
    await ingest.ingestFolder(seeds.root);
    const before = await readSources(seeds.root);
    await expect(
      review.mergeActors('sviatlana-tsikhanouskaya', 'siarhei-tsikhanouski'),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await readSources(seeds.root)).toEqual(before);
    expect(await hiddenFilesOf(seeds.root)).toEqual([]);
  }, 60_000);

  it('refuses to merge a wife into her husband, and merges and renames through decision files', async () => {
    const { store, ingest, review } = services(seeds.root);
    await ingest.ingestFolder(seeds.root);
    await expect(
      review.mergeActors('sviatlana-tsikhanouskaya', 'siarhei-tsikhanouski'),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(review.mergeActors('nobody-at-all', 'belarus')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await review.renameActor('keith-kellogg', 'Keith Kellogg Jr.');
    const renamed = (await store.actorsByIds(['keith-kellogg']))[0];
    expect(renamed?.name).toBe('Keith Kellogg Jr.');
    expect(renamed?.aliases).toContain('Keith Kellogg');
    const decisions = await readFile(path.join(seeds.root, 'decisions', 'actor-decisions.yaml'), 'utf8');
    expect(decisions).toContain('Keith Kellogg Jr.');
  }, 60_000);
});
