/**
 * Dates as the sources give them: a day, a month or only a year. "Late January"
 * is month precision; a day is never invented. The ISO prefix form ("2025",
 * "2025-06", "2025-06-21") sorts correctly as a string and is what both stores keep.
 */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface PartialDate {
  /** ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly value: string;
  readonly precision: DatePrecision;
  /** First and last day covered, inclusive, as YYYY-MM-DD. */
  readonly start: string;
  readonly end: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Parses an ISO prefix date; returns an explanation instead of a date when it is impossible. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return { error: `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD` };
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { value: text, precision: 'YEAR', start: `${match[1]}-01-01`, end: `${match[1]}-12-31` };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${match[2]}` };
  const lastDay = daysInMonth(year, month);
  if (match[3] === undefined) {
    return {
      value: text,
      precision: 'MONTH',
      start: `${match[1]}-${match[2]}-01`,
      end: `${match[1]}-${match[2]}-${pad(lastDay)}`,
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return { error: `"${text}" is not a day of that month` };
  return { value: text, precision: 'DAY', start: text, end: text };
}

export function isPartialDate(value: PartialDate | { error: string }): value is PartialDate {
  return !('error' in value);
}

/** A full day (YYYY-MM-DD) for API filters, where precision must be a day. */
export function isIsoDay(text: string): boolean {
  const parsed = parsePartialDate(text);
  return isPartialDate(parsed) && parsed.precision === 'DAY';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as precise as it is known, for display: "21 June 2025", "June 2025", "2025". */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? value;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}
