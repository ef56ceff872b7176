/**
 * Name matching folds case and diacritics ("Tsikhanoŭski" = "tsikhanouski"), and
 * treats typographic apostrophes and hyphens like their ASCII forms, so that a
 * user typing on any keyboard finds an alias as the source spelled it.
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A text as a full-text index should see its words: every run of characters
 * that are neither letters (with their marks), digits nor white space becomes
 * one space. Articles quote and dash with typographic marks ("Tikhanovsky’s",
 * “Lukashenko”, "envoy—Kellogg"), and an index that splits words only on ASCII
 * punctuation (Kuzu's) would take them as parts of the words beside them.
 */
export function searchableText(text: string): string {
  return text.replace(UNSEARCHABLE_RUN, ' ');
}
// White space as the Unicode separators and ASCII controls, so a byte-order mark
// (which \s counts as white space) is taken as a mark, not part of a word.
const UNSEARCHABLE_RUN = /[^\p{L}\p{M}\p{N}\p{Z}\t\n\v\f\r]+/gu;

/** Folded text for substring search over statements and titles. */
export const searchKey = nameKey;

/**
 * Evidence offsets count Unicode code points (as Python's str does), not UTF-16
 * units, so researchers can slice the text in any language and get the quote.
 */
export function codePointOffset(text: string, utf16Index: number): number {
  let count = 0;
  for (let i = 0; i < utf16Index; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count++;
  }
  return count;
}

/** The text between two code-point offsets. */
export function sliceByCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** All UTF-16 start indices of `needle` in `haystack`. */
export function findAll(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/**
 * Where an actor sorts in name order: its name key, then its id for names
 * alike. The two are joined by a tab, which sorts before every character a
 * name key holds (it folds whitespace to single spaces), so a name comes
 * before the longer names it begins: "Belarus" before "Belarusian
 * opposition", "Russia" before "Russian Direct Investment Fund".
 */
export function actorSortKey(name: string, id: string): string {
  return `${nameKey(name)}\t${id}`;
}
