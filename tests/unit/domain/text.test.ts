import { codePointOffset, findAll, nameKey, sliceByCodePoints } from '../../../src/domain/text';

describe('name keys', () => {
  it('fold case, diacritics and typographic punctuation', () => {
    expect(nameKey('Wiesław Kukuła')).toBe('wieslaw kukula');
    expect(nameKey('  Tsikhanoŭskaya ')).toBe('tsikhanouskaya');
    expect(nameKey('Kellogg’s deputy')).toBe("kellogg's deputy");
    expect(nameKey('ÉMIGRÉ   opposition')).toBe('emigre opposition');
  });
});

describe('code-point offsets', () => {
  it('count characters outside the Basic Multilingual Plane once', () => {
    const text = 'a😀b “quote”';
    const at = text.indexOf('“quote”');
    const start = codePointOffset(text, at);
    expect(start).toBe(4);
    expect(sliceByCodePoints(text, start, start + 7)).toBe('“quote”');
  });

  it('find every occurrence', () => {
    expect(findAll('abcabc', 'bc')).toEqual([1, 4]);
    expect(findAll('abc', '')).toEqual([]);
  });
});
