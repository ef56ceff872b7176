import { genderConflict, sameName, skeleton, surnameGender } from '../../../src/extract/names';

describe('transliteration-aware names', () => {
  it.each([
    ['Tsikhanouski', 'Tikhanovsky'],
    ['Tsikhanouski', 'Tsikhanovsky'],
    ['Tsikhanovsky', 'Tsykhanovsky'],
    ['Lukashenko', 'Lukashenka'],
    ['Kolesnikova', 'Kalesnikava'],
    ['Tsikhanouskaya', 'Tikhanovskaya'],
    ['Zelensky', 'Zelenskyy'],
    ['Ціханоўскі', 'Tsikhanouski'],
  ])('%s and %s are one name', (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ['Tsikhanouski', 'Tsikhanouskaya'],
    ['Ushakov', 'Kellogg'],
    ['Putin', 'Pompeo'],
  ])('%s and %s are different names', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });

  it('reads the gender a surname form marks: a husband and a wife are two people', () => {
    expect(surnameGender('Tsikhanouski')).toBe('M');
    expect(surnameGender('Tsikhanovsky')).toBe('M');
    expect(surnameGender('Tsikhanouskaya')).toBe('F');
    expect(surnameGender('Kalesnikava')).toBeUndefined();
    expect(surnameGender('Kolesnikova')).toBe('F');
    expect(surnameGender('Lukashenka')).toBeUndefined();
    expect(genderConflict(surnameGender('Tsikhanouskaya'), surnameGender('Tsikhanovsky'))).toBe(true);
  });

  it('folds the spellings of one name to one skeleton', () => {
    expect(skeleton('Tsikhanouski')).toBe(skeleton('Tsikhanovsky'));
    expect(skeleton('Lukashenko')).toBe(skeleton('Lukashenka'));
  });
});
