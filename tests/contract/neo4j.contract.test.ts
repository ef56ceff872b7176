import neo4j, { type Driver } from 'neo4j-driver';
import { Neo4jGraphStore } from '../../src/adapters/neo4j/neo4j.store';
import { describeGraphStoreContract, type StoreHandle } from './graph-store.contract';
import { describePlannedReadsContract } from './planned-reads.contract';
import { describeSourceReplacementContract } from './source-replacement.contract';

/**
 * Runs the store contract against a real Neo4j 5 server when NEO4J_URI is set
 * (NEO4J_USER, NEO4J_PASSWORD, and NEO4J_TEST_DATABASE or NEO4J_DATABASE).
 *
 * Isolation: Neo4j Community has one user database, so the suite refuses to run
 * unless that database is empty when it starts, and removes what each test wrote
 * afterwards. It never touches a database that already holds data.
 */
const uri = process.env['NEO4J_URI'];

if (!uri) {
  describe('GraphStore contract: Neo4j', () => {
    it.skip('skipped: NEO4J_URI is not set (start Neo4j with docker-compose and set NEO4J_URI to run it)', () =>
      undefined);
  });
  console.log('Neo4j contract suite skipped: NEO4J_URI is not set.');
} else {
  const user = process.env['NEO4J_USER'] ?? 'neo4j';
  const password = process.env['NEO4J_PASSWORD'] ?? '';
  const database = process.env['NEO4J_TEST_DATABASE'] ?? process.env['NEO4J_DATABASE'];
  let admin: Driver;

  const nodeCount = async (): Promise<number> => {
    const result = await admin.executeQuery(
      'MATCH (n) RETURN count(n) AS n',
      {},
      database ? { database } : {},
    );
    return Number(result.records[0]?.get('n'));
  };

  beforeAll(async () => {
    admin = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
    if ((await nodeCount()) > 0) {
      throw new Error(
        `the Neo4j database at ${uri} is not empty; the contract suite only runs against an empty test database`,
      );
    }
  });
  afterAll(async () => {
    await admin?.close();
  });

  const openNeo4j = async (): Promise<StoreHandle> => {
    const store = await Neo4jGraphStore.open({ uri, user, password, ...(database ? { database } : {}) });
    return {
      store,
      dispose: async () => {
        await store.close();
        // The database was empty when the suite began: everything in it is this test's data.
        await admin.executeQuery('MATCH (n) DETACH DELETE n', {}, database ? { database } : {});
      },
    };
  };
  describeGraphStoreContract('Neo4j', openNeo4j);
  describeSourceReplacementContract('Neo4j', openNeo4j);
  describePlannedReadsContract('Neo4j', openNeo4j);
}
