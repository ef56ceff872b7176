import {
  HEAVY_PROPERTIES,
  leftOut,
  PropertyNotReadError,
  withoutProperties,
  type HeavyNeeds,
} from '../../../src/domain/read-plan';

const none: HeavyNeeds = { actor: [], event: [], document: [], place: [] };

describe('heavy properties a planned read may leave out', () => {
  it('leaves out what no read needs, and nothing when a read says nothing of its needs', () => {
    expect(leftOut('actor', [none])).toEqual(HEAVY_PROPERTIES.actor);
    expect(leftOut('actor', [none, { ...none, actor: ['aliases'] }])).toEqual([
      'aliasKeys',
      'description',
      'evidenceIds',
    ]);
    expect(leftOut('actor', [none, undefined])).toEqual([]);
    expect(leftOut('tie', [none])).toEqual([]);
  });

  it('makes reading a property left out an error, never an empty value', () => {
    const record = withoutProperties('actor', { id: 'a', name: 'A', aliases: [] as string[] }, ['aliases']);
    expect(record.name).toBe('A');
    expect(() => record.aliases).toThrow(PropertyNotReadError);
    expect(() => record.aliases).toThrow(/actor property "aliases"/);
    expect(() => ({ ...record })).toThrow(PropertyNotReadError);
  });
});
