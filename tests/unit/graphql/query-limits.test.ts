import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getOperationAST, parse, print, type GraphQLSchema } from 'graphql';
import { MAX_QUERY_COST, queryCost } from '../../../src/graphql/query-cost';
import {
  checkOperation,
  checkQuerySize,
  countFields,
  QUERY_LIMITS,
  QueryLimitError,
} from '../../../src/graphql/query-limits';
import { buildGraphSchema } from '../../../src/graphql/schema';
import type { GraphqlEndpoint } from '../../../src/http/graphql-server';
import { OPERATIONS } from '../../bench/operations';
import { apiOver } from '../../support/api';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';

const ROOT = path.resolve(__dirname, '../../..');

/** Every ```graphql block of the README. */
function readmeQueries(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/**
 * Every query the explorer sends (src/explorer/api.js), with its selection
 * constants substituted. The one selection built at run time (search hits) is
 * given in full.
 */
function explorerQueries(): string[] {
  const source = readFileSync(path.join(ROOT, 'src/explorer/api.js'), 'utf8');
  const constants = new Map<string, string>();
  for (const match of source.matchAll(/const ([A-Z_]+) =\s*(['`])([^'`]*)\2;/g)) {
    constants.set(match[1]!, match[3]!);
  }
  constants.set('body', 'kind id label actor { id name kind } matchedAlias');
  const substitute = (text: string): string =>
    text.replace(/\$\{(\w+)\}/g, (_, name: string) => {
      const value = constants.get(name);
      if (value === undefined) throw new Error(`explorer query uses \${${name}}: give it to this test`);
      return substitute(value);
    });
  return [...source.matchAll(/graphql\(\s*`([\s\S]*?)`/g)].map((match) => substitute(match[1]!));
}

/** The explorer's own limits: its neighbourhood size and its path finder's hops. */
function explorerVariables(): Record<string, unknown> {
  const source = readFileSync(path.join(ROOT, 'src/explorer/api.js'), 'utf8');
  const limit = Number(/NODE_LIMIT = (\d+)/.exec(source)?.[1]);
  const hops = /PATH_LIMITS = \{ maxHops: (\d+), first: (\d+) \}/.exec(source);
  return {
    ids: ['alexander-lukashenko'],
    depth: 2,
    limit,
    fromId: 'a',
    toId: 'b',
    maxHops: Number(hops?.[1]),
    first: Number(hops?.[2]),
    id: 'a',
    name: 'Kellogg',
    text: 'Kellogg',
  };
}

/** 1000 aliases of one field, as a single request. */
function aliases(field: string, count = 1000): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

const EXPENSIVE_FIELDS = {
  neighborhood: 'neighborhood(ids: ["alexander-lukashenko"], depth: 3) { nodes { id } edges { id } }',
  export: 'export(format: GRAPHML) { content }',
  paths: 'paths(fromId: "keith-kellogg", toId: "alexander-lukashenko", maxHops: 6, first: 20) { length }',
  centrality: 'centrality(metric: BETWEENNESS, top: 100) { score }',
  commonConnections: 'commonConnections(aId: "keith-kellogg", bId: "john-coale") { strength }',
  search: 'search(text: "Lukashenka", first: 50) { id }',
  timeline: 'timeline(actorId: "alexander-lukashenko", first: 100) { totalCount edges { node { id } } }',
};

describe('query cost limits', () => {
  let schema: GraphQLSchema;
  const costOf = (query: string, variables: Record<string, unknown> = {}) =>
    queryCost(schema, parse(query), variables, undefined);
  /** Every check the API makes, before execution; throws the refusal. */
  const check = (query: string, variables: Record<string, unknown> = {}) => {
    const tooLarge = checkQuerySize(query);
    if (tooLarge) throw tooLarge;
    const document = parse(query);
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no single operation');
    return checkOperation(schema, document, operation, variables);
  };
  const refusal = (query: string, variables: Record<string, unknown> = {}): QueryLimitError => {
    try {
      check(query, variables);
    } catch (error) {
      if (error instanceof QueryLimitError) return error;
      throw error;
    }
    throw new Error('expected the query to be refused');
  };

  beforeAll(async () => {
    schema = await buildGraphSchema();
  });

  it('prices one parsed document again for each set of variables and operation, as it did the first time', () => {
    const document =
      parse(`query Small($n: Int) { actors(first: $n) { edges { node { name ties { type } } } } }
      query Fixed { actors(first: 50) { edges { node { name } } } }`);
    const small = queryCost(schema, document, { n: 2 }, 'Small');
    const large = queryCost(schema, document, { n: 100 }, 'Small');
    expect(large).toBeGreaterThan(small);
    // Remembered answers are the ones a fresh document gets.
    expect(queryCost(schema, document, { n: 2 }, 'Small')).toBe(small);
    expect(queryCost(schema, document, { n: 100 }, 'Small')).toBe(large);
    const fixed = queryCost(schema, document, { n: 2 }, 'Fixed');
    expect(fixed).not.toBe(small);
    expect(queryCost(schema, parse(print(document)), { n: 2 }, 'Fixed')).toBe(fixed);
    expect(queryCost(schema, parse(print(document)), { n: 100 }, 'Small')).toBe(large);
  });

  it('admits every example query of the README, with room to spare', () => {
    const queries = readmeQueries();
    expect(queries.length).toBeGreaterThanOrEqual(10);
    for (const query of queries) {
      const measured = check(query, { kellogg: 'keith-kellogg' });
      expect(measured?.cost).toBeLessThanOrEqual(MAX_QUERY_COST / 4);
    }
  });

  it('admits every query the explorer sends, at its own sizes', () => {
    const queries = explorerQueries();
    expect(queries.length).toBeGreaterThanOrEqual(8);
    const variables = explorerVariables();
    expect(variables['limit']).toBeGreaterThan(0);
    const costs = queries.map((query) => check(query, variables)?.cost ?? 0);
    // Its largest request is a 300-node neighbourhood with every edge's evidence.
    expect(Math.max(...costs)).toBeLessThanOrEqual(MAX_QUERY_COST / 2);
  });

  it('admits every benchmark operation', () => {
    for (const operation of OPERATIONS) {
      expect(check(operation.query, { id: 'a', from: 'a', to: 'b', text: 'Kellogg' })).not.toBeNull();
    }
  });

  it('admits the nested dashboard question of the concurrency benchmark', () => {
    const query = `query ($id: ID) {
      actor(id: $id) { name ties { type source { name } target { name } evidence { quote document { id } } } }
      events(filter: { participantId: $id }, first: 10) {
        edges { node { title date participants { role actor { name ties { type target { name } } } } } }
      }
    }`;
    expect(check(query, { id: 'keith-kellogg' })?.cost).toBeLessThan(MAX_QUERY_COST / 10);
  });

  it('counts each alias of a field again', () => {
    const one = costOf('{ a: counts { actors } }');
    expect(costOf('{ a: counts { actors } b: counts { actors } c: counts { actors } }')).toBe(3 * one);
  });

  it('multiplies a list by its size argument, or by the default list size', () => {
    const page = (first: number) => costOf(`{ events(first: ${first}) { edges { node { id title } } } }`);
    expect(page(100)).toBeGreaterThan(4 * page(20));
    expect(costOf('{ events { edges { node { id } } } }')).toBe(
      costOf('{ events(first: 20) { edges { node { id } } } }'),
    );
    // An unbounded nested list counts as 10 items, each with its own selection.
    const withTies = costOf('{ actor(id: "a") { ties { type } } }');
    const withTieEvidence = costOf('{ actor(id: "a") { ties { type evidence { quote } } } }');
    expect(withTieEvidence - withTies).toBe(10 * 10 * 2);
  });

  it('prices the expensive fields by their arguments', () => {
    const hood = (depth: number, limit: number) =>
      costOf(`{ neighborhood(ids: ["x"], depth: ${depth}, limit: ${limit}) { nodes { id } } }`);
    expect(hood(3, 500)).toBeGreaterThan(hood(1, 500));
    expect(hood(1, 2000)).toBeGreaterThan(3 * hood(1, 500));
    const paths = (maxHops: number, first: number) =>
      costOf(`{ paths(fromId: "a", toId: "b", maxHops: ${maxHops}, first: ${first}) { nodes { id } } }`);
    expect(paths(6, 3)).toBeGreaterThan(paths(2, 3));
    expect(paths(4, 20)).toBeGreaterThan(paths(4, 3));
    const centrality = (metric: string) => costOf(`{ centrality(metric: ${metric}, top: 10) { score } }`);
    expect(centrality('BETWEENNESS')).toBeGreaterThan(centrality('DEGREE'));
    // The whole graph is the dearest export; a neighbourhood's scales with its limit.
    const whole = costOf('{ export(format: GEXF) { content } }');
    const small = costOf('{ export(format: GEXF, selection: { ids: ["x"], limit: 100 }) { content } }');
    const large = costOf('{ export(format: GEXF, selection: { ids: ["x"], limit: 2000 }) { content } }');
    expect(whole).toBeGreaterThan(large);
    expect(large).toBeGreaterThan(10 * small);
    // Arguments given as variables are priced the same as literals.
    expect(
      costOf('query ($d: Int!) { neighborhood(ids: ["x"], depth: $d, limit: 2000) { nodes { id } } }', {
        d: 3,
      }),
    ).toBe(hood(3, 2000));
  });

  it('prices an out-of-range size at its maximum and leaves the error to the field', () => {
    expect(costOf('{ events(first: 1000000) { edges { node { id } } } }')).toBe(
      costOf('{ events(first: 100) { edges { node { id } } } }'),
    );
  });

  it.each(Object.entries(EXPENSIVE_FIELDS))(
    'refuses 1000 aliases of %s by the size of the query, in well under 100 ms',
    (_, field) => {
      const query = aliases(field);
      const started = performance.now();
      const error = refusal(query);
      const elapsed = performance.now() - started;
      expect(error.code).toBe('QUERY_TOO_LARGE');
      expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', limit: expect.any(Number) });
      expect(elapsed).toBeLessThan(100);
    },
  );

  it('refuses 1000 compact aliases by their token count', () => {
    const compact = `{${Array.from({ length: 600 }, (_, i) => `a${i}:counts{actors}`).join('')}}`;
    expect(compact.length).toBeLessThan(QUERY_LIMITS.maxCharacters);
    const error = refusal(compact);
    expect(error.message).toContain(`more than ${QUERY_LIMITS.maxTokens} tokens`);
    expect(error.details).toEqual({ tokens: QUERY_LIMITS.maxTokens + 1, limit: QUERY_LIMITS.maxTokens });
  });

  it('refuses more root fields or aliases than the limits, fragments included', () => {
    const roots = refusal(aliases('counts { actors }', QUERY_LIMITS.maxRootFields + 1));
    expect(roots).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      details: { rootFields: QUERY_LIMITS.maxRootFields + 1, limit: QUERY_LIMITS.maxRootFields },
    });
    const nested = `{ actor(id: "a") { ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `n${i}: name`).join(' ')} } }`;
    expect(refusal(nested).details).toEqual({
      aliases: QUERY_LIMITS.maxAliases + 1,
      limit: QUERY_LIMITS.maxAliases,
    });
    // A fragment of 5 aliases spread 7 times is 35 aliases.
    const spread = `{ ${Array.from({ length: 7 }, (_, i) => `r${i}: actor(id: "a") { ...F }`).join(' ')} }
      fragment F on Actor { a: name b: name c: name d: name e: name }`;
    const document = parse(spread);
    expect(countFields(document, getOperationAST(document)!)).toEqual({
      rootFields: 7,
      aliases: 7 + 35,
      selections: 7 + 35,
    });
    expect(refusal(spread).details).toMatchObject({ aliases: 42 });
  });

  it('refuses an over-budget query with its cost and the limit', () => {
    const query = `{ a: neighborhood(ids: ["x"], depth: 3, limit: 2000) { nodes { id label } edges { id evidence { quote } } }
      b: neighborhood(ids: ["y"], depth: 3, limit: 2000) { nodes { id label } edges { id evidence { quote } } } }`;
    const error = refusal(query);
    expect(error.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.details['cost']).toBeGreaterThan(MAX_QUERY_COST);
    expect(error.details['limit']).toBe(MAX_QUERY_COST);
    expect(error.message).toMatch(/costs \d+, over the limit of 100000/);
    // Two whole-graph exports are over it; one is not.
    expect(refusal('{ a: export(format: GEXF) { content } b: export(format: JGF) { content } }').code).toBe(
      'QUERY_TOO_COMPLEX',
    );
    expect(check('{ export(format: GEXF) { content } }')?.cost).toBeLessThanOrEqual(MAX_QUERY_COST);
  });

  it('bounds fragments that spread each other many times', () => {
    // 10 levels of 10 spreads each: 10^10 selections if walked naively.
    const fragments = Array.from({ length: 10 }, (_, level) => {
      const next = level === 9 ? 'id' : Array.from({ length: 10 }, () => `...F${level + 1}`).join(' ');
      return `fragment F${level} on Actor { ${next} }`;
    }).join('\n');
    const query = `{ actor(id: "a") { ...F0 } }\n${fragments}`;
    const started = performance.now();
    const error = refusal(query);
    const elapsed = performance.now() - started;
    expect(error.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.details).toEqual({ selections: 1e9 + 1, limit: QUERY_LIMITS.maxSelections });
    expect(elapsed).toBeLessThan(100);
  });

  describe('through the API', () => {
    let store: MemoryGraphStore;
    let api: GraphqlEndpoint;

    beforeEach(async () => {
      store = new MemoryGraphStore();
      await store.writeGraph(sampleGraph());
      api = await apiOver(store);
      store.calls = 0;
    });
    afterEach(() => api.stop());

    it('refuses before anything runs, with the code, the measure and the limit', async () => {
      const tooLarge = await api.execute(aliases(EXPENSIVE_FIELDS.neighborhood));
      expect(tooLarge.data).toBeUndefined();
      expect(tooLarge.errors).toEqual([
        {
          message: expect.stringContaining('characters long'),
          extensions: { code: 'QUERY_TOO_LARGE', characters: expect.any(Number), limit: 20_000 },
        },
      ]);
      const tooMany = await api.execute(aliases('counts { actors }', 25));
      expect(tooMany.errors?.[0]?.extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        rootFields: 25,
        limit: 20,
      });
      const tooDear = await api.execute(
        `query ($limit: Int!) {
          a: export(format: GEXF) { content }
          b: neighborhood(ids: ["kellogg"], limit: $limit) { nodes { id label kind } edges { id label evidence { quote } } }
        }`,
        { limit: 2000 },
      );
      expect(tooDear.errors?.[0]?.extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        cost: expect.any(Number),
        limit: MAX_QUERY_COST,
      });
      expect(store.calls).toBe(0);
    });

    it('answers queries within the limits as before', async () => {
      const result = await api.execute('{ a: counts { actors } b: counts { events } }');
      expect(result.errors).toBeUndefined();
      expect(result.data).toMatchObject({
        a: { actors: expect.any(Number) },
        b: { events: expect.any(Number) },
      });
    });

    it('leaves variables that do not fit to the usual error', async () => {
      const result = await api.execute(
        'query ($d: Int!) { neighborhood(ids: ["kellogg"], depth: $d) { truncated } }',
        {
          d: 'deep',
        },
      );
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });
  });
});
