import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import path from 'node:path';
import { collectTree, treeQuery } from '../../../src/adapters/neo4j/neo4j-tree-query';
import { CypherCatalog, NEO4J_TREE_QUERY_NAMES } from '../../../src/adapters/shared/cypher-catalog';
import { PlannedRecordsBuilder } from '../../../src/adapters/shared/planned-records';
import type { PlannedRead, RootKind } from '../../../src/ports/graph-store.port';
import { everyRelation } from '../../support/read-plans';

/**
 * No Neo4j server runs here: the query a planned read composes is checked by
 * Neo4j's own Cypher 5 parser and semantic analysis, for plans that use every
 * template, and its result is walked back into records on a hand-made answer.
 */
const catalog = new CypherCatalog('neo4j', path.resolve(__dirname, '../../../cypher'));

const problemsOf = (text: string): string[] => {
  const { diagnostics } = lintCypherQuery(text, {
    defaultLanguage: 'CYPHER 5',
    procedures: testData.mockSchema.procedures,
    functions: testData.mockSchema.functions,
  } as never);
  return diagnostics
    .map((d) => (typeof d.message === 'string' ? d.message : d.message.value))
    .filter((message) => !/^Parameter \$\w+ is not defined/.test(message));
};

const page = { after: null, limit: 10 };
const READS: [string, PlannedRead][] = [
  ...(['actor', 'event', 'statement', 'document', 'tie'] as RootKind[]).map((kind): [string, PlannedRead] => [
    `${kind}s by id, every relation two deep`,
    { root: { by: 'ids', kind, ids: ['x'] }, plan: everyRelation(kind, 2) },
  ]),
  [
    'an actor page',
    {
      root: { by: 'actorPage', query: { kinds: [], nameContains: null, ...page } },
      plan: everyRelation('actor', 1),
    },
  ],
  [
    "a participant's events in depth (the dashboard question)",
    {
      root: {
        by: 'eventPage',
        query: { types: [], participantId: 'x', from: null, to: null, ...page },
      },
      plan: {
        place: { country: {} },
        participants: { actor: { ties: { target: {} } } },
        evidence: { document: {} },
      },
    },
  ],
  [
    'all events',
    {
      root: { by: 'eventPage', query: { types: [], participantId: null, from: null, to: null, ...page } },
      plan: {},
    },
  ],
  [
    'a statement search',
    {
      root: { by: 'statementPage', query: { speakerId: null, aboutId: null, text: 'freed', ...page } },
      plan: everyRelation('statement', 1),
    },
  ],
  [
    "an actor's ties with their far ends and evidence (tiesConnection)",
    {
      root: { by: 'tiePage', query: { actorId: 'x', types: ['ALLY_OF'], asOf: '2025-06-01', ...page } },
      plan: { source: { ties: {} }, target: {}, evidence: { document: {} } },
    },
  ],
  [
    'statements about an actor',
    {
      root: { by: 'statementPage', query: { speakerId: null, aboutId: 'x', text: null, ...page } },
      plan: { aboutLinks: { actor: { statements: {} } } },
    },
  ],
];

describe('Neo4j planned reads: one query per root', () => {
  it.each(READS)('composes %s as Cypher 5 without errors or warnings', (_name, read) => {
    const query = treeQuery(catalog, read);
    expect(problemsOf(query.text)).toEqual([]);
    if (query.page !== null) {
      expect(problemsOf(catalog.get(query.page.count))).toEqual([]);
      // The page's parameters, with `limit`, are the list query's; nothing else is sent.
      expect(parameters(query.text)).toEqual([...Object.keys(query.params), 'limit'].sort());
    } else {
      expect(parameters(query.text)).toEqual(['ids']);
    }
  });

  it('uses every template, and writes no value into the text', () => {
    const template = jest.spyOn(catalog, 'template');
    for (const [, read] of READS) treeQuery(catalog, read);
    const used = new Set(template.mock.calls.map(([name]) => name));
    template.mockRestore();
    expect(NEO4J_TREE_QUERY_NAMES.filter((name) => !used.has(name))).toEqual([]);
    const hostile = treeQuery(catalog, {
      root: { by: 'ids', kind: 'actor', ids: ["x'}) DETACH DELETE n //"] },
      plan: { ties: {} },
    });
    expect(hostile.text).not.toContain('DETACH');
    expect(hostile.params).toEqual({ ids: ["x'}) DETACH DELETE n //"] });
  });

  it('refuses a relation the vocabulary lacks before composing anything', () => {
    expect(() =>
      treeQuery(catalog, { root: { by: 'ids', kind: 'event', ids: ['x'] }, plan: { spouse: {} } }),
    ).toThrow(/no relation "spouse"/);
  });

  it('walks a nested answer back into the answers of each lookup', () => {
    const actor = (id: string) => ({
      id,
      name: id,
      kind: 'PERSON',
      aliases: [id],
      aliasKeys: [id],
      description: '',
      sortKey: id,
      evidenceIds: [],
      fingerprint: 'ignored',
    });
    const tie = {
      id: 't1',
      sourceId: 'a',
      targetId: 'b',
      type: 'ALLY_OF',
      role: null,
      since: null,
      until: null,
      former: false,
      evidenceIds: ['v1'],
      documentIds: ['d'],
    };
    const span = {
      id: 'v1',
      documentId: 'd',
      quote: 'q',
      startOffset: 0,
      endOffset: 1,
      factId: 't1',
      factKind: 'TIE',
    };
    const builder = new PlannedRecordsBuilder();
    const records = collectTree(builder, 'actor', { ties: { target: {}, evidence: {} } }, [
      {
        record: actor('a'),
        ties: [{ record: tie, target: [{ record: actor('b') }], evidence: [{ record: span }] }],
      },
    ]);
    expect(records.map((record) => (record as { id: string }).id)).toEqual(['a']);
    const answers = builder.build();
    expect(answers.tiesByActor.answers.get('a')?.map((t) => t.id)).toEqual(['t1']);
    expect(answers.actors.answers.get('b')?.[0]).toMatchObject({ id: 'b', aliasKeys: ['b'] });
    expect(answers.actors.answers.get('b')?.[0]).not.toHaveProperty('fingerprint');
    expect(answers.evidence.answers.get('v1')?.[0]).toMatchObject({ start: 0, end: 1, factKind: 'TIE' });
  });
});

describe('the record templates of Neo4j planned reads', () => {
  // Each relationship's record in a tree query must read the properties its
  // by-ids query reads, under the same names: a name the writes never set
  // reads as null on Neo4j only, which no test without a server would see.
  it.each([
    ['tree_record_tie', 'ties_by_actor_ids'],
    ['tree_record_participation', 'participations_by_event_ids'],
    ['tree_record_evidence', 'evidence_by_ids'],
  ] as const)('%s reads the properties %s returns, under their names', (template, byIds) => {
    const projected = [...catalog.get(template).matchAll(/(\w+): \{\{item\}\}\.(\w+)/g)].map(
      ([, key, property]) => `${property as string} AS ${key as string}`,
    );
    expect(projected.length).toBeGreaterThan(2);
    const columns = new Set(
      [...catalog.get(byIds).matchAll(/\w+\.(\w+) AS (\w+)/g)].map(
        ([, property, key]) => `${property} AS ${key}`,
      ),
    );
    for (const pair of projected) expect({ pair, read: columns.has(pair) }).toEqual({ pair, read: true });
  });
});

function parameters(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1] as string))].sort();
}
