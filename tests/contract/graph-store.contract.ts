import { SourceValidationError, StoreConstraintError } from '../../src/domain/errors';
import type { GraphBatch } from '../../src/domain/graph';
import { sliceByCodePoints } from '../../src/domain/text';
import { buildGraph } from '../../src/ingest/graph-builder';
import { readSources } from '../../src/ingest/source-files';
import type { GraphStore } from '../../src/ports/graph-store.port';
import { IngestService } from '../../src/services/ingest.service';
import { sampleGraph } from '../support/sample-graph';
import { copySeeds, SEEDS_ROOT } from '../support/seeds';

export interface StoreHandle {
  readonly store: GraphStore;
  /** Removes what this test created (a temp folder, the test's own data). */
  dispose(): Promise<void>;
}

const sortById = <T extends { id: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.id.localeCompare(b.id));
const countsOf = (batch: GraphBatch) => ({
  documents: batch.documents.length,
  actors: batch.actors.length,
  places: batch.places.length,
  events: batch.events.length,
  participations: batch.participations.length,
  statements: batch.statements.length,
  statementAbout: batch.statementAbout.length,
  ties: batch.ties.length,
  claims: batch.claims.length,
  evidence: batch.evidence.length,
});
const page = { after: null, limit: 10 };

/**
 * The behaviour every GraphStore adapter must have, written once and run against
 * each adapter through its factory. Each test gets a fresh, empty store.
 */
export function describeGraphStoreContract(name: string, open: () => Promise<StoreHandle>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let handle: StoreHandle;
    let store: GraphStore;

    beforeEach(async () => {
      handle = await open();
      store = handle.store;
      await store.initSchema();
    });
    afterEach(async () => {
      await handle.dispose();
    });

    describe('writing', () => {
      it('creates its schema idempotently and starts empty', async () => {
        await store.initSchema();
        expect(Object.values(await store.counts()).every((n) => n === 0)).toBe(true);
      });

      it('writes every record of a batch', async () => {
        const graph = sampleGraph();
        await store.writeGraph(graph);
        expect(await store.counts()).toEqual(countsOf(graph));
      });

      it('is idempotent: writing the same batch twice changes nothing', async () => {
        const graph = sampleGraph();
        await store.writeGraph(graph);
        const first = await store.actorsByIds(graph.actors.map((a) => a.id));
        await store.writeGraph(graph);
        expect(await store.counts()).toEqual(countsOf(graph));
        expect(sortById(await store.actorsByIds(graph.actors.map((a) => a.id)))).toEqual(sortById(first));
      });

      it('is atomic: a batch with a dangling reference writes nothing', async () => {
        const graph = sampleGraph();
        const broken: GraphBatch = {
          ...graph,
          participations: [
            ...graph.participations,
            {
              id: 'p-ghost',
              eventId: 'meeting',
              actorId: 'nobody',
              role: 'VISITOR',
              evidenceIds: ['ev-meeting'],
            },
          ],
        };
        await expect(store.writeGraph(broken)).rejects.toBeInstanceOf(StoreConstraintError);
        expect(Object.values(await store.counts()).every((n) => n === 0)).toBe(true);

        await store.writeGraph(graph);
        await expect(store.writeGraph({ ...broken, actors: [] })).rejects.toBeInstanceOf(
          StoreConstraintError,
        );
        expect(await store.counts()).toEqual(countsOf(graph));
      });
    });

    describe('reading', () => {
      const graph = sampleGraph();
      beforeEach(async () => {
        await store.writeGraph(graph);
      });

      it('returns records by id exactly as written, ignoring unknown and repeated ids', async () => {
        expect(sortById(await store.actorsByIds(['lukashenko', 'kellogg', 'lukashenko', 'ghost']))).toEqual(
          sortById(graph.actors.filter((a) => a.id === 'lukashenko' || a.id === 'kellogg')),
        );
        expect(await store.eventsByIds(['release'])).toEqual(graph.events.filter((e) => e.id === 'release'));
        expect(await store.statementsByIds(['st-sanctions'])).toEqual(graph.statements);
        expect(sortById(await store.documentsByIds(['doc-a', 'doc-b']))).toEqual(sortById(graph.documents));
        expect(sortById(await store.placesByIds(['minsk', 'belarus-country']))).toEqual(
          sortById(graph.places),
        );
        expect(sortById(await store.evidenceByIds(graph.evidence.map((e) => e.id)))).toEqual(
          sortById(graph.evidence),
        );
        expect(sortById(await store.claimsByIds(['claim-14', 'claim-20']))).toEqual(sortById(graph.claims));
        expect(await store.actorsByIds([])).toEqual([]);
      });

      it('finds actors by any spelling key, and nothing for an unknown one', async () => {
        expect(await store.actorIdsByNameKey('tykhanovsky')).toEqual(['tsikhanouski']);
        expect(await store.actorIdsByNameKey('svitlana tykhanovsky')).toEqual(['tsikhanouskaya']);
        expect(await store.actorIdsByNameKey('nobody at all')).toEqual([]);
      });

      it('pages actors by keyset with a total count', async () => {
        const first = await store.listActors({ kinds: [], nameContains: null, after: null, limit: 2 });
        expect(first.totalCount).toBe(5);
        expect(first.hasMore).toBe(true);
        expect(first.items.map((a) => a.id)).toEqual(['lukashenko', 'shraibman']);
        const rest = await store.listActors({
          kinds: [],
          nameContains: null,
          after: first.items[1]!.sortKey,
          limit: 10,
        });
        expect(rest.items.map((a) => a.id)).toEqual(['kellogg', 'tsikhanouski', 'tsikhanouskaya']);
        expect(rest.hasMore).toBe(false);
        const filtered = await store.listActors({ kinds: ['PERSON'], nameContains: 'tikhanov', ...page });
        expect(filtered.items.map((a) => a.id)).toEqual(['tsikhanouski', 'tsikhanouskaya']);
        expect((await store.listActors({ kinds: ['STATE'], nameContains: null, ...page })).totalCount).toBe(
          0,
        );
      });

      it('lists events by type, participant and overlapping date window, in date order', async () => {
        const all = await store.listEvents({ types: [], participantId: null, from: null, to: null, ...page });
        expect(all.items.map((e) => e.id)).toEqual(['release', 'meeting']);
        const meetings = await store.listEvents({
          types: ['MEETING'],
          participantId: 'kellogg',
          from: null,
          to: null,
          ...page,
        });
        expect(meetings.items.map((e) => e.id)).toEqual(['meeting']);
        expect(meetings.totalCount).toBe(1);
        const byLukashenko = await store.listEvents({
          types: [],
          participantId: 'lukashenko',
          from: null,
          to: null,
          ...page,
        });
        expect(byLukashenko.totalCount).toBe(2);
        // The month-precision release overlaps 30 June; the 21 June meeting does not.
        const late = await store.listEvents({
          types: [],
          participantId: null,
          from: '2025-06-25',
          to: '2025-07-31',
          ...page,
        });
        expect(late.items.map((e) => e.id)).toEqual(['release']);
        const second = await store.listEvents({
          types: [],
          participantId: null,
          from: null,
          to: null,
          after: all.items[0]!.sortKey,
          limit: 10,
        });
        expect(second.items.map((e) => e.id)).toEqual(['meeting']);
      });

      it('filters statements by speaker, subject and words', async () => {
        const bySpeaker = await store.listStatements({
          speakerId: 'shraibman',
          aboutId: null,
          text: null,
          ...page,
        });
        expect(bySpeaker.items.map((s) => s.id)).toEqual(['st-sanctions']);
        expect(
          (await store.listStatements({ speakerId: 'kellogg', aboutId: null, text: null, ...page }))
            .totalCount,
        ).toBe(0);
        const about = await store.listStatements({
          speakerId: null,
          aboutId: 'lukashenko',
          text: null,
          ...page,
        });
        expect(about.totalCount).toBe(1);
        const found = await store.listStatements({
          speakerId: null,
          aboutId: null,
          text: 'sanctions',
          ...page,
        });
        expect(found.items[0]?.id).toBe('st-sanctions');
        expect(
          (await store.listStatements({ speakerId: null, aboutId: null, text: 'zeppelin', ...page }))
            .totalCount,
        ).toBe(0);
      });

      it('follows relationships in batches', async () => {
        expect(sortById(await store.participationsByEventIds(['meeting']))).toEqual(
          sortById(graph.participations.filter((p) => p.eventId === 'meeting')),
        );
        expect(
          (await store.participationsByActorIds(['lukashenko', 'kellogg'])).map((p) => p.id).sort(),
        ).toEqual(['p-kellogg', 'p-lukashenko', 'p-releaser']);
        expect(await store.tiesByActorIds(['tsikhanouski'])).toEqual(graph.ties);
        expect(await store.tiesByActorIds(['tsikhanouski', 'tsikhanouskaya'])).toEqual(graph.ties);
        expect(await store.statementsBySpeakerIds(['shraibman'])).toEqual(graph.statements);
        expect(await store.statementsByEventIds(['meeting'])).toEqual(graph.statements);
        expect(await store.aboutByStatementIds(['st-sanctions'])).toEqual(graph.statementAbout);
        expect(await store.aboutByActorIds(['lukashenko'])).toEqual(graph.statementAbout);
        expect(sortById(await store.claimsBySubjectIds(['release']))).toEqual(sortById(graph.claims));
        expect(await store.claimsBySubjectIds(['meeting'])).toEqual([]);
      });

      it('lists documents and their evidence in text order, each quote matching its offsets', async () => {
        expect((await store.listDocuments()).map((d) => d.id)).toEqual(['doc-a', 'doc-b']);
        const spans = await store.evidenceByDocumentIds(['doc-a']);
        expect(spans.map((s) => s.start)).toEqual([...spans.map((s) => s.start)].sort((a, b) => a - b));
        const [docA] = await store.documentsByIds(['doc-a']);
        for (const span of spans)
          expect(sliceByCodePoints(docA!.text, span.start, span.end)).toBe(span.quote);
      });
    });

    describe('ingesting the real seeds', () => {
      it('stores every fact with verbatim evidence, and a second ingest changes nothing', async () => {
        const graph = buildGraph(await readSources(SEEDS_ROOT));
        const ingest = new IngestService(store);
        const first = await ingest.ingestGraph(graph);
        expect(first.after).toEqual(countsOf(graph));
        const documents = await store.listDocuments();
        expect(documents).toHaveLength(5);
        const spans = await store.evidenceByDocumentIds(documents.map((d) => d.id));
        expect(spans).toHaveLength(graph.evidence.length);
        const texts = new Map(documents.map((d) => [d.id, d.text]));
        for (const span of spans)
          expect(sliceByCodePoints(texts.get(span.documentId)!, span.start, span.end)).toBe(span.quote);
        const second = await ingest.ingestGraph(graph);
        expect(second.after).toEqual(first.after);
      });

      it('rejects a broken annotation naming file, record and field, and leaves the store as it was', async () => {
        const ingest = new IngestService(store);
        await ingest.ingestFolder(SEEDS_ROOT);
        const before = await store.counts();
        const seeds = await copySeeds();
        try {
          await seeds.edit('annotations/000_decbe18c32b19596.yaml', (text) =>
            text.replace(/actor: keith-kellogg/, 'actor: keith-kellog-typo'),
          );
          const error = await ingest.ingestFolder(seeds.root).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(SourceValidationError);
          const problems = (error as SourceValidationError).problems;
          expect(problems).toContainEqual(
            expect.objectContaining({
              file: expect.stringContaining('000_decbe18c32b19596.yaml'),
              field: expect.stringMatching(/actor$/),
              message: expect.stringContaining('keith-kellog-typo'),
            }),
          );
          expect(await store.counts()).toEqual(before);
        } finally {
          await seeds.remove();
        }
      });
    });
  });
}
