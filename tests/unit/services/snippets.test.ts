import { excerpt, foldSameLength, truncate } from '../../../src/services/snippets';

describe('search snippets', () => {
  const long =
    'The first part of this text talks about nothing in particular, and goes on for a while so that ' +
    'the excerpt has to be cut somewhere. Then Tsikhanoŭski was released with thirteen others, and the ' +
    'text goes on again about other things for long enough to need a cut at the end as well, surely.';

  it('folds case and diacritics without moving positions', () => {
    expect(foldSameLength('Tsikhanoŭski ÉTÉ')).toBe('tsikhanouski ete');
    expect(foldSameLength('Tsikhanoŭski').length).toBe('Tsikhanoŭski'.length);
  });

  it('cuts around the first word searched for, diacritics and case ignored', () => {
    const cut = excerpt(long, ['tsikhanouski']);
    expect(cut).toContain('Tsikhanoŭski was released');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(202);
  });

  it("falls back to a word's stem, then to the start", () => {
    expect(excerpt(long, ['releasing'])).toContain('released');
    expect(excerpt(long, ['zeppelin']).startsWith('The first part')).toBe(true);
    expect(excerpt('Short text.', ['short'])).toBe('Short text.');
  });

  it('truncates labels at a word boundary', () => {
    expect(truncate('one two three four', 12)).toBe('one two…');
    expect(truncate('  one   two ', 12)).toBe('one two');
  });
});
