// @ts-check
/**
 * How the graph looks: actors are circles coloured by kind, events rounded
 * squares (pale fill, coloured rim) coloured by the family of their type. The
 * colours are the Okabe–Ito palette and its darker relatives, told apart by
 * colour-blind readers too; the legend is built from the same tables.
 */

/** @type {Record<string, { colour: string, label: string }>} */
export const ACTOR_KINDS = {
  PERSON: { colour: '#0072B2', label: 'Person' },
  ORGANISATION: { colour: '#009E73', label: 'Organisation' },
  STATE: { colour: '#D55E00', label: 'State' },
  MEDIA: { colour: '#CC79A7', label: 'Media' },
  GROUP: { colour: '#E69F00', label: 'Group' },
  OTHER: { colour: '#7F7F7F', label: 'Other actor' },
};

/** @type {{ key: string, label: string, colour: string, fill: string, types: string[] }[]} */
export const EVENT_FAMILIES = [
  {
    key: 'diplomacy',
    label: 'Diplomacy (meeting, visit, call, talks, forum, offer)',
    colour: '#5E3C99',
    fill: '#E9E2F4',
    types: ['MEETING', 'VISIT', 'NEGOTIATION', 'PHONE_CALL', 'FORUM', 'OFFER', 'INFORMATION_EXCHANGE'],
  },
  {
    key: 'release',
    label: 'Release, exchange, reunion',
    colour: '#00798C',
    fill: '#DDF1F3',
    types: ['RELEASE', 'PRISONER_EXCHANGE', 'REUNION'],
  },
  {
    key: 'repression',
    label: 'Arrest, sentence, repression, sanction',
    colour: '#A50F15',
    fill: '#F8E0E0',
    types: ['ARREST', 'SENTENCE', 'REPRESSION', 'SANCTION'],
  },
  {
    key: 'politics',
    label: 'Election, appointment, protest, strike',
    colour: '#8C6D00',
    fill: '#F6EEC8',
    types: ['ELECTION', 'APPOINTMENT', 'PROTEST', 'STRIKE'],
  },
  {
    key: 'conflict',
    label: 'Military, invasion, ceasefire, incident',
    colour: '#5B4636',
    fill: '#EAE3DC',
    types: ['INVASION', 'MILITARY_DEPLOYMENT', 'MILITARY_EXERCISE', 'CEASEFIRE', 'INCIDENT'],
  },
  { key: 'other', label: 'Other event', colour: '#595959', fill: '#EEEEEE', types: ['OTHER'] },
];

/** Ties that read as hostility are drawn dashed and red. */
export const HOSTILE_TIES = new Set(['CRITIC_OF', 'OPPOSES']);
/** Ties without a direction (the API's own list) get no arrow. */
export const UNDIRECTED_TIES = new Set(['SPOUSE_OF', 'FAMILY_OF', 'ALLY_OF', 'CHANNEL_TO']);

const PATH_COLOUR = '#F5A300';
const SELECTED_COLOUR = '#111827';

/** @param {string} type an event type */
export function eventFamily(type) {
  return EVENT_FAMILIES.find((f) => f.types.includes(type)) ?? EVENT_FAMILIES[EVENT_FAMILIES.length - 1];
}

/** @param {string} kind an actor kind */
export function actorKind(kind) {
  return ACTOR_KINDS[kind] ?? ACTOR_KINDS.OTHER;
}

/**
 * Text colour readable on a background: dark on light colours, white on dark
 * (WCAG relative luminance, switching where both contrasts are equal).
 * @param {string} hex #RRGGBB
 */
export function inkOn(hex) {
  const channel = (/** @type {number} */ offset) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.179 ? '#1F2933' : '#FFFFFF';
}

/** "SPOUSE_OF" → "spouse of" */
export function humanise(/** @type {string} */ value) {
  return value.toLowerCase().replace(/_/g, ' ');
}

/** The Cytoscape stylesheet. Colours come from element data set by the page. */
export function stylesheet() {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 11,
        color: '#1F2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-outline-color': '#FFFFFF',
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.95,
        'min-zoomed-font-size': 7,
        'background-color': 'data(colour)',
        'border-color': 'data(rim)',
        'border-width': 2,
        'overlay-padding': 4,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    {
      selector: 'node.actor',
      style: { shape: 'ellipse', width: 34, height: 34, 'font-size': 14, 'font-weight': 600 },
    },
    {
      selector: 'node.event',
      style: {
        shape: 'round-rectangle',
        width: 24,
        height: 24,
        'border-width': 3,
        'font-size': 12,
        color: '#3E4C59',
      },
    },
    { selector: 'node.root', style: { width: 50, height: 50, 'border-width': 4, 'font-size': 16 } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 5, 1.5, 5)',
        'line-color': '#A3AEBB',
        'curve-style': 'bezier',
        label: 'data(display)',
        'font-size': 10,
        color: '#52606D',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
        'overlay-padding': 5,
        'arrow-scale': 0.8,
      },
    },
    {
      selector: 'edge.tie',
      style: { 'line-color': '#3E4C59', 'target-arrow-color': '#3E4C59', color: '#1F2933' },
    },
    { selector: 'edge.tie.directed', style: { 'target-arrow-shape': 'triangle' } },
    // In a crowded view the roles on participations show only when zoomed in.
    { selector: 'edge.participation.crowded', style: { 'min-zoomed-font-size': 12 } },
    {
      selector: 'edge.tie.hostile',
      style: { 'line-color': '#C0392B', 'target-arrow-color': '#C0392B', 'line-style': 'dashed' },
    },
    // Out of the time window: events and their edges are hidden; actors left with nothing are dimmed.
    { selector: '.out-of-window', style: { display: 'none' } },
    { selector: 'node.stranded', style: { opacity: 0.3 } },
    // A path being shown: everything else steps back.
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    {
      selector: 'node.on-path',
      style: { 'border-color': PATH_COLOUR, 'border-width': 6, opacity: 1, 'text-opacity': 1, 'z-index': 10 },
    },
    {
      selector: 'edge.on-path',
      style: {
        'line-color': PATH_COLOUR,
        'target-arrow-color': PATH_COLOUR,
        width: 6,
        opacity: 1,
        'text-opacity': 1,
        'z-index': 10,
      },
    },
    { selector: 'node:selected', style: { 'border-color': SELECTED_COLOUR, 'border-width': 5 } },
    { selector: 'edge.on-path, edge:selected', style: { 'min-zoomed-font-size': 0 } },
    {
      selector: 'edge:selected',
      style: {
        'line-color': SELECTED_COLOUR,
        'target-arrow-color': SELECTED_COLOUR,
        width: 5,
        color: '#000000',
      },
    },
  ];
}

/**
 * The legend, built from the same tables as the stylesheet.
 * @param {HTMLElement} container
 */
export function renderLegend(container) {
  container.replaceChildren();
  /**
   * @param {string} title
   * @param {{ swatch: HTMLElement, label: string }[]} items
   */
  const group = (title, items) => {
    const heading = document.createElement('h3');
    heading.textContent = title;
    const list = document.createElement('ul');
    list.className = 'legend-list';
    for (const item of items) {
      const li = document.createElement('li');
      const text = document.createElement('span');
      text.textContent = item.label;
      li.append(item.swatch, text);
      list.append(li);
    }
    container.append(heading, list);
  };
  /**
   * @param {string} className
   * @param {Partial<CSSStyleDeclaration>} style
   */
  const swatch = (className, style) => {
    const span = document.createElement('span');
    span.className = `swatch ${className}`;
    span.setAttribute('aria-hidden', 'true');
    Object.assign(span.style, style);
    return span;
  };
  group(
    'Actors',
    Object.values(ACTOR_KINDS).map((kind) => ({
      swatch: swatch('swatch-actor', { backgroundColor: kind.colour, borderColor: kind.colour }),
      label: kind.label,
    })),
  );
  group(
    'Events',
    EVENT_FAMILIES.map((family) => ({
      swatch: swatch('swatch-event', { backgroundColor: family.fill, borderColor: family.colour }),
      label: family.label,
    })),
  );
  group('Links', [
    { swatch: swatch('swatch-line', { borderTopColor: '#A3AEBB' }), label: 'took part in (role)' },
    { swatch: swatch('swatch-line', { borderTopColor: '#3E4C59' }), label: 'tie (spouse, envoy, ally…)' },
    {
      swatch: swatch('swatch-line', { borderTopColor: '#C0392B', borderTopStyle: 'dashed' }),
      label: 'critic of, opposes',
    },
    { swatch: swatch('swatch-line swatch-thick', { borderTopColor: PATH_COLOUR }), label: 'path found' },
  ]);
  const note = document.createElement('p');
  note.className = 'hint';
  note.textContent =
    'Thicker links have more sources. Larger circles are the actors you searched or expanded.';
  container.append(note);
}
