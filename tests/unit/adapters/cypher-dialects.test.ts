import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import {
  CypherCatalog,
  DIALECTS,
  NEO4J_TREE_QUERY_NAMES,
  QUERY_NAMES,
  queryNamesOf,
} from '../../../src/adapters/shared/cypher-catalog';

/**
 * No Neo4j server runs on our machines, so the Neo4j dialect is checked here
 * with Neo4j's own Cypher 5 parser, and both dialects are held to one contract:
 * the same query names and the same parameters. Kuzu's bulk_* queries (COPY into
 * an empty store) and the writes of its participations' copies of event keys are
 * its own and have no Neo4j counterpart.
 */
const ROOT = path.resolve(__dirname, '../../../cypher');
const catalogs = Object.fromEntries(DIALECTS.map((dialect) => [dialect, new CypherCatalog(dialect, ROOT)]));
const parametersOf = (text: string) =>
  [...new Set([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))].sort();

/** The columns of a query's last RETURN (catalogue text, comments left out): each item's alias, or the item itself. */
function columnsOf(code: string): string[] {
  const clause = (
    code.slice(code.lastIndexOf('RETURN') + 'RETURN'.length).split(/\b(?:ORDER BY|SKIP|LIMIT)\b/)[0] ?? ''
  )
    .replace(/^\s*DISTINCT\b/, '')
    .trim();
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  [...clause].forEach((char, index) => {
    if ('([{'.includes(char)) depth += 1;
    else if (')]}'.includes(char)) depth -= 1;
    else if (char === ',' && depth === 0) {
      items.push(clause.slice(start, index));
      start = index + 1;
    }
  });
  items.push(clause.slice(start));
  return items.map((item) => /\bAS\s+(\w+)\s*$/.exec(item.trim())?.[1] ?? item.trim()).sort();
}

describe('Cypher dialect folders', () => {
  it.each(DIALECTS)('cypher/%s holds exactly the named queries', (dialect) => {
    // Sub-folders (cypher/neo4j/bench: the benchmark's own queries) are not the adapter's.
    const files = readdirSync(path.join(ROOT, dialect), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name.replace(/\.cypher$/, ''));
    expect(files.sort()).toEqual([...queryNamesOf(dialect)].sort());
  });

  const dataQueries = QUERY_NAMES.filter((name) => !['schema', 'fulltext_indexes'].includes(name));
  it.each(dataQueries)('%s takes the same parameters in both dialects', (name) => {
    expect(parametersOf(catalogs['neo4j']!.get(name))).toEqual(parametersOf(catalogs['kuzu']!.get(name)));
  });

  // The row mappers read columns by name, so a column named otherwise in one dialect reads as missing there.
  const BY_DESIGN: Record<string, string> = {
    list_indexes: "each store's own catalogue",
    list_ties_by_actor: 'Kuzu cuts the page as keys, then reads the rows (ties_of_actor_by_ids)',
  };
  const shared = dataQueries.filter((name) => !(name in BY_DESIGN));
  it.each(shared)('%s returns the same columns in both dialects', (name) => {
    expect(columnsOf(catalogs['neo4j']!.get(name))).toEqual(columnsOf(catalogs['kuzu']!.get(name)));
  });

  // The tree_* templates are pieces, not queries: neo4j-tree-query.test.ts parses what they compose.
  const neo4jQueries = queryNamesOf('neo4j').filter(
    (name) => !(NEO4J_TREE_QUERY_NAMES as readonly string[]).includes(name),
  );
  it.each(neo4jQueries)('neo4j/%s parses as Cypher 5 without errors or warnings', (name) => {
    // Bounds written into queries are given a sample value, as the adapter would.
    const statements = catalogs['neo4j']!.get(name).includes('{{')
      ? [catalogs['neo4j']!.withBounds(name, { maxHops: 4 })]
      : catalogs['neo4j']!.statements(name);
    for (const statement of statements) {
      const { diagnostics } = lintCypherQuery(statement, {
        defaultLanguage: 'CYPHER 5',
        procedures: testData.mockSchema.procedures,
        functions: testData.mockSchema.functions,
      } as never);
      // Parameters are supplied at run time; the linter cannot know them.
      const messages = diagnostics.map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
      const problems = messages.filter((message) => !/^Parameter \$\w+ is not defined/.test(message));
      expect(problems.map((message) => `${message} in: ${statement}`)).toEqual([]);
    }
  });
});
