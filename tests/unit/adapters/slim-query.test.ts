import { readFileSync } from 'node:fs';
import path from 'node:path';
import { byIdsForms } from '../../../src/adapters/kuzu/per-id-query';
import { slimForm } from '../../../src/adapters/kuzu/slim-query';
import { HEAVY_PROPERTIES } from '../../../src/domain/read-plan';

const kuzuQuery = (name: string) => readFileSync(path.resolve('cypher/kuzu', `${name}.cypher`), 'utf8');

describe('by-ids queries without the heavy properties a read does not need (Kuzu)', () => {
  it('drops exactly the properties left out, keeping the struct and every other property', () => {
    const slim = slimForm(kuzuQuery('actors_by_ids'), ['aliases', 'aliasKeys', 'evidenceIds']);
    expect(slim).toMatch(
      /RETURN \{id: a\.id, name: a\.name, kind: a\.kind, description: a\.description, sortKey: a\.sortKey\} AS n/,
    );
  });

  it.each([
    ['actors_by_ids', HEAVY_PROPERTIES.actor],
    ['events_by_ids', HEAVY_PROPERTIES.event],
    ['documents_by_ids', HEAVY_PROPERTIES.document],
    ['places_by_ids', HEAVY_PROPERTIES.place],
  ])('%s has a slim form without every heavy property, with the per-id forms of the whole', (name, heavy) => {
    const whole = kuzuQuery(name);
    const slim = slimForm(whole, heavy);
    expect(slim).not.toBeNull();
    for (const property of heavy) expect(slim).not.toContain(`${property}:`);
    const [wholeForms, slimForms] = [byIdsForms(whole), byIdsForms(slim as string)];
    expect(slimForms.perId).not.toBeNull();
    expect(slimForms.scan).not.toBeNull();
    expect(slimForms.unionable).toBe(wholeForms.unionable);
  });

  it('has no slim form for a property the query does not return as a struct entry', () => {
    expect(slimForm(kuzuQuery('actors_by_ids'), ['fingerprint'])).toBeNull();
    expect(slimForm('UNWIND $ids AS id\nMATCH (d:Document {id: id})\nRETURN d AS n', ['text'])).toBeNull();
    expect(slimForm(kuzuQuery('actors_by_ids'), ['name) RETURN 1 //'])).toBeNull();
  });
});
