import type { Span } from './types';

/** A sentence of the article with its place in the text (UTF-16 indices). */
export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  readonly text: string;
}

export interface Token extends Span {
  readonly text: string;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'st',
  'jr',
  'sr',
  'prof',
  'pres',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'adm',
  'capt',
  'maj',
  'sgt',
]);

const CLOSERS = /[”’"'»)\]]/;

/** Paragraphs are lines; a sentence never crosses a line break. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const lines = text.split('\n');
  for (const line of lines) {
    let start = 0;
    const push = (from: number, to: number): void => {
      const raw = line.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body.length === 0) return;
      const begin = lineStart + from + lead;
      sentences.push({
        index: sentences.length,
        paragraph,
        start: begin,
        end: begin + body.length,
        text: body,
      });
    };
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
      let end = i + 1;
      while (end < line.length && /[.!?…]/.test(line[end] as string)) end++;
      while (end < line.length && CLOSERS.test(line[end] as string)) end++;
      const next = line.slice(end);
      if (!/^\s+["“«'‘(]?[\p{Lu}\d]/u.test(next)) continue;
      if (ch === '.' && isAbbreviation(line, i)) continue;
      push(start, end);
      start = end;
      i = end - 1;
    }
    push(start, line.length);
    if (line.trim().length > 0) paragraph++;
    lineStart += line.length + 1;
  }
  return sentences;
}

function isAbbreviation(line: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(line.slice(0, dot));
  if (!before) return false;
  const word = before[1] as string;
  if (word.includes('.')) return true; // U.S. / G. / a.m.
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Words (letters, digits, inner apostrophes, hyphens and dots of abbreviations). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const word = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'\-./][\p{L}\p{M}\p{N}]+)*\.?/gu;
  for (let match = word.exec(text); match; match = word.exec(text)) {
    let value = match[0];
    // Keep the dot of "U.S." but not a sentence's full stop.
    if (value.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(value)) value = value.slice(0, -1);
    tokens.push({ text: value, start: offset + match.index, end: offset + match.index + value.length });
  }
  return tokens;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

/** Trims spaces and trailing commas, dashes or colons from a span. */
export function trimSpan(text: string, span: Span, trailing = /[\s,;:–—-]/): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && trailing.test(text[end - 1] as string)) end--;
  return { start, end };
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
