import { tieSortKey, type GraphBatch, type TieRecord } from '../../src/domain/graph';
import {
  HEAVY_PROPERTIES,
  identityOf,
  isSlimKind,
  leftOut,
  LOOKUP_NAMES,
  PropertyNotReadError,
  LOOKUPS,
  relationOf,
  targetKind,
  type LookupName,
  type PlanKind,
  type HeavyNeeds,
  type PlanRecord,
  type ReadPlan,
} from '../../src/domain/read-plan';
import { buildGraph } from '../../src/ingest/graph-builder';
import { readSources } from '../../src/ingest/source-files';
import {
  LOOKUP_METHODS,
  ROOT_LOOKUPS,
  rootKindOf,
  type GraphStore,
  type PageSlice,
  type PlannedRead,
  type PlannedReadResult,
  type PlanRoot,
} from '../../src/ports/graph-store.port';
import type { StoreHandle } from './graph-store.contract';
import { SEEDS_ROOT } from '../support/seeds';
import { everyRelation } from '../support/read-plans';

/** The dashboard question's plans (issue 14). */
const TIES_WITH_EVIDENCE: ReadPlan = { ties: { source: {}, target: {}, evidence: { document: {} } } };
const EVENTS_IN_DEPTH: ReadPlan = {
  place: {},
  participants: { actor: { ties: { target: {} } } },
  evidence: { document: {} },
};

const LUKASHENKO = 'alexander-lukashenko';
const byIdentity = (kind: PlanKind) => (a: PlanRecord, b: PlanRecord) =>
  identityOf(kind, a) < identityOf(kind, b) ? -1 : identityOf(kind, a) > identityOf(kind, b) ? 1 : 0;

/**
 * `readPlanned` reads, in one call, what the by-ids methods would read level
 * by level: its roots are what the by-ids and list methods return, and for
 * every key of every lookup it answers, the records are exactly those its
 * by-ids method returns for that key. Run against every adapter, on the seeds.
 */
export function describePlannedReadsContract(name: string, open: () => Promise<StoreHandle>): void {
  describe(`Planned reads: ${name}`, () => {
    let handle: StoreHandle;
    let store: GraphStore;
    let graph: GraphBatch;

    beforeAll(async () => {
      graph = buildGraph(await readSources(SEEDS_ROOT));
      handle = await open();
      store = handle.store;
      await store.initSchema();
      await store.writeGraph(graph);
    });
    afterAll(async () => {
      await handle.dispose();
    });

    /** Every answer of every lookup equals its by-ids method's records for the key. */
    const expectAnswersAsByIds = async (result: PlannedReadResult) => {
      for (const lookup of LOOKUP_NAMES) {
        const { answers } = result.records[lookup];
        if (answers.size === 0) continue;
        const { kind, keysOf } = LOOKUPS[lookup] as {
          kind: PlanKind;
          keysOf: (record: PlanRecord) => readonly string[];
        };
        const method = store[LOOKUP_METHODS[lookup]] as (ids: readonly string[]) => Promise<PlanRecord[]>;
        const read = await method.call(store, [...answers.keys()]);
        for (const [key, records] of answers) {
          const expected = read.filter((record) => keysOf(record).includes(key));
          if (lookup === 'evidenceByDocument') {
            // A document's spans come in text order.
            expect({ lookup, key, records }).toEqual({ lookup, key, records: expected });
          } else {
            expect({ lookup, key, records: [...records].sort(byIdentity(kind)) }).toEqual({
              lookup,
              key,
              records: [...new Map(expected.map((r) => [identityOf(kind, r), r])).values()].sort(
                byIdentity(kind),
              ),
            });
          }
        }
      }
    };

    /** Every key the plans name from the records reached is answered: nothing is left to a later read. */
    const expectPlansCovered = (reads: readonly PlannedRead[], result: PlannedReadResult) => {
      const walk = (kind: PlanKind, plan: ReadPlan, records: readonly PlanRecord[]) => {
        for (const [relation, below] of Object.entries(plan)) {
          const { lookup, keys } = relationOf(kind, relation);
          const keysNamed = records.flatMap((record) => keys(record as never));
          const answers = result.records[lookup].answers as ReadonlyMap<string, readonly PlanRecord[]>;
          for (const key of keysNamed) {
            expect({ lookup, key, answered: answers.has(key) }).toEqual({ lookup, key, answered: true });
          }
          walk(
            targetKind(kind, relation),
            below,
            keysNamed.flatMap((key) => answers.get(key) ?? []),
          );
        }
      };
      reads.forEach((read, index) => {
        const kind = rootKindOf(read.root);
        const { answers } = result.records[ROOT_LOOKUPS[kind]];
        const roots = (result.roots[index]?.ids ?? []).map((id) => answers.get(id)?.[0] as PlanRecord);
        walk(kind, read.plan, roots);
      });
    };

    const listOf = (root: Exclude<PlanRoot, { by: 'ids' }>): Promise<PageSlice<PlanRecord>> => {
      switch (root.by) {
        case 'actorPage':
          return store.listActors(root.query);
        case 'eventPage':
          return store.listEvents(root.query);
        case 'statementPage':
          return store.listStatements(root.query);
        case 'tiePage':
          return store.listTies(root.query);
      }
    };

    /** Each root as the by-ids or list method returns it. */
    const expectRootsAsRead = async (reads: readonly PlannedRead[], result: PlannedReadResult) => {
      expect(result.roots).toHaveLength(reads.length);
      for (const [index, read] of reads.entries()) {
        const root = result.roots[index];
        if (read.root.by === 'ids') {
          const method = store[LOOKUP_METHODS[ROOT_LOOKUPS[read.root.kind]]] as (
            ids: readonly string[],
          ) => Promise<{ id: string }[]>;
          const found = new Set((await method.call(store, read.root.ids)).map((record) => record.id));
          const ids = [...new Set(read.root.ids)].filter((id) => found.has(id));
          expect(root).toEqual({ ids, hasMore: false, totalCount: ids.length });
        } else {
          const page = await listOf(read.root);
          expect(root).toEqual({
            ids: page.items.map((record) => (record as { id: string }).id),
            hasMore: page.hasMore,
            totalCount: page.totalCount,
          });
          const { answers } = result.records[ROOT_LOOKUPS[rootKindOf(read.root)]];
          expect(root?.ids.map((id) => answers.get(id)?.[0])).toEqual(page.items);
        }
      }
    };

    const check = async (reads: readonly PlannedRead[]) => {
      const result = await store.readPlanned(reads);
      await expectRootsAsRead(reads, result);
      expectPlansCovered(reads, result);
      await expectAnswersAsByIds(result);
      return result;
    };

    it('reads the dashboard question as the by-ids and list methods would', async () => {
      const result = await check([
        { root: { by: 'ids', kind: 'actor', ids: [LUKASHENKO] }, plan: TIES_WITH_EVIDENCE },
        {
          root: {
            by: 'eventPage',
            query: { types: [], participantId: LUKASHENKO, from: null, to: null, after: null, limit: 10 },
          },
          plan: EVENTS_IN_DEPTH,
        },
      ]);
      expect(result.roots[1]?.ids).toHaveLength(10);
      expect(result.records.tiesByActor.answers.get(LUKASHENKO)?.length).toBeGreaterThan(3);
      expect(result.records.documents.answers.size).toBeGreaterThan(1);
    });

    it.each(['actor', 'event', 'statement', 'document'] as const)(
      'follows every relation two levels below %s roots read by id, unknown and repeated ids ignored',
      async (kind) => {
        const ids = {
          actor: [LUKASHENKO, 'keith-kellogg', 'nobody'],
          event: graph.events.slice(0, 3).map((e) => e.id),
          statement: graph.statements.slice(0, 4).map((s) => s.id),
          document: graph.documents.slice(0, 2).map((d) => d.id),
        }[kind];
        await check([
          { root: { by: 'ids', kind, ids: [...ids, ids[0] as string] }, plan: everyRelation(kind, 2) },
        ]);
      },
    );

    it('follows every relation of the records of pages, with their filters, and pages on', async () => {
      const first = await check([
        {
          root: { by: 'actorPage', query: { kinds: ['PERSON'], nameContains: null, after: null, limit: 5 } },
          plan: everyRelation('actor', 2),
        },
        {
          root: {
            by: 'eventPage',
            query: { types: [], participantId: null, from: '2025-01-01', to: null, after: null, limit: 4 },
          },
          plan: everyRelation('event', 2),
        },
        {
          root: {
            by: 'statementPage',
            query: { speakerId: null, aboutId: LUKASHENKO, text: null, after: null, limit: 3 },
          },
          plan: everyRelation('statement', 2),
        },
      ]);
      const last = first.roots[1]?.ids.at(-1) as string;
      const after = graph.events.find((event) => event.id === last)?.sortKey ?? null;
      await check([
        {
          root: {
            by: 'eventPage',
            query: { types: [], participantId: null, from: '2025-01-01', to: null, after, limit: 4 },
          },
          plan: EVENTS_IN_DEPTH,
        },
      ]);
    });

    it("reads an actor's ties a page at a time, with what is below them, as listTies and the by-ids methods", async () => {
      const tiePage = (after: string | null, limit: number): PlannedRead => ({
        root: { by: 'tiePage', query: { actorId: LUKASHENKO, types: [], asOf: null, after, limit } },
        plan: { source: { evidence: {} }, target: {}, evidence: { document: {} } },
      });
      const first = await check([tiePage(null, 4)]);
      expect(first.roots[0]?.ids).toHaveLength(4);
      expect(first.roots[0]?.hasMore).toBe(true);
      const all = await store.tiesByActorIds([LUKASHENKO]);
      expect(first.roots[0]?.totalCount).toBe(all.length);
      const [last] = await store.tiesByIds([first.roots[0]?.ids.at(-1) as string]);
      const next = await check([tiePage(tieSortKey(last as TieRecord), 4), tiePage(null, 100)]);
      const ordered = [...all].sort((a, b) => (tieSortKey(a) < tieSortKey(b) ? -1 : 1)).map((tie) => tie.id);
      expect([...(first.roots[0]?.ids ?? []), ...(next.roots[0]?.ids ?? [])]).toEqual(ordered.slice(0, 8));
      expect(next.roots[1]?.ids).toEqual(ordered);
      // Ties read by id as roots, beside a page of them.
      await check([
        {
          root: { by: 'ids', kind: 'tie', ids: [...ordered.slice(0, 3), 'no-such-tie'] },
          plan: everyRelation('tie', 2),
        },
        tiePage(null, 2),
      ]);
    });

    it('reads sibling pages of many owners (ties and events, one filter and cursor) as their list methods', async () => {
      const owners = [...new Set(graph.participations.map((p) => p.actorId))].slice(0, 12);
      expect(owners.length).toBeGreaterThan(4);
      const pagesOf = (
        tieAfter: string | null,
        eventAfter: string | null,
        asOf: string | null,
      ): PlannedRead[] => [
        ...owners.map((actorId): PlannedRead => ({
          root: { by: 'tiePage', query: { actorId, types: [], asOf, after: tieAfter, limit: 2 } },
          plan: { target: {}, evidence: {} },
        })),
        ...owners.map((participantId): PlannedRead => ({
          root: {
            by: 'eventPage',
            query: {
              types: [],
              participantId,
              from: '2025-01-01',
              to: null,
              undated: 'INCLUDE',
              after: eventAfter,
              limit: 2,
            },
          },
          plan: { place: {}, participants: { actor: {} } },
        })),
      ];
      const first = await check([...pagesOf(null, null, null), ...pagesOf(null, null, '2025-06-21')]);
      expect(first.roots.some((root) => root.hasMore)).toBe(true);
      expect(first.roots.filter((root) => root.totalCount === 0).length).toBeLessThan(first.roots.length);
      // The same pages from a cursor between the first pages' keys: each owner's page after it.
      const later = await check(pagesOf('M', '2025-06', null));
      expect(later.roots.some((root) => root.ids.length > 0)).toBe(true);
    });

    it('reads a search page, and nothing for no reads or an empty plan', async () => {
      await check([
        {
          root: {
            by: 'statementPage',
            query: { speakerId: null, aboutId: null, text: 'prisoners', after: null, limit: 5 },
          },
          plan: { speaker: {}, evidence: { document: {} } },
        },
      ]);
      await check([
        { root: { by: 'ids', kind: 'event', ids: ['no-such-event'] }, plan: everyRelation('event', 1) },
      ]);
      const empty = await store.readPlanned([]);
      expect(empty.roots).toEqual([]);
      expect(LOOKUP_NAMES.every((lookup: LookupName) => empty.records[lookup].answers.size === 0)).toBe(true);
    });

    /**
     * Each record as the by-ids method reads it, except the heavy properties
     * no read needed: those a store may leave out, and reading one then
     * throws PropertyNotReadError (never an empty or made-up value).
     */
    const expectAnswersAsByIdsWhereNeeded = async (result: PlannedReadResult, needs: HeavyNeeds) => {
      let leftOutSeen = 0;
      for (const lookup of LOOKUP_NAMES) {
        const { answers } = result.records[lookup];
        const { kind } = LOOKUPS[lookup];
        if (answers.size === 0 || !isSlimKind(kind)) continue;
        const mayLack = new Set(leftOut(kind, [needs]));
        const method = store[LOOKUP_METHODS[lookup]] as (ids: readonly string[]) => Promise<PlanRecord[]>;
        const whole = new Map(
          (await method.call(store, [...answers.keys()])).map((record) => [identityOf(kind, record), record]),
        );
        for (const records of answers.values()) {
          for (const record of records) {
            const expected = whole.get(identityOf(kind, record)) as unknown as Record<string, unknown>;
            for (const property of Object.keys(expected)) {
              let value: unknown;
              try {
                value = (record as unknown as Record<string, unknown>)[property];
              } catch (error) {
                expect({ kind, property, error }).toEqual({
                  kind,
                  property,
                  error: expect.any(PropertyNotReadError),
                });
                expect({ kind, property, mayLack: mayLack.has(property) }).toEqual({
                  kind,
                  property,
                  mayLack: true,
                });
                leftOutSeen += 1;
                continue;
              }
              expect({ kind, property, value }).toEqual({ kind, property, value: expected[property] });
            }
          }
        }
      }
      return leftOutSeen;
    };

    it('reads every property a read needs, and may leave out heavy ones no read needs', async () => {
      const dashboardNeeds: HeavyNeeds = { actor: [], event: ['evidenceIds'], document: [], place: [] };
      const reads: PlannedRead[] = [
        {
          root: { by: 'ids', kind: 'actor', ids: [LUKASHENKO] },
          plan: TIES_WITH_EVIDENCE,
          needs: dashboardNeeds,
        },
        {
          root: {
            by: 'eventPage',
            query: { types: [], participantId: LUKASHENKO, from: null, to: null, after: null, limit: 10 },
          },
          plan: EVENTS_IN_DEPTH,
          needs: dashboardNeeds,
        },
      ];
      const result = await store.readPlanned(reads);
      expectPlansCovered(reads, result);
      await expectAnswersAsByIdsWhereNeeded(result, dashboardNeeds);
      expect(result.records.actors.answers.get(LUKASHENKO)?.[0]?.name).toBe('Alexander Lukashenko');

      // Needs are a union: one read needing aliases gets them for every actor of the call.
      const aliasesNeeded: HeavyNeeds = { ...dashboardNeeds, actor: ['aliases'] };
      const both = await store.readPlanned([
        reads[0] as PlannedRead,
        { ...(reads[1] as PlannedRead), needs: aliasesNeeded },
      ]);
      await expectAnswersAsByIdsWhereNeeded(both, aliasesNeeded);
      for (const [, [actor]] of both.records.actors.answers) expect(actor?.aliases.length).toBeGreaterThan(0);

      // A read that says nothing of its needs reads whole records for all.
      const whole = await store.readPlanned([
        reads[0] as PlannedRead,
        { ...(reads[1] as PlannedRead), needs: undefined },
      ]);
      const allNeeded = HEAVY_PROPERTIES as unknown as HeavyNeeds;
      expect(await expectAnswersAsByIdsWhereNeeded(whole, allNeeded)).toBe(0);
    });

    it('refuses a relation the plan vocabulary does not have', async () => {
      await expect(
        store.readPlanned([{ root: { by: 'ids', kind: 'actor', ids: [LUKASHENKO] }, plan: { spouse: {} } }]),
      ).rejects.toThrow(/no relation "spouse"/);
    });
  });
}
