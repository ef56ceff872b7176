/**
 * Display text for search hits: a short label and an excerpt around the first
 * word searched for. Matching folds case and diacritics without changing the
 * text's length, so positions found in the folded copy cut the original.
 */

const SNIPPET_LENGTH = 200;
const LEAD = 60;

/** The text cut to at most `max` characters at a word boundary, with "…" when cut. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * About SNIPPET_LENGTH characters of `text` around the first occurrence of any
 * term (or, failing that, of a term's stem: "sanctions" finds "sanctioned"),
 * from the start when none occurs. "…" marks a cut at either end.
 */
export function excerpt(text: string, terms: readonly string[]): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= SNIPPET_LENGTH) return clean;
  const folded = foldSameLength(clean);
  const at = firstOccurrence(folded, terms);
  let start = Math.max(0, at - LEAD);
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + SNIPPET_LENGTH);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    end = space > start + SNIPPET_LENGTH / 2 ? space : end;
  }
  return `${start > 0 ? '…' : ''}${clean.slice(start, end).trim()}${end < clean.length ? '…' : ''}`;
}

function firstOccurrence(folded: string, terms: readonly string[]): number {
  const words = terms.map(foldSameLength).filter((term) => term.length > 0);
  const stems = words.map((word) => (word.length > 5 ? word.slice(0, Math.max(4, word.length - 3)) : word));
  for (const candidates of [words, stems]) {
    let best = -1;
    for (const word of candidates) {
      const found = findWord(folded, word);
      if (found >= 0 && (best < 0 || found < best)) best = found;
    }
    if (best >= 0) return best;
  }
  return 0;
}

/** The first position where `word` starts a word of `text`. */
function findWord(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return at;
  }
  return -1;
}

/** Lowercase without diacritics, one UTF-16 unit for one: positions stay valid in the original. */
export function foldSameLength(text: string): string {
  let out = '';
  for (const unit of text) {
    const folded = unit
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    out +=
      folded.length === unit.length
        ? folded
        : unit.toLowerCase().length === unit.length
          ? unit.toLowerCase()
          : unit;
  }
  return out;
}
