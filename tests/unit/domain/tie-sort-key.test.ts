import { tieOfSortKey, tieSortKey } from '../../../src/domain/graph';

describe('tieSortKey', () => {
  it('sorts ties by type, then id, a type before any longer type it begins', () => {
    const ties = [
      { type: 'MEMBER_OF', id: 'b' },
      { type: 'ALLY_OF', id: 'z' },
      { type: 'MEMBER_OF', id: 'a-2' },
      { type: 'ALLY_OF_X', id: 'a' },
    ];
    const sorted = ties.map(tieSortKey).sort();
    expect(sorted).toEqual(['ALLY_OF z', 'ALLY_OF_X a', 'MEMBER_OF a-2', 'MEMBER_OF b']);
  });

  it('gives back the type and id it was made of, and those of a key a tab parted', () => {
    expect(tieOfSortKey(tieSortKey({ type: 'SPOUSE_OF', id: 'tie-1f' }))).toEqual({
      type: 'SPOUSE_OF',
      id: 'tie-1f',
    });
    expect(tieOfSortKey('SPOUSE_OF\ttie-1f')).toEqual({ type: 'SPOUSE_OF', id: 'tie-1f' });
    expect(tieOfSortKey('SPOUSE_OF')).toEqual({ type: 'SPOUSE_OF', id: '' });
    expect(tieOfSortKey('')).toEqual({ type: '', id: '' });
  });
});
