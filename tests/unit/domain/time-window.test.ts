import { tieInWindow } from '../../../src/domain/time-window';

const day = (date: string) => ({ from: date, to: date });
const tie = (since: string | null, until: string | null, former = false) => ({ since, until, former });

describe('tieInWindow', () => {
  it('keeps a tie whose bounds, at their precision, overlap the window', () => {
    expect(tieInWindow(tie('2025-06', null), day('2025-06-01'))).toBe(true);
    expect(tieInWindow(tie('2025-06', null), day('2025-05-31'))).toBe(false);
    expect(tieInWindow(tie(null, '2024'), day('2024-12-31'))).toBe(true);
    expect(tieInWindow(tie(null, '2024'), day('2025-01-01'))).toBe(false);
  });

  it('takes a tie stated without bounds as in force at every date', () => {
    expect(tieInWindow(tie(null, null), day('1990-01-01'))).toBe(true);
    expect(tieInWindow(tie(null, null), { from: '2025-01-01', to: null })).toBe(true);
  });

  it('keeps a former tie with no end date out of every window but the open one: nothing says when it held', () => {
    expect(tieInWindow(tie(null, null, true), day('2025-06-21'))).toBe(false);
    expect(tieInWindow(tie('1991', null, true), { from: null, to: '2025-12-31' })).toBe(false);
    expect(tieInWindow(tie(null, null, true), { from: null, to: null })).toBe(true);
  });

  it('places a former tie by its end date when the sources give one', () => {
    expect(tieInWindow(tie('1994', '1999', true), day('1996-03-01'))).toBe(true);
    expect(tieInWindow(tie('1994', '1999', true), day('2025-06-21'))).toBe(false);
  });
});
