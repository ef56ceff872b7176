import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { benchCypher, decideClaim, NEO4J_SKIP, neo4jTargetFrom } from '../../bench/neo4j-target';

/** The bench writes only to a Neo4j database it found empty, and removes only what it wrote. */
describe('claiming a Neo4j database for the bench', () => {
  it('claims an empty database', () => {
    expect(decideClaim(0, [], null)).toEqual({ action: 'claim' });
  });

  it('refuses a database with data, saying why', () => {
    const decision = decideClaim(12, [], 'bench-1');
    expect(decision.action).toBe('refuse');
    expect(decision).toMatchObject({
      reason: expect.stringMatching(/holds 12 nodes.*empty database it owns/),
    });
  });

  it("wipes an interrupted run's leftovers only when its marker is named", () => {
    expect(decideClaim(500, ['bench-1'], null)).toMatchObject({
      action: 'refuse',
      reason: expect.stringContaining('--neo4j-wipe-marker bench-1'),
    });
    expect(decideClaim(500, ['bench-1'], 'bench-2')).toMatchObject({ action: 'refuse' });
    expect(decideClaim(500, ['bench-1'], 'bench-1')).toEqual({
      action: 'wipe-then-claim',
      marker: 'bench-1',
    });
  });

  it('refuses a database that two runs claimed, even with one marker named', () => {
    expect(decideClaim(500, ['bench-1', 'bench-2'], 'bench-1')).toMatchObject({
      action: 'refuse',
      reason: expect.stringContaining('clear it by hand'),
    });
  });

  it('needs NEO4J_URI, and says so in one line', () => {
    expect(neo4jTargetFrom({})).toBeNull();
    expect(NEO4J_SKIP).toMatch(/^skipped: NEO4J_URI is not set/);
    expect(NEO4J_SKIP).not.toContain('\n');
    expect(
      neo4jTargetFrom({ NEO4J_URI: 'bolt://x:7687', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'bench' }),
    ).toEqual({
      uri: 'bolt://x:7687',
      user: 'neo4j',
      password: 'p',
      database: 'bench',
    });
  });

  it.each([
    'count_nodes',
    'bench_markers',
    'write_bench_marker',
    'wipe_database',
    'edition',
    'create_database',
    'drop_database',
  ] as const)('cypher/neo4j/bench/%s parses as Cypher 5', (name) => {
    const { diagnostics } = lintCypherQuery(benchCypher(name), {
      defaultLanguage: 'CYPHER 5',
      procedures: testData.mockSchema.procedures,
      functions: testData.mockSchema.functions,
    } as never);
    const messages = diagnostics
      .map((d) => (typeof d.message === 'string' ? d.message : d.message.value))
      .filter((message) => !/^Parameter \$\w+ is not defined/.test(message));
    expect(messages).toEqual([]);
  });
});
