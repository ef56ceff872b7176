import { createServices } from '../../src/app';
import { buildGraphSchema } from '../../src/graphql/schema';
import { GraphqlEndpoint } from '../../src/http/graphql-server';
import type { GraphStore } from '../../src/ports/graph-store.port';

/** The GraphQL API over a given store, without HTTP: for unit tests of resolvers and errors. */
export async function apiOver(
  store: GraphStore,
  options: { apiKey?: string | null; seedsRoot?: string; log?: (error: unknown) => void } = {},
): Promise<GraphqlEndpoint> {
  return GraphqlEndpoint.start({
    schema: await buildGraphSchema(),
    services: createServices(store, options.seedsRoot ?? 'seeds'),
    apiKey: options.apiKey ?? null,
    log: options.log ?? (() => undefined),
  });
}
