// @ts-check
/**
 * The document reader: a source's full text with one quote highlighted at its
 * offsets, which count Unicode code points (not UTF-16 units, as JavaScript
 * strings do), so the text is sliced as an array of code points.
 */
import { sourceDocument } from './api.js';
import { formatPartial } from './dates.js';
import { byId, el } from './dom.js';

const view = byId('document-view', HTMLElement);
const title = byId('document-title', HTMLHeadingElement);
const meta = byId('document-meta', HTMLParagraphElement);
const text = byId('document-text', HTMLDivElement);
const close = byId('document-close', HTMLButtonElement);

/** @param {import('./api.js').Evidence} evidence */
export async function openDocument(evidence) {
  const doc = await sourceDocument(evidence.document.id);
  if (!doc) throw new Error(`Document ${evidence.document.id} is not in the graph.`);
  const characters = Array.from(doc.text);
  const mark = el('mark', '', characters.slice(evidence.start, evidence.end).join(''));
  mark.id = 'document-highlight';
  title.textContent = doc.titleInferred ? `“${doc.displayTitle}”` : doc.displayTitle;
  meta.textContent = [doc.author, doc.publishedDate && formatPartial(doc.publishedDate), doc.id]
    .filter(Boolean)
    .join(' · ');
  text.replaceChildren(
    characters.slice(0, evidence.start).join(''),
    mark,
    characters.slice(evidence.end).join(''),
  );
  view.hidden = false;
  mark.scrollIntoView({ block: 'center' });
  close.focus();
}

export function closeDocument() {
  view.hidden = true;
}

close.addEventListener('click', closeDocument);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !view.hidden) closeDocument();
});
