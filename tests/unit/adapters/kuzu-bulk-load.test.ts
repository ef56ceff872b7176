import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  BULK_MARKS,
  bulkCopyError,
  bulkLoadable,
  COPY_ORDER,
  loadColumns,
  mergeRows,
  tablesInUndoOrder,
} from '../../../src/adapters/kuzu/kuzu-bulk-load';
import { BulkSpool, spoolPrefixFor, type SpooledCopy } from '../../../src/adapters/kuzu/kuzu-bulk-spool';
import { CypherCatalog, type QueryName } from '../../../src/adapters/shared/cypher-catalog';
import { expectedSchemaObjects } from '../../../src/adapters/shared/schema-objects';
import { planWrites } from '../../../src/adapters/shared/write-plan';
import { StoreConstraintError, StoreError } from '../../../src/domain/errors';
import type { GraphBatch } from '../../../src/domain/graph';
import { emptyBatch } from '../../../src/domain/graph-diff';
import { sampleGraph } from '../../support/sample-graph';

const catalog = new CypherCatalog('kuzu');
const columnsOf = (query: QueryName) => loadColumns(catalog.get(query));
const { itemSep: ITEM, emptyCell: EMPTY } = BULK_MARKS;

/** RFC 4180 records, as Kuzu's CSV reader takes them: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      record.push(cell);
      cell = '';
    } else if (!quoted && char === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  return records;
}

/** Each spooled file as header and rows of cells, by COPY. */
type Spooled = Record<string, { copy: SpooledCopy; header: string[]; rows: Record<string, string>[] }>;

async function spool(...chunks: GraphBatch[]): Promise<Spooled> {
  const bulk = await BulkSpool.create(columnsOf);
  try {
    for (const chunk of chunks) await bulk.add(planWrites(chunk));
    await bulk.flush();
    const spooled: Spooled = {};
    for (const copy of bulk.copies()) {
      const [header, ...records] = parseCsv(readFileSync(copy.file, 'utf8'));
      const rows = records.map((cells) =>
        Object.fromEntries(header!.map((name, k) => [name, cells[k] as string])),
      );
      spooled[copy.query] = { copy, header: header!, rows };
    }
    return spooled;
  } finally {
    await bulk.dispose();
  }
}

const cells = (spooled: Spooled, query: QueryName, column: string): string[] =>
  spooled[query]!.rows.map((row) => row[column] as string);
const sorted = (values: readonly string[]): string[] => [...values].sort();

describe('Kuzu bulk load: spooled CSV files', () => {
  it("spools one file per table under the LOAD's header, list items joined by the item mark", async () => {
    const graph = sampleGraph();
    const spooled = await spool(graph);
    const actors = spooled['bulk_actors']!;
    expect(actors.copy.step).toBe('write_actors');
    expect(actors.header).toEqual(columnsOf('bulk_actors'));
    expect(sorted(cells(spooled, 'bulk_actors', 'id'))).toEqual(sorted(graph.actors.map((a) => a.id)));
    const byId = new Map(actors.rows.map((row) => [row['id'], row]));
    for (const actor of graph.actors) expect(byId.get(actor.id)!['aliases']).toBe(actor.aliases.join(ITEM));
    // Quotes with commas, quotes and line breaks come back whole.
    expect(sorted(cells(spooled, 'bulk_evidence', 'quote'))).toEqual(
      sorted(graph.evidence.map((e) => e.quote)),
    );
  });

  it('writes null and an empty list as an empty cell, an empty text as its mark, numbers and booleans bare', async () => {
    const graph = sampleGraph();
    const [claim] = graph.claims;
    const claims = [
      { ...claim!, id: 'a', minimum: null, maximum: null, evidenceIds: [], wording: '' },
      { ...claim!, id: 'b', minimum: 14, maximum: 2.5, evidenceIds: ['x', 'y'] },
    ];
    const spooled = await spool({ ...graph, claims });
    const byId = new Map(spooled['bulk_claims']!.rows.map((row) => [row['id'], row]));
    expect(byId.get('a')).toMatchObject({ minimum: '', maximum: '', evidenceIds: '', wording: EMPTY });
    expect(byId.get('b')).toMatchObject({ minimum: '14', maximum: '2.5', evidenceIds: `x${ITEM}y` });
    expect(sorted(cells(spooled, 'bulk_events', 'dateInferred'))).toEqual(
      sorted(graph.events.map((e) => String(e.dateInferred))),
    );
  });

  it("keeps one record per identity: a chunk's last copy, else the first chunk's", async () => {
    const graph = sampleGraph();
    const [first, second] = graph.actors;
    const actors = [
      { ...first!, aliasKeys: ['shared'] },
      { ...second!, aliasKeys: ['shared'] },
      { ...first!, description: 'later', aliasKeys: ['shared'] },
    ];
    const participations = [
      graph.participations[0]!,
      { ...graph.participations[0]!, roles: ['HOST' as const] },
    ];
    const again = {
      ...emptyBatch(),
      actors: [{ ...second!, description: 'from a later chunk', aliasKeys: ['shared'] }],
    };
    const spooled = await spool({ ...graph, actors, participations }, again);
    const described = new Map(spooled['bulk_actors']!.rows.map((row) => [row['id'], row['description']]));
    expect(described.size).toBe(2);
    expect(described.get(first!.id)).toBe('later');
    expect(described.get(second!.id)).toBe(second!.description);
    expect(cells(spooled, 'bulk_alias_keys', 'key')).toEqual(['shared']);
    expect(sorted(cells(spooled, 'bulk_alias_names', 'actorId'))).toEqual(sorted([first!.id, second!.id]));
    expect(cells(spooled, 'bulk_participations', 'roles')).toEqual(['HOST']);
  });

  it('splits every table, relationships included, into files of at most the rows per COPY, in order', async () => {
    const graph = sampleGraph();
    const rowsPerCopy = 3;
    const bulk = await BulkSpool.create(columnsOf, undefined, rowsPerCopy);
    try {
      await bulk.add(planWrites(graph));
      await bulk.flush();
      const files = new Map<string, string[][]>();
      for (const copy of bulk.copies()) {
        const [, ...records] = parseCsv(readFileSync(copy.file, 'utf8'));
        files.set(copy.query, [...(files.get(copy.query) ?? []), records.map((cells) => cells.join('|'))]);
        expect(records.length).toBeGreaterThan(0);
        expect(records.length).toBeLessThanOrEqual(rowsPerCopy);
      }
      const participationFiles = files.get('bulk_participations')!;
      expect(participationFiles.length).toBe(Math.ceil(graph.participations.length / rowsPerCopy));
      const header = columnsOf('bulk_participations');
      const ids = participationFiles.flat().map((line) => line.split('|')[header.indexOf('id')]);
      // The files hold every participation once, in the order given.
      expect(ids).toEqual(graph.participations.map((p) => p.id));
      expect(files.get('bulk_ties')!.length).toBe(Math.ceil(graph.ties.length / rowsPerCopy));
    } finally {
      await bulk.dispose();
    }
  });

  it("gives each participation its event's sort key, type and dates, from the same chunk or an earlier one", async () => {
    const graph = sampleGraph();
    const spooled = await spool(
      { ...graph, participations: [] },
      { ...emptyBatch(), participations: graph.participations },
    );
    const rows = spooled['bulk_participations']!.rows;
    expect(rows).toHaveLength(graph.participations.length);
    for (const row of rows) {
      const event = graph.events.find((e) => e.id === row['eventId'])!;
      expect([row['eventSortKey'], row['eventType'], row['eventDateStart'], row['eventDateEnd']]).toEqual(
        [event.sortKey, event.type, event.dateStart, event.dateEnd].map((v) => v ?? ''),
      );
    }
    await expect(spool({ ...emptyBatch(), participations: graph.participations })).rejects.toThrow(
      StoreConstraintError,
    );
  });

  it('fills every COPY column from a field of its write step, and copies nodes before relationships', async () => {
    const graph = sampleGraph();
    const aboutActor = {
      ...graph.claims[0]!,
      id: 'c-actor',
      subjectKind: 'ACTOR' as const,
      subjectId: 'kellogg',
    };
    const batch = { ...graph, claims: [...graph.claims, aboutActor] };
    const spooled = await spool(batch);
    const steps = new Map(planWrites(batch).map((step) => [step.query, step]));
    expect(new Set(Object.values(spooled).map(({ copy }) => copy.step))).toEqual(new Set(steps.keys()));
    for (const { copy, rows } of Object.values(spooled)) {
      const extra = ['eventSortKey', 'eventType', 'eventDateStart', 'eventDateEnd'];
      const fields = [...Object.keys(steps.get(copy.step)!.rows[0]!), ...extra];
      expect(columnsOf(copy.query).filter((column) => !fields.includes(column))).toEqual([]);
      expect(rows.length).toBeGreaterThan(0);
    }
    const order = Object.keys(spooled).map((query) => COPY_ORDER.indexOf(query as QueryName));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(COPY_ORDER.indexOf('bulk_events')).toBeLessThan(COPY_ORDER.indexOf('bulk_participations'));
    expect(COPY_ORDER.indexOf('bulk_evidence')).toBeLessThan(COPY_ORDER.indexOf('bulk_evidence_documents'));
  });

  it('copies nothing for an empty step, and leaves no file behind', async () => {
    const bulk = await BulkSpool.create(columnsOf);
    await bulk.add(planWrites({ ...sampleGraph(), ties: [] }));
    const copies = bulk.copies();
    expect(copies.map((copy) => copy.query)).not.toContain('bulk_ties');
    await bulk.dispose();
    expect(existsSync(path.dirname(copies[0]!.file))).toBe(false);
  });

  it('refuses a value of the wrong type, or holding a mark, instead of corrupting it', async () => {
    const graph = sampleGraph();
    const claims = [{ ...graph.claims[0]!, minimum: '14' as unknown as number }];
    await expect(spool({ ...graph, claims })).rejects.toThrow(StoreError);
    const evidence = [{ ...graph.evidence[0]!, quote: `a${ITEM}b` }];
    await expect(spool({ ...graph, evidence })).rejects.toThrow(/control character/);
  });

  it('leaves a batch whose text a CSV cell cannot carry to MERGE', () => {
    const graph = sampleGraph();
    expect(bulkLoadable(planWrites(graph))).toBe(true);
    const quote = { ...graph, evidence: [{ ...graph.evidence[0]!, quote: `a${EMPTY}` }] };
    expect(bulkLoadable(planWrites(quote))).toBe(false);
    const alias = { ...graph, actors: [{ ...graph.actors[0]!, aliases: [`x${ITEM}`] }] };
    expect(bulkLoadable(planWrites(alias))).toBe(false);
    const emptyItem = { ...graph, actors: [{ ...graph.actors[0]!, aliases: [''] }] };
    expect(bulkLoadable(planWrites(emptyItem))).toBe(false);
  });

  it("reads a COPY's file columns from its LOAD WITH HEADERS", () => {
    const text = "COPY T(id, n) FROM (LOAD WITH HEADERS (id STRING, n INT64) FROM '{{file}}' RETURN id, n)";
    expect(loadColumns(text)).toEqual(['id', 'n']);
    expect(() => loadColumns('COPY T FROM (RETURN 1)')).toThrow(StoreError);
  });

  it('names the write step when a relationship points at a missing node or a record comes twice', () => {
    const error = bulkCopyError(
      'write_ties',
      new Error('Copy exception: Unable to find primary key value nobody.'),
    );
    expect(error).toBeInstanceOf(StoreConstraintError);
    expect((error as Error).message).toMatch(/^write_ties: .*nobody/);
    const twice = bulkCopyError(
      'write_actors',
      new Error('Copy exception: Found duplicated primary key value x'),
    );
    expect((twice as Error).message).toMatch(/^write_actors: a record is given twice/);
    const other = new Error('Buffer manager exception');
    expect(bulkCopyError('write_ties', other)).toBe(other);
  });
});

describe('Kuzu bulk load: where a store spools', () => {
  it('beside its database, under a hidden name of its own', () => {
    expect(spoolPrefixFor('/data/research/graph.kuzu')).toBe('/data/research/.graph.kuzu.load-');
    expect(spoolPrefixFor('graph.kuzu')).toBe(path.join(process.cwd(), '.graph.kuzu.load-'));
  });

  it('in the temp folder, named after the database, when its folder cannot be named in a COPY', () => {
    const prefix = spoolPrefixFor("/data/Ivan's research/graph.kuzu");
    expect(path.dirname(prefix)).toBe(tmpdir());
    expect(path.basename(prefix)).toMatch(/^polgraph-load-[0-9a-f]{16}-$/);
    expect(spoolPrefixFor("/data/Ivan's research/graph.kuzu")).toBe(prefix);
    expect(spoolPrefixFor("/data/Ivan's research/other.kuzu")).not.toBe(prefix);
  });
});

describe('Kuzu MERGE rows', () => {
  it('lead with a witness row and carry numbers as text', () => {
    const rows = mergeRows('write_claims', [
      { id: 'a', minimum: null, evidenceIds: [] },
      { id: 'b', minimum: 1.5, evidenceIds: ['x'] },
    ]);
    expect(rows).toEqual([
      { id: '', minimum: '0', evidenceIds: [''] },
      { id: 'a', minimum: null, evidenceIds: [] },
      { id: 'b', minimum: '1.5', evidenceIds: ['x'] },
    ]);
  });
});

describe('undoing a bulk load', () => {
  it("drops relationships first and the load's marker last, so a crash in between leaves the marker", () => {
    const expected = expectedSchemaObjects(catalog);
    const order = tablesInUndoOrder(expected.tables, expected.relationshipTables);
    expect([...order].sort()).toEqual([...expected.tables].sort());
    expect(order.at(-1)).toBe('GraphMeta');
    const relationships = new Set(expected.relationshipTables);
    const lastRelationship = Math.max(...order.map((table, at) => (relationships.has(table) ? at : -1)));
    const firstNode = order.findIndex((table) => !relationships.has(table));
    expect(lastRelationship).toBeLessThan(firstNode);
    // The schema names its node tables with the marker before the evidence: the order must not follow it.
    expect(expected.tables.indexOf('GraphMeta')).toBeLessThan(expected.tables.length - 1);
  });
});
