import { Neo4jGraphQL } from '@neo4j/graphql';
import {
  buildASTSchema,
  execute,
  getNamedType,
  Kind,
  parse,
  printSchema,
  validate,
  type ConstDirectiveNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { StoredGraph, StoredNode, StoredRelationship } from './neo4j-write-replay';

/**
 * The peer API of the side-by-side benchmark without a Neo4j server: the schema
 * `@neo4j/graphql` generates from the peer's type definitions (so every query is
 * validated against the library's real API: field, argument and filter names),
 * executed by graphql-js with resolvers over a stored graph that implement the
 * library's semantics for what the benchmark's queries use: `@relationship`
 * type and direction, `where` (scalar eq/in/contains/startsWith/endsWith,
 * relationship some/all/none/single, AND/OR/NOT), `sort` (nulls last),
 * `limit`/`offset`, and connections with the library's offset cursors and page
 * info. Anything else is refused, so the fake never answers what it does not
 * implement. `@cypher` fields are answered from a table keyed by their exact
 * statement text, so an edited statement fails until its meaning here is too.
 */
export class PeerGraphqlFake {
  private constructor(
    /** The library's generated schema, resolvers stripped. */
    readonly schema: GraphQLSchema,
    private readonly model: PeerModel,
    private readonly graph: StoredGraph,
  ) {}

  static async over(graph: StoredGraph, typeDefs: string): Promise<PeerGraphqlFake> {
    const generated = await new Neo4jGraphQL({ typeDefs }).getSchema();
    return new PeerGraphqlFake(buildASTSchema(parse(printSchema(generated))), readModel(typeDefs), graph);
  }

  async execute(query: string, variables: Record<string, unknown>): Promise<ExecutionResult> {
    const document = parse(query);
    const errors = validate(this.schema, document);
    if (errors.length > 0) return { errors };
    return execute({
      schema: this.schema,
      document,
      variableValues: variables,
      fieldResolver: this.resolve,
    });
  }

  private readonly resolve: GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> = (
    source,
    args,
    _context,
    info,
  ) => {
    const parent = info.parentType.name;
    const field = info.fieldName;
    if (parent === 'Query') return this.root(field, args, getNamedType(info.returnType).name);
    const type = this.model.get(parent);
    if (!type) return (source as Record<string, unknown>)[field];
    const node = source as StoredNode;
    const declared = type.get(field);
    if (declared?.kind === 'relationship') {
      const related = this.related(node, declared).map((edge) => edge.node);
      const nodes = page(
        sortNodes(
          related.filter((n) => this.matches(n, args['where'])),
          args['sort'],
        ),
        args,
      );
      return declared.list ? nodes : (nodes[0] ?? null);
    }
    if (declared?.kind === 'cypher') {
      const run = CYPHER_FIELDS.get(normalise(declared.statement));
      if (!run) throw new Error(`no in-memory meaning for @cypher statement of ${parent}.${field}`);
      return run(node, this.graph);
    }
    const connection = field.endsWith('Connection')
      ? type.get(field.slice(0, -'Connection'.length))
      : undefined;
    if (connection?.kind === 'relationship') {
      const edges = this.related(node, connection).filter((edge) => this.edgeMatches(edge, args['where']));
      return connectionOf(sortEdges(edges, args['sort']), args);
    }
    if (declared?.kind === 'scalar') return node.props[field] ?? null;
    throw new Error(`the fake does not implement ${parent}.${field}`);
  };

  /** `things` (a list) and `thingsConnection` of a node type. */
  private root(field: string, args: Record<string, unknown>, returnType: string): unknown {
    const label = field.endsWith('Connection')
      ? [...this.model.keys()].find((name) => returnType === `${upperFirst(plural(name))}Connection`)
      : returnType;
    if (!label || !this.model.has(label)) throw new Error(`the fake does not implement Query.${field}`);
    const nodes = this.graph.nodes(label).filter((node) => this.matches(node, args['where']));
    if (field.endsWith('Connection')) {
      const edges = nodes.map((node) => ({ node, properties: {} }));
      return connectionOf(
        sortEdges(
          edges,
          (args['sort'] as unknown[] | undefined)?.map((s) => ({ node: s })),
        ),
        args,
      );
    }
    return page(sortNodes(nodes, args['sort']), args);
  }

  private related(node: StoredNode, field: RelationshipField): Edge[] {
    return this.graph.relationshipsOf(node, field.type, field.direction).map((rel: StoredRelationship) => ({
      node: field.direction === 'OUT' ? rel.to : rel.from,
      properties: rel.props,
    }));
  }

  private matches(node: StoredNode, where: unknown): boolean {
    if (where === undefined || where === null) return true;
    const type = this.model.get(node.label);
    if (!type) throw new Error(`no type for label ${node.label}`);
    return Object.entries(where as Record<string, unknown>).every(([key, condition]) => {
      if (key === 'AND') return (condition as unknown[]).every((each) => this.matches(node, each));
      if (key === 'OR') return (condition as unknown[]).some((each) => this.matches(node, each));
      if (key === 'NOT') return !this.matches(node, condition);
      const field = type.get(key);
      if (field?.kind === 'scalar') return scalarMatches(node.props[key], condition);
      if (field?.kind === 'relationship') {
        const related = this.related(node, field).map((edge) => edge.node);
        return quantified(related, condition, (each, inner) => this.matches(each, inner));
      }
      throw new Error(`the fake does not implement the filter ${node.label}.${key}`);
    });
  }

  private edgeMatches(edge: Edge, where: unknown): boolean {
    if (where === undefined || where === null) return true;
    return Object.entries(where as Record<string, unknown>).every(([key, condition]) => {
      if (key === 'node') return this.matches(edge.node, condition);
      if (key === 'edge') {
        return Object.entries(condition as Record<string, unknown>).every(([name, test]) =>
          scalarMatches(edge.properties[name], test),
        );
      }
      throw new Error(`the fake does not implement the connection filter ${key}`);
    });
  }
}

// --- the type definitions, as the fake needs them ------------------------------------

type FieldModel =
  { readonly kind: 'scalar' } | RelationshipField | { readonly kind: 'cypher'; readonly statement: string };

interface RelationshipField {
  readonly kind: 'relationship';
  readonly type: string;
  readonly direction: 'IN' | 'OUT';
  readonly list: boolean;
}

/** Node type name (= its label) → field name → what the field is. */
type PeerModel = Map<string, Map<string, FieldModel>>;

function readModel(typeDefs: string): PeerModel {
  const model: PeerModel = new Map();
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    if (!definition.directives?.some((d) => d.name.value === 'node')) continue;
    const fields = new Map<string, FieldModel>();
    for (const field of definition.fields ?? []) {
      const relationship = directive(field.directives, 'relationship');
      const cypher = directive(field.directives, 'cypher');
      const list =
        field.type.kind === Kind.LIST_TYPE ||
        (field.type.kind === Kind.NON_NULL_TYPE && field.type.type.kind === Kind.LIST_TYPE);
      if (relationship) {
        fields.set(field.name.value, {
          kind: 'relationship',
          type: relationship['type'] as string,
          direction: relationship['direction'] as 'IN' | 'OUT',
          list,
        });
      } else if (cypher) {
        fields.set(field.name.value, { kind: 'cypher', statement: cypher['statement'] as string });
      } else {
        fields.set(field.name.value, { kind: 'scalar' });
      }
    }
    model.set(definition.name.value, fields);
  }
  return model;
}

function directive(
  directives: readonly ConstDirectiveNode[] | undefined,
  name: string,
): Record<string, unknown> | undefined {
  const found = directives?.find((d) => d.name.value === name);
  if (!found) return undefined;
  return Object.fromEntries(
    (found.arguments ?? []).map((arg) => [
      arg.name.value,
      arg.value.kind === Kind.STRING || arg.value.kind === Kind.ENUM ? arg.value.value : undefined,
    ]),
  );
}

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** `@neo4j/graphql` names root fields after the plural of the type, lower camel case. */
function plural(typeName: string): string {
  const lower = typeName.charAt(0).toLowerCase() + typeName.slice(1);
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(lower)) return `${lower}es`;
  return `${lower}s`;
}

// --- the library's semantics ---------------------------------------------------------

interface Edge {
  readonly node: StoredNode;
  readonly properties: Record<string, unknown>;
}

function scalarMatches(value: unknown, condition: unknown): boolean {
  return Object.entries(condition as Record<string, unknown>).every(([operator, operand]) => {
    switch (operator) {
      case 'eq':
        return value === operand;
      case 'in':
        return (operand as unknown[]).includes(value);
      case 'contains':
        return typeof value === 'string' && value.includes(operand as string);
      case 'startsWith':
        return typeof value === 'string' && value.startsWith(operand as string);
      case 'endsWith':
        return typeof value === 'string' && value.endsWith(operand as string);
      default:
        throw new Error(`the fake does not implement the operator ${operator}`);
    }
  });
}

function quantified(
  related: readonly StoredNode[],
  condition: unknown,
  test: (node: StoredNode, where: unknown) => boolean,
): boolean {
  return Object.entries(condition as Record<string, unknown>).every(([quantifier, where]) => {
    const hits = related.filter((node) => test(node, where)).length;
    if (quantifier === 'some') return hits > 0;
    if (quantifier === 'none') return hits === 0;
    if (quantifier === 'single') return hits === 1;
    if (quantifier === 'all') return hits === related.length;
    throw new Error(`the fake does not implement the quantifier ${quantifier}`);
  });
}

/** Cypher's ORDER BY: strings and numbers by value, nulls last when ascending. */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return (a as string | number) < (b as string | number) ? -1 : 1;
}

type SortSpec = Record<string, 'ASC' | 'DESC'>;

function compareBy(
  specs: readonly SortSpec[],
  valueOf: (spec: 'node' | 'edge', field: string, item: Edge) => unknown,
  scope: 'node' | 'edge',
) {
  return (a: Edge, b: Edge): number => {
    for (const spec of specs) {
      for (const [field, direction] of Object.entries(spec)) {
        const order = compareValues(valueOf(scope, field, a), valueOf(scope, field, b));
        if (order !== 0) return direction === 'DESC' ? -order : order;
      }
    }
    return 0;
  };
}

function sortNodes(nodes: readonly StoredNode[], sort: unknown): StoredNode[] {
  const specs = (sort as SortSpec[] | undefined) ?? [];
  return nodes
    .map((node) => ({ node, properties: {} }))
    .sort(compareBy(specs, (_scope, field, item) => item.node.props[field], 'node'))
    .map((edge) => edge.node);
}

/** Connection sort: `[{ node: { field: ASC } }, { edge: { property: DESC } }]`, in order. */
function sortEdges(edges: readonly Edge[], sort: unknown): Edge[] {
  const specs = (sort as { node?: SortSpec; edge?: SortSpec }[] | undefined) ?? [];
  return [...edges].sort((a, b) => {
    for (const spec of specs) {
      const byNode = compareBy(
        spec.node ? [spec.node] : [],
        (_s, f, item) => item.node.props[f],
        'node',
      )(a, b);
      if (byNode !== 0) return byNode;
      const byEdge = compareBy(
        spec.edge ? [spec.edge] : [],
        (_s, f, item) => item.properties[f],
        'edge',
      )(a, b);
      if (byEdge !== 0) return byEdge;
    }
    return 0;
  });
}

function page<T>(items: readonly T[], args: Record<string, unknown>): T[] {
  const offset = (args['offset'] as number | undefined) ?? 0;
  const limit = args['limit'] as number | undefined;
  return items.slice(offset, limit === undefined ? undefined : offset + limit);
}

/** graphql-relay's offset cursors, as `@neo4j/graphql` makes them. */
const cursorOf = (offset: number): string => Buffer.from(`arrayconnection:${offset}`).toString('base64');

function offsetOf(cursor: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const offset = Number(text.slice('arrayconnection:'.length));
  if (!text.startsWith('arrayconnection:') || !Number.isInteger(offset))
    throw new Error(`bad cursor ${cursor}`);
  return offset;
}

/** A page from `after` (exclusive) of `first` edges, with the library's page info. */
function connectionOf(edges: readonly Edge[], args: Record<string, unknown>) {
  const after = args['after'] as string | null | undefined;
  const first = args['first'] as number | null | undefined;
  const start = typeof after === 'string' ? offsetOf(after) + 1 : 0;
  const end = typeof first === 'number' ? start + first : edges.length;
  const slice = edges.slice(start, end).map((edge, i) => ({ ...edge, cursor: cursorOf(start + i) }));
  return {
    totalCount: edges.length,
    edges: slice,
    pageInfo: {
      startCursor: slice[0]?.cursor ?? null,
      endCursor: slice[slice.length - 1]?.cursor ?? null,
      hasPreviousPage: start > 0,
      hasNextPage: typeof first === 'number' ? end < edges.length : false,
    },
  };
}

// --- @cypher fields -------------------------------------------------------------------

const normalise = (statement: string): string => statement.replace(/\s+/g, ' ').trim();

/** The in-memory meaning of each `@cypher` statement of the peer's type definitions. */
const CYPHER_FIELDS = new Map<string, (node: StoredNode, graph: StoredGraph) => StoredNode[]>([
  [
    'MATCH (v:Evidence) WHERE v.id IN this.evidenceIds RETURN v',
    (node, graph) => {
      const ids = new Set((node.props['evidenceIds'] as string[] | null) ?? []);
      return graph.nodes('Evidence').filter((span) => ids.has(span.props['id'] as string));
    },
  ],
  [
    'MATCH (this)-[t:TIE]-(:Actor) UNWIND t.evidenceIds AS evidenceId MATCH (v:Evidence {id: evidenceId}) RETURN DISTINCT v',
    (node, graph) => {
      const ties = [
        ...graph.relationshipsOf(node, 'TIE', 'OUT'),
        ...graph.relationshipsOf(node, 'TIE', 'IN'),
      ];
      const spans = ties.flatMap((tie) =>
        ((tie.props['evidenceIds'] as string[] | null) ?? []).map((id) => graph.find('Evidence', 'id', id)),
      );
      return [...new Set(spans.filter((span): span is StoredNode => span !== undefined))];
    },
  ],
]);

/** One statement `@neo4j/graphql` sent to the database, parameters as plain values. */
export interface TranslatedStatement {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

/**
 * The Cypher `@neo4j/graphql` itself generates for a query, without a server:
 * the library runs its statements on the execution context it is given, here
 * one that records them, answers its version check as Neo4j 5.26 Community, and
 * returns no rows.
 */
export async function translatePeer(
  typeDefs: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ statements: TranslatedStatement[]; errors: readonly unknown[] }> {
  const schema = await new Neo4jGraphQL({ typeDefs }).getSchema();
  const statements: TranslatedStatement[] = [];
  const executionContext = {
    run: async (cypher: string, params: Record<string, unknown>) => {
      if (cypher.includes('dbms.components()')) return { records: [['5.26.0', 'community']] };
      statements.push({ cypher, params: plainParams(params) });
      return { records: [], summary: { counters: { updates: () => ({}) } } };
    },
  };
  const result = await execute({
    schema,
    document: parse(query),
    variableValues: variables,
    contextValue: { executionContext },
  });
  return { statements, errors: result.errors ?? [] };
}

/** The driver's 64-bit integers ({ low, high }) as numbers. */
function plainParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      value !== null && typeof value === 'object' && 'low' in value && 'high' in value
        ? Number((value as { low: number }).low)
        : value,
    ]),
  );
}

/** The `@cypher` statements of type definitions, for checking them as Cypher. */
export function cypherStatementsOf(typeDefs: string): string[] {
  return [...readModel(typeDefs).values()].flatMap((fields) =>
    [...fields.values()].flatMap((field) => (field.kind === 'cypher' ? [field.statement] : [])),
  );
}
