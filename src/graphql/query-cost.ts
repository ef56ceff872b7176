import {
  getNullableType,
  isIntrospectionType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import {
  getComplexity,
  type ComplexityEstimator,
  type ComplexityEstimatorArgs,
} from 'graphql-query-complexity';
import { MAX_COMMON_CONNECTIONS } from '../services/connections.service';
import { DEFAULT_CENTRALITY_TOP, MAX_CENTRALITY_TOP } from '../services/centrality.service';
import {
  DEFAULT_NEIGHBORHOOD_NODES,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_NEIGHBORHOOD_NODES,
} from '../services/neighborhood.service';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../services/pagination';
import { MAX_PATH_HOPS, MAX_PATHS } from '../services/paths.service';
import { DEFAULT_SEARCH_RESULTS, MAX_SEARCH_RESULTS } from '../services/search.service';

/**
 * The cost model of the GraphQL API, computed from the query and its variables
 * before anything runs (graphql-query-complexity walks the operation; the
 * estimators below price each field). Documented in the README ("Query cost
 * limits"); the numbers are chosen so that every example query of the README,
 * the explorer and the tests costs well under the limit, while a handful of the
 * largest neighbourhoods or exports in one request does not.
 *
 * - Every field costs 1, plus what it selects (its "child" cost). Aliases are
 *   fields too: each alias of a field costs again.
 * - A list multiplies the cost of one item by its size: the `first`, `top` or
 *   `limit` argument when it has one (capped at the documented maximum, so an
 *   out-of-range value is reported by the field itself as BAD_USER_INPUT), else
 *   DEFAULT_LIST_SIZE.
 * - The analysis fields add a base cost for the work they do before returning
 *   anything (FIELD_COSTS); their estimators sit on the fields themselves
 *   (`@Query({ complexity })` in the resolvers).
 * - Introspection (`__schema`, `__type`, `__typename`) is answered from memory
 *   and costs 1 per root field.
 */
export const MAX_QUERY_COST = 100_000;

/** Items assumed for a list field without a size argument (an actor's ties, an event's evidence…). */
export const DEFAULT_LIST_SIZE = 10;

/** Base costs of the expensive fields: the work done before a single item is returned. */
export const FIELD_COSTS = {
  /** actors, events, statements, timeline: a page and its total count. */
  connection: 10,
  /** statements(filter: { text }): a full-text search. */
  statementsTextSearch: 50,
  /** search: the name index and the full-text indexes. */
  search: 50,
  /** centrality, by metric (computed over the whole actor graph, then cached). */
  centrality: { DEGREE: 100, PAGERANK: 200, BETWEENNESS: 500 } as Record<string, number>,
  /** commonConnections: both actors' ties and shared events. */
  commonConnections: 200,
  /** paths: per relationship hop searched (maxHops). */
  pathsPerHop: 100,
  /** neighborhood and export of a neighbourhood: per hop (depth) and per 100 nodes of `limit`. */
  neighborhoodPerHopPer100Nodes: 100,
  /** export: per node the file may hold (a neighbourhood's `limit`, the nodes of `first` paths). */
  exportPerNode: 10,
  /** export of the whole graph (up to 50,000 nodes). */
  exportWholeGraph: 50_000,
  /** stats: several aggregations over the whole graph. */
  stats: 20,
  /** counts: one count per record kind. */
  counts: 10,
} as const;

type Args = Record<string, unknown>;

function intArg(args: Args, name: string, fallback: number, max: number): number {
  const value = args[name];
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(Math.max(Math.trunc(value), 1), max);
}

/** A list of `size` items instead of DEFAULT_LIST_SIZE: for a root field whose child cost already counts its lists at the default size. */
function scaleLists(childComplexity: number, size: number): number {
  return Math.ceil((childComplexity * size) / DEFAULT_LIST_SIZE);
}

/** actors, events, timeline: a Relay page of `first` edges (default 20, max 100). */
export const connectionCost: ComplexityEstimator = ({ args, childComplexity }) =>
  FIELD_COSTS.connection +
  scaleLists(childComplexity, intArg(args, 'first', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));

/** statements: a connection, and a full-text search when filtered by text. */
export const statementsCost: ComplexityEstimator = (options) => {
  const filter = options.args['filter'] as { text?: unknown } | null | undefined;
  const searched = typeof filter?.text === 'string' && filter.text.trim().length > 0;
  return (connectionCost(options) as number) + (searched ? FIELD_COSTS.statementsTextSearch : 0);
};

/** search: `first` hits (default 10, max 50). */
export const searchCost: ComplexityEstimator = ({ args, childComplexity }) =>
  FIELD_COSTS.search + intArg(args, 'first', DEFAULT_SEARCH_RESULTS, MAX_SEARCH_RESULTS) * childComplexity;

/** centrality: the metric's base cost, and `top` scores (default 10, max 100). */
export const centralityCost: ComplexityEstimator = ({ args, childComplexity }) =>
  (FIELD_COSTS.centrality[String(args['metric'])] ?? FIELD_COSTS.centrality['BETWEENNESS']!) +
  intArg(args, 'top', DEFAULT_CENTRALITY_TOP, MAX_CENTRALITY_TOP) * childComplexity;

/** commonConnections: `first` connections (default 10, max 50). */
export const commonConnectionsCost: ComplexityEstimator = ({ args, childComplexity }) =>
  FIELD_COSTS.commonConnections + intArg(args, 'first', 10, MAX_COMMON_CONNECTIONS) * childComplexity;

/** paths: per hop searched (maxHops, default 4, max 6), and `first` paths (default 3, max 20). */
export const pathsCost: ComplexityEstimator = ({ args, childComplexity }) =>
  FIELD_COSTS.pathsPerHop * intArg(args, 'maxHops', 4, MAX_PATH_HOPS) +
  intArg(args, 'first', 3, MAX_PATHS) * childComplexity;

function neighborhoodBase(depth: number, limit: number): number {
  return FIELD_COSTS.neighborhoodPerHopPer100Nodes * Math.max(depth, 1) * Math.ceil(limit / 100);
}

/**
 * neighborhood: per hop (depth, default 1, max 3) and per 100 nodes of `limit`
 * (default 500, max 2000), and its nodes and edges counted as `limit` items each.
 */
export const neighborhoodCost: ComplexityEstimator = ({ args, childComplexity }) => {
  const depth = intArg(args, 'depth', 1, MAX_NEIGHBORHOOD_DEPTH);
  const limit = intArg(args, 'limit', DEFAULT_NEIGHBORHOOD_NODES, MAX_NEIGHBORHOOD_NODES);
  return neighborhoodBase(depth, limit) + scaleLists(childComplexity, limit);
};

/**
 * export: the whole graph costs FIELD_COSTS.exportWholeGraph; a neighbourhood
 * what the neighborhood query costs plus exportPerNode per node of `limit`; the
 * paths between two actors what the paths query costs plus exportPerNode per
 * node of the `first` paths.
 */
export const exportCost: ComplexityEstimator = ({ args, childComplexity }) => {
  const selection = (args['selection'] ?? {}) as Args;
  const given = (name: string) => selection[name] !== null && selection[name] !== undefined;
  if (given('ids')) {
    const depth = intArg(selection, 'depth', 1, MAX_NEIGHBORHOOD_DEPTH);
    const limit = intArg(selection, 'limit', DEFAULT_NEIGHBORHOOD_NODES, MAX_NEIGHBORHOOD_NODES);
    return neighborhoodBase(depth, limit) + FIELD_COSTS.exportPerNode * limit + childComplexity;
  }
  if (given('fromId') || given('toId')) {
    const maxHops = intArg(selection, 'maxHops', 4, MAX_PATH_HOPS);
    const first = intArg(selection, 'first', 3, MAX_PATHS);
    return (
      FIELD_COSTS.pathsPerHop * maxHops + FIELD_COSTS.exportPerNode * first * (maxHops + 1) + childComplexity
    );
  }
  return FIELD_COSTS.exportWholeGraph + childComplexity;
};

/** A flat base cost on top of what the field selects. */
export function baseCost(base: number): ComplexityEstimator {
  return ({ childComplexity }) => base + childComplexity;
}

/**
 * Every field: its declared estimator (`complexity` on the type-graphql
 * decorator) when it has one; otherwise 1 plus its selection, times
 * DEFAULT_LIST_SIZE for a list.
 */
export const estimateFieldCost: ComplexityEstimator = (options: ComplexityEstimatorArgs) => {
  const { field, type, childComplexity } = options;
  if (field.name.startsWith('__') || isIntrospectionType(type)) {
    return field.name === '__schema' || field.name === '__type' ? 1 : 0;
  }
  const declared: unknown = field.extensions?.['complexity'];
  if (typeof declared === 'number') return declared + childComplexity;
  if (typeof declared === 'function') {
    const cost: unknown = (declared as ComplexityEstimator)(options);
    if (typeof cost === 'number' && Number.isFinite(cost)) return cost;
  }
  const perItem = 1 + childComplexity;
  return isListType(getNullableType(field.type)) ? DEFAULT_LIST_SIZE * perItem : perItem;
};

/**
 * Most field selections (fragments expanded where spread) an operation may
 * hold; its cost is not even computed beyond. The README's largest example
 * has about 40.
 */
export const MAX_COSTED_NODES = 2_000;

/**
 * The cost of one operation of a parsed, validated document with its
 * variables. Throws a GraphQLError when the variables or an argument cannot be
 * coerced, or when the operation expands (through fragments) to more than
 * 4 × MAX_COSTED_NODES selections and spreads.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  const bySchema = rememberedCosts.get(schema) ?? new WeakMap<DocumentNode, Map<string, number>>();
  rememberedCosts.set(schema, bySchema);
  const byRequest = bySchema.get(document) ?? new Map<string, number>();
  bySchema.set(document, byRequest);
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  const remembered = byRequest.get(key);
  if (remembered !== undefined) return remembered;
  const cost = costOf(schema, document, variables, operationName);
  if (byRequest.size >= REMEMBERED_PER_DOCUMENT) byRequest.delete(byRequest.keys().next().value as string);
  byRequest.set(key, cost);
  return cost;
}

/**
 * Costs computed, by schema, document and operation with its variables. The
 * server parses a query text it has seen once into the same document, and a
 * dashboard asks the same few questions again and again: walking the document
 * to price it again took about a quarter of a millisecond of every such request.
 */
const rememberedCosts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
const REMEMBERED_PER_DOCUMENT = 64;

function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: [estimateFieldCost],
    // A backstop: the caller has counted the field selections already (the library also counts spreads).
    maxQueryNodes: 4 * MAX_COSTED_NODES,
  });
}
