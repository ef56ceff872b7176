import { SourceValidationError, StoreConstraintError } from '../../src/domain/errors';
import {
  actorSummary,
  eventSummary,
  tieSortKey,
  type GraphBatch,
  type GraphPath,
  type TieRecord,
} from '../../src/domain/graph';
import { tieInWindow } from '../../src/domain/time-window';
import type { TieType } from '../../src/domain/vocabulary';
import { countsOf, diffGraph, emptyBatch } from '../../src/domain/graph-diff';
import { actorSortKey, nameKey, sliceByCodePoints } from '../../src/domain/text';
import { buildGraph } from '../../src/ingest/graph-builder';
import { readSources } from '../../src/ingest/source-files';
import type {
  AliasLinkRecord,
  EventListQuery,
  GraphStore,
  TextHitRecord,
} from '../../src/ports/graph-store.port';
import { CentralityService } from '../../src/services/centrality.service';
import { IngestService } from '../../src/services/ingest.service';
import { SearchService } from '../../src/services/search.service';
import { StatsService } from '../../src/services/stats.service';
import { sampleGraph } from '../support/sample-graph';
import { copySeeds, SEEDS_ROOT } from '../support/seeds';

export interface StoreHandle {
  readonly store: GraphStore;
  /** Removes what this test created (a temp folder, the test's own data). */
  dispose(): Promise<void>;
}

const sortById = <T extends { id: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.id.localeCompare(b.id));
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
              roles: ['VISITOR'],
              evidenceIds: ['ev-meeting'],
              documentIds: ['doc-a'],
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

    describe('writing into an empty store, then again', () => {
      // Kuzu loads an empty store in bulk and updates one with data by MERGE:
      // both must store the same records.
      const everything = async (graph: GraphBatch) => {
        const actorIds = graph.actors.map((a) => a.id);
        const eventIds = graph.events.map((e) => e.id);
        const statementIds = graph.statements.map((s) => s.id);
        return {
          counts: await store.counts(),
          documents: sortById(await store.documentsByIds(graph.documents.map((d) => d.id))),
          actors: sortById(await store.actorsByIds(actorIds)),
          places: sortById(await store.placesByIds(graph.places.map((p) => p.id))),
          events: sortById(await store.eventsByIds(eventIds)),
          participations: sortById(await store.participationsByEventIds(eventIds)),
          ties: sortById(await store.tiesByActorIds(actorIds)),
          statements: sortById(await store.statementsByIds(statementIds)),
          about: await store.aboutByStatementIds(statementIds),
          claims: sortById(await store.claimsByIds(graph.claims.map((c) => c.id))),
          evidence: sortById(await store.evidenceByIds(graph.evidence.map((e) => e.id))),
          aliasLinks: (await store.aliasLinks()).map(({ key, actorId }) => `${key} -> ${actorId}`).sort(),
        };
      };

      it('stores a batch exactly, one spelling naming two actors, and a second write changes nothing', async () => {
        const sample = sampleGraph();
        // "tikhanovsky" is a spelling of both Tsikhanouski and Tsikhanouskaya.
        const graph: GraphBatch = {
          ...sample,
          actors: sample.actors.map((a) =>
            a.id === 'tsikhanouskaya' ? { ...a, aliasKeys: [...a.aliasKeys, 'tikhanovsky'] } : a,
          ),
        };
        await store.writeGraph(graph);
        const first = await everything(graph);
        expect(first.counts).toEqual(countsOf(graph));
        expect(first.documents).toEqual(sortById(graph.documents));
        expect(first.actors).toEqual(sortById(graph.actors));
        expect(first.places).toEqual(sortById(graph.places));
        expect(first.events).toEqual(sortById(graph.events));
        expect(first.participations).toEqual(sortById(graph.participations));
        expect(first.ties).toEqual(sortById(graph.ties));
        expect(first.statements).toEqual(sortById(graph.statements));
        expect(first.about).toEqual(graph.statementAbout);
        expect(first.claims).toEqual(sortById(graph.claims));
        expect(first.evidence).toEqual(sortById(graph.evidence));
        expect(first.aliasLinks).toEqual(
          graph.actors.flatMap((a) => a.aliasKeys.map((key) => `${key} -> ${a.id}`)).sort(),
        );
        expect(first.aliasLinks).toContain('tikhanovsky -> tsikhanouskaya');
        expect(await store.actorIdsByNameKey('tikhanovsky')).toHaveLength(2);

        await store.writeGraph(graph);
        expect(await everything(graph)).toEqual(first);
      });

      /** The sample graph in three chunks, each linking only to records of its own or earlier chunks. */
      const inChunks = (graph: GraphBatch): GraphBatch[] => {
        const none = emptyBatch();
        const [firstEvent, ...otherEvents] = graph.events;
        const ofEvents = (ids: readonly string[]) =>
          graph.participations.filter((p) => ids.includes(p.eventId));
        return [
          {
            ...none,
            documents: graph.documents,
            actors: graph.actors,
            places: graph.places,
            evidence: graph.evidence,
          },
          { ...none, events: [firstEvent!], participations: ofEvents([firstEvent!.id]) },
          {
            ...graph,
            documents: [],
            actors: [],
            places: [],
            evidence: [],
            events: otherEvents,
            participations: ofEvents(otherEvents.map((e) => e.id)),
          },
        ];
      };
      async function* produced(chunks: readonly GraphBatch[], failure?: Error): AsyncGenerator<GraphBatch> {
        for (const chunk of chunks) {
          // Produced as the write reads them, not all there at the start.
          await new Promise((resolve) => setImmediate(resolve));
          yield chunk;
        }
        if (failure) throw failure;
      }

      it('writes a graph given in chunks as one write of the whole, into an empty store and one with data', async () => {
        const graph = sampleGraph();
        await store.writeGraphChunks(produced(inChunks(graph)));
        const first = await everything(graph);
        expect(first.counts).toEqual(countsOf(graph));
        expect(first.actors).toEqual(sortById(graph.actors));
        expect(first.events).toEqual(sortById(graph.events));
        expect(first.participations).toEqual(sortById(graph.participations));
        expect(first.evidence).toEqual(sortById(graph.evidence));
        expect(first.about).toEqual(graph.statementAbout);
        expect(first.aliasLinks).toEqual(
          graph.actors.flatMap((a) => a.aliasKeys.map((key) => `${key} -> ${a.id}`)).sort(),
        );
        // A participant's page reads the copies of its events' keys the load gave its participations.
        const query: EventListQuery = {
          types: [],
          participantId: 'lukashenko',
          from: null,
          to: null,
          ...page,
        };
        expect((await store.listEvents(query)).items.map((e) => e.id)).toEqual(
          sortById(graph.events)
            .filter((e) => graph.participations.some((p) => p.eventId === e.id && p.actorId === 'lukashenko'))
            .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
            .map((e) => e.id),
        );

        // Again, into the store that now holds it (in-memory chunks this time): nothing changes.
        await store.writeGraphChunks(inChunks(graph));
        expect(await everything(graph)).toEqual(first);
      });

      it('writes nothing of a chunked graph when a chunk dangles or its source fails midway', async () => {
        const graph = sampleGraph();
        const chunks = inChunks(graph);
        const ghost = { ...graph.participations[0]!, id: 'p-ghost', actorId: 'nobody' };
        const dangling = [...chunks, { ...chunks[1]!, events: [], participations: [ghost] }];
        await expect(store.writeGraphChunks(produced(dangling))).rejects.toBeInstanceOf(StoreConstraintError);
        expect(Object.values(await store.counts()).every((n) => n === 0)).toBe(true);
        const broken = new Error('the source broke off');
        await expect(store.writeGraphChunks(produced(chunks.slice(0, 2), broken))).rejects.toBe(broken);
        expect(Object.values(await store.counts()).every((n) => n === 0)).toBe(true);

        // After that, the store takes the graph, and a failing update of it changes nothing.
        await store.writeGraphChunks(produced(chunks));
        const before = await everything(graph);
        const renamed = { ...graph.actors[0]!, description: 'changed by a write that fails' };
        const update = [{ ...chunks[0]!, actors: [renamed], documents: [], places: [], evidence: [] }];
        await expect(store.writeGraphChunks(produced(update, broken))).rejects.toBe(broken);
        await expect(store.writeGraphChunks(produced([...update, dangling[3]!]))).rejects.toBeInstanceOf(
          StoreConstraintError,
        );
        expect(await everything(graph)).toEqual(before);
      });

      it('links a new spelling to every actor it names when a store with data takes it', async () => {
        const sample = sampleGraph();
        await store.writeGraph(sample);
        // Into a store with data: the update path, not the bulk load. One new key names
        // two actors, another only one, and every actor's existing keys stay.
        const spelled: GraphBatch = {
          ...sample,
          actors: sample.actors.map((a) =>
            a.id === 'tsikhanouskaya' || a.id === 'tsikhanouski'
              ? { ...a, aliasKeys: [...a.aliasKeys, 'tsikhanovskiy', `only ${a.id}`] }
              : a,
          ),
        };
        await store.writeGraph(spelled);
        const stored = await everything(spelled);
        expect(stored.aliasLinks).toEqual(
          spelled.actors.flatMap((a) => a.aliasKeys.map((key) => `${key} -> ${a.id}`)).sort(),
        );
        expect((await store.actorIdsByNameKey('tsikhanovskiy')).sort()).toEqual([
          'tsikhanouskaya',
          'tsikhanouski',
        ]);
        expect(stored.counts).toEqual(countsOf(spelled));
        await store.writeGraph(spelled);
        expect(await everything(spelled)).toEqual(stored);
      });

      // Kuzu types a parameter list from its first element: a null or an empty list
      // there, or integers mixed with fractions, must not lose or corrupt values; and
      // its bulk load cuts columns at control characters, which text may still hold.
      const awkward = (): GraphBatch => {
        const graph = sampleGraph();
        const [claim] = graph.claims;
        const claims = [
          { ...claim!, id: 'claim-open', value: 'some', minimum: null, maximum: null },
          { ...claim!, id: 'claim-int', value: '14', minimum: 14, maximum: 14 },
          { ...claim!, id: 'claim-frac', value: '2.5 million', minimum: 2.5, maximum: 2.5 },
          { ...claim!, id: 'claim-range', value: '1 to 1.5', minimum: 1, maximum: 1.5 },
        ];
        const [actor, ...actors] = graph.actors;
        return {
          ...graph,
          actors: [
            { ...actor!, description: 'unit\u001fseparator', aliases: [...actor!.aliases, 'a\u001eb\u001d'] },
            ...actors,
          ],
          places: [{ ...graph.places[0]!, aliases: [] }, ...graph.places.slice(1)],
          claims,
        };
      };

      it.each([
        ['an empty store', false],
        ['a store with data', true],
      ])(
        'stores nulls, empty lists, numbers and control characters exactly in %s',
        async (_where, seeded) => {
          if (seeded) await store.writeGraph(sampleGraph());
          const graph = awkward();
          await store.writeGraph(graph);
          expect(sortById(await store.claimsByIds(graph.claims.map((c) => c.id)))).toEqual(
            sortById(graph.claims),
          );
          expect(sortById(await store.placesByIds(graph.places.map((p) => p.id)))).toEqual(
            sortById(graph.places),
          );
          expect(sortById(await store.actorsByIds(graph.actors.map((a) => a.id)))).toEqual(
            sortById(graph.actors),
          );
        },
      );

      const dangling: [string, (graph: GraphBatch) => GraphBatch][] = [
        ['a tie to an unknown actor', (g) => ({ ...g, ties: [{ ...g.ties[0]!, targetId: 'nobody' }] })],
        [
          'a claim about an unknown actor',
          (g) => ({ ...g, claims: [...g.claims, { ...g.claims[0]!, id: 'c-x', subjectKind: 'ACTOR' }] }),
        ],
        [
          'evidence in an unknown document',
          (g) => ({ ...g, evidence: [{ ...g.evidence[0]!, documentId: 'x' }] }),
        ],
        [
          'a statement about an unknown actor',
          (g) => ({ ...g, statementAbout: [{ statementId: 'st-sanctions', actorId: 'nobody' }] }),
        ],
      ];
      it.each(dangling)('refuses %s in an empty store and leaves it empty', async (_what, breakIt) => {
        await expect(store.writeGraph(breakIt(sampleGraph()))).rejects.toBeInstanceOf(StoreConstraintError);
        expect(Object.values(await store.counts()).every((n) => n === 0)).toBe(true);
        expect(await store.aliasLinks()).toEqual([]);
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

      it("pages an actor's ties in both directions by type then id, with types, asOf and a count", async () => {
        const template = graph.ties[0]!;
        const tie = (id: string, fields: Partial<TieRecord>): TieRecord => ({ ...template, id, ...fields });
        const ties = [
          template,
          tie('t-member', { sourceId: 'lukashenko', targetId: 'kellogg', type: 'MEMBER_OF', role: null }),
          tie('t-ally-a', { sourceId: 'kellogg', targetId: 'lukashenko', type: 'ALLY_OF', since: '2025' }),
          tie('t-ally-b', {
            sourceId: 'lukashenko',
            targetId: 'shraibman',
            type: 'ALLY_OF',
            until: '2025-05',
          }),
          tie('t-ally-c', {
            sourceId: 'tsikhanouski',
            targetId: 'lukashenko',
            type: 'ALLY_OF',
            since: '2025-06-21',
          }),
          tie('t-former', {
            sourceId: 'lukashenko',
            targetId: 'tsikhanouskaya',
            type: 'OPPOSES',
            former: true,
          }),
          tie('t-dated', {
            sourceId: 'lukashenko',
            targetId: 'tsikhanouskaya',
            type: 'OPPOSES',
            since: '2020-08',
            until: '2025-06-20',
          }),
        ];
        await store.writeGraph({ ...graph, ties });
        const ofLukashenko = ties.filter((t) => t.sourceId === 'lukashenko' || t.targetId === 'lukashenko');
        for (const types of [[], ['ALLY_OF'], ['ALLY_OF', 'OPPOSES']] as TieType[][]) {
          for (const asOf of [null, '2024-12-31', '2025-05-31', '2025-06-01', '2025-06-20', '2025-06-21']) {
            const expected = ofLukashenko
              .filter((t) => types.length === 0 || types.includes(t.type))
              .filter((t) => tieInWindow(t, { from: asOf, to: asOf }))
              .sort((a, b) => (tieSortKey(a) < tieSortKey(b) ? -1 : 1));
            const seen: TieRecord[] = [];
            let after: string | null = null;
            for (let pages = 0; pages < 10; pages++) {
              const page = await store.listTies({ actorId: 'lukashenko', types, asOf, after, limit: 2 });
              expect({ types, asOf, total: page.totalCount }).toEqual({
                types,
                asOf,
                total: expected.length,
              });
              seen.push(...page.items);
              if (!page.hasMore) break;
              after = tieSortKey(page.items.at(-1)!);
            }
            expect({ types, asOf, seen }).toEqual({ types, asOf, seen: expected });
          }
        }
        expect(sortById(await store.tiesByIds(['t-ally-a', 'tie-spouse', 'ghost']))).toEqual(
          sortById(ties.filter((t) => t.id === 't-ally-a' || t.id === 'tie-spouse')),
        );
        const none = await store.listTies({ actorId: 'ghost', types: [], asOf: null, after: null, limit: 5 });
        expect(none).toEqual({ items: [], hasMore: false, totalCount: 0 });
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

      it('lists a name before the longer names it begins, page by page', async () => {
        const template = graph.actors.find((a) => a.id === 'shraibman')!;
        const named = (id: string, name: string) => ({
          ...template,
          id,
          name,
          kind: 'STATE' as const,
          aliases: [name],
          aliasKeys: [nameKey(name)],
          sortKey: actorSortKey(name, id),
        });
        await store.writeGraph({
          ...graph,
          actors: [
            ...graph.actors,
            named('belarusian-opposition', 'Belarusian opposition'),
            named('belarus', 'Belarus'),
            named('belarus-air', 'Belarus air defence'),
          ],
        });
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const slice = await store.listActors({ kinds: ['STATE'], nameContains: null, after, limit: 1 });
          seen.push(...slice.items.map((a) => a.id));
          if (!slice.hasMore) break;
          after = slice.items[0]!.sortKey;
        }
        expect(seen).toEqual(['belarus', 'belarus-air', 'belarusian-opposition']);
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

      it("lists a participant's events by their current date and type after an event changes", async () => {
        // Stores may keep an event's keys with its participations (Kuzu does): both
        // write paths must move them with the event, the participations unchanged.
        const graph = sampleGraph();
        const moved = graph.events.map((event) =>
          event.id === 'meeting'
            ? {
                ...event,
                type: 'VISIT' as const,
                date: '2025-07-02',
                dateStart: '2025-07-02',
                dateEnd: '2025-07-02',
                sortKey: '2025-07-02|meeting',
              }
            : event,
        );
        const changed = { ...graph, events: moved };
        const lukashenko = { types: [], participantId: 'lukashenko', from: null, to: null };
        const listed = async (query: Partial<EventListQuery> = {}) => {
          const slice = await store.listEvents({ ...lukashenko, ...page, ...query });
          return { ids: slice.items.map((e) => e.id), total: slice.totalCount };
        };
        const expectMoved = async () => {
          expect(await listed()).toEqual({ ids: ['release', 'meeting'], total: 2 });
          expect(await listed({ from: '2025-07-01' })).toEqual({ ids: ['meeting'], total: 1 });
          expect(await listed({ to: '2025-06-25' })).toEqual({ ids: ['release'], total: 1 });
          expect(await listed({ types: ['MEETING'] })).toEqual({ ids: [], total: 0 });
          expect(await listed({ types: ['VISIT'] })).toEqual({ ids: ['meeting'], total: 1 });
          expect((await listed({ after: '2025-06-01|release' })).ids).toEqual(['meeting']);
        };

        await store.writeGraph(graph);
        const diff = diffGraph(changed, await store.fingerprints());
        expect(diff.summary.events.updated).toBe(1);
        expect(diff.summary.participations.updated).toBe(0);
        await store.applyChanges(diff);
        await expectMoved();

        await store.writeGraph(graph);
        await store.writeGraph(changed);
        await expectMoved();
      });

      it('finds words that typographic punctuation joins to their neighbours', async () => {
        // Articles quote with ’ “ ” « », and dash with — and …: a word beside one
        // is still a word. Kuzu splits only on ASCII punctuation unless told.
        const graph = sampleGraph();
        const texts: Record<string, string> = {
          'st-possessive': 'Tikhanovsky’s wife spoke in Vilnius.',
          'st-quoted': 'He called it “Lukashenko’s game” again.',
          'st-dashed': 'The envoy—Kellogg—arrived; then «Minsk» answered…',
        };
        const statements = Object.entries(texts).map(([id, text], index) => ({
          ...(graph.statements[0] as (typeof graph.statements)[number]),
          id,
          text,
          eventId: null,
          sortKey: `doc-a|0000100${index}`,
          evidenceIds: [],
        }));
        await store.writeGraph({ ...graph, statements: [...graph.statements, ...statements] });
        const found = async (text: string) =>
          (await store.listStatements({ speakerId: null, aboutId: null, text, ...page })).items
            .map((s) => s.id)
            .sort();
        expect(await found('Tikhanovsky')).toEqual(['st-possessive']);
        expect(await found('Lukashenko')).toEqual(['st-quoted']);
        expect(await found('game')).toEqual(['st-quoted']);
        expect(await found('Kellogg')).toEqual(['st-dashed']);
        expect(await found('envoy')).toEqual(['st-dashed']);
        expect(await found('Minsk')).toEqual(['st-dashed']);
        expect(await found('answered')).toEqual(['st-dashed']);
        // A query's own punctuation is not part of its words.
        expect(await found('“Kellogg”')).toEqual(['st-dashed']);
        expect(await found('«Minsk»,')).toEqual(['st-dashed']);
        // Nothing but punctuation: no word to find.
        expect(await found('“…”')).toEqual([]);
        const hits = await store.searchText('Kellogg Vilnius', 10);
        expect(
          hits
            .filter((hit) => hit.kind === 'STATEMENT')
            .map((hit) => hit.id)
            .sort(),
        ).toEqual(['st-dashed', 'st-possessive']);
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

      it('pages claims by property, subject, document and attributed source, with a total count', async () => {
        const none = { property: null, subjectId: null, documentId: null, attributedToId: null };
        const all = await store.listClaims({ ...none, ...page });
        expect(all.items).toEqual(sortById(graph.claims));
        expect(all.totalCount).toBe(2);
        const released = await store.listClaims({
          ...none,
          property: 'PRISONERS_RELEASED',
          subjectId: 'release',
          ...page,
        });
        // Disagreeing figures stay side by side, each with the source's own wording.
        expect(released.items.map((c) => [c.value, c.wording])).toEqual([
          ['14', 'prisoners released'],
          ['about 20', 'prisoners walked free'],
        ]);
        const attributed = await store.listClaims({ ...none, attributedToId: 'shraibman', ...page });
        expect(attributed.items.map((c) => c.id)).toEqual(['claim-20']);
        expect(attributed.totalCount).toBe(1);
        expect(
          (await store.listClaims({ ...none, documentId: 'doc-a', ...page })).items.map((c) => c.id),
        ).toEqual(['claim-14']);
        expect((await store.listClaims({ ...none, property: 'CHARGE', ...page })).totalCount).toBe(0);
        const first = await store.listClaims({ ...none, after: null, limit: 1 });
        expect(first).toMatchObject({ hasMore: true, totalCount: 2 });
        const second = await store.listClaims({ ...none, after: first.items[0]!.id, limit: 1 });
        expect(second.items.map((c) => c.id)).toEqual(['claim-20']);
        expect(second.hasMore).toBe(false);
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

    describe('paths and bounded expansion', () => {
      const graph = sampleGraph();
      beforeEach(async () => {
        await store.writeGraph(graph);
      });
      const ids = (path: { steps: readonly GraphPath['steps'][number][] }) =>
        path.steps.map((s) => (s.kind === 'TIE' ? s.tie.id : s.participation.id));

      it('finds every shortest path through ties and shared events, in any direction', async () => {
        const paths = await store.findPaths({
          fromId: 'tsikhanouskaya',
          toId: 'kellogg',
          maxHops: 6,
          limit: 10,
          mode: 'ALL_SHORTEST',
        });
        expect(paths).toHaveLength(1);
        const [path] = paths;
        expect(path!.nodes.map((n) => `${n.kind}:${n.id}`)).toEqual([
          'ACTOR:tsikhanouskaya',
          'ACTOR:tsikhanouski',
          'EVENT:release',
          'ACTOR:lukashenko',
          'EVENT:meeting',
          'ACTOR:kellogg',
        ]);
        expect(ids(path!)).toEqual(['tie-spouse', 'p-released', 'p-releaser', 'p-lukashenko', 'p-kellogg']);
        const tie = path!.steps[0];
        expect(tie).toEqual({ kind: 'TIE', tie: graph.ties[0] });
        expect(path!.steps[1]).toEqual({ kind: 'PARTICIPATION', participation: graph.participations[2] });
      });

      it('returns no path beyond the hop bound, and simple paths shortest first', async () => {
        expect(
          await store.findPaths({
            fromId: 'tsikhanouskaya',
            toId: 'kellogg',
            maxHops: 4,
            limit: 10,
            mode: 'ALL_SHORTEST',
          }),
        ).toEqual([]);
        const simple = await store.findPaths({
          fromId: 'lukashenko',
          toId: 'kellogg',
          maxHops: 4,
          limit: 10,
          mode: 'SIMPLE',
        });
        expect(simple.map((p) => p.steps.length)).toEqual([2]);
        expect(
          await store.findPaths({
            fromId: 'shraibman',
            toId: 'kellogg',
            maxHops: 6,
            limit: 10,
            mode: 'SIMPLE',
          }),
        ).toEqual([]);
      });

      it('bounds expansion from actors and events, each participation with its far end', async () => {
        expect(await store.participationsWithEventsByActorIds(['lukashenko'], 1)).toHaveLength(1);
        const fromActor = await store.participationsWithEventsByActorIds(['lukashenko'], 10);
        expect(fromActor).toHaveLength(2);
        const eventsById = new Map(graph.events.map((e) => [e.id, e] as const));
        for (const { participation, event } of fromActor) {
          expect(participation.actorId).toBe('lukashenko');
          expect(event).toEqual(eventSummary(eventsById.get(participation.eventId)!));
        }
        const fromEvents = await store.participationsWithActorsByEventIds(['meeting', 'release'], 10);
        expect(fromEvents.map((p) => p.participation.id).sort()).toEqual([
          'p-kellogg',
          'p-lukashenko',
          'p-released',
          'p-releaser',
        ]);
        const actorsById = new Map(graph.actors.map((a) => [a.id, a] as const));
        for (const { participation, actor } of fromEvents) {
          expect(actor).toEqual(actorSummary(actorsById.get(participation.actorId)!));
        }
        expect(await store.participationsWithActorsByEventIds([], 10)).toEqual([]);
      });

      it('bounds expansion along ties from either end, each tie with its far end', async () => {
        const spouse = graph.ties[0]!;
        const actorsById = new Map(graph.actors.map((a) => [a.id, a] as const));
        // The tie runs from Tsikhanouskaya to Tsikhanouski: each end reaches the other.
        // The far end comes as a summary: what a drawn subgraph needs, no more.
        const summaryOf = (id: string) => actorSummary(actorsById.get(id)!);
        expect(await store.tiesWithActorsByActorIds(['tsikhanouski'], 5)).toEqual([
          { tie: spouse, actor: summaryOf('tsikhanouskaya') },
        ]);
        expect(await store.tiesWithActorsByActorIds(['tsikhanouskaya'], 5)).toEqual([
          { tie: spouse, actor: summaryOf('tsikhanouski') },
        ]);
        const both = await store.tiesWithActorsByActorIds(['tsikhanouski', 'tsikhanouskaya'], 5);
        expect(both.map(({ actor }) => actor.id).sort()).toEqual(['tsikhanouskaya', 'tsikhanouski']);
        expect(await store.tiesWithActorsByActorIds(['tsikhanouski', 'tsikhanouskaya'], 0)).toEqual([]);
        expect(await store.tiesWithActorsByActorIds(['kellogg'], 5)).toEqual([]);
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

      it('lists undated events only when the window is open or they are asked for, and counts them', async () => {
        const graph = buildGraph(await readSources(SEEDS_ROOT));
        await new IngestService(store).ingestGraph(graph);
        const undatedIds = graph.events
          .filter((e) => e.dateStart === null)
          .map((e) => e.id)
          .sort();
        expect(undatedIds.length).toBeGreaterThan(0);
        const base = { types: [], participantId: null, after: null, limit: 100 };
        const window = { from: '2025-01-01', to: '2025-12-31' };
        const inYear = graph.events.filter(
          (e) => e.dateStart !== null && e.dateStart <= window.to && e.dateEnd! >= window.from,
        );
        const excluded = await store.listEvents({ ...base, ...window });
        expect(excluded.totalCount).toBe(inYear.length);
        const only = await store.listEvents({ ...base, ...window, undated: 'ONLY' });
        expect(only.items.map((e) => e.id).sort()).toEqual(undatedIds);
        expect(only.totalCount).toBe(undatedIds.length);
        const included = await store.listEvents({ ...base, ...window, undated: 'INCLUDE' });
        expect(included.totalCount).toBe(inYear.length + undatedIds.length);
        // Undated events sort last, after the dated ones.
        expect(
          included.items
            .slice(inYear.length)
            .map((e) => e.id)
            .sort(),
        ).toEqual(undatedIds);
        const open = await store.listEvents({ ...base, from: null, to: null });
        expect(open.totalCount).toBe(graph.events.length);
        const lukashenko = await store.listEvents({
          ...base,
          ...window,
          participantId: 'alexander-lukashenko',
          undated: 'ONLY',
        });
        expect(lukashenko.items.every((e) => e.dateStart === null)).toBe(true);
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

    describe('search, centrality and stats', () => {
      const graph = sampleGraph();
      const hitIds = (hits: readonly TextHitRecord[], kind: TextHitRecord['kind']) =>
        hits.filter((hit) => hit.kind === kind).map((hit) => hit.id);

      describe('over the sample graph', () => {
        beforeEach(async () => {
          await store.writeGraph(graph);
        });

        it('finds words in statements, event titles and descriptions, and documents', async () => {
          const sanctions = await store.searchText('sanctions', 10);
          expect(hitIds(sanctions, 'STATEMENT')[0]).toBe('st-sanctions');
          expect(hitIds(sanctions, 'DOCUMENT')).toContain('doc-a');
          // Stemmed: "released" finds the title "Prisoners released" and the description "The June release".
          const released = await store.searchText('released', 10);
          expect(hitIds(released, 'EVENT')[0]).toBe('release');
          const prisoners = await store.searchText('prisoners', 10);
          expect(hitIds(prisoners, 'DOCUMENT').sort()).toEqual(['doc-a', 'doc-b']);
          const lukashenko = await store.searchText('lukashenko', 10);
          expect(hitIds(lukashenko, 'EVENT')).toEqual(['meeting']);
          expect(lukashenko.every((hit) => hit.kind !== ('ACTOR' as string))).toBe(true);
          for (const hit of [...sanctions, ...released, ...prisoners, ...lukashenko]) {
            expect(hit.score).toBeGreaterThan(0);
          }
          expect(await store.searchText('zeppelin', 10)).toEqual([]);
        });

        it('returns at most `limit` hits of each kind', async () => {
          const hits = await store.searchText('prisoners freed walked', 1);
          for (const kind of ['STATEMENT', 'EVENT', 'DOCUMENT'] as const) {
            expect(hitIds(hits, kind).length).toBeLessThanOrEqual(1);
          }
          expect(hitIds(hits, 'DOCUMENT')).toHaveLength(1);
        });

        it('lists every alias link, and counts them; links are only ever added', async () => {
          const expected = graph.actors.flatMap((a) => a.aliasKeys.map((key) => ({ key, actorId: a.id })));
          const byKey = (a: AliasLinkRecord, b: AliasLinkRecord) =>
            a.key.localeCompare(b.key) || a.actorId.localeCompare(b.actorId);
          expect([...(await store.aliasLinks())].sort(byKey)).toEqual([...expected].sort(byKey));
          expect(await store.countAliasLinks()).toBe(expected.length);
          await store.writeGraph(graph);
          expect(await store.countAliasLinks()).toBe(expected.length);
          const kellogg = graph.actors.find((a) => a.id === 'kellogg')!;
          await store.writeGraph({
            ...graph,
            actors: [
              {
                ...kellogg,
                aliases: [...kellogg.aliases, 'Kelloggs'],
                aliasKeys: [...kellogg.aliasKeys, 'kelloggs'],
              },
            ],
          });
          expect(await store.countAliasLinks()).toBe(expected.length + 1);
          expect(await store.aliasLinks()).toContainEqual({ key: 'kelloggs', actorId: 'kellogg' });
        });

        it('returns the actor graph as unordered pairs with shared events and ties', async () => {
          expect(await store.actorGraphEdges()).toEqual([
            { sourceId: 'kellogg', targetId: 'lukashenko', events: 1, ties: 0 },
            { sourceId: 'lukashenko', targetId: 'tsikhanouski', events: 1, ties: 0 },
            { sourceId: 'tsikhanouskaya', targetId: 'tsikhanouski', events: 0, ties: 1 },
          ]);
        });

        it('counts events by type, actors by kind, and what each document supports', async () => {
          expect(await store.graphStats()).toEqual({
            eventTypes: [
              { key: 'MEETING', count: 1 },
              { key: 'RELEASE', count: 1 },
            ],
            actorKinds: [{ key: 'PERSON', count: 5 }],
            documents: [
              {
                documentId: 'doc-a',
                events: 1,
                participations: 0,
                statements: 1,
                ties: 0,
                claims: 1,
                evidence: 4,
              },
              {
                documentId: 'doc-b',
                events: 1,
                participations: 0,
                statements: 0,
                ties: 1,
                claims: 1,
                evidence: 4,
              },
            ],
          });
        });

        it('sees a new spelling in the very next search after a write', async () => {
          const search = new SearchService(store);
          const actorHits = async (text: string) =>
            (await search.search(text, 10)).filter((hit) => hit.kind === 'ACTOR').map((hit) => hit.id);
          expect((await actorHits('Lukashenka'))[0]).toBe('lukashenko');
          expect(await actorHits('Pazniak')).toEqual([]);
          const pazniak = graph.actors.find((a) => a.id === 'shraibman')!;
          await store.writeGraph({
            ...graph,
            actors: [
              ...graph.actors,
              {
                ...pazniak,
                id: 'pazniak',
                name: 'Zianon Pazniak',
                aliases: ['Zianon Pazniak', 'Pazniak'],
                aliasKeys: ['zianon pazniak', 'pazniak'],
                sortKey: actorSortKey('Zianon Pazniak', 'pazniak'),
              },
            ],
          });
          expect((await actorHits('Pazniak'))[0]).toBe('pazniak');
          expect((await actorHits('Pozniak'))[0]).toBe('pazniak');
        });
      });

      it('has empty results, not errors, on an empty store', async () => {
        expect(await store.searchText('prisoners', 10)).toEqual([]);
        expect(await store.aliasLinks()).toEqual([]);
        expect(await store.countAliasLinks()).toBe(0);
        expect(await store.actorGraphEdges()).toEqual([]);
        expect(await store.graphStats()).toEqual({ eventTypes: [], actorKinds: [], documents: [] });
      });

      it('over the real seeds: finds every spelling first, ranks Lukashenko central, and adds up', async () => {
        const seeds = buildGraph(await readSources(SEEDS_ROOT));
        await new IngestService(store).ingestGraph(seeds);
        const search = new SearchService(store);
        for (const [text, id] of [
          ['Tsikhanousky', 'siarhei-tsikhanouski'],
          ['Lukashenka', 'alexander-lukashenko'],
          ['Kellog', 'keith-kellogg'],
          ['Tikhanovskaya', 'sviatlana-tsikhanouskaya'],
        ] as const) {
          const [first] = await search.search(text, 10);
          expect({ text, kind: first?.kind, id: first?.id }).toEqual({ text, kind: 'ACTOR', id });
        }
        // Words find texts too, including those spelling a searched name differently.
        const release = await search.search('Tikhanovsky released', 50);
        expect(release.some((hit) => hit.kind === 'EVENT')).toBe(true);
        expect(release.some((hit) => hit.kind === 'DOCUMENT')).toBe(true);

        const centrality = new CentralityService(store);
        for (const metric of ['DEGREE', 'PAGERANK'] as const) {
          const top = await centrality.top(metric, 3);
          expect(top.map((score) => score.actorId)).toContain('alexander-lukashenko');
        }

        const stats = await new StatsService(store).stats();
        const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
        expect(stats.counts).toEqual(countsOf(seeds));
        expect(sum(stats.eventTypes.map((t) => t.count))).toBe(seeds.events.length);
        expect(sum(stats.actorKinds.map((k) => k.count))).toBe(seeds.actors.length);
        expect(stats.documents.map((d) => d.documentId)).toEqual(seeds.documents.map((d) => d.id).sort());
        expect(sum(stats.documents.map((d) => d.evidence))).toBe(seeds.evidence.length);
        expect(stats.documents.every((d) => d.events > 0 && d.statements > 0)).toBe(true);
      });
    });
  });
}
