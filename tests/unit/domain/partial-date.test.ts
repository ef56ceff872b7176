import { isIsoDay, parsePartialDate } from '../../../src/domain/partial-date';

describe('partial dates', () => {
  it.each([
    ['2025', 'YEAR', '2025-01-01', '2025-12-31'],
    ['2025-02', 'MONTH', '2025-02-01', '2025-02-28'],
    ['2024-02', 'MONTH', '2024-02-01', '2024-02-29'],
    ['2025-06-21', 'DAY', '2025-06-21', '2025-06-21'],
  ])('%s has %s precision covering %s..%s', (text, precision, start, end) => {
    expect(parsePartialDate(text)).toEqual({ value: text, precision, start, end });
  });

  it.each(['2025-02-30', '2025-13', '2025-00-10', '21 June 2025', '2025-6-21', ''])('rejects %p', (text) => {
    expect(parsePartialDate(text)).toHaveProperty('error');
  });

  it('accepts only full days as API bounds', () => {
    expect(isIsoDay('2025-06-21')).toBe(true);
    expect(isIsoDay('2025-06')).toBe(false);
    expect(isIsoDay('2025-06-31')).toBe(false);
  });
});
