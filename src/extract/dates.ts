import * as chrono from 'chrono-node';
import type { PartialDate } from '../domain/partial-date';
import type { ResolvedDate, Span } from './types';

/**
 * Dates in the text, resolved against the publication date and kept to the
 * precision the text gives: "June 21" is a day, "late January" a month, "in 2020" a
 * year; "last week" is the calendar week before publication (a span of days) and
 * only when the publication day is known. Year or month taken from the publication
 * date is marked `inferred`. Nothing is invented: what cannot be resolved is left out.
 */
export function findDates(text: string, published?: PartialDate): ResolvedDate[] {
  const found: ResolvedDate[] = [];
  const reference = referenceDate(published);
  for (const result of chrono.casual.parse(text, reference)) {
    const span = { start: result.index, end: result.index + result.text.length };
    const resolved = isRelative(result.text)
      ? resolveRelative(result, published, span)
      : resolveAbsolute(text, result, published, span);
    if (resolved) found.push(resolved);
  }
  for (const year of findYears(text)) {
    if (!found.some((d) => d.span.start <= year.span.start && year.span.start < d.span.end)) found.push(year);
  }
  // "recently", "in recent months": the year of publication, no finer (it may be weeks back).
  if (published) {
    for (const match of text.matchAll(/\b(?:recently|lately|in recent (?:days|weeks|months))\b/gi)) {
      const span = { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length };
      if (found.some((d) => d.span.start < span.end && span.start < d.span.end)) continue;
      found.push({ value: published.value.slice(0, 4), inferred: true, span });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

const RELATIVE =
  /\b(?:today|yesterday|tomorrow|tonight|last|this|next|ago|earlier|later|after|before|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const MONTH_CONTEXT =
  /\b(?:in|since|until|till|by|early|late|mid|from|of|during|through|before|after|last|this|next|on|between|and|to)\s*-?\s*$/i;

function isRelative(expression: string): boolean {
  return RELATIVE.test(expression) && !/\b(?:19|20)\d{2}\b/.test(expression);
}

function referenceDate(published?: PartialDate): Date {
  if (!published) return new Date(Date.UTC(new Date().getUTCFullYear(), 6, 1, 12));
  const [y, m, d] = published.value.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(y, (m ?? 7) - 1, d ?? (m ? 15 : 1), 12));
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (date: Date): string =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

type Parsed = ReturnType<typeof chrono.casual.parse>[number];

function resolveRelative(
  result: Parsed,
  published: PartialDate | undefined,
  span: Span,
): ResolvedDate | undefined {
  if (!published) return undefined;
  const expression = result.text.toLowerCase();
  // "the next day", "the day before": relative to the story, not to the publication.
  if (/\b(?:next|following|previous) day\b|\bday (?:before|after)\b/.test(expression)) return undefined;
  // "a week after the swap", "two days before": relative to another event, not to the publication.
  if (/\b(?:after|before|prior|following)\b/.test(expression)) return undefined;
  if (
    /\b(?:few|several|some|couple)\b/.test(expression) ||
    /\bnow\b|\bearlier\b|\blater\b/.test(expression)
  ) {
    return undefined;
  }
  const day = published.precision === 'DAY';
  const base = new Date(`${published.start}T12:00:00Z`);
  if (/\bweek\b/.test(expression)) {
    if (!day) return undefined;
    const shift = /\blast\b/.test(expression) ? -7 : /\bnext\b/.test(expression) ? 7 : 0;
    const monday = new Date(base);
    monday.setUTCDate(base.getUTCDate() - ((base.getUTCDay() + 6) % 7) + shift);
    const sunday = new Date(monday);
    sunday.setUTCDate(monday.getUTCDate() + 6);
    return { value: isoDay(monday), endValue: isoDay(sunday), inferred: true, span };
  }
  if (/\bmonth\b/.test(expression)) {
    if (published.precision === 'YEAR') return undefined;
    const shift = /\blast\b/.test(expression) ? -1 : /\bnext\b/.test(expression) ? 1 : 0;
    const month = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + shift, 1));
    return { value: `${month.getUTCFullYear()}-${pad(month.getUTCMonth() + 1)}`, inferred: true, span };
  }
  if (/\byear\b/.test(expression)) {
    const shift = /\blast\b/.test(expression) ? -1 : /\bnext\b/.test(expression) ? 1 : 0;
    return { value: String(base.getUTCFullYear() + shift), inferred: true, span };
  }
  const yearsAgo = /^(\w+)\s+years?\s+ago$/.exec(expression);
  if (yearsAgo) {
    const n = /^\d+$/.test(yearsAgo[1] as string)
      ? Number(yearsAgo[1])
      : NUMBER_WORDS.indexOf(yearsAgo[1] as string);
    return n > 0 ? { value: String(base.getUTCFullYear() - n), inferred: true, span } : undefined;
  }
  if (!day) return undefined;
  if (/\bago\b/.test(expression) && !/\bdays?\b/.test(expression)) return undefined;
  const date = result.start.date();
  let value = `${result.start.get('year')}-${pad(result.start.get('month') ?? date.getUTCMonth() + 1)}-${pad(result.start.get('day') ?? date.getUTCDate())}`;
  // "on Monday" in a report is the Monday before publication, unless the text says "next".
  const weekday = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(expression);
  if (weekday && !/\bnext\b/.test(expression) && value > published.value.slice(0, 10)) {
    const back = new Date(`${value}T12:00:00Z`);
    back.setUTCDate(back.getUTCDate() - 7);
    value = isoDay(back);
  }
  return { value, inferred: true, span };
}

function resolveAbsolute(
  text: string,
  result: Parsed,
  published: PartialDate | undefined,
  span: Span,
): ResolvedDate | undefined {
  const start = result.start;
  if (!start.isCertain('month') && !start.isCertain('year')) return undefined;
  // "May", "March" alone are often verbs: a month needs a day, a year or a preposition.
  if (start.isCertain('month') && !start.isCertain('day') && !start.isCertain('year')) {
    if (!MONTH_CONTEXT.test(text.slice(Math.max(0, span.start - 12), span.start))) return undefined;
  }
  const year = start.isCertain('year') ? start.get('year') : contextYear(text, span.start, published);
  if (year === undefined || year === null) return undefined;
  const inferred = !start.isCertain('year');
  const format = (component: typeof start): string => {
    const month = component.isCertain('month') ? component.get('month') : null;
    const day = component.isCertain('day') ? component.get('day') : null;
    if (month === null) return String(year);
    if (day === null) return `${year}-${pad(month)}`;
    return `${year}-${pad(month)}-${pad(day)}`;
  };
  let value = format(start);
  let yearShift = 0;
  if (
    inferred &&
    published &&
    published.precision !== 'YEAR' &&
    value.slice(0, published.value.length) > published.value
  ) {
    yearShift = -1; // a month after publication is last year's
    value = `${year - 1}${value.slice(4)}`;
  }
  const endValue = result.end ? `${year + yearShift}${format(result.end).slice(4)}` : undefined;
  return endValue && endValue !== value
    ? { value, endValue, inferred, span: { start: span.start, end: span.end } }
    : { value, inferred, span };
}

/** "in August of the same year": the year last written before; else the publication year. */
function contextYear(text: string, at: number, published?: PartialDate): number | undefined {
  const after = text.slice(at, at + 40);
  if (/^\S+\s+(?:of\s+)?(?:the\s+same|that)\s+year/i.test(after)) {
    const years = [...text.slice(0, at).matchAll(/\b(?:19|20)\d{2}\b/g)];
    const last = years[years.length - 1];
    if (last) return Number(last[0]);
  }
  return published ? Number(published.value.slice(0, 4)) : undefined;
}

/** Years written as such: "in 2020", "since 2022", "the summer of 2025", "2020–2022". */
function findYears(text: string): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  const pattern =
    /\b(?:in|since|of|from|until|till|by|during|after|before|early|late|mid-?|summer|winter|spring|autumn|fall|year)\s+((?:19|20)\d{2})(?:\s*[–—-]\s*((?:19|20)\d{2}))?\b/gi;
  for (const match of text.matchAll(pattern)) {
    const yearAt = (match.index ?? 0) + match[0].indexOf(match[1] as string);
    const span = { start: yearAt, end: (match.index ?? 0) + match[0].length };
    out.push(
      match[2]
        ? { value: match[1] as string, endValue: match[2], inferred: false, span }
        : { value: match[1] as string, inferred: false, span },
    );
  }
  return out;
}
