import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';
import { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import {
  byIdsForms,
  inListParams,
  perIdUnionForm,
  perIdUnionParams,
} from '../../src/adapters/kuzu/per-id-query';
import { CypherCatalog, queryNamesOf, type QueryName } from '../../src/adapters/shared/cypher-catalog';
import { sampleGraph } from '../support/sample-graph';

/**
 * The Kuzu adapter derives a per-id and an in-list form from each by-ids query
 * (src/adapters/kuzu/per-id-query.ts); each must read what the batch form reads.
 *
 * The adapter runs a read of one statement without BEGIN and COMMIT, trusting
 * Kuzu to wrap it in a read-only transaction of its own. Were Kuzu to judge one of
 * our reads a write, that read would start a write transaction: it would fail
 * while an ingest runs, and serialise with every write. So every read query of
 * the catalog, in each of its forms, must run while another
 * connection holds the one write transaction Kuzu allows.
 */
const WRITES = /^(write_|bulk_|delete_|unlink_|sync_|fill_|mark_|upgrade_)|^(schema|fulltext_indexes)$/;

/** A value for every parameter our read queries take, of the type the adapter sends. */
const PARAMETER_VALUES: Record<string, unknown> = {
  ids: ['unknown-id'],
  ids2: ['unknown-id'],
  id: 'unknown-id',
  others: ['another-id'],
  key: 'lukashenko',
  text: 'prisoners',
  limit: 5,
  after: '',
  anyKind: true,
  kinds: ['PERSON'],
  nameContains: '',
  anyType: true,
  types: ['MEETING'],
  from: '',
  to: '',
  participantId: 'unknown-id',
  aboutId: '',
  speakerId: '',
  withUndated: true,
  withDated: true,
  property: '',
  subjectId: '',
  documentId: '',
  attributedToId: '',
  actorId: 'unknown-id',
  actorId2: 'unknown-id',
  asOf: '2025-06-21',
  asOfYear: '2025',
  asOfMonth: '2025-06',
  afterType: '',
  afterId: '',
  actorIds: ['unknown-id'],
  actorIds2: ['unknown-id'],
  participantIds: ['unknown-id'],
};

function parametersOf(text: string): Record<string, unknown> {
  const code = text.replace(/^\s*\/\/.*$/gm, '');
  const names = [...new Set([...code.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1] as string))];
  return Object.fromEntries(
    names.map((name) => {
      if (!(name in PARAMETER_VALUES)) throw new Error(`no test value for parameter $${name}`);
      return [name, PARAMETER_VALUES[name]];
    }),
  );
}

describe('Kuzu query forms: read-only outside a transaction, and equivalent', () => {
  let folder: string;
  let writer: InstanceType<typeof kuzu.Connection>;
  let reader: InstanceType<typeof kuzu.Connection>;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-kuzu-reads-'));
    const databasePath = path.join(folder, 'graph.kuzu');
    const store = await KuzuGraphStore.open(databasePath, { bufferPoolMb: 256, maxDatabaseGb: 4 });
    await store.initSchema();
    await store.writeGraph(sampleGraph());
    await store.close();
    const database = new kuzu.Database(databasePath, 256 * 1024 * 1024, true, false, 4 * 1024 ** 3);
    await database.init();
    writer = new kuzu.Connection(database);
    reader = new kuzu.Connection(database);
    await writer.init();
    await reader.init();
    await writer.query('BEGIN TRANSACTION');
    await writer.query("MATCH (a:Actor) SET a.description = 'held by an open write transaction'");
  });

  afterAll(async () => {
    await writer?.query('ROLLBACK');
    await writer?.close();
    await reader?.close();
    // The database is not closed here: Kuzu's Node binding crashes at exit when
    // statements prepared by hand outlive an explicitly closed database. It is
    // released with the process, as every other handle of this test file.
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses a second writer while the write transaction is open', async () => {
    await expect(reader.query("CREATE (:Alias {key: 'a-new-key'})")).rejects.toThrow(
      /one write transaction/i,
    );
  });

  const catalog = new CypherCatalog('kuzu');
  const reads = queryNamesOf('kuzu').filter((name) => !WRITES.test(name));

  /**
   * The batch form, and the per-id and filtered-scan forms the adapter derives
   * from it (for an expansion the scan is its in-list form).
   */
  const formsOf = (name: QueryName): string[] => {
    const { batch, perId, inList, scan } = byIdsForms(catalog.get(name));
    if (inList !== null && inList !== scan) throw new Error(`${name}: the in-list form is not the scan form`);
    return [batch, perId, scan].filter((text): text is string => text !== null);
  };

  const rowsOf = async (
    text: string,
    params: Record<string, unknown>,
  ): Promise<Record<string, unknown>[]> => {
    const prepared = await reader.prepare(text);
    expect(prepared.getErrorMessage()).toBe('');
    const result = await reader.execute(prepared, params as never);
    const rows: Record<string, unknown>[] = [];
    for (const each of Array.isArray(result) ? result : [result]) {
      rows.push(...(each.getAllSync() as Record<string, unknown>[]));
      each.close();
    }
    return rows;
  };

  it.each(reads.map((name) => [name]))('runs %s as a read-only statement', async (name: QueryName) => {
    for (const text of formsOf(name)) await rowsOf(text, parametersOf(text));
  });

  // The per-id and scan forms must read what the batch form reads. Every id
  // of the graph is asked at once (unknown ones are ignored), bounds set high.
  const keyedReads = reads.filter((name) => formsOf(name).length === 3);
  it.each(keyedReads.map((name) => [name]))(
    'reads the same rows in every form of %s',
    async (name: QueryName) => {
      const ids = (await rowsOf('MATCH (n) RETURN n.id AS id', {})).map((row) => String(row['id']));
      expect(ids.length).toBeGreaterThan(10);
      const [batch, perId, scan] = formsOf(name) as [string, string, string];
      const limit = batch.includes('$limit') ? { limit: 100_000 } : {};
      // Compared as sets: a UNION keeps one row where lookups one id at a time return it from each end.
      const sorted = (rows: Record<string, unknown>[]) =>
        [...new Set(rows.map((row) => JSON.stringify(row)))].sort();
      const expected = sorted(await rowsOf(batch, { ...limit, ids }));
      expect(expected.length).toBeGreaterThan(0);
      const oneByOne: Record<string, unknown>[] = [];
      for (const id of ids) oneByOne.push(...(await rowsOf(perId, { ...limit, id })));
      expect(sorted(oneByOne)).toEqual(expected);
      expect(sorted(await rowsOf(scan, { ...limit, ...inListParams(scan, ids) }))).toEqual(expected);
      const { unionable, perIdMax } = byIdsForms(batch);
      if (unionable) {
        // The per-id lookups as one UNION ALL, up to the most ids the adapter gives it.
        const asked = ids.slice(0, perIdMax);
        const union = perIdUnionForm(perId, asked.length);
        expect(sorted(await rowsOf(union, perIdUnionParams(asked)))).toEqual(
          sorted(await rowsOf(batch, { ...limit, ids: asked })),
        );
      }
    },
  );
});
