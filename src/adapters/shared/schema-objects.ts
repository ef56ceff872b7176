import type { SchemaStatus } from '../../ports/graph-store.port';
import type { CypherCatalog } from './cypher-catalog';

/**
 * What a store's schema files promise, read from the files themselves so the
 * check can never disagree with what `initSchema` creates: Kuzu's tables and
 * full-text indexes; Neo4j's constraints and (range and full-text) indexes.
 */
export function expectedSchemaObjects(queries: CypherCatalog): {
  tables: string[];
  /** Kuzu: the relationship tables among them (dropped before the node tables they join). */
  relationshipTables: string[];
  indexes: string[];
  /** Kuzu: each full-text index's table and columns, as its CREATE_FTS_INDEX call names them. */
  indexDefinitions: Map<string, { table: string; columns: string[] }>;
} {
  const schema = queries.get('schema');
  const fulltext = queries.get('fulltext_indexes');
  if (queries.dialect === 'kuzu') {
    const indexDefinitions = new Map<string, { table: string; columns: string[] }>();
    for (const match of fulltext.matchAll(/CREATE_FTS_INDEX\('(\w+)',\s*'(\w+)',\s*\[([^\]]*)\]/g)) {
      const columns = [...(match[3] as string).matchAll(/'(\w+)'/g)].map((m) => m[1] as string);
      indexDefinitions.set(match[2] as string, { table: match[1] as string, columns });
    }
    return {
      tables: names(schema, /CREATE (?:NODE|REL) TABLE IF NOT EXISTS (\w+)/g),
      relationshipTables: names(schema, /CREATE REL TABLE IF NOT EXISTS (\w+)/g),
      indexes: [...indexDefinitions.keys()],
      indexDefinitions,
    };
  }
  return {
    tables: names(schema, /CREATE CONSTRAINT (\w+)/g),
    relationshipTables: [],
    indexes: names(`${schema}\n${fulltext}`, /CREATE (?:FULLTEXT )?INDEX (\w+)/g),
    indexDefinitions: new Map(),
  };
}

/**
 * Kuzu indexes that exist with other columns than the schema files say (a
 * store from before an index changed shape): they are dropped and rebuilt.
 */
export function outdatedIndexes(
  queries: CypherCatalog,
  found: readonly { name: string; columns: readonly string[] }[],
): { name: string; table: string }[] {
  const expected = expectedSchemaObjects(queries).indexDefinitions;
  return found.flatMap(({ name, columns }) => {
    const definition = expected.get(name);
    if (!definition) return [];
    const same =
      definition.columns.length === columns.length && definition.columns.every((c, i) => c === columns[i]);
    return same ? [] : [{ name, table: definition.table }];
  });
}

/** The promised objects the store does not have. */
export function schemaStatusOf(
  queries: CypherCatalog,
  found: {
    tables: readonly string[];
    indexes: readonly string[];
    outdated?: readonly { name: string }[];
  },
): SchemaStatus {
  const expected = expectedSchemaObjects(queries);
  const tables = new Set(found.tables);
  const indexes = new Set(found.indexes);
  const tableWord = queries.dialect === 'kuzu' ? 'table' : 'constraint';
  const indexWord = queries.dialect === 'kuzu' ? 'full-text index' : 'index';
  return {
    missing: [
      ...expected.tables.filter((name) => !tables.has(name)).map((name) => `${tableWord} ${name}`),
      ...expected.indexes.filter((name) => !indexes.has(name)).map((name) => `${indexWord} ${name}`),
      ...(found.outdated ?? []).map(({ name }) => `${indexWord} ${name} (outdated columns)`),
    ],
  };
}

function names(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1] as string);
}
