import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('defaults to the embedded store on port 4000 with writes disabled', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      graphStore: 'kuzu',
      apiKey: null,
      neo4j: null,
      ingestOnStart: true,
    });
    expect(config.kuzuPath).toBe(path.resolve('data/graph.kuzu'));
  });

  it('reads Neo4j settings when GRAPH_STORE=neo4j', () => {
    const config = loadConfig({
      GRAPH_STORE: 'neo4j',
      NEO4J_URI: 'neo4j+s://db.example:7687',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'graph',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://db.example:7687',
      user: 'neo4j',
      password: 'secret',
      database: 'graph',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ GRAPH_STORE: 'mysql' }, 'GRAPH_STORE'],
    [{ GRAPH_STORE: 'neo4j' }, 'NEO4J_URI is required'],
    [{ GRAPH_STORE: 'neo4j', NEO4J_URI: 'http://x', NEO4J_PASSWORD: 'p' }, 'NEO4J_URI must be a bolt://'],
    [{ API_KEY: 'short' }, 'API_KEY must be at least 16'],
  ])('rejects %p with one line naming the variable', (env, message) => {
    const attempt = () => loadConfig(env);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
