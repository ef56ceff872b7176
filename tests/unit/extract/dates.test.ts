import { isPartialDate, parsePartialDate, type PartialDate } from '../../../src/domain/partial-date';
import { findDates } from '../../../src/extract/dates';

const day = (value: string): PartialDate => {
  const parsed = parsePartialDate(value);
  if (!isPartialDate(parsed)) throw new Error(parsed.error);
  return parsed;
};
const one = (text: string, published?: PartialDate) => {
  const dates = findDates(text, published);
  expect(dates).toHaveLength(1);
  return dates[0];
};

describe('dates against the publication date', () => {
  // Thursday 9 October 2025.
  const published = day('2025-10-09');

  it('gives a day without a year the year of publication, marked inferred', () => {
    expect(one('They met on June 21 in Minsk.', published)).toMatchObject({
      value: '2025-06-21',
      inferred: true,
    });
    expect(one('They met on 3 October.', published)).toMatchObject({ value: '2025-10-03', inferred: true });
  });

  it('keeps a month a month: "late January" is never a day', () => {
    expect(one('The first release came in late January.', published)).toMatchObject({
      value: '2025-01',
      inferred: true,
    });
  });

  it('puts a month after publication in the year before', () => {
    expect(one('The talks began in November.', published)).toMatchObject({
      value: '2024-11',
      inferred: true,
    });
  });

  it('keeps a written year as written, not inferred', () => {
    expect(one('The protests of 2020 were the largest.', published)).toMatchObject({
      value: '2020',
      inferred: false,
    });
    expect(one('On 11 September 2025 Coale met Lukashenko.', published)).toMatchObject({
      value: '2025-09-11',
      inferred: false,
    });
  });

  it('reads "last week" as the calendar week before publication, a span of days', () => {
    expect(one('About 20 prisoners were pardoned last week.', published)).toMatchObject({
      value: '2025-09-29',
      endValue: '2025-10-05',
      inferred: true,
    });
  });

  it('reads "last month", a weekday and "five years ago" to their own precision', () => {
    expect(one('Last month, the EU imposed sanctions.', published)).toMatchObject({ value: '2025-09' });
    expect(one('She met the minister on Tuesday.', published)).toMatchObject({ value: '2025-10-07' });
    expect(one('The protests began five years ago.', published)).toMatchObject({ value: '2020' });
  });

  it('resolves no relative date when the publication day is not known', () => {
    expect(findDates('Prisoners were pardoned last week.', day('2025'))).toEqual([]);
    expect(findDates('They met on Tuesday.')).toEqual([]);
  });

  it('reads a range of days', () => {
    expect(one('From September 25 to 29, the Bundeswehr held manoeuvres.', published)).toMatchObject({
      value: '2025-09-25',
      endValue: '2025-09-29',
    });
  });

  it('does not take the modal verb "may" for a month', () => {
    expect(findDates('Talks may resume soon.', published)).toEqual([]);
  });
});

describe('dates relative to the story, not to the publication', () => {
  // Friday 19 December 2025.
  const published = day('2025-12-19');

  it('reads a weekday as the last one before publication', () => {
    expect(one('Police detained him on Monday.', published)).toMatchObject({ value: '2025-12-15' });
    expect(one('They will meet next Monday.', published)).toMatchObject({ value: '2025-12-22' });
  });

  it('leaves "a week after", "the next day" to the events they follow', () => {
    expect(findDates('Sanctions came a week after the swap.', published)).toEqual([]);
    expect(findDates('The very next day, Poland shared the data.', published)).toEqual([]);
  });

  it('gives "recently" the year of publication and no more', () => {
    expect(one('Minsk recently released two groups of prisoners.', published)).toMatchObject({
      value: '2025',
      inferred: true,
    });
    expect(findDates('Minsk recently released two groups of prisoners.')).toEqual([]);
  });
});
