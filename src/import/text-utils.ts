import { createHash } from 'node:crypto';
import { codePointOffset, findAll, nameKey } from '../domain/text';

/** A lower-case slug (letters, digits, hyphens), as registry ids must be; '' when nothing is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The first `length` hex digits of the SHA-256 of `text`: stable across runs and machines. */
export function shortHash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Collapses runs of white space (newlines, tabs) so a value fits on one line of a rendered document. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A quote as the source format writes it: the text, and which occurrence when it repeats. */
export interface QuoteRef {
  quote: string;
  occurrence?: number;
}

/**
 * The quote for the text between two UTF-16 indices, with the occurrence the
 * validator needs to find this very span when the same text comes earlier.
 */
export function quoteAt(text: string, start: number, end: number): QuoteRef {
  const quote = text.slice(start, end);
  const occurrence = findAll(text, quote).indexOf(start) + 1;
  if (occurrence === 0) throw new Error(`internal: quote not at ${start}`);
  return occurrence > 1 ? { quote, occurrence } : { quote };
}

/** Code-point offsets of a span, as the evidence format counts them. */
export function codePointSpan(text: string, start: number, end: number): { start: number; end: number } {
  const from = codePointOffset(text, start);
  return { start: from, end: from + Array.from(text.slice(start, end)).length };
}

/** What the validator checks of a mention: its quote holds one of the actor's registered spellings. */
export function quoteNamesActor(quote: string, spellings: readonly string[]): boolean {
  const key = nameKey(quote);
  return spellings.some((spelling) => key.includes(nameKey(spelling)));
}

/** Counts by key, printed in key order. */
export class Counter {
  private readonly counts = new Map<string, number>();

  add(key: string, by = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + by);
  }

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  get total(): number {
    let sum = 0;
    for (const value of this.counts.values()) sum += value;
    return sum;
  }

  entries(): [string, number][] {
    return [...this.counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  toObject(): Record<string, number> {
    return Object.fromEntries(this.entries());
  }

  format(): string {
    const entries = this.entries();
    return entries.length === 0 ? 'none' : entries.map(([key, count]) => `${key} ${count}`).join(', ');
  }
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
