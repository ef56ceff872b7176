import type { AppConfig } from '../config';
import type { GraphStore } from '../ports/graph-store.port';
import { KuzuGraphStore } from './kuzu/kuzu.store';
import { Neo4jGraphStore } from './neo4j/neo4j.store';

/** The store the configuration names: Neo4j when GRAPH_STORE=neo4j, else the embedded Kuzu file. */
export async function openStore(config: AppConfig): Promise<GraphStore> {
  if (config.graphStore === 'neo4j' && config.neo4j) {
    return Neo4jGraphStore.open({ ...config.neo4j, queryTimeoutMs: config.queryTimeoutMs });
  }
  return KuzuGraphStore.open(config.kuzuPath, {
    queryTimeoutMs: config.queryTimeoutMs,
    bufferPoolMb: config.kuzuBufferPoolMb,
  });
}
