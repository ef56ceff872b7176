import { CypherCatalog, QUERY_NAMES } from '../../../src/adapters/shared/cypher-catalog';
import { perIdForm } from '../../../src/adapters/kuzu/per-id-query';

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
    expect(withoutForm).toEqual(['evidence_by_document_ids']);
  });
});
