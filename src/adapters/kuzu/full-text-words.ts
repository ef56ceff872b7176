import { searchableText } from '../../domain/text';

/**
 * A full-text query as Kuzu's indexes can match it: its words, one space
 * between them. The indexed column holds the texts with their punctuation made
 * spaces (searchableText), and Kuzu takes a query's typographic marks as part
 * of its words, so "Tikhanovsky’s" would look for a word no text has. Empty
 * when the query has no word.
 */
export function fullTextWords(text: string): string {
  return searchableText(text)
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .join(' ');
}
