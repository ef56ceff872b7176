// @ts-check
/**
 * The explorer's only way to the data: the public GraphQL API at /graphql
 * (and the /export downloads). No other origin is ever contacted.
 */

/**
 * @typedef {{ id: string, title: string | null, displayTitle: string, titleInferred: boolean }} DocumentRef
 * @typedef {{ quote: string, start: number, end: number, document: DocumentRef }} Evidence
 * @typedef {{
 *   id: string, label: string, type: 'ACTOR' | 'EVENT', kind: string,
 *   date: string | null, datePrecision: string | null, evidenceCount: number
 * }} GraphNode
 * @typedef {{
 *   id: string, source: string, target: string, type: 'PARTICIPATION' | 'TIE', label: string,
 *   role: string | null, weight: number, evidenceCount: number, documentIds: string[],
 *   since: string | null, until: string | null, evidence: Evidence[]
 * }} GraphEdge
 * @typedef {{ nodes: GraphNode[], edges: GraphEdge[], truncated: boolean }} Subgraph
 * @typedef {{ from: { id: string, label: string }, to: { id: string, label: string }, edge: GraphEdge }} PathStep
 * @typedef {{ length: number, nodes: GraphNode[], steps: PathStep[] }} Path
 * @typedef {{ id: string, name: string, kind: string | null, matched?: string | null }} ActorChoice
 * @typedef {{ id: string, title: string | null, displayTitle: string, titleInferred: boolean, text: string, author: string | null, publishedDate: string | null }} SourceDocument
 */

export class ApiError extends Error {
  /**
   * @param {string} message
   * @param {string | undefined} code
   * @param {Record<string, unknown>} [extensions]
   */
  constructor(message, code, extensions = {}) {
    super(message);
    this.code = code;
    this.extensions = extensions;
  }
}

/**
 * Runs one GraphQL operation; an error answer becomes an ApiError.
 * @param {string} query
 * @param {Record<string, unknown>} [variables]
 * @param {Record<string, string>} [headers] e.g. the review view's Authorization
 * @returns {Promise<any>}
 */
export async function graphql(query, variables = {}, headers = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The API cannot be reached.', 'NETWORK');
  }
  /** @type {{ data?: any, errors?: { message: string, extensions?: Record<string, unknown> }[] }} */
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered ${response.status} without JSON.`, 'HTTP');
  }
  const error = body.errors?.[0];
  if (error) {
    const code = typeof error.extensions?.code === 'string' ? error.extensions.code : undefined;
    throw new ApiError(error.message, code, error.extensions ?? {});
  }
  return body.data;
}

const EVIDENCE = 'evidence { quote start end document { id title displayTitle titleInferred } }';
const NODE = 'id label type kind date datePrecision evidenceCount';
const EDGE = `id source target type label role weight evidenceCount documentIds since until ${EVIDENCE}`;

/** The most nodes one neighbourhood request brings into the view. */
export const NODE_LIMIT = 300;

/**
 * @param {string[]} ids
 * @param {number} depth
 * @returns {Promise<Subgraph>}
 */
export async function neighborhood(ids, depth) {
  const data = await graphql(
    `query Neighborhood($ids: [ID!]!, $depth: Int!, $limit: Int!) {
      neighborhood(ids: $ids, depth: $depth, limit: $limit) { truncated nodes { ${NODE} } edges { ${EDGE} } }
    }`,
    { ids, depth, limit: NODE_LIMIT },
  );
  return data.neighborhood;
}

/** How far and how many paths the path finder asks for. */
export const PATH_LIMITS = { maxHops: 4, first: 3 };

/**
 * @param {string} fromId
 * @param {string} toId
 * @param {{ from: string, to: string } | null} window
 * @returns {Promise<Path[]>}
 */
export async function paths(fromId, toId, window) {
  const data = await graphql(
    `query Paths($fromId: ID!, $toId: ID!, $maxHops: Int!, $first: Int!, $filter: PathFilter) {
      paths(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: $first, filter: $filter) {
        length nodes { ${NODE} } steps { from { id label } to { id label } edge { ${EDGE} } }
      }
    }`,
    { fromId, toId, ...PATH_LIMITS, filter: window ? { from: window.from, to: window.to } : null },
  );
  return data.paths;
}

/** @type {Map<string, Promise<SourceDocument | null>>} */
const documents = new Map();

/**
 * A source document with its full text (cached: documents do not change under a page).
 * @param {string} id
 * @returns {Promise<SourceDocument | null>}
 */
export function sourceDocument(id) {
  let found = documents.get(id);
  if (!found) {
    found = graphql(
      `
        query Document($id: ID!) {
          document(id: $id) {
            id
            title
            displayTitle
            titleInferred
            text
            author
            publishedDate
          }
        }
      `,
      { id },
    ).then((data) => data.document);
    found.catch(() => documents.delete(id));
    documents.set(id, found);
  }
  return found;
}

/**
 * @param {string} id
 * @returns {Promise<{ id: string, name: string, kind: string, description: string, aliases: string[] } | null>}
 */
export async function actorDetails(id) {
  const data = await graphql(
    `
      query Actor($id: ID) {
        actor(id: $id) {
          id
          name
          kind
          description
          aliases
        }
      }
    `,
    {
      id,
    },
  );
  return data.actor;
}

/**
 * @param {string} id
 * @returns {Promise<{ id: string, title: string, type: string, dateLabel: string | null,
 *   description: string | null, place: { name: string } | null,
 *   participants: { roles: string[], actor: { id: string, name: string } }[], evidence: Evidence[] } | null>}
 */
export async function eventDetails(id) {
  const data = await graphql(
    `query Event($id: ID!) {
      event(id: $id) {
        id title type dateLabel description place { name }
        participants { roles actor { id name } }
        ${EVIDENCE}
      }
    }`,
    { id },
  );
  return data.event;
}

// ---------------------------------------------------------------------------
// Finding actors by any spelling: the `search` query when the server has it,
// else the name lookup (`actor(name:)`, which knows every alias) and the
// substring filter of `actors`.

/** @typedef {{ field: string, wrapped: boolean, hitFields: Set<string> }} SearchShape */

/** @type {Promise<SearchShape | null> | null} */
let searchShape = null;

/**
 * @param {any} type an introspected type reference
 * @returns {string | null} the named type under NON_NULL and LIST wrappers
 */
function namedType(type) {
  let current = type;
  while (current && !current.name) current = current.ofType;
  return current?.name ?? null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';

/** @param {string} name */
async function fieldsOf(name) {
  const data = await graphql(
    `query Fields($name: String!) { __type(name: $name) { fields { name type { ${TYPE_REF} } } } }`,
    {
      name,
    },
  );
  /** @type {{ name: string, type: any }[]} */
  const fields = data.__type?.fields ?? [];
  return fields;
}

/**
 * What the server's `search` query returns, read once by introspection; null when it has none.
 * @returns {Promise<SearchShape | null>}
 */
export function searchSupport() {
  if (!searchShape) {
    searchShape = (async () => {
      const query = await fieldsOf('Query');
      const search = query.find((f) => f.name === 'search');
      const resultType = search ? namedType(search.type) : null;
      if (!resultType) return null;
      const resultFields = await fieldsOf(resultType);
      const hits = resultFields.find((f) => f.name === 'hits');
      const hitType = hits ? namedType(hits.type) : resultType;
      const hitFields = hits && hitType ? await fieldsOf(hitType) : resultFields;
      const names = new Set(hitFields.map((f) => f.name));
      if (!names.has('id') || !names.has('kind')) return null;
      return { field: 'search', wrapped: Boolean(hits), hitFields: names };
    })().catch(() => null);
  }
  return searchShape;
}

/**
 * Actors whose names match the text, best first.
 * @param {string} text
 * @param {number} [limit]
 * @returns {Promise<ActorChoice[]>}
 */
export async function findActors(text, limit = 8) {
  const wanted = text.trim();
  if (wanted.length === 0) return [];
  /** @type {Map<string, ActorChoice>} */
  const found = new Map();
  const shape = await searchSupport();
  if (shape) {
    try {
      for (const choice of await searchActors(shape, wanted)) found.set(choice.id, choice);
    } catch {
      // fall through to the name lookups
    }
  }
  if (found.size === 0) {
    for (const choice of await lookupActors(wanted)) if (!found.has(choice.id)) found.set(choice.id, choice);
  }
  return [...found.values()].slice(0, limit);
}

/**
 * @param {SearchShape} shape
 * @param {string} text
 * @returns {Promise<ActorChoice[]>}
 */
async function searchActors(shape, text) {
  const selection = [
    'kind',
    'id',
    shape.hitFields.has('label') ? 'label' : '',
    shape.hitFields.has('actor') ? 'actor { id name kind }' : '',
    shape.hitFields.has('matchedAlias') ? 'matchedAlias' : '',
  ].join(' ');
  const body = shape.wrapped ? `hits { ${selection} }` : selection;
  const data = await graphql(`query Search($text: String!) { search(text: $text, first: 20) { ${body} } }`, {
    text,
  });
  /** @type {{ kind: string, id: string, label?: string, matchedAlias?: string | null,
   *   actor?: { id: string, name: string, kind: string } | null }[]} */
  const hits = shape.wrapped ? (data.search?.hits ?? []) : (data.search ?? []);
  return hits
    .filter((hit) => hit.kind === 'ACTOR')
    .map((hit) => ({
      id: hit.actor?.id ?? hit.id,
      name: hit.actor?.name ?? hit.label ?? hit.id,
      kind: hit.actor?.kind ?? null,
      matched: hit.matchedAlias ?? null,
    }));
}

/**
 * @param {string} text
 * @returns {Promise<ActorChoice[]>}
 */
async function lookupActors(text) {
  /** @type {ActorChoice[]} */
  const exact = [];
  try {
    const data = await graphql(
      `
        query Actor($name: String) {
          actor(name: $name) {
            id
            name
            kind
          }
        }
      `,
      {
        name: text,
      },
    );
    if (data.actor) exact.push(data.actor);
  } catch (error) {
    // A spelling two actors share: offer both.
    const ids = error instanceof ApiError ? error.extensions.candidateIds : undefined;
    if (Array.isArray(ids)) {
      for (const id of ids.slice(0, 5)) {
        const candidate = await actorDetails(String(id)).catch(() => null);
        if (candidate) exact.push({ id: candidate.id, name: candidate.name, kind: candidate.kind });
      }
    } else if (!(error instanceof ApiError)) {
      throw error;
    }
  }
  const data = await graphql(
    `
      query Actors($name: String) {
        actors(filter: { name: $name }, first: 10) {
          edges {
            node {
              id
              name
              kind
            }
          }
        }
      }
    `,
    { name: text },
  );
  /** @type {ActorChoice[]} */
  const partial = data.actors.edges.map((/** @type {{ node: ActorChoice }} */ edge) => edge.node);
  return [...exact, ...partial.filter((a) => !exact.some((e) => e.id === a.id))];
}

// ---------------------------------------------------------------------------
// Exports: GET /export/{format}. The formats are the server's ExportFormat
// enum (any case of its names is a URL name); until the server has exports,
// the explorer builds a Cytoscape JSON download in the page.

/** @typedef {{ format: string, label: string, description: string }} ExportFormat */

/** @type {Record<string, string>} */
const FORMAT_LABELS = {
  GRAPHML: 'GraphML',
  GEXF: 'GEXF',
  GEXF_1_2: 'GEXF 1.2',
  CYTOSCAPE: 'Cytoscape JSON',
  JGF: 'JSON Graph',
  CSV_NODES: 'CSV nodes',
  CSV_EDGES: 'CSV edges',
};

/**
 * The formats GET /export serves, or none when it does not (checked with a
 * HEAD request for a real id, so a missing route costs no error in the console).
 * @param {string} sampleId an id in the view
 * @returns {Promise<ExportFormat[]>}
 */
export async function exportFormats(sampleId) {
  try {
    const data = await graphql(`
      {
        __type(name: "ExportFormat") {
          enumValues {
            name
            description
          }
        }
      }
    `);
    /** @type {{ name: string, description: string | null }[]} */
    const values = data.__type?.enumValues ?? [];
    if (values.length === 0) return [];
    const formats = values.map((value) => ({
      format: value.name.toLowerCase(),
      label: FORMAT_LABELS[value.name] ?? value.name.replace(/_/g, ' '),
      description: value.description ?? '',
    }));
    const probe = formats.find((f) => f.format === 'cytoscape') ?? formats[0];
    const response = await fetch(exportUrl(probe.format, { ids: sampleId, depth: 1 }), {
      method: 'HEAD',
    });
    return response.ok ? formats : [];
  } catch {
    return [];
  }
}

/**
 * The download URL of a selection: a neighbourhood (ids, depth) or the paths
 * between two actors (fromId, toId, maxHops, first), in a window (from, to).
 * @param {string} format
 * @param {Record<string, string | number | null | undefined>} selection
 */
export function exportUrl(format, selection) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(selection)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  return `/export/${encodeURIComponent(format)}?${params.toString()}`;
}
