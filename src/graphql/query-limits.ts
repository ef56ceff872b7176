import type { ApolloServerPlugin } from '@apollo/server';
import {
  getVariableValues,
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_COSTED_NODES, MAX_QUERY_COST, queryCost } from './query-cost';

/**
 * Limits that refuse an over-sized or over-priced request before it runs, each
 * documented in the README ("Query cost limits"):
 *
 * 1. the document's size in characters and in GraphQL tokens, checked before
 *    it is even parsed (QUERY_TOO_LARGE), so a 1000-alias request costs the
 *    server a string length and a bounded scan;
 * 2. after parsing and validation: the number of root fields and of aliases of
 *    the operation (QUERY_TOO_COMPLEX), then its cost with the request's
 *    variables (QUERY_TOO_COMPLEX, see ./query-cost.ts).
 *
 * Refusals answer HTTP 400, as a parse or validation error (the depth limit)
 * does, with the measure and the limit in `extensions`.
 */
export interface QueryLimits {
  /** Characters of the query text. */
  readonly maxCharacters: number;
  /** Lexical tokens of the query (names, punctuation, values; comments and commas excluded). */
  readonly maxTokens: number;
  /** Fields at the root of the operation, fragments expanded (aliases of one field count each). */
  readonly maxRootFields: number;
  /** Aliased fields anywhere in the operation, fragments expanded. */
  readonly maxAliases: number;
  /** Field selections anywhere in the operation, fragments expanded (each spread counts again). */
  readonly maxSelections: number;
  /** The operation's cost (./query-cost.ts). */
  readonly maxCost: number;
}

export const QUERY_LIMITS: QueryLimits = {
  maxCharacters: 20_000,
  maxTokens: 2_000,
  maxRootFields: 20,
  maxAliases: 30,
  maxSelections: MAX_COSTED_NODES,
  maxCost: MAX_QUERY_COST,
};

/** A request refused by one of the limits; `extensions` carry the code, what was measured and the limit. */
export class QueryLimitError extends GraphQLError {
  constructor(
    message: string,
    readonly code: 'QUERY_TOO_LARGE' | 'QUERY_TOO_COMPLEX',
    readonly details: Readonly<Record<string, number>>,
  ) {
    super(message, { extensions: { code, ...details, http: { status: 400 } } });
  }

  /** The GraphQL response body of this refusal (for answers sent without Apollo). */
  toResponse(): { errors: { message: string; extensions: Record<string, unknown> }[] } {
    return { errors: [{ message: this.message, extensions: { code: this.code, ...this.details } }] };
  }
}

/** Counts the tokens of a query, stopping one past `limit`. */
export function countTokens(query: string, limit: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (count <= limit && lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/**
 * Size limits, checked on the raw text before parsing. Returns the refusal, or
 * null when the text is within the limits; a text that does not lex is left
 * for the parser to report.
 */
export function checkQuerySize(query: string, limits: QueryLimits = QUERY_LIMITS): QueryLimitError | null {
  if (query.length > limits.maxCharacters) {
    return new QueryLimitError(
      `The query is ${query.length} characters long, over the limit of ${limits.maxCharacters}; ` +
        'send a smaller query (fewer fields and aliases), or split it into several requests.',
      'QUERY_TOO_LARGE',
      { characters: query.length, limit: limits.maxCharacters },
    );
  }
  let tokens: number;
  try {
    tokens = countTokens(query, limits.maxTokens);
  } catch {
    return null;
  }
  if (tokens > limits.maxTokens) {
    return new QueryLimitError(
      `The query has more than ${limits.maxTokens} tokens; send a smaller query (fewer fields and ` +
        'aliases), or split it into several requests.',
      'QUERY_TOO_LARGE',
      { tokens, limit: limits.maxTokens },
    );
  }
  return null;
}

interface FieldCounts {
  /** Fields at the root. */
  rootFields: number;
  /** Aliased fields anywhere. */
  aliases: number;
  /** Field selections anywhere: what a cost walk visits. */
  selections: number;
}

/**
 * Root fields, aliases and field selections of an operation, fragments
 * expanded (each spread counts its fragment again), in one pass over the
 * document: each fragment is counted once, however often it is spread.
 */
export function countFields(document: DocumentNode, operation: OperationDefinitionNode): FieldCounts {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, FieldCounts>();
  // Counts only matter up to the limits; saturate so repeated spreads cannot overflow.
  const cap = (n: number) => Math.min(n, 1e12);
  const walk = (selectionSet: SelectionSetNode, active: Set<string>): FieldCounts => {
    const counts: FieldCounts = { rootFields: 0, aliases: 0, selections: 0 };
    for (const selection of selectionSet.selections) {
      let inner: FieldCounts;
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet
          ? walk(selection.selectionSet, active)
          : { rootFields: 0, aliases: 0, selections: 0 };
        inner = {
          rootFields: 1,
          aliases: below.aliases + (selection.alias ? 1 : 0),
          selections: below.selections + 1,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = walk(selection.selectionSet, active);
      } else {
        inner = spread(selection.name.value, active);
      }
      counts.rootFields = cap(counts.rootFields + inner.rootFields);
      counts.aliases = cap(counts.aliases + inner.aliases);
      counts.selections = cap(counts.selections + inner.selections);
    }
    return counts;
  };
  const spread = (name: string, active: Set<string>): FieldCounts => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic fragments are validation errors reported by graphql's own rules.
    if (!fragment || active.has(name)) return { rootFields: 0, aliases: 0, selections: 0 };
    const counts = walk(fragment.selectionSet, new Set([...active, name]));
    memo.set(name, counts);
    return counts;
  };
  return walk(operation.selectionSet, new Set());
}

/**
 * The limits that need the parsed operation (and, for the cost, its
 * variables). Throws the refusal as a QueryLimitError. Variables that do not
 * fit the operation are left for execution to report, as it does without this
 * check (nothing runs then).
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: QueryLimits = QUERY_LIMITS,
): { rootFields: number; aliases: number; selections: number; cost: number } | null {
  const { rootFields, aliases, selections } = countFields(document, operation);
  if (rootFields > limits.maxRootFields) {
    throw new QueryLimitError(
      `The operation selects ${rootFields} root fields, over the limit of ${limits.maxRootFields}; ` +
        'split it into several requests.',
      'QUERY_TOO_COMPLEX',
      { rootFields, limit: limits.maxRootFields },
    );
  }
  if (aliases > limits.maxAliases) {
    throw new QueryLimitError(
      `The operation uses ${aliases} aliases, over the limit of ${limits.maxAliases}; ` +
        'split it into several requests.',
      'QUERY_TOO_COMPLEX',
      { aliases, limit: limits.maxAliases },
    );
  }
  if (selections > limits.maxSelections) throw tooManySelections(selections, limits.maxSelections);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  let cost: number;
  try {
    cost = queryCost(schema, document, variables, operation.name?.value);
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw tooManySelections(4 * MAX_COSTED_NODES, limits.maxSelections);
    }
    // An argument that cannot be coerced: the field reports it when it runs.
    if (error instanceof GraphQLError) return null;
    throw error;
  }
  if (cost > limits.maxCost) {
    throw new QueryLimitError(
      `The query costs ${cost}, over the limit of ${limits.maxCost}: ask for fewer items (first, limit, ` +
        'top, depth, maxHops), fewer nested lists or fewer aliases, or split it into several requests.',
      'QUERY_TOO_COMPLEX',
      { cost, limit: limits.maxCost },
    );
  }
  return { rootFields, aliases, selections, cost };
}

function tooManySelections(selections: number, limit: number): QueryLimitError {
  return new QueryLimitError(
    `The operation expands to ${selections} field selections (fragments counted where they are spread), ` +
      `over the limit of ${limit}; send a smaller query.`,
    'QUERY_TOO_COMPLEX',
    { selections, limit },
  );
}

/**
 * Apollo plugin: checks root fields, aliases and cost once the operation is
 * known (after parsing and validation, before execution), and lets a
 * per-request hook see the operation (the request time limit spares mutations).
 */
export function queryLimitsPlugin<TContext extends object>(
  options: {
    limits?: QueryLimits;
    onOperation?: (context: TContext, operation: OperationDefinitionNode) => void;
  } = {},
): ApolloServerPlugin<TContext> {
  const limits = options.limits ?? QUERY_LIMITS;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { operation, document, schema, request, contextValue } = requestContext;
          if (!operation) return;
          options.onOperation?.(contextValue, operation);
          checkOperation(schema, document, operation, request.variables, limits);
        },
      };
    },
  };
}
