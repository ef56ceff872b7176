import {
  bulkCopyError,
  copyColumns,
  mergeRows,
  planBulkCopies,
} from '../../../src/adapters/kuzu/kuzu-bulk-load';
import { CypherCatalog, type QueryName } from '../../../src/adapters/shared/cypher-catalog';
import { planWrites } from '../../../src/adapters/shared/write-plan';
import { StoreConstraintError, StoreError } from '../../../src/domain/errors';
import type { GraphBatch } from '../../../src/domain/graph';
import { sampleGraph } from '../../support/sample-graph';

const catalog = new CypherCatalog('kuzu');
const columnsOf = (query: QueryName) => copyColumns(catalog.get(query));
const copiesOf = (batch: GraphBatch) =>
  Object.fromEntries(planBulkCopies(planWrites(batch), columnsOf).map((copy) => [copy.query, copy]));

describe('Kuzu bulk load', () => {
  it('copies one table per query, every column led by a typed witness', () => {
    const graph = sampleGraph();
    const { bulk_actors: actors } = copiesOf(graph);
    expect(actors!.params['id']).toEqual(['', ...graph.actors.map((a) => a.id)]);
    expect(actors!.params['aliases']![0]).toEqual(['']);
    expect(actors!.step).toBe('write_actors');
  });

  it('sends numbers as text after a witness, so nulls, integers and fractions keep their values', () => {
    const graph = sampleGraph();
    const [claim] = graph.claims;
    const claims = [
      { ...claim!, id: 'a', minimum: null, maximum: null, evidenceIds: [] },
      { ...claim!, id: 'b', minimum: 14, maximum: 2.5 },
    ];
    const copy = copiesOf({ ...graph, claims })['bulk_claims']!;
    expect(copy.params['minimum']).toEqual(['0', null, '14']);
    expect(copy.params['maximum']).toEqual(['0', null, '2.5']);
    expect(copy.params['evidenceIds']).toEqual([[''], [], claim!.evidenceIds]);
  });

  it('deduplicates as MERGE would: last row wins, an alias key once, a link per actor', () => {
    const graph = sampleGraph();
    const [first, second] = graph.actors;
    const actors = [
      { ...first!, aliasKeys: ['shared'] },
      { ...second!, aliasKeys: ['shared'] },
      { ...first!, description: 'later', aliasKeys: ['shared'] },
    ];
    const participations = [graph.participations[0]!, { ...graph.participations[0]!, role: 'HOST' as const }];
    const copies = copiesOf({ ...graph, actors, participations });
    expect(copies['bulk_actors']!.params['id']).toEqual(['', first!.id, second!.id]);
    expect(copies['bulk_actors']!.params['description']).toEqual(['', 'later', second!.description]);
    expect(copies['bulk_alias_keys']!.params['key']).toEqual(['', 'shared']);
    expect(copies['bulk_alias_names']!.params['actorId']).toEqual(['', first!.id, second!.id]);
    expect(copies['bulk_participations']!.params['role']).toEqual(['', 'HOST']);
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
    const steps = new Map(planWrites(batch).map((step) => [step.query, step]));
    const copies = planBulkCopies([...steps.values()], columnsOf);
    expect(new Set(copies.map((copy) => copy.step))).toEqual(new Set(steps.keys()));
    for (const copy of copies) {
      const fields = Object.keys(steps.get(copy.step)!.rows[0]!);
      expect(columnsOf(copy.query).filter((column) => !fields.includes(column))).toEqual([]);
    }
  });

  it('copies nothing for an empty step', () => {
    expect(copiesOf({ ...sampleGraph(), ties: [] })['bulk_ties']).toBeUndefined();
  });

  it('refuses a value of the wrong type instead of letting Kuzu corrupt it', () => {
    const graph = sampleGraph();
    const claims = [{ ...graph.claims[0]!, minimum: '14' as unknown as number }];
    expect(() => copiesOf({ ...graph, claims })).toThrow(StoreError);
  });

  it('reads column order from the COPY text', () => {
    expect(copyColumns('WITH $id AS id, $name AS name UNWIND range(2, size(id)) AS i RETURN $id')).toEqual([
      'id',
      'name',
    ]);
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
