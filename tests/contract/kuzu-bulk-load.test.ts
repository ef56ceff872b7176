import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';
import { KuzuGraphStore, type KuzuOptions } from '../../src/adapters/kuzu/kuzu.store';
import { StoreConstraintError } from '../../src/domain/errors';
import type { GraphBatch } from '../../src/domain/graph';
import { countsOf } from '../../src/domain/graph-diff';
import { sampleGraph } from '../support/sample-graph';

/**
 * Kuzu loads an empty store from spooled CSV files, a COPY per file and each
 * its own transaction (one transaction of a large graph outgrows the buffer
 * pool). What must still hold: the records as written, and all or nothing,
 * whether the load fails or the process dies in the middle of it.
 */
describe('Kuzu bulk load into an empty store', () => {
  let folder: string;
  const options: KuzuOptions = { bufferPoolMb: 256, maxDatabaseGb: 4 };
  const databasePath = () => path.join(folder, 'graph.kuzu');
  const sortById = <T extends { id: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => a.id.localeCompare(b.id));
  const isEmpty = async (store: KuzuGraphStore) => Object.values(await store.counts()).every((n) => n === 0);

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-kuzu-bulk-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function withStore(
    work: (store: KuzuGraphStore) => Promise<void>,
    more: KuzuOptions = {},
    at: string = databasePath(),
  ) {
    const store = await KuzuGraphStore.open(at, { ...options, ...more });
    try {
      await store.initSchema();
      await work(store);
    } finally {
      await store.close();
    }
  }

  it('loads node tables in several COPYs exactly as in one', async () => {
    const graph = sampleGraph();
    await withStore(
      async (store) => {
        await store.writeGraph(graph);
        expect(await store.counts()).toEqual(countsOf(graph));
        expect(sortById(await store.actorsByIds(graph.actors.map((a) => a.id)))).toEqual(
          sortById(graph.actors),
        );
        expect(sortById(await store.evidenceByIds(graph.evidence.map((e) => e.id)))).toEqual(
          sortById(graph.evidence),
        );
        expect(sortById(await store.eventsByIds(graph.events.map((e) => e.id)))).toEqual(
          sortById(graph.events),
        );
        // Writing it again goes through MERGE and changes nothing.
        await store.writeGraph(graph);
        expect(await store.counts()).toEqual(countsOf(graph));
      },
      { bulkRowsPerCopy: 2 },
    );
  });

  it('loads relationship tables in several COPYs exactly as in one', async () => {
    const graph = sampleGraph();
    const eventIds = graph.events.map((e) => e.id);
    const actorIds = graph.actors.map((a) => a.id);
    const statementIds = graph.statements.map((s) => s.id);
    const documentIds = graph.documents.map((d) => d.id);
    // Every record with its fingerprint, and every relationship as the reads find it.
    const contents = async (store: KuzuGraphStore) => ({
      fingerprints: await store.fingerprints(),
      participations: sortById(await store.participationsByEventIds(eventIds)),
      ties: sortById(await store.tiesByActorIds(actorIds)),
      speakers: sortById(await store.statementsBySpeakerIds(actorIds)),
      statementEvents: sortById(await store.statementsByEventIds(eventIds)),
      about: (await store.aboutByStatementIds(statementIds))
        .map((a) => `${a.statementId}>${a.actorId}`)
        .sort(),
      claims: sortById(await store.claimsBySubjectIds([...eventIds, ...actorIds])),
      evidence: sortById(await store.evidenceByDocumentIds(documentIds)),
      edges: await store.actorGraphEdges(),
    });
    let inOne: Awaited<ReturnType<typeof contents>> | undefined;
    await withStore(
      async (store) => {
        await store.writeGraph(graph);
        inOne = await contents(store);
      },
      {},
      path.join(folder, 'one-copy-per-table.kuzu'),
    );
    await withStore(
      async (store) => {
        await store.writeGraph(graph);
        const inMany = await contents(store);
        expect(inMany.participations.length).toBe(graph.participations.length);
        expect(inMany.ties.length).toBe(graph.ties.length);
        expect(inMany).toEqual(inOne);
      },
      // Two rows per COPY: every relationship table with more than two rows takes several.
      { bulkRowsPerCopy: 2 },
    );
  });

  it('leaves the store empty, with its tables and indexes, when a COPY fails', async () => {
    const graph = sampleGraph();
    // The evidence COPYs come before the one that fails: they are undone too.
    const dangling: GraphBatch = {
      ...graph,
      claims: [{ ...graph.claims[0]!, id: 'claim-ghost', subjectKind: 'ACTOR', subjectId: 'nobody' }],
    };
    await withStore(
      async (store) => {
        await expect(store.writeGraph(dangling)).rejects.toBeInstanceOf(StoreConstraintError);
        expect(await isEmpty(store)).toBe(true);
        expect((await store.schemaStatus()).missing).toEqual([]);
        await store.writeGraph(graph);
        expect(await store.counts()).toEqual(countsOf(graph));
        const hits = await store.searchText('Lukashenko', 5);
        expect(hits.length).toBeGreaterThan(0);
      },
      { bulkRowsPerCopy: 2 },
    );
  });

  it('undoes, at the next start, a load that a crash cut short', async () => {
    const graph = sampleGraph();
    await withStore((store) => store.writeGraph(graph));
    // As a crash between two COPYs leaves it: tables loaded, the load's marker still there.
    const database = new kuzu.Database(databasePath(), 256 * 1024 * 1024, true, false, 4 * 1024 ** 3);
    const connection = new kuzu.Connection(database);
    const result = await connection.query(
      "MERGE (m:GraphMeta {id: 'bulk-load'}) SET m.version = 'cut short'",
    );
    // A result left open outlives its database, and freeing it then crashes the process.
    (Array.isArray(result) ? result : [result]).forEach((each) => each.close());
    await connection.close();
    await database.close();

    await withStore(async (store) => {
      expect(await isEmpty(store)).toBe(true);
      expect(await store.graphVersion()).toBeNull();
      expect((await store.schemaStatus()).missing).toEqual([]);
      await store.writeGraph(graph);
      expect(await store.counts()).toEqual(countsOf(graph));
    });
    // A load that finished leaves no marker: the next start keeps the graph.
    await withStore(async (store) => expect(await store.counts()).toEqual(countsOf(graph)));
  });

  it('spools beside its database, and leaves no spool there once a load ends, done or failed', async () => {
    const graph = sampleGraph();
    const spools = async () => (await readdir(folder)).filter((name) => name.startsWith('.graph.kuzu.load-'));
    let duringLoad: string[] = [];
    let spooledFiles: string[] = [];
    async function* chunks() {
      yield graph;
      // Asked for a next chunk: the first is spooled.
      duringLoad = await spools();
      spooledFiles = duringLoad.length === 1 ? await readdir(path.join(folder, duringLoad[0] as string)) : [];
    }
    await withStore(async (store) => {
      await store.writeGraphChunks(chunks());
      expect(duringLoad).toHaveLength(1);
      expect(spooledFiles).toContain('bulk_actors-0.csv');
      expect(await spools()).toEqual([]);
      expect(await store.counts()).toEqual(countsOf(graph));
    });
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder);
    const dangling: GraphBatch = {
      ...graph,
      claims: [{ ...graph.claims[0]!, id: 'claim-ghost', subjectKind: 'ACTOR', subjectId: 'nobody' }],
    };
    await withStore(async (store) => {
      await expect(store.writeGraph(dangling)).rejects.toBeInstanceOf(StoreConstraintError);
      expect(await spools()).toEqual([]);
    });
  });

  it('removes, at the next start, what a load cut short by a crash had spooled, and only that', async () => {
    await withStore(async () => undefined);
    // As a crash in the middle of a load leaves them: this store's spool, and another store's beside it.
    const ours = path.join(folder, '.graph.kuzu.load-Xy12ab');
    const theirs = path.join(folder, '.other.kuzu.load-Zz99cd');
    for (const spool of [ours, theirs]) {
      await mkdir(spool);
      await writeFile(path.join(spool, 'bulk_actors-0.csv'), '"lukashenko","Alexander Lukashenko"\n');
    }
    await withStore(async (store) => {
      expect(await readdir(folder)).not.toContain('.graph.kuzu.load-Xy12ab');
      expect(await readdir(theirs)).toEqual(['bulk_actors-0.csv']);
      expect(await isEmpty(store)).toBe(true);
    });
  });
});
