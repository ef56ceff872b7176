import path from 'node:path';
import { CypherCatalog, DIALECTS } from '../../../src/adapters/shared/cypher-catalog';
import { planWrites } from '../../../src/adapters/shared/write-plan';
import { buildGraph } from '../../../src/ingest/graph-builder';
import { readSources } from '../../../src/ingest/source-files';
import { sampleGraph } from '../../support/sample-graph';
import { SEEDS_ROOT } from '../../support/seeds';

/**
 * A write query reads each row's fields as `r.field`; a field the rows lack is
 * null to Neo4j, silently (a property never set, a relationship to nothing).
 * So every field a write query of either dialect reads must be one its rows
 * carry, as the shared write plan builds them from the seeds and the sample
 * graph (every kind of record, optional fields set and unset).
 */
const ROOT = path.resolve(__dirname, '../../../cypher');

describe('write queries read only the fields their rows carry', () => {
  let fieldsByQuery: Map<string, Set<string>>;

  beforeAll(async () => {
    fieldsByQuery = new Map();
    for (const batch of [buildGraph(await readSources(SEEDS_ROOT)), sampleGraph()]) {
      for (const { query, rows } of planWrites(batch)) {
        const fields = fieldsByQuery.get(query) ?? new Set<string>();
        for (const row of rows) for (const key of Object.keys(row)) fields.add(key);
        fieldsByQuery.set(query, fields);
      }
    }
  });

  it.each(DIALECTS)('in cypher/%s', (dialect) => {
    const catalog = new CypherCatalog(dialect, ROOT);
    const missing: string[] = [];
    for (const [query, fields] of fieldsByQuery) {
      // The catalogue leaves the files' comments out.
      const code = catalog.get(query as never);
      expect(code).toMatch(/UNWIND \$rows(?:\[[^\]]*\])? AS r\b/);
      for (const [, field] of code.matchAll(/\br\.(\w+)/g)) {
        if (!fields.has(field as string)) missing.push(`${query}: r.${field as string}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
    expect(fieldsByQuery.size).toBeGreaterThan(15);
  });
});
