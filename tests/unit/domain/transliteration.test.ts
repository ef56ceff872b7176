import { nameKey } from '../../../src/domain/text';
import { transliterateCyrillic } from '../../../src/domain/transliteration';
import { sameName, skeleton as identitySkeleton } from '../../../src/extract/names';
import { skeleton as searchSkeleton } from '../../../src/services/name-index';

describe('transliterateCyrillic', () => {
  it('spells Belarusian, Russian and Ukrainian names as English news does', () => {
    expect(transliterateCyrillic('лукашэнка')).toBe('lukashenka');
    expect(transliterateCyrillic('ціханоўская')).toBe('tsikhanouskaya');
    expect(transliterateCyrillic('київ')).toBe('kiyiv');
    expect(transliterateCyrillic('європа')).toBe('yevropa');
  });

  it('keeps Latin text and letters it has no spelling for', () => {
    expect(transliterateCyrillic('Minsk мінск')).toBe('Minsk minsk');
    expect(transliterateCyrillic('ђ')).toBe('ђ');
  });
});

describe('one transliteration for search and extraction', () => {
  const pairs: Array<[string, string]> = [
    ['Святлана Ціханоўская', 'Sviatlana Tsikhanouskaya'],
    ['Аляксандр Лукашэнка', 'Aliaksandr Lukashenka'],
    ['Сергей Тихановский', 'Sergei Tikhanovsky'],
  ];

  it.each(pairs)('the extractor takes %s for %s', (cyrillic, latin) => {
    expect(sameName(cyrillic, latin)).toBe(true);
  });

  it.each(pairs)('search ranks %s and %s on one skeleton', (cyrillic, latin) => {
    expect(searchSkeleton(nameKey(cyrillic))).toBe(searchSkeleton(nameKey(latin)));
  });

  it('both skeletons read й and ї the way English spellings write them', () => {
    expect(identitySkeleton('Андрій')).toBe(identitySkeleton('Andriy'));
    expect(searchSkeleton(nameKey('Андрій'))).toBe(searchSkeleton(nameKey('Andrii')));
  });
});
