import {
  type BulkCopy,
  bulkCopies,
  bulkCopyError,
  bulkLoadable,
  copyColumns,
  mergeRows,
  SEPARATORS,
} from '../../../src/adapters/kuzu/kuzu-bulk-load';
import { withEventKeys } from '../../../src/adapters/kuzu/participation-event-keys';
import { CypherCatalog, type QueryName } from '../../../src/adapters/shared/cypher-catalog';
import { planWrites } from '../../../src/adapters/shared/write-plan';
import { StoreConstraintError, StoreError } from '../../../src/domain/errors';
import type { GraphBatch } from '../../../src/domain/graph';
import { sampleGraph } from '../../support/sample-graph';

const catalog = new CypherCatalog('kuzu');
const columnsOf = (query: QueryName) => copyColumns(catalog.get(query));
const copiesOf = (batch: GraphBatch) =>
  Object.fromEntries([...bulkCopies(planWrites(batch), columnsOf)].map((copy) => [copy.query, copy]));

/** A column's cells as the COPY will split them. */
const cellsOf = (copy: BulkCopy | undefined, column: string) =>
  copy!.params[column]!.split(SEPARATORS.cellSep);
const { nullCell: NONE, itemSep: ITEM } = SEPARATORS;

describe('Kuzu bulk load', () => {
  it('copies one table per query, each column one text with the separators alongside', () => {
    const graph = sampleGraph();
    const actors = copiesOf(graph)['bulk_actors']!;
    expect(actors.step).toBe('write_actors');
    expect(cellsOf(actors, 'id')).toEqual(graph.actors.map((a) => a.id));
    expect(cellsOf(actors, 'aliases')).toEqual(graph.actors.map((a) => a.aliases.join(ITEM)));
    expect(actors.params).toMatchObject(SEPARATORS);
  });

  it('writes nulls and empty lists as the null cell, numbers and booleans as text', () => {
    const graph = sampleGraph();
    const [claim] = graph.claims;
    const claims = [
      { ...claim!, id: 'a', minimum: null, maximum: null, evidenceIds: [] },
      { ...claim!, id: 'b', minimum: 14, maximum: 2.5, evidenceIds: ['x', ''] },
    ];
    const copy = copiesOf({ ...graph, claims })['bulk_claims'];
    expect(cellsOf(copy, 'minimum')).toEqual([NONE, '14']);
    expect(cellsOf(copy, 'maximum')).toEqual([NONE, '2.5']);
    expect(cellsOf(copy, 'evidenceIds')).toEqual([NONE, `x${ITEM}`]);
    expect(cellsOf(copiesOf(graph)['bulk_events'], 'dateInferred')).toEqual(['true', 'false']);
  });

  it('deduplicates as MERGE would: last row wins, an alias key once, a link per actor', () => {
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
    const copies = copiesOf({ ...graph, actors, participations });
    expect(cellsOf(copies['bulk_actors'], 'id')).toEqual([first!.id, second!.id]);
    expect(cellsOf(copies['bulk_actors'], 'description')).toEqual(['later', second!.description]);
    expect(cellsOf(copies['bulk_alias_keys'], 'key')).toEqual(['shared']);
    expect(cellsOf(copies['bulk_alias_names'], 'actorId')).toEqual([first!.id, second!.id]);
    expect(cellsOf(copies['bulk_participations'], 'roles')).toEqual(['HOST']);
  });

  it('cuts a table into several COPYs only when a column text would grow too long', () => {
    const graph = sampleGraph();
    const parts = [...bulkCopies(planWrites(graph), columnsOf, 40)].filter(
      (c) => c.query === 'bulk_evidence',
    );
    expect(parts.length).toBeGreaterThan(1);
    // A part holds as many rows as fit; a single longer row still goes alone.
    expect(
      parts.every((part) => part.params['quote']!.length <= 40 || cellsOf(part, 'id').length === 1),
    ).toBe(true);
    expect(parts.flatMap((part) => cellsOf(part, 'id'))).toEqual(graph.evidence.map((e) => e.id));
  });

  it('fills every COPY column from a field of its write step', () => {
    const graph = sampleGraph();
    const aboutActor = {
      ...graph.claims[0]!,
      id: 'c-actor',
      subjectKind: 'ACTOR' as const,
      subjectId: 'kellogg',
    };
    const batch = { ...graph, claims: [...graph.claims, aboutActor] };
    // As the store loads them: participations with their events' keys.
    const steps = new Map(withEventKeys(planWrites(batch)).map((step) => [step.query, step]));
    const copies = [...bulkCopies([...steps.values()], columnsOf)];
    expect(new Set(copies.map((copy) => copy.step))).toEqual(new Set(steps.keys()));
    for (const copy of copies) {
      const fields = Object.keys(steps.get(copy.step)!.rows[0]!);
      expect(columnsOf(copy.query).filter((column) => !fields.includes(column))).toEqual([]);
    }
  });

  it("gives each participation its event's sort key, type and dates from the batch", () => {
    const graph = sampleGraph();
    const planned = planWrites(graph);
    const steps = withEventKeys(planned);
    const rows = steps.find((step) => step.query === 'write_participations')!.rows;
    expect(rows).toHaveLength(graph.participations.length);
    for (const row of rows) {
      const event = graph.events.find((e) => e.id === row['eventId'])!;
      expect([row['eventSortKey'], row['eventType'], row['eventDateStart'], row['eventDateEnd']]).toEqual([
        event.sortKey,
        event.type,
        event.dateStart,
        event.dateEnd,
      ]);
    }
    // Other steps are passed on as they are.
    steps.forEach((step, i) => {
      if (step.query !== 'write_participations') expect(step).toBe(planned[i]);
    });
  });

  it('copies nothing for an empty step', () => {
    expect(copiesOf({ ...sampleGraph(), ties: [] })['bulk_ties']).toBeUndefined();
  });

  it('refuses a value of the wrong type, or holding a separator, instead of corrupting it', () => {
    const graph = sampleGraph();
    const claims = [{ ...graph.claims[0]!, minimum: '14' as unknown as number }];
    expect(() => copiesOf({ ...graph, claims })).toThrow(StoreError);
    const evidence = [{ ...graph.evidence[0]!, quote: `a${SEPARATORS.cellSep}b` }];
    expect(() => copiesOf({ ...graph, evidence })).toThrow(/control character/);
  });

  it('leaves a batch whose text holds a separator to MERGE', () => {
    const graph = sampleGraph();
    expect(bulkLoadable(planWrites(graph))).toBe(true);
    const quote = { ...graph, evidence: [{ ...graph.evidence[0]!, quote: `a${SEPARATORS.nullCell}` }] };
    expect(bulkLoadable(planWrites(quote))).toBe(false);
    const alias = { ...graph, actors: [{ ...graph.actors[0]!, aliases: [`x${SEPARATORS.itemSep}`] }] };
    expect(bulkLoadable(planWrites(alias))).toBe(false);
  });

  it('reads column order from the COPY text', () => {
    const text =
      'WITH string_split($id, $cellSep) AS id, string_split($name, $cellSep) AS name RETURN nullif(id, $nullCell)';
    expect(copyColumns(text)).toEqual(['id', 'name']);
  });

  it('names the write step when a relationship points at a missing node', () => {
    const copy = { step: 'write_ties', query: 'bulk_ties', params: {} } as const;
    const error = bulkCopyError(copy, new Error('Copy exception: Unable to find primary key value nobody.'));
    expect(error).toBeInstanceOf(StoreConstraintError);
    expect((error as Error).message).toMatch(/^write_ties: .*nobody/);
    const other = new Error('Buffer manager exception');
    expect(bulkCopyError(copy, other)).toBe(other);
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
