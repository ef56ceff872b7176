// @ts-check
/**
 * The explorer page: search an actor, see its neighbourhood, expand nodes,
 * read the evidence behind each link in its source, narrow the graph to a
 * time window, find paths between two actors and export what is shown.
 *
 * Everything comes from the public GraphQL API (./api.js). The Cytoscape
 * instance is exposed as `window.explorer.cy` for scripting and tests.
 */
import * as api from './api.js';
import { dayNumber, endOf, formatPartial, isIsoDay, isoDay, overlaps, startOf } from './dates.js';
import { byId, el, truncate } from './dom.js';
import { openDocument } from './reader.js';
import './review.js';
import {
  HOSTILE_TIES,
  UNDIRECTED_TIES,
  actorKind,
  eventFamily,
  humanise,
  inkOn,
  renderLegend,
  stylesheet,
} from './style.js';
import { suggestions } from './suggestions.js';

/** @typedef {import('cytoscape').Core} Core */
/** @typedef {import('cytoscape').NodeSingular} NodeSingular */
/** @typedef {import('cytoscape').EdgeSingular} EdgeSingular */
/** @typedef {{ from: string, to: string }} TimeWindow */

/** Loaded by the classic <script> before this module runs. */
const cytoscape = /** @type {typeof import('cytoscape')} */ (/** @type {any} */ (window).cytoscape);

const ui = {
  searchForm: byId('search-form', HTMLFormElement),
  searchInput: byId('search-input', HTMLInputElement),
  searchSuggestions: byId('search-suggestions', HTMLUListElement),
  depth: byId('depth', HTMLSelectElement),
  status: byId('status', HTMLParagraphElement),
  windowFrom: byId('window-from', HTMLInputElement),
  windowTo: byId('window-to', HTMLInputElement),
  windowFromRange: byId('window-from-range', HTMLInputElement),
  windowToRange: byId('window-to-range', HTMLInputElement),
  windowSummary: byId('window-summary', HTMLParagraphElement),
  windowReset: byId('window-reset', HTMLButtonElement),
  pathForm: byId('path-form', HTMLFormElement),
  pathFrom: byId('path-from', HTMLInputElement),
  pathFromSuggestions: byId('path-from-suggestions', HTMLUListElement),
  pathTo: byId('path-to', HTMLInputElement),
  pathToSuggestions: byId('path-to-suggestions', HTMLUListElement),
  pathResults: byId('path-results', HTMLOListElement),
  exportLinks: byId('export-links', HTMLDivElement),
  legend: byId('legend', HTMLDivElement),
  cy: byId('cy', HTMLDivElement),
  emptyHint: byId('empty-hint', HTMLDivElement),
  fit: byId('fit', HTMLButtonElement),
  relayout: byId('relayout', HTMLButtonElement),
  clearPath: byId('clear-path', HTMLButtonElement),
  details: byId('details-body', HTMLDivElement),
};

/** @param {string} message @param {boolean} [isError] */
function setStatus(message, isError = false) {
  ui.status.textContent = message;
  ui.status.classList.toggle('error', isError);
}

/** @param {unknown} error */
function reportError(error) {
  console.error(error);
  setStatus(error instanceof Error ? error.message : String(error), true);
}

// ---------------------------------------------------------------------------
// State and the graph

const state = {
  /** The actors searched or expanded: what an export of this view starts from. */
  roots: /** @type {string[]} */ ([]),
  depth: 1,
  /** The time window, or null for all dates (undated events shown too). */
  window: /** @type {TimeWindow | null} */ (null),
  /** First and last day of what is loaded, as day numbers. */
  extent: /** @type {{ min: number, max: number } | null} */ (null),
  /** The last path search, for exporting its paths. */
  pathQuery: /** @type {{ from: api.ActorChoice, to: api.ActorChoice } | null} */ (null),
  /** What GET /export serves (null until asked; empty when it serves nothing). */
  exportFormats: /** @type {api.ExportFormat[] | null} */ (null),
  truncated: false,
};

/** @type {Core} */
const cy = cytoscape({
  container: ui.cy,
  style: /** @type {any} */ (stylesheet()),
  minZoom: 0.1,
  maxZoom: 4,
  boxSelectionEnabled: false,
  selectionType: 'single',
});

/** @param {api.GraphNode} node */
function nodeData(node) {
  if (node.type === 'ACTOR') {
    const kind = actorKind(node.kind);
    return { ...node, display: node.label, colour: kind.colour, rim: kind.colour, start: null, end: null };
  }
  const family = eventFamily(node.kind);
  const when = formatPartial(node.date) || 'undated';
  return {
    ...node,
    display: `${when}\n${truncate(node.label, 56)}`,
    colour: family.fill,
    rim: family.colour,
    start: startOf(node.date),
    end: endOf(node.date),
  };
}

/** @param {api.GraphEdge} edge */
function edgeClasses(edge) {
  if (edge.type === 'PARTICIPATION') return 'participation';
  const classes = ['tie'];
  if (!UNDIRECTED_TIES.has(edge.label)) classes.push('directed');
  if (HOSTILE_TIES.has(edge.label)) classes.push('hostile');
  return classes.join(' ');
}

/**
 * Adds what is new in a subgraph. A new node starts next to a node it is
 * linked to that is already placed (or around `near`), so that a layout that
 * keeps the current positions only has to settle the newcomers.
 * @param {{ nodes: api.GraphNode[], edges: api.GraphEdge[] }} subgraph
 * @param {NodeSingular} [near]
 */
function merge(subgraph, near) {
  /** @type {Map<string, { x: number, y: number }>} */
  const placed = new Map(cy.nodes().map((n) => [n.id(), n.position()]));
  /** @type {Map<string, string[]>} */
  const linked = new Map();
  for (const edge of subgraph.edges) {
    linked.set(edge.source, [...(linked.get(edge.source) ?? []), edge.target]);
    linked.set(edge.target, [...(linked.get(edge.target) ?? []), edge.source]);
  }
  const jitter = () => (Math.random() - 0.5) * 120;
  /** @type {any[]} */
  const additions = [];
  const fresh = subgraph.nodes.filter((node) => !placed.has(node.id));
  const startedEmpty = placed.size === 0;
  // Nodes linked to placed ones first, so that chains (a path) unroll from the graph outwards.
  for (let round = 0; round < 8 && fresh.length > 0; round++) {
    for (const node of [...fresh]) {
      const anchorId = (linked.get(node.id) ?? []).find((id) => placed.has(id));
      const anchor = anchorId ? placed.get(anchorId) : near?.position();
      if (!anchor && !startedEmpty && round < 7) continue;
      const position = anchor ? { x: anchor.x + jitter(), y: anchor.y + jitter() } : undefined;
      if (position) placed.set(node.id, position);
      additions.push({
        group: 'nodes',
        data: nodeData(node),
        classes: node.type === 'ACTOR' ? 'actor' : 'event',
        ...(position ? { position } : {}),
      });
      fresh.splice(fresh.indexOf(node), 1);
    }
  }
  const known = new Set([...subgraph.nodes.map((n) => n.id), ...cy.nodes().map((n) => n.id())]);
  for (const edge of subgraph.edges) {
    if (cy.getElementById(edge.id).nonempty() || !known.has(edge.source) || !known.has(edge.target)) continue;
    const display = edge.type === 'TIE' ? humanise(edge.label) : humanise(edge.role ?? edge.label);
    additions.push({ group: 'edges', data: { ...edge, display }, classes: edgeClasses(edge) });
  }
  const added = cy.add(additions);
  ui.emptyHint.hidden = cy.elements().nonempty();
  return added;
}

function markRoots() {
  cy.nodes().removeClass('root');
  for (const id of state.roots) cy.getElementById(id).addClass('root');
}

/** Below this zoom labels are too small to read: the view zooms in on what matters instead. */
const READABLE_ZOOM = 0.7;
/** A small graph is not blown up beyond this. */
const COMFORTABLE_ZOOM = 1.25;

/**
 * Lays out what is shown (cose: force-directed, built into Cytoscape), then
 * fits it to the screen, or, when that would make labels unreadable, centres
 * on `focus` at a readable zoom ("Fit" shows everything).
 * @param {{ randomize: boolean, focus?: NodeSingular }} options
 */
function layout({ randomize, focus }) {
  const shown = cy.elements().not('.out-of-window');
  if (shown.empty()) return;
  shown
    .layout(
      /** @type {any} */ ({
        name: 'cose',
        animate: false,
        randomize,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 70,
        nodeRepulsion: () => 12000,
        nodeOverlap: 20,
        gravity: 1,
        componentSpacing: 60,
        numIter: 2500,
      }),
    )
    .run();
  cy.fit(shown, 40);
  if (cy.zoom() > COMFORTABLE_ZOOM) {
    cy.zoom(COMFORTABLE_ZOOM);
    cy.center(shown);
  } else if (cy.zoom() < READABLE_ZOOM) {
    const centre = focus ?? cy.nodes('.root').last();
    cy.zoom(READABLE_ZOOM);
    if (centre.nonempty()) cy.center(centre);
  }
}

function fitView() {
  const shown = cy.elements(':visible');
  if (shown.nonempty()) cy.fit(shown, 40);
}

/** More links than this on screen and participation roles show only when zoomed in. */
const CROWDED = 40;

function describeView() {
  const nodes = cy.nodes(':visible').length;
  const edges = cy.edges(':visible').length;
  cy.edges('.participation').toggleClass('crowded', edges > CROWDED);
  const hidden = cy.nodes().length - nodes;
  const parts = [`${nodes} nodes, ${edges} links`];
  if (hidden > 0) parts.push(`${hidden} outside the time window`);
  if (state.truncated) parts.push(`cut at ${api.NODE_LIMIT} nodes`);
  setStatus(parts.join(' · '));
}

/**
 * Fetches a neighbourhood and merges it into the view.
 * @param {string[]} ids
 * @param {number} depth
 * @param {NodeSingular} [near]
 */
async function load(ids, depth, near) {
  setStatus('Loading…');
  const subgraph = await api.neighborhood(ids, depth);
  state.truncated = state.truncated || subgraph.truncated;
  const added = merge(subgraph, near);
  markRoots();
  updateExtent();
  applyWindow();
  layout({ randomize: !near, focus: near });
  describeView();
  renderExports();
  return added;
}

/**
 * Replaces the view with one actor's neighbourhood.
 * @param {api.ActorChoice} actor
 */
async function showActor(actor) {
  clearPath();
  cy.elements().remove();
  state.roots = [actor.id];
  state.truncated = false;
  ui.searchInput.value = actor.name;
  rememberInUrl(actor.name);
  await load(state.roots, state.depth);
  const node = cy.getElementById(actor.id);
  if (node.nonempty()) selectNode(node);
}

/**
 * Merges a node's own neighbourhood into the view.
 * @param {NodeSingular} node
 */
async function expand(node) {
  if (!state.roots.includes(node.id())) state.roots.push(node.id());
  const added = await load([node.id()], 1, node);
  setStatus(`${node.data('label')}: ${added.nodes().length} new nodes · ${ui.status.textContent}`);
  if (node.selected()) await showNode(node);
}

/**
 * Keeps the view shareable: `/?actor=…&depth=…` opens it again.
 * @param {string} [actor]
 */
function rememberInUrl(actor) {
  const url = new URL(window.location.href);
  if (actor) url.searchParams.set('actor', actor);
  url.searchParams.set('depth', String(state.depth));
  window.history.replaceState(null, '', url);
}

/** Reloads every root at the chosen depth (after the depth changes). */
async function reload() {
  if (state.roots.length === 0) return;
  rememberInUrl();
  clearPath();
  cy.elements().remove();
  state.truncated = false;
  await load(state.roots, state.depth);
}

// ---------------------------------------------------------------------------
// Details panel: a node, a link and its evidence

/** @param {string} title @param {string} [badge] @param {string} [badgeColour] */
function detailsHeader(title, badge, badgeColour) {
  const heading = el('p', 'title', title);
  if (badge) {
    const chip = el('span', 'badge', badge);
    chip.style.backgroundColor = badgeColour ?? '#52606D';
    chip.style.color = inkOn(badgeColour ?? '#52606D');
    heading.append(' ', chip);
  }
  return heading;
}

/** @param {[string, string | null | undefined][]} rows */
function facts(rows) {
  const list = el('dl', 'facts');
  for (const [term, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    list.append(el('dt', '', term), el('dd', '', value));
  }
  return list;
}

/**
 * Quotes, each opening its document at the quote.
 * @param {api.Evidence[]} evidence
 */
function evidenceList(evidence) {
  if (evidence.length === 0) return el('p', 'hint', 'No quote supports this directly.');
  const list = el('ul', 'evidence-list');
  for (const item of evidence) {
    // A text without a printed title shows its opening words, in quotes: never a made-up title.
    const title = item.document.titleInferred
      ? `“${item.document.displayTitle}”`
      : item.document.displayTitle;
    const open = el('button', 'source open-document', `${title} ↗`);
    open.type = 'button';
    open.title = 'Open the document at this quote';
    open.addEventListener('click', () => openDocument(item).catch(reportError));
    const quote = el('blockquote', 'evidence-quote', item.quote);
    list.append(el('li', 'evidence-item', quote, open));
  }
  return list;
}

/** @param {EdgeSingular} edge */
function showEdge(edge) {
  /** @type {api.GraphEdge} */
  const data = edge.data();
  const source = edge.source().data('label');
  const target = edge.target().data('label');
  const relation =
    data.type === 'TIE' ? humanise(data.label) : `took part as ${humanise(data.role ?? data.label)}`;
  const when =
    data.type === 'TIE'
      ? [
          data.since && `since ${formatPartial(data.since)}`,
          data.until && `until ${formatPartial(data.until)}`,
        ]
          .filter(Boolean)
          .join(', ')
      : formatPartial(edge.target().data('date'));
  ui.details.replaceChildren(
    el('h2', '', data.type === 'TIE' ? 'Tie' : 'Participation'),
    detailsHeader(`${source} — ${relation} — ${target}`),
    facts([
      ['Relation', relation],
      ['Role', data.type === 'TIE' ? data.role : null],
      ['When', when || null],
      ['Sources', `${data.documentIds.length} document${data.documentIds.length === 1 ? '' : 's'}`],
      ['Quotes', String(data.evidenceCount)],
    ]),
    el('h2', '', 'Evidence'),
    evidenceList(data.evidence ?? []),
  );
}

/** @param {NodeSingular} node */
function selectNode(node) {
  cy.elements().unselect();
  node.select();
  showNode(node).catch(reportError);
}

/** @param {NodeSingular} node */
async function showNode(node) {
  /** @type {api.GraphNode} */
  const data = node.data();
  const isActor = data.type === 'ACTOR';
  const badgeColour = isActor ? actorKind(data.kind).colour : eventFamily(data.kind).colour;
  const expandButton = el('button', '', 'Expand neighbourhood');
  expandButton.type = 'button';
  expandButton.addEventListener('click', () => expand(node).catch(reportError));
  const actions = el('div', 'actions', expandButton);
  if (isActor) {
    for (const [label, input] of /** @type {const} */ ([
      ['Path from here', ui.pathFrom],
      ['Path to here', ui.pathTo],
    ])) {
      const button = el('button', '', label);
      button.type = 'button';
      button.addEventListener('click', () => {
        input.value = data.label;
        pathChoices.set(input, { id: data.id, name: data.label, kind: data.kind });
        input.focus();
      });
      actions.append(button);
    }
  }
  const more = el('div', '', el('p', 'hint', 'Loading…'));
  ui.details.replaceChildren(
    el('h2', '', isActor ? 'Actor' : 'Event'),
    detailsHeader(data.label, humanise(data.kind), badgeColour),
    facts([
      ['Date', isActor ? null : formatPartial(data.date) || 'undated'],
      ['Links here', String(node.connectedEdges().length)],
      ['Quotes', String(data.evidenceCount)],
    ]),
    actions,
    more,
  );
  if (isActor) {
    const actor = await api.actorDetails(data.id);
    if (!actor) return more.replaceChildren();
    more.replaceChildren(
      facts([
        ['Spellings', actor.aliases.join(' · ')],
        ['About', actor.description],
      ]),
    );
  } else {
    const event = await api.eventDetails(data.id);
    if (!event) return more.replaceChildren();
    more.replaceChildren(
      facts([
        ['When', event.dateLabel],
        ['Where', event.place?.name],
        ['About', event.description],
        [
          'Who',
          event.participants.map((p) => `${p.actor.name} (${p.roles.map(humanise).join(', ')})`).join(', '),
        ],
      ]),
      el('h2', '', 'Evidence'),
      evidenceList(event.evidence),
    );
  }
}

// ---------------------------------------------------------------------------
// The time window: events outside it (and their links) are hidden, ties by
// their since/until; actors left with no link are dimmed.

function updateExtent() {
  let min = Infinity;
  let max = -Infinity;
  /** @param {string | null} day */
  const widen = (day) => {
    if (!day) return;
    const n = dayNumber(day);
    min = Math.min(min, n);
    max = Math.max(max, n);
  };
  cy.nodes('.event').forEach((node) => {
    widen(node.data('start'));
    widen(node.data('end'));
  });
  cy.edges('.tie').forEach((edge) => {
    widen(startOf(edge.data('since')));
    widen(endOf(edge.data('until')));
  });
  const sliders = [ui.windowFromRange, ui.windowToRange];
  if (!Number.isFinite(min)) {
    state.extent = null;
    for (const slider of sliders) slider.disabled = true;
    return;
  }
  state.extent = { min, max };
  for (const slider of sliders) {
    slider.disabled = false;
    slider.min = String(min);
    slider.max = String(max);
  }
  for (const input of [ui.windowFrom, ui.windowTo]) {
    input.min = isoDay(min);
    input.max = isoDay(max);
  }
  syncWindowInputs();
}

function syncWindowInputs() {
  const extent = state.extent;
  const from = state.window?.from ?? (extent ? isoDay(extent.min) : '');
  const to = state.window?.to ?? (extent ? isoDay(extent.max) : '');
  ui.windowFrom.value = from;
  ui.windowTo.value = to;
  if (from) ui.windowFromRange.value = String(dayNumber(from));
  if (to) ui.windowToRange.value = String(dayNumber(to));
}

/**
 * @param {string | null} from YYYY-MM-DD, or null for the start of what is loaded
 * @param {string | null} to YYYY-MM-DD, or null for the end
 */
function setWindow(from, to) {
  const extent = state.extent;
  let start = from ?? (extent ? isoDay(extent.min) : null);
  let end = to ?? (extent ? isoDay(extent.max) : null);
  if (start && end && start > end) [start, end] = [end, start];
  const everything =
    !start || !end || (extent !== null && dayNumber(start) <= extent.min && dayNumber(end) >= extent.max);
  state.window = everything || !start || !end ? null : { from: start, to: end };
  syncWindowInputs();
  applyWindow();
  describeView();
  renderExports();
}

function applyWindow() {
  const range = state.window;
  cy.batch(() => {
    cy.elements().removeClass('out-of-window stranded');
    if (!range) return;
    cy.nodes('.event').forEach((node) => {
      const start = node.data('start');
      if (!start || !overlaps(start, node.data('end'), range)) node.addClass('out-of-window');
    });
    cy.edges('.tie').forEach((edge) => {
      const since = startOf(edge.data('since'));
      const until = endOf(edge.data('until'));
      if ((since && since > range.to) || (until && until < range.from)) edge.addClass('out-of-window');
    });
    cy.edges('.participation').forEach((edge) => {
      if (edge.connectedNodes('.out-of-window').nonempty()) edge.addClass('out-of-window');
    });
    cy.nodes('.actor').forEach((node) => {
      if (!node.hasClass('root') && node.connectedEdges().not('.out-of-window').empty())
        node.addClass('stranded');
    });
  });
  ui.windowSummary.textContent = range
    ? `${formatPartial(range.from)} – ${formatPartial(range.to)}. Undated events are hidden.`
    : 'All dates, undated events included.';
}

ui.windowFromRange.addEventListener('input', () => {
  const from = Number(ui.windowFromRange.value);
  if (from > Number(ui.windowToRange.value)) ui.windowToRange.value = String(from);
  setWindow(isoDay(from), isoDay(Number(ui.windowToRange.value)));
});
ui.windowToRange.addEventListener('input', () => {
  const to = Number(ui.windowToRange.value);
  if (to < Number(ui.windowFromRange.value)) ui.windowFromRange.value = String(to);
  setWindow(isoDay(Number(ui.windowFromRange.value)), isoDay(to));
});
for (const input of [ui.windowFrom, ui.windowTo]) {
  input.addEventListener('change', () => {
    const from = isIsoDay(ui.windowFrom.value) ? ui.windowFrom.value : null;
    const to = isIsoDay(ui.windowTo.value) ? ui.windowTo.value : null;
    setWindow(from, to);
  });
}
ui.windowReset.addEventListener('click', () => setWindow(null, null));

// ---------------------------------------------------------------------------
// Choosing an actor: a suggestion list under a text box

/** @type {Map<HTMLInputElement, api.ActorChoice>} */
const pathChoices = new Map();

/**
 * The actor a text box names: the suggestion picked, else the best match.
 * @param {string} text
 * @param {api.ActorChoice | undefined} picked
 */
async function resolveActor(text, picked) {
  if (picked && picked.name === text.trim()) return picked;
  const [best] = await api.findActors(text, 1);
  if (!best) throw new Error(`No actor matches “${text.trim()}”.`);
  return best;
}

/** @type {api.ActorChoice | undefined} */
let searchPick;
const searchBox = suggestions(
  ui.searchInput,
  ui.searchSuggestions,
  (choice) => {
    searchPick = choice;
    showActor(choice).catch(reportError);
  },
  reportError,
);
ui.searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  searchBox.cancel();
  const text = ui.searchInput.value;
  if (!text.trim()) return;
  setStatus('Searching…');
  resolveActor(text, searchPick)
    .then((actor) => showActor(actor))
    .catch(reportError);
});
ui.depth.addEventListener('change', () => {
  state.depth = Number(ui.depth.value) === 2 ? 2 : 1;
  reload().catch(reportError);
});

// ---------------------------------------------------------------------------
// Path finder

const pathFromBox = suggestions(
  ui.pathFrom,
  ui.pathFromSuggestions,
  (choice) => pathChoices.set(ui.pathFrom, choice),
  reportError,
);
const pathToBox = suggestions(
  ui.pathTo,
  ui.pathToSuggestions,
  (choice) => pathChoices.set(ui.pathTo, choice),
  reportError,
);

/** @type {api.Path[]} */
let foundPaths = [];

ui.pathForm.addEventListener('submit', (event) => {
  event.preventDefault();
  pathFromBox.cancel();
  pathToBox.cancel();
  findPaths().catch(reportError);
});

async function findPaths() {
  if (!ui.pathFrom.value.trim() || !ui.pathTo.value.trim()) {
    setStatus('Name two actors to find how they are connected.', true);
    return;
  }
  setStatus('Finding paths…');
  const [from, to] = await Promise.all([
    resolveActor(ui.pathFrom.value, pathChoices.get(ui.pathFrom)),
    resolveActor(ui.pathTo.value, pathChoices.get(ui.pathTo)),
  ]);
  ui.pathFrom.value = from.name;
  ui.pathTo.value = to.name;
  foundPaths = await api.paths(from.id, to.id, state.window);
  state.pathQuery = foundPaths.length > 0 ? { from, to } : null;
  renderPaths(from, to);
  renderExports();
  if (foundPaths.length > 0) showPath(0);
  else {
    clearPath();
    setStatus(`No path within ${api.PATH_LIMITS.maxHops} steps between ${from.name} and ${to.name}.`);
  }
}

/** @param {api.PathStep} step */
function stepRelation(step) {
  const { edge } = step;
  if (edge.type === 'TIE') return humanise(edge.label);
  const role = humanise(edge.role ?? edge.label);
  return edge.source === step.from.id ? `took part as ${role} in` : `had as ${role}`;
}

/** @param {api.ActorChoice} from @param {api.ActorChoice} to */
function renderPaths(from, to) {
  if (foundPaths.length === 0) {
    ui.pathResults.replaceChildren(el('li', 'hint', `No path between ${from.name} and ${to.name}.`));
    return;
  }
  ui.pathResults.replaceChildren(
    ...foundPaths.map((path, index) => {
      const steps = el('ol', 'path-steps');
      for (const step of path.steps) {
        const line = el(
          'li',
          '',
          el('strong', '', step.from.label),
          ' ',
          el('span', 'relation', stepRelation(step)),
          ' ',
          el('strong', '', step.to.label),
        );
        const quote = step.edge.evidence[0];
        if (quote) {
          const open = el('button', 'source open-document', `“${truncate(quote.quote, 90)}”`);
          open.type = 'button';
          open.title = `Open ${quote.document.displayTitle} at this quote`;
          open.addEventListener('click', (event) => {
            event.stopPropagation();
            openDocument(quote).catch(reportError);
          });
          line.append(el('div', 'evidence-item', open));
        }
        steps.append(line);
      }
      const item = el(
        'li',
        'path',
        el('button', 'path-title', `Path ${index + 1} · ${path.length} step${path.length === 1 ? '' : 's'}`),
        steps,
      );
      item.addEventListener('click', () => showPath(index));
      return item;
    }),
  );
}

/** @param {number} index */
function showPath(index) {
  const path = foundPaths[index];
  if (!path) return;
  const added = merge({ nodes: path.nodes, edges: path.steps.map((s) => s.edge) });
  if (added.nonempty()) {
    markRoots();
    updateExtent();
    applyWindow();
    layout({ randomize: cy.nodes().length === added.nodes().length });
  }
  const onPath = cy.collection();
  for (const node of path.nodes) onPath.merge(cy.getElementById(node.id));
  for (const step of path.steps) onPath.merge(cy.getElementById(step.edge.id));
  cy.batch(() => {
    cy.elements().removeClass('on-path').addClass('faded');
    onPath.removeClass('faded out-of-window').addClass('on-path');
  });
  cy.fit(onPath, 80);
  if (cy.zoom() > COMFORTABLE_ZOOM) {
    cy.zoom(COMFORTABLE_ZOOM);
    cy.center(onPath);
  }
  [...ui.pathResults.children].forEach((item, i) => item.classList.toggle('active', i === index));
  ui.clearPath.hidden = false;
  setStatus(`Path ${index + 1}: ${path.nodes.map((n) => n.label).join(' → ')}`);
  renderExports();
}

function clearPath() {
  cy.elements().removeClass('on-path faded');
  applyWindow();
  ui.clearPath.hidden = true;
  [...ui.pathResults.children].forEach((item) => item.classList.remove('active'));
}

// ---------------------------------------------------------------------------
// Export: the server's /export formats for the view's actors, depth and
// window; and, in the page, the graph exactly as shown (Cytoscape JSON).

/**
 * @param {string} title
 * @param {HTMLElement[]} controls
 */
function exportGroup(title, controls) {
  ui.exportLinks.append(el('p', 'hint', title), el('div', 'export-row', ...controls));
}

/**
 * @param {Record<string, string | number | null | undefined>} selection
 * @param {string} what
 */
function exportLinks(selection, what) {
  return (state.exportFormats ?? []).map(({ format, label, description }) => {
    const link = el('a', '', label);
    link.href = api.exportUrl(format, selection);
    link.download = '';
    link.dataset.format = format;
    link.title = `${what}: ${description}`;
    return link;
  });
}

function renderExports() {
  ui.exportLinks.replaceChildren();
  if (state.roots.length === 0) {
    ui.exportLinks.append(el('p', 'hint', 'Search an actor first.'));
    return;
  }
  if (state.exportFormats === null) {
    state.exportFormats = [];
    api.exportFormats(state.roots[0]).then((formats) => {
      state.exportFormats = formats;
      renderExports();
    });
  }
  const period = { from: state.window?.from, to: state.window?.to };
  const range = state.window
    ? `, ${formatPartial(state.window.from)} to ${formatPartial(state.window.to)}`
    : '';
  if (state.exportFormats.length > 0) {
    const actors = `${state.roots.length} actor${state.roots.length === 1 ? '' : 's'}`;
    const what = `The neighbourhood of ${actors} at depth ${state.depth}${range}`;
    exportGroup(`${what}:`, exportLinks({ ids: state.roots.join(','), depth: state.depth, ...period }, what));
    if (state.pathQuery) {
      const { from, to } = state.pathQuery;
      const what = `The paths from ${from.name} to ${to.name}${range}`;
      const selection = { fromId: from.id, toId: to.id, ...api.PATH_LIMITS, ...period };
      exportGroup(`${what}:`, exportLinks(selection, what));
    }
  }
  const here = el('button', '', 'Cytoscape JSON');
  here.type = 'button';
  here.dataset.format = 'cytoscape-view';
  here.title = 'The nodes and links on screen, with their positions, as Cytoscape JSON';
  here.addEventListener('click', downloadView);
  exportGroup('What is on screen, with its layout:', [here]);
}

function downloadView() {
  const shown = cy.elements(':visible');
  const json = {
    format_version: '1.0',
    generated_by: 'polgraph explorer',
    target_cytoscapejs_version: '~3',
    data: { roots: state.roots, depth: state.depth, window: state.window },
    elements: {
      nodes: shown.nodes().map((n) => ({ data: n.data(), position: n.position() })),
      edges: shown.edges().map((e) => ({ data: e.data() })),
    },
  };
  const blob = new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `polgraph-${state.roots[0] ?? 'view'}.cyjs`;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

// ---------------------------------------------------------------------------
// Wiring

cy.on('tap', 'node', (event) => selectNode(event.target));
cy.on('tap', 'edge', (event) => {
  cy.elements().unselect();
  event.target.select();
  showEdge(event.target);
});
cy.on('dbltap', 'node', (event) => expand(event.target).catch(reportError));
cy.on('mouseover', 'node, edge', () => (ui.cy.style.cursor = 'pointer'));
cy.on('mouseout', 'node, edge', () => (ui.cy.style.cursor = ''));

ui.fit.addEventListener('click', fitView);
ui.relayout.addEventListener('click', () => layout({ randomize: true }));
ui.clearPath.addEventListener('click', () => {
  clearPath();
  describeView();
});

renderLegend(ui.legend);
renderExports();

/** Opens `/?actor=…&depth=…` as a shareable view. */
async function start() {
  const params = new URLSearchParams(window.location.search);
  if (params.get('depth') === '2') {
    state.depth = 2;
    ui.depth.value = '2';
  }
  const name = params.get('actor');
  if (name) {
    ui.searchInput.value = name;
    await showActor(await resolveActor(name, undefined));
  }
}

/** For scripting the page (and for its browser test). */
const explorer = { cy, state, api, showActor, expand, setWindow, ready: start().catch(reportError) };
/** @type {any} */ (window).explorer = explorer;
