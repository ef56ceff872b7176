import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';
import { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import type { GraphBatch } from '../../src/domain/graph';
import { sampleGraph } from '../support/sample-graph';

/**
 * A Kuzu store written before participations carried their event's keys (the
 * columns list_events_by_participant reads) gains them when it is opened, filled
 * from its events, before any ingest: a participant's events are listed as
 * before, and nothing is found changed in the same sources.
 */
describe('Kuzu schema upgrade: participations gain their events keys', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-kuzu-upgrade-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const databasePath = () => path.join(folder, 'graph.kuzu');
  const options = { bufferPoolMb: 256, maxDatabaseGb: 4 };

  /** A store holding the sample graph, then `statementsFor` each column of an event's keys run on it. */
  async function sampleStoreAltered(statementsFor: (column: string) => string[]): Promise<void> {
    const before = await KuzuGraphStore.open(databasePath(), options);
    await before.initSchema();
    await before.writeGraph(sampleGraph());
    await before.close();
    const database = new kuzu.Database(databasePath(), 256 * 1024 * 1024, true, false, 4 * 1024 ** 3);
    const connection = new kuzu.Connection(database);
    for (const column of ['eventSortKey', 'eventType', 'eventDateStart', 'eventDateEnd']) {
      for (const statement of statementsFor(column)) {
        const result = await connection.query(statement);
        // A result left open outlives its database, and freeing it then crashes the process.
        (Array.isArray(result) ? result : [result]).forEach((each) => each.close());
      }
    }
    await connection.close();
    await database.close();
  }

  it('fills the new columns of an older store from its events', async () => {
    // The store as an older version left it: no copies of the events' keys.
    await sampleStoreAltered((column) => [`ALTER TABLE PARTICIPATED DROP ${column}`]);

    const store = await KuzuGraphStore.open(databasePath(), options);
    try {
      await store.initSchema();
      const query = { types: [], participantId: 'lukashenko', from: null, to: null, after: null, limit: 10 };
      const all = await store.listEvents(query);
      expect(all.items.map((event) => event.id)).toEqual(['release', 'meeting']);
      expect(all.totalCount).toBe(2);
      const meetings = await store.listEvents({ ...query, types: ['MEETING'], from: '2025-06-10' });
      expect(meetings.items.map((event) => event.id)).toEqual(['meeting']);
      expect(meetings.totalCount).toBe(1);
      // Opened again: nothing left to fill, the answers the same.
      await store.initSchema();
      expect((await store.listEvents(query)).totalCount).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('fills them at the next start when a crash cut the fill short after the columns were added', async () => {
    // As a start killed between its ALTERs (each commits alone) and the fill leaves it: the columns, empty.
    await sampleStoreAltered((column) => [
      `ALTER TABLE PARTICIPATED DROP ${column}`,
      `ALTER TABLE PARTICIPATED ADD ${column} STRING`,
    ]);

    const store = await KuzuGraphStore.open(databasePath(), options);
    try {
      await store.initSchema();
      const query = { types: [], participantId: 'lukashenko', from: null, to: null, after: null, limit: 10 };
      const all = await store.listEvents(query);
      expect(all.items.map((event) => event.id)).toEqual(['release', 'meeting']);
      expect(all.totalCount).toBe(2);
    } finally {
      await store.close();
    }
  });
});

/**
 * A Kuzu store that kept a relationship's lists (roles, evidence and document
 * ids) as list columns moves them to their JSON columns when it is opened, and
 * drops the list columns (cypher/kuzu/schema.cypher says why). Every statement of
 * the move commits alone, so a move cut short by a crash resumes at the next start.
 */
describe('Kuzu schema upgrade: relationship lists move to JSON text', () => {
  let folder: string;
  const options = { bufferPoolMb: 256, maxDatabaseGb: 4 };

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-kuzu-lists-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  /** What the store answers of every participation and tie, in a stable order. */
  async function relationshipsOf(store: KuzuGraphStore, graph: GraphBatch) {
    const actorIds = graph.actors.map((actor) => actor.id);
    const byId = <T extends { id: string }>(items: T[]) => items.sort((a, b) => a.id.localeCompare(b.id));
    return {
      participations: byId(await store.participationsByActorIds(actorIds)),
      ties: byId(await store.tiesByActorIds(actorIds)),
    };
  }

  /**
   * Rewrites the store's relationship lists as an older version kept them: list
   * columns (an empty list as null), without the JSON columns. `tables` says which.
   */
  async function toListColumns(
    databasePath: string,
    graph: GraphBatch,
    tables: readonly ('PARTICIPATED' | 'TIE')[],
  ) {
    const database = new kuzu.Database(databasePath, 256 * 1024 * 1024, true, false, 4 * 1024 ** 3);
    const connection = new kuzu.Connection(database);
    // A result left open outlives its database, and freeing it then crashes the process.
    const run = async (statement: string, params?: Record<string, unknown>) => {
      const prepared = await connection.prepare(statement);
      expect(prepared.getErrorMessage()).toBe('');
      const result = await connection.execute(prepared, (params ?? {}) as never);
      (Array.isArray(result) ? result : [result]).forEach((each) => each.close());
    };
    const lists = {
      PARTICIPATED: {
        columns: ['roles', 'evidenceIds', 'documentIds'],
        records: graph.participations as readonly { id: string }[],
      },
      TIE: { columns: ['evidenceIds', 'documentIds'], records: graph.ties as readonly { id: string }[] },
    };
    for (const table of tables) {
      const { columns, records } = lists[table];
      for (const column of columns) await run(`ALTER TABLE ${table} ADD ${column} STRING[]`);
      for (const record of records) {
        for (const column of columns) {
          const values = (record as unknown as Record<string, string[]>)[column] ?? [];
          // Kuzu's binding cannot type an empty list parameter: it stays null, as Kuzu kept it.
          if (values.length === 0) continue;
          await run(`MATCH ()-[r:${table} {id: $id}]->() SET r.${column} = $values`, {
            id: record.id,
            values,
          });
        }
      }
      // Kuzu 0.11 crashes dropping a column of a table whose updates are not yet checkpointed.
      await run('CHECKPOINT');
      for (const column of columns) await run(`ALTER TABLE ${table} DROP ${column}Json`);
    }
    await connection.close();
    await database.close();
  }

  it.each([
    ['both tables keep list columns', ['PARTICIPATED', 'TIE'] as const],
    ['a move cut short after the participations', ['TIE'] as const],
  ])('%s: every list is read back as written, and the list columns are gone', async (_name, tables) => {
    const databasePath = path.join(folder, 'graph.kuzu');
    const graph = sampleGraph();
    const store = await KuzuGraphStore.open(databasePath, options);
    await store.initSchema();
    await store.writeGraph(graph);
    const written = await relationshipsOf(store, graph);
    const fingerprints = await store.fingerprints();
    await store.close();
    // The lists the sample graph gives are what the store answered.
    expect(written.participations.map((p) => [p.id, p.roles, p.evidenceIds, p.documentIds])).toEqual(
      [...graph.participations]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((p) => [p.id, p.roles, p.evidenceIds, p.documentIds]),
    );

    await toListColumns(databasePath, graph, tables);

    const upgraded = await KuzuGraphStore.open(databasePath, options);
    try {
      await upgraded.initSchema();
      expect(await relationshipsOf(upgraded, graph)).toEqual(written);
      // The same sources find nothing changed.
      expect(await upgraded.fingerprints()).toEqual(fingerprints);
      expect((await upgraded.schemaStatus()).missing).toEqual([]);
    } finally {
      await upgraded.close();
    }
    // The list columns are gone: the store as a new one is laid out.
    const database = new kuzu.Database(databasePath, 256 * 1024 * 1024, true, true, 4 * 1024 ** 3);
    const connection = new kuzu.Connection(database);
    for (const table of ['PARTICIPATED', 'TIE']) {
      const result = await connection.query(`CALL TABLE_INFO('${table}') RETURN name`);
      const single = Array.isArray(result) ? result[0] : result;
      const names = ((await single?.getAll()) ?? []).map((row) => String(row['name']));
      (Array.isArray(result) ? result : [result]).forEach((each) => each.close());
      expect(names.filter((name) => ['roles', 'evidenceIds', 'documentIds'].includes(name))).toEqual([]);
      expect(names).toEqual(expect.arrayContaining(['evidenceIdsJson', 'documentIdsJson']));
    }
    await connection.close();
    await database.close();
  });
});

/**
 * A Kuzu store written before searchText made punctuation spaces indexed the
 * statements' raw text and kept events' and documents' fields raw in their
 * searchText, so words beside typographic marks ("Kellogg’s", “Minsk”) were
 * out of reach. Opened, it gets searchText made again from the fields, and its
 * indexes built over it.
 */
describe('Kuzu schema upgrade: search texts without punctuation', () => {
  let folder: string;
  const options = { bufferPoolMb: 256, maxDatabaseGb: 4 };
  const databasePath = () => path.join(folder, 'graph.kuzu');

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-kuzu-search-texts-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  function typographicGraph(): GraphBatch {
    const graph = sampleGraph();
    const [first, ...rest] = graph.statements;
    const statement = first as GraphBatch['statements'][number];
    return {
      ...graph,
      events: graph.events.map((event, index) =>
        index === 0 ? { ...event, description: 'Talks—with “Kellogg’s” envoy' } : event,
      ),
      statements: [{ ...statement, text: 'Tikhanovsky’s release—“a signal”, he said.' }, ...rest],
    };
  }

  async function raw(statements: string[]): Promise<number[]> {
    const database = new kuzu.Database(databasePath(), 256 * 1024 * 1024, true, false, 4 * 1024 ** 3);
    const connection = new kuzu.Connection(database);
    const counts: number[] = [];
    for (const statement of statements) {
      const result = await connection.query(statement);
      const results = Array.isArray(result) ? result : [result];
      const [row] = (await results[0]?.getAll()) ?? [];
      if (row && 'n' in row) counts.push(Number(row['n']));
      results.forEach((each) => each.close());
    }
    await connection.close();
    await database.close();
    return counts;
  }

  it('makes them again from the fields and finds the words beside the marks', async () => {
    const graph = typographicGraph();
    const before = await KuzuGraphStore.open(databasePath(), options);
    await before.initSchema();
    await before.writeGraph(graph);
    await before.close();
    // As the older version left it: the statements' index over their raw text, raw fields joined.
    await raw([
      "CALL DROP_FTS_INDEX('Statement', 'statement_text_fts')",
      'ALTER TABLE Statement DROP searchText',
      "CALL CREATE_FTS_INDEX('Statement', 'statement_text_fts', ['text'])",
      "CALL DROP_FTS_INDEX('Event', 'event_text_fts')",
      "MATCH (e:Event) SET e.searchText = e.title + '\n' + coalesce(e.description, '')",
      "CALL CREATE_FTS_INDEX('Event', 'event_text_fts', ['searchText'])",
      // Nor did it record how its search texts were made.
      "MATCH (m:GraphMeta {id: 'search-text'}) DELETE m",
      'CHECKPOINT',
    ]);

    const store = await KuzuGraphStore.open(databasePath(), options);
    try {
      expect((await store.schemaStatus()).missing).toEqual([
        'full-text index statement_text_fts (outdated columns)',
      ]);
      await store.initSchema();
      expect((await store.schemaStatus()).missing).toEqual([]);
      const statements = async (text: string) =>
        (
          await store.listStatements({ speakerId: null, aboutId: null, text, after: null, limit: 10 })
        ).items.map((s) => s.id);
      expect(await statements('Tikhanovsky')).toEqual(['st-sanctions']);
      expect(await statements('signal')).toEqual(['st-sanctions']);
      const hits = await store.searchText('Kellogg envoy', 10);
      expect(hits.filter((hit) => hit.kind === 'EVENT').map((hit) => hit.id)).toEqual([graph.events[0]?.id]);
      // A write after the upgrade keeps the same form: nothing is found to fill again.
      await store.writeGraph(graph);
    } finally {
      await store.close();
    }
    const [unfilled] = await raw([
      "MATCH (s:Statement) WHERE s.searchText IS NULL OR s.searchText CONTAINS '’' RETURN count(*) AS n",
    ]);
    expect(unfilled).toBe(0);
  });
});
