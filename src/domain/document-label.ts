import type { DocumentRecord } from './graph';

/** The longest label made from a document's opening words, in code points. */
export const LEAD_LABEL_LENGTH = 80;

export interface DocumentLabel {
  /** The printed title, or the opening words of the text when it prints none. */
  readonly text: string;
  /** True when no title is printed and `text` is taken from the lead sentence. */
  readonly inferred: boolean;
}

/**
 * What a list shows for a document. A title is never invented: a text that
 * prints none (two of the seed articles) is shown by its lead sentence, cut at
 * a word boundary and marked with an ellipsis when longer, and flagged as such.
 */
export function documentLabel(document: Pick<DocumentRecord, 'title' | 'text'>): DocumentLabel {
  if (document.title !== null && document.title.trim() !== '')
    return { text: document.title, inferred: false };
  const firstLine = document.text.trim().split(/\r?\n/, 1)[0] ?? '';
  const sentence = (/^.*?[.!?](?=\s|$)/u.exec(firstLine)?.[0] ?? firstLine).trim();
  const points = Array.from(sentence);
  if (points.length <= LEAD_LABEL_LENGTH) return { text: sentence, inferred: true };
  const cut = points.slice(0, LEAD_LABEL_LENGTH).join('');
  const atWord = cut.lastIndexOf(' ');
  return {
    text: `${(atWord > 0 ? cut.slice(0, atWord) : cut).replace(/[\s,;:–—-]+$/u, '')}…`,
    inferred: true,
  };
}
