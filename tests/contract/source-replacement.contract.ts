import { rm } from 'node:fs/promises';
import path from 'node:path';
import { StoreConstraintError } from '../../src/domain/errors';
import type { GraphBatch } from '../../src/domain/graph';
import { countsOf, diffGraph, fingerprintOf, hasChanges, RECORD_KINDS } from '../../src/domain/graph-diff';
import { sliceByCodePoints } from '../../src/domain/text';
import { buildGraph } from '../../src/ingest/graph-builder';
import { readSources } from '../../src/ingest/source-files';
import type { GraphStore } from '../../src/ports/graph-store.port';
import { IngestService } from '../../src/services/ingest.service';
import { IntegrityService } from '../../src/services/integrity.service';
import type { StoreHandle } from './graph-store.contract';
import { sampleGraph } from '../support/sample-graph';
import { copySeeds, SEEDS_ROOT } from '../support/seeds';

const EDITED = '001_78f193878130a4b8';
const REMOVED = '002_170361ba76e6eca7';

/**
 * Sources are the truth, per document: after any ingest the store holds exactly
 * the graph the sources describe, whatever it held before. Run against every
 * store adapter, like the main contract.
 */
export function describeSourceReplacementContract(name: string, open: () => Promise<StoreHandle>): void {
  describe(`Sources replace what they no longer say: ${name}`, () => {
    let handle: StoreHandle;
    let store: GraphStore;
    let seeds: GraphBatch;

    beforeAll(async () => {
      seeds = buildGraph(await readSources(SEEDS_ROOT));
    });
    beforeEach(async () => {
      handle = await open();
      store = handle.store;
      await store.initSchema();
    });
    afterEach(async () => {
      await handle.dispose();
    });

    /** The store holds exactly `graph`, every span matching its text, nothing twice, every index there. */
    async function expectExactly(graph: GraphBatch): Promise<void> {
      expect(await store.counts()).toEqual(countsOf(graph));
      expect(hasChanges(diffGraph(graph, await store.fingerprints()))).toBe(false);
      expect((await new IntegrityService(store).verify(graph)).problems).toEqual([]);
    }

    it('stores every record with its fingerprint, and finds nothing to change in the same sources', async () => {
      expect((await store.schemaStatus()).missing).toEqual([]);
      const first = await new IngestService(store).ingestGraph(seeds);
      expect(first.changed).toBe(true);
      expect(first.changes.evidence).toEqual({
        created: seeds.evidence.length,
        updated: 0,
        removed: 0,
        unchanged: 0,
      });
      const stored = await store.fingerprints();
      for (const kind of RECORD_KINDS) expect(stored[kind].size).toBe(seeds[kind].length);
      const [actor] = seeds.actors;
      expect(stored.actors.get(actor!.id)).toBe(fingerprintOf(actor!));
      const again = await new IngestService(store).ingestGraph(seeds);
      expect(again.changed).toBe(false);
      expect(again.documents.every((d) => d.change === 'unchanged')).toBe(true);
      expect(again.changes.evidence.unchanged).toBe(seeds.evidence.length);
      await expectExactly(seeds);
    });

    it('replaces exactly what an edited document says: new offsets, nothing stale, nothing twice', async () => {
      const ingest = new IngestService(store);
      await ingest.ingestGraph(seeds);
      const copy = await copySeeds();
      try {
        await copy.edit(`documents/${EDITED}.txt`, (text) => `EDITOR NOTE: corrected. ${text}`);
        const edited = buildGraph(await readSources(copy.root));
        const summary = await ingest.ingestGraph(edited);
        expect(summary.changed).toBe(true);
        expect(summary.documents.find((d) => d.id === EDITED)?.change).toBe('updated');
        expect(summary.documents.filter((d) => d.change === 'unchanged')).toHaveLength(4);
        const shifted = edited.evidence.filter((span) => span.documentId === EDITED).length;
        expect(summary.changes.evidence).toMatchObject({ created: shifted, removed: shifted });
        await expectExactly(edited);
        // The full-text indexes followed the write: the edit's words are found.
        const hits = await store.searchText('editor corrected', 10);
        expect(hits.some((hit) => hit.kind === 'DOCUMENT' && hit.id === EDITED)).toBe(true);
        expect((await ingest.ingestGraph(edited)).changed).toBe(false);
      } finally {
        await copy.remove();
      }
    });

    it('removes a fact whose quote was removed, with its spans and links, and keeps the rest', async () => {
      const ingest = new IngestService(store);
      await ingest.ingestGraph(seeds);
      const statement = seeds.statements.find((s) =>
        seeds.statementAbout.some((a) => a.statementId === s.id),
      )!;
      // What the builder makes of the sources without that quote: its spans also leave the
      // evidence lists of the actors it names.
      const gone = new Set(statement.evidenceIds);
      const without: GraphBatch = {
        ...seeds,
        actors: seeds.actors.map((a) => ({ ...a, evidenceIds: a.evidenceIds.filter((id) => !gone.has(id)) })),
        statements: seeds.statements.filter((s) => s.id !== statement.id),
        statementAbout: seeds.statementAbout.filter((a) => a.statementId !== statement.id),
        evidence: seeds.evidence.filter((e) => !gone.has(e.id)),
      };
      const summary = await ingest.ingestGraph(without);
      expect(summary.changes.statements).toMatchObject({ removed: 1, created: 0 });
      expect(summary.changes.evidence.removed).toBe(statement.evidenceIds.length);
      expect(summary.changes.actors.updated).toBeGreaterThan(0);
      expect(await store.statementsByIds([statement.id])).toEqual([]);
      expect(await store.aboutByStatementIds([statement.id])).toEqual([]);
      await expectExactly(without);
    });

    it('removes a removed document and the facts only it supported, keeping facts other documents support', async () => {
      const ingest = new IngestService(store);
      await ingest.ingestGraph(seeds);
      const copy = await copySeeds();
      try {
        await rm(path.join(copy.root, 'documents', `${REMOVED}.txt`));
        await rm(path.join(copy.root, 'annotations', `${REMOVED}.yaml`));
        // The one actor only that document mentions leaves the registry with it.
        await copy.edit('registry/people.yaml', (text) =>
          text.replace(/ {2}- id: lukashenko-spokeswoman\n(?: {4}.*\n)+/, ''),
        );
        const reduced = buildGraph(await readSources(copy.root));
        const summary = await ingest.ingestGraph(reduced);
        expect(summary.removedDocuments).toEqual([REMOVED]);
        expect(await store.documentsByIds([REMOVED])).toEqual([]);
        expect(await store.evidenceByDocumentIds([REMOVED])).toEqual([]);
        expect(await store.actorsByIds(['lukashenko-spokeswoman'])).toEqual([]);
        // Lukashenko is still supported by the other documents, now only by them.
        const [lukashenko] = await store.actorsByIds(['alexander-lukashenko']);
        const spans = await store.evidenceByIds(lukashenko!.evidenceIds);
        expect(spans.length).toBeGreaterThan(0);
        expect(spans.every((span) => span.documentId !== REMOVED)).toBe(true);
        await expectExactly(reduced);
        // And putting the document back restores exactly the original graph.
        await ingest.ingestGraph(seeds);
        await expectExactly(seeds);
      } finally {
        await copy.remove();
      }
    });

    it('applies a change set all or nothing: a dangling reference changes nothing', async () => {
      await new IngestService(store).ingestGraph(seeds);
      const before = await store.fingerprints();
      const [statement] = seeds.statements;
      const broken: GraphBatch = {
        ...seeds,
        statements: seeds.statements.filter((s) => s.id !== statement!.id),
        participations: [
          ...seeds.participations,
          { ...seeds.participations[0]!, id: 'part:ghost', actorId: 'nobody-at-all' },
        ],
      };
      await expect(store.applyChanges(diffGraph(broken, before))).rejects.toBeInstanceOf(
        StoreConstraintError,
      );
      expect(await store.fingerprints()).toEqual(before);
      await expectExactly(seeds);
      // The store still takes writes afterwards (Kuzu rebuilds its full-text indexes after a failed write).
      const copy = await copySeeds();
      try {
        await copy.edit(`documents/${EDITED}.txt`, (text) => `EDITOR NOTE: corrected. ${text}`);
        const edited = buildGraph(await readSources(copy.root));
        await new IngestService(store).ingestGraph(edited);
        await expectExactly(edited);
        const texts = new Map((await store.listDocuments()).map((d) => [d.id, d.text]));
        for (const span of await store.evidenceByDocumentIds([EDITED])) {
          expect(sliceByCodePoints(texts.get(EDITED)!, span.start, span.end)).toBe(span.quote);
        }
      } finally {
        await copy.remove();
      }
    });

    it('updates a record of every kind in place, its own links rewritten from the new record', async () => {
      const graph = sampleGraph();
      await store.writeGraph(graph);
      const changed: GraphBatch = {
        ...graph,
        documents: graph.documents.map((d) =>
          d.id === 'doc-b' ? { ...d, authorActorId: 'tsikhanouskaya' } : d,
        ),
        actors: graph.actors.map((a) =>
          a.id === 'kellogg'
            ? {
                ...a,
                aliases: [...a.aliases, 'General Kellogg'],
                aliasKeys: ['keith kellogg', 'general kellogg'],
              }
            : a,
        ),
        places: graph.places.map((p) => (p.id === 'minsk' ? { ...p, countryId: null } : p)),
        events: graph.events.map((e) => (e.id === 'meeting' ? { ...e, placeId: 'belarus-country' } : e)),
        participations: graph.participations.map((p) =>
          p.id === 'p-kellogg' ? { ...p, roles: ['ENVOY' as const] } : p,
        ),
        statements: graph.statements.map((s) => ({ ...s, speakerId: 'kellogg', eventId: 'release' })),
        ties: graph.ties.map((t) => ({ ...t, role: 'spouse' })),
        claims: graph.claims.map((c) => (c.id === 'claim-14' ? { ...c, subjectId: 'meeting' } : c)),
      };
      const changes = diffGraph(changed, await store.fingerprints());
      for (const kind of [
        'documents',
        'actors',
        'places',
        'events',
        'participations',
        'statements',
        'ties',
        'claims',
      ] as const) {
        expect({ kind, updated: changes.summary[kind].updated }).toEqual({ kind, updated: 1 });
      }
      await store.applyChanges(changes);
      expect(hasChanges(diffGraph(changed, await store.fingerprints()))).toBe(false);
      expect(await store.counts()).toEqual(countsOf(changed));
      // Links owned by the updated records follow them: old ones gone, new ones there.
      expect((await store.statementsBySpeakerIds(['shraibman'])).map((s) => s.id)).toEqual([]);
      expect((await store.statementsBySpeakerIds(['kellogg'])).map((s) => s.id)).toEqual(['st-sanctions']);
      expect((await store.statementsByEventIds(['meeting'])).map((s) => s.id)).toEqual([]);
      expect((await store.statementsByEventIds(['release'])).map((s) => s.id)).toEqual(['st-sanctions']);
      expect((await store.claimsBySubjectIds(['meeting'])).map((c) => c.id)).toEqual(['claim-14']);
      expect((await store.claimsBySubjectIds(['release'])).map((c) => c.id)).toEqual(['claim-20']);
      expect(await store.actorIdsByNameKey('general kellogg')).toEqual(['kellogg']);
      expect(await store.actorIdsByNameKey('kellogg')).toEqual([]);
      const [minsk] = await store.placesByIds(['minsk']);
      expect(minsk?.countryId).toBeNull();
      const [participation] = (await store.participationsByActorIds(['kellogg'])).filter(
        (p) => p.eventId === 'meeting',
      );
      expect(participation?.roles).toEqual(['ENVOY']);
      expect((await new IntegrityService(store).verify(changed)).problems).toEqual([]);
    });

    it('gives the graph a new version at every write, and the same version while nothing is written', async () => {
      expect(await store.graphVersion()).toBeNull();
      await new IngestService(store).ingestGraph(seeds);
      const first = await store.graphVersion();
      expect(first).toEqual(expect.any(String));
      await new IngestService(store).ingestGraph(seeds);
      expect(await store.graphVersion()).toBe(first);
      await store.writeGraph(seeds);
      expect(await store.graphVersion()).not.toBe(first);
    });
  });
}
