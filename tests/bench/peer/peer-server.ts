import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL, type Neo4jGraphQLContext } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import type { Neo4jTarget } from '../neo4j-target';
import { PEER_TYPE_DEFS } from './type-defs';

export interface PeerServer {
  /** Base URL; GraphQL is answered at /graphql (and any other path). */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The peer API: `@neo4j/graphql` over the same Neo4j database, served by
 * Apollo Server's own standalone HTTP server (the same Apollo as ours), on a
 * random local port, in the bench's process. Nothing is cached between
 * requests beyond what the library does itself.
 */
export async function startPeerServer(target: Neo4jTarget): Promise<PeerServer> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  await driver.verifyConnectivity(target.database ? { database: target.database } : {});
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer<Neo4jGraphQLContext>({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => (target.database ? { sessionConfig: { database: target.database } } : {}),
  });
  return {
    url,
    close: async () => {
      await server.stop();
      await driver.close();
    },
  };
}
