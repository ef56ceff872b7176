import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';
import { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
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

  it('fills the new columns of an older store from its events', async () => {
    const databasePath = path.join(folder, 'graph.kuzu');
    const options = { bufferPoolMb: 256, maxDatabaseGb: 4 };
    const graph = sampleGraph();
    const before = await KuzuGraphStore.open(databasePath, options);
    await before.initSchema();
    await before.writeGraph(graph);
    await before.close();

    // The store as an older version left it: no copies of the events' keys.
    const database = new kuzu.Database(databasePath, 256 * 1024 * 1024, true, false, 4 * 1024 ** 3);
    const connection = new kuzu.Connection(database);
    for (const column of ['eventSortKey', 'eventType', 'eventDateStart', 'eventDateEnd']) {
      const result = await connection.query(`ALTER TABLE PARTICIPATED DROP ${column}`);
      // A result left open outlives its database, and freeing it then crashes the process.
      (Array.isArray(result) ? result : [result]).forEach((each) => each.close());
    }
    await connection.close();
    await database.close();

    const store = await KuzuGraphStore.open(databasePath, options);
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
});
