// @ts-check
/**
 * The review view: the facts assisted extraction proposed for a document, each
 * over its highlighted span in the article (offsets count code points, as in the
 * reader), with Accept and Reject. Reading the queue and deciding need the API
 * key; it is kept in sessionStorage, so it leaves with the tab.
 */
import { graphql, sourceDocument } from './api.js';
import { byId, el, truncate } from './dom.js';

const KEY_STORAGE = 'polgraph.apiKey';
const view = byId('review-view', HTMLElement);
const open = byId('review-open', HTMLButtonElement);
const close = byId('review-close', HTMLButtonElement);
const form = byId('review-form', HTMLFormElement);
const keyInput = byId('review-key', HTMLInputElement);
const documentSelect = byId('review-document', HTMLSelectElement);
const status = byId('review-status', HTMLParagraphElement);
const text = byId('review-text', HTMLDivElement);
const list = byId('review-proposals', HTMLOListElement);
const acceptMentions = byId('review-accept-mentions', HTMLButtonElement);
/** The proposals shown, for the bulk action. @type {ProposalView[]} */
let shown = [];

/**
 * @typedef {{ id: string, name: string | null }} ActorRef
 * @typedef {{
 *   id: string, documentId: string, kind: string, status: string, quote: string, start: number, end: number,
 *   record: {
 *     actor: ActorRef | null, eventType: string | null, title: string | null, date: string | null,
 *     datePrecision: string | null, endDate: string | null, participants: { actor: ActorRef, role: string }[],
 *     speaker: ActorRef | null, mode: string | null, property: string | null, value: string | null,
 *     subjectId: string | null
 *   }
 * }} ProposalView
 */

const PROPOSAL = `id documentId kind status quote start end record {
  actor { id name } eventType title date datePrecision endDate participants { actor { id name } role }
  speaker { id name } mode property value subjectId }`;

/** @returns {Record<string, string>} */
function headers() {
  const key = sessionStorage.getItem(KEY_STORAGE) ?? '';
  /** @type {Record<string, string>} */
  const sent = {};
  if (key) sent['authorization'] = `Bearer ${key}`;
  return sent;
}

/** @param {string | null} documentId @returns {Promise<ProposalView[]>} */
async function proposals(documentId) {
  /** @type {ProposalView[]} */
  const all = [];
  let after = null;
  for (let page = 0; page < 20; page++) {
    const data = await graphql(
      `query Review($doc: ID, $after: String) {
        pendingFacts(documentId: $doc, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${PROPOSAL} } } }
      }`,
      { doc: documentId, after },
      headers(),
    );
    all.push(...data.pendingFacts.edges.map((/** @type {{ node: ProposalView }} */ e) => e.node));
    if (!data.pendingFacts.pageInfo.hasNextPage) break;
    after = data.pendingFacts.pageInfo.endCursor;
  }
  return all;
}

/** @param {ActorRef | null} actor */
const who = (actor) => (actor ? (actor.name ?? actor.id) : '?');

/** What a proposal says, in one line. @param {ProposalView} p */
function describe(p) {
  const r = p.record;
  switch (p.kind) {
    case 'MENTION':
      return `mentions ${who(r.actor)}`;
    case 'EVENT': {
      const date = r.date
        ? ` · ${r.date}${r.endDate ? `–${r.endDate}` : ''} (${r.datePrecision})`
        : ' · undated';
      const who_ = r.participants.map((x) => `${who(x.actor)} (${x.role})`).join(', ');
      return `${r.eventType}${date}${who_ ? ` · ${who_}` : ''}`;
    }
    case 'STATEMENT':
      return `${who(r.speaker)} ${r.mode === 'VERBATIM' ? 'says' : 'is reported'}`;
    case 'CLAIM':
      return `${r.property} = ${r.value} (about ${r.subjectId})`;
    default:
      return p.kind;
  }
}

/** The article with every proposal's span marked. @param {string} body @param {ProposalView[]} items */
function renderText(body, items) {
  const characters = Array.from(body);
  /** @type {(Node | string)[]} */
  const parts = [];
  let at = 0;
  // Nested spans (a mention inside a statement) are shown by the outer one.
  for (const p of [...items].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (p.start < at) continue;
    parts.push(characters.slice(at, p.start).join(''));
    const mark = el(
      'mark',
      `review-span kind-${p.kind.toLowerCase()}`,
      characters.slice(p.start, p.end).join(''),
    );
    mark.dataset['proposal'] = p.id;
    mark.title = `${p.kind}: ${describe(p)}`;
    parts.push(mark);
    at = p.end;
  }
  parts.push(characters.slice(at).join(''));
  text.replaceChildren(...parts);
}

/** @param {string} id */
function focusSpan(id) {
  const mark = text.querySelector(`[data-proposal="${CSS.escape(id)}"]`);
  text.querySelectorAll('.review-span.focused').forEach((m) => m.classList.remove('focused'));
  if (mark) {
    mark.classList.add('focused');
    mark.scrollIntoView({ block: 'center' });
  }
}

/** @param {'acceptFacts' | 'rejectFacts'} mutation @param {string[]} ids */
async function decide(mutation, ids) {
  status.textContent = mutation === 'acceptFacts' ? 'Accepting…' : 'Rejecting…';
  await graphql(`mutation Decide($ids: [ID!]!) { ${mutation}(ids: $ids) { id status } }`, { ids }, headers());
  await load(documentSelect.value || null);
}

/** @param {ProposalView[]} items */
function renderList(items) {
  list.replaceChildren(
    ...items.map((p) => {
      const accept = el('button', 'primary', 'Accept');
      const reject = el('button', '', 'Reject');
      accept.type = 'button';
      reject.type = 'button';
      accept.addEventListener('click', () => void decide('acceptFacts', [p.id]).catch(show));
      reject.addEventListener('click', () => void decide('rejectFacts', [p.id]).catch(show));
      const quote = el('q', 'review-quote', truncate(p.quote, 160));
      const item = el(
        'li',
        `review-proposal kind-${p.kind.toLowerCase()}`,
        el('strong', '', p.kind),
        ' ',
        describe(p),
        el('br', ''),
        quote,
        el('span', 'hint', ` [${p.start}, ${p.end})`),
        el('div', 'review-actions', accept, reject),
      );
      item.dataset['proposal'] = p.id;
      item.addEventListener('mouseenter', () => focusSpan(p.id));
      return item;
    }),
  );
}

/** @param {unknown} error */
function show(error) {
  status.textContent = error instanceof Error ? error.message : String(error);
}

/** @param {string | null} documentId */
async function load(documentId) {
  status.textContent = 'Loading…';
  const all = await proposals(null);
  const documents = [...new Set(all.map((p) => p.documentId))];
  const chosen = documentId && documents.includes(documentId) ? documentId : (documents[0] ?? null);
  documentSelect.replaceChildren(
    ...documents.map((id) => {
      const option = el('option', '', id);
      option.value = id;
      option.selected = id === chosen;
      return option;
    }),
  );
  if (chosen === null) {
    shown = [];
    text.replaceChildren();
    list.replaceChildren();
    status.textContent = 'Nothing to review: no pending proposal.';
    return;
  }
  const items = all.filter((p) => p.documentId === chosen);
  shown = items;
  const doc = await sourceDocument(chosen);
  renderText(doc?.text ?? '', items);
  renderList(items);
  status.textContent = `${items.length} pending proposal(s) in ${doc?.title ?? chosen}.`;
}

open.addEventListener('click', () => {
  keyInput.value = sessionStorage.getItem(KEY_STORAGE) ?? '';
  view.hidden = false;
  if (keyInput.value) void load(null).catch(show);
  else keyInput.focus();
});
close.addEventListener('click', () => {
  view.hidden = true;
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(KEY_STORAGE, keyInput.value.trim());
  void load(documentSelect.value || null).catch(show);
});
acceptMentions.addEventListener('click', () => {
  const mentions = shown.filter((p) => p.kind === 'MENTION').map((p) => p.id);
  if (mentions.length > 0) void decide('acceptFacts', mentions).catch(show);
});
documentSelect.addEventListener('change', () => void load(documentSelect.value).catch(show));
