import { isPartialDate, parsePartialDate } from './partial-date';

/**
 * A window of days, both ends optional and inclusive (YYYY-MM-DD). Facts with
 * partial dates match when the days they cover overlap the window; a fact with no
 * date at all matches only an open window, since nothing says it falls inside.
 */
export interface TimeWindow {
  readonly from: string | null;
  readonly to: string | null;
}

export const OPEN_WINDOW: TimeWindow = { from: null, to: null };

export function isOpen(window: TimeWindow): boolean {
  return window.from === null && window.to === null;
}

/** An event (or anything dated by a day range) is in the window when the ranges overlap. */
export function rangeInWindow(start: string | null, end: string | null, window: TimeWindow): boolean {
  if (isOpen(window)) return true;
  if (start === null || end === null) return false;
  return (window.from === null || end >= window.from) && (window.to === null || start <= window.to);
}

/**
 * Whether an event list with a window keeps an event: its dates overlap the
 * window, or it has no date and the list asks for those too (`includeUndated`;
 * an open window keeps every event).
 */
export function eventInWindow(
  start: string | null,
  end: string | null,
  window: TimeWindow,
  includeUndated: boolean,
): boolean {
  return rangeInWindow(start, end, window) || (includeUndated && start === null);
}

/** First and last day a partial date covers, or null bounds when absent or invalid. */
function bounds(value: string | null): { start: string; end: string } | null {
  if (value === null) return null;
  const parsed = parsePartialDate(value);
  return isPartialDate(parsed) ? parsed : null;
}

/**
 * A tie is in force during the window unless it began after the window ended or
 * ended before it began. Ties without bounds are taken as in force: the sources
 * state them without limiting them in time; except a tie the sources call
 * former without saying when it ended (Yeltsin as Russia's leader): it held at
 * some time before, nothing says when, so it is in no window but the open one
 * (as `tieHeldDuring` takes it for led bodies' timelines).
 */
export function tieInWindow(
  tie: { since: string | null; until: string | null; former: boolean },
  window: TimeWindow,
): boolean {
  if (isOpen(window)) return true;
  if (tie.former && tie.until === null) return false;
  const since = bounds(tie.since);
  const until = bounds(tie.until);
  if (window.to !== null && since !== null && since.start > window.to) return false;
  if (window.from !== null && until !== null && until.end < window.from) return false;
  return true;
}
