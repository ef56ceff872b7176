import { CypherCatalog, QUERY_NAMES } from '../../../src/adapters/shared/cypher-catalog';
import {
  byIdsForms,
  inListForm,
  inListParams,
  perIdForm,
  perIdUnionForm,
  perIdUnionParams,
  prefersScan,
  SMALL_TABLE_ROWS,
} from '../../../src/adapters/kuzu/per-id-query';

describe('per-id form of Kuzu batch lookups', () => {
  it('turns the UNWIND over ids into a primary-key lookup on $id', () => {
    expect(perIdForm('UNWIND $ids AS id\nMATCH (a:Actor {id: id})\nRETURN a AS n')).toBe(
      '\nMATCH (a:Actor {id: $id})\nRETURN a AS n',
    );
  });

  it('rewrites every part of a UNION', () => {
    const form = perIdForm(
      'UNWIND $ids AS id\nMATCH (a:Actor {id: id})-[x:TIE]->(b) RETURN x.id AS id\nUNION\n' +
        'UNWIND $ids AS id\nMATCH (b)-[x:TIE]->(a:Actor {id: id}) RETURN x.id AS id',
    );
    expect(form).not.toContain('UNWIND');
    expect(form?.match(/\{id: \$id\}/g)).toHaveLength(2);
  });

  it('refuses queries that use the id variable in another way', () => {
    expect(perIdForm('UNWIND $ids AS id\nMATCH (a:Actor {id: id})\nRETURN id, a AS n')).toBeNull();
    expect(perIdForm('MATCH (a:Actor) RETURN a AS n')).toBeNull();
  });

  it('has a form for every by-id lookup of the Kuzu catalogue that takes a single id list', () => {
    const catalog = new CypherCatalog('kuzu');
    const byIds = QUERY_NAMES.filter((name) => /_by_.*ids/.test(name));
    const withoutForm = byIds.filter((name) => perIdForm(catalog.get(name)) === null);
    // Evidence of whole documents is ordered across ids; documents are few, the batch form is used.
    // Ties by their own ids: a relationship's id has no index to look up, one filtered pass serves all ids.
    expect(withoutForm).toEqual(['evidence_by_document_ids', 'ties_by_ids']);
  });
});

describe('in-list form of Kuzu expansions', () => {
  it('filters the keyed node by the id list instead of unwinding it', () => {
    expect(
      inListForm(
        'UNWIND $ids AS id\nMATCH (a:Actor {id: id})-[p:PARTICIPATED]->(e:Event)\nRETURN p.id AS id',
      ),
    ).toBe('\nMATCH (a:Actor)-[p:PARTICIPATED]->(e:Event)\nWHERE a.id IN $ids\nRETURN p.id AS id');
  });

  it('makes Kuzu start from the listed nodes when the expansion runs against the relationship', () => {
    expect(
      inListForm(
        'UNWIND $ids AS id\nMATCH (a:Actor)-[p:PARTICIPATED]->(e:Event {id: id})\nRETURN p.id AS id',
      ),
    ).toBe(
      '\nMATCH (a:Actor)-[p:PARTICIPATED]->(e:Event)\nWHERE e.id IN $ids\nHINT (e JOIN p) JOIN a\nRETURN p.id AS id',
    );
    // A join hint needs every variable named: without a relationship variable there is none.
    expect(inListForm('UNWIND $ids AS id\nMATCH (s)-[:MADE_AT]->(e:Event {id: id})\nRETURN s')).not.toContain(
      'HINT',
    );
  });

  it('names an anonymous keyed node', () => {
    expect(
      inListForm('UNWIND $ids AS id\nMATCH (s:Statement)-[:MADE_AT]->(:Event {id: id})\nRETURN s AS n'),
    ).toBe('\nMATCH (s:Statement)-[:MADE_AT]->(keyed:Event)\nWHERE keyed.id IN $ids\nRETURN s AS n');
  });

  it('gives each part of a UNION its own list parameter, all filled with the same ids', () => {
    const form = inListForm(
      'UNWIND $ids AS id\nMATCH (a:Actor {id: id})-[x:TIE]->(b) RETURN x.id AS id\nUNION\n' +
        'UNWIND $ids AS id\nMATCH (b)-[x:TIE]->(a:Actor {id: id}) RETURN x.id AS id',
    );
    expect(form).toContain('WHERE a.id IN $ids\n');
    expect(form).toContain('WHERE a.id IN $ids2');
    expect(inListParams(form!, ['x', 'y'])).toEqual({ ids: ['x', 'y'], ids2: ['x', 'y'] });
  });

  it('leaves node lookups and other shapes to the UNWIND form', () => {
    expect(inListForm('UNWIND $ids AS id\nMATCH (a:Actor {id: id})\nRETURN a AS n')).toBeNull();
    expect(inListForm('MATCH (a:Actor)-[p]->(e) RETURN p')).toBeNull();
  });

  it('has a form for every expansion of the Kuzu catalogue that has a per-id form', () => {
    const catalog = new CypherCatalog('kuzu');
    const expansions = QUERY_NAMES.filter(
      (name) => /_by_.*ids/.test(name) && /-\[/.test(catalog.get(name)) && perIdForm(catalog.get(name)),
    );
    expect(expansions.length).toBeGreaterThan(10);
    expect(expansions.filter((name) => inListForm(catalog.get(name)) === null)).toEqual([]);
  });
});

describe('per-id union form of Kuzu node lookups', () => {
  const batch = [
    '// a comment line, not repeated in the union',
    'UNWIND $ids AS id',
    'MATCH (a:Actor {id: id})',
    'RETURN {id: a.id, name: a.name} AS n',
  ].join('\n');

  it('gives every id its own part and parameter, the comment left out', () => {
    const forms = byIdsForms(batch);
    expect(forms.unionable).toBe(true);
    const union = perIdUnionForm(forms.perId!, 3);
    expect(union.split('\nUNION ALL\n')).toEqual([
      'MATCH (a:Actor {id: $id0})\nRETURN {id: a.id, name: a.name} AS n',
      'MATCH (a:Actor {id: $id1})\nRETURN {id: a.id, name: a.name} AS n',
      'MATCH (a:Actor {id: $id2})\nRETURN {id: a.id, name: a.name} AS n',
    ]);
    expect(perIdUnionParams(['x', 'y', 'z'])).toEqual({ id0: 'x', id1: 'y', id2: 'z' });
  });

  it('is not made for expansions, lookups of several parts, or lookups with a row limit', () => {
    expect(
      byIdsForms('UNWIND $ids AS id\nMATCH (a:Actor {id: id})-[p:PARTICIPATED]->(e:Event)\nRETURN p')
        .unionable,
    ).toBe(false);
    expect(
      byIdsForms(
        'UNWIND $ids AS id\nMATCH (a:Actor {id: id})\nRETURN a.id AS id\nUNION\nUNWIND $ids AS id\nMATCH (a:Place {id: id})\nRETURN a.id AS id',
      ).unionable,
    ).toBe(false);
    expect(
      byIdsForms('UNWIND $ids AS id\nMATCH (a:Actor {id: id})\nRETURN a.id AS id\nLIMIT $limit').unionable,
    ).toBe(false);
  });
});

describe('which Kuzu by-ids reads scan their keyed table', () => {
  const catalog = new CypherCatalog('kuzu');
  const actors = byIdsForms(catalog.get('actors_by_ids'));
  const ties = byIdsForms(catalog.get('ties_by_actor_ids'));

  it('scans a small table for any number of ids, as on a curated graph', () => {
    expect(prefersScan(actors, 2, 75)).toBe(true);
    expect(prefersScan(actors, 1_000, SMALL_TABLE_ROWS)).toBe(true);
    expect(prefersScan(ties, 30, 75)).toBe(true);
  });

  it('reads one id by its key, never by a scan', () => {
    expect(prefersScan(actors, 1, 75)).toBe(false);
  });

  it('does not filter a large table by many ids: the batch join costs the table once', () => {
    // 1,000 far ends of ties among 100k actors: 306 ms filtered, 87 ms joined.
    expect(prefersScan(actors, 1_000, 100_000)).toBe(false);
    expect(prefersScan(actors, 200, 10_000)).toBe(false);
    expect(prefersScan(ties, 20, 10_000)).toBe(false);
  });

  it('looks a few ids up one by one in a large table', () => {
    expect(prefersScan(actors, 10, 100_000)).toBe(false);
    expect(prefersScan(ties, 3, 100_000)).toBe(false);
  });
});
