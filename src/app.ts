import { openStore } from './adapters/open-store';
import type { AppConfig } from './config';
import type { ApiServices } from './graphql/context';
import { buildGraphSchema } from './graphql/schema';
import { GraphqlEndpoint } from './http/graphql-server';
import { listen, type RunningServer } from './http/http-server';
import type { GraphStore } from './ports/graph-store.port';
import { ActorsService } from './services/actors.service';
import { ConnectionsService } from './services/connections.service';
import { NeighborhoodService } from './services/neighborhood.service';
import { PathsService } from './services/paths.service';
import { DocumentsService } from './services/documents.service';
import { EventsService } from './services/events.service';
import { GraphLoaders } from './services/graph-loaders';
import { IngestService, type ProgressListener } from './services/ingest.service';
import { ReviewService } from './services/review.service';
import { StatementsService } from './services/statements.service';
import { ClaimsService } from './services/claims.service';
import { CentralityService } from './services/centrality.service';
import { SearchService } from './services/search.service';
import { StatsService } from './services/stats.service';
import { ExportService } from './export/export.service';
import { StoreHealthService } from './services/store-health.service';

/** The composition root: config → store adapter → services → API. */
export { openStore };

export function createServices(
  store: GraphStore,
  seedsRoot: string,
  health: StoreHealthService = new StoreHealthService(store),
  /** Off: root fields read through the port's own methods and nested fields level by level (for comparisons). */
  options: { planReads?: boolean } = {},
): ApiServices {
  // After every write the store's tables and indexes are checked, and repaired.
  const ingest = new IngestService(store, { afterWrite: async () => void (await health.checkAndRepair()) });
  // The review keeps what each ingest of the served sources says about proposals.
  const review = new ReviewService(ingest, seedsRoot);
  return {
    actors: new ActorsService(store),
    events: new EventsService(store, () => review.pending()),
    statements: new StatementsService(store, () => review.pending()),
    claims: new ClaimsService(store),
    documents: new DocumentsService(store),
    ingest,
    review,
    neighborhood: new NeighborhoodService(store),
    paths: new PathsService(store),
    connections: new ConnectionsService(store),
    search: new SearchService(store),
    centrality: new CentralityService(store),
    stats: new StatsService(store),
    exporter: new ExportService(store),
    seedsRoot,
    createLoaders: () => new GraphLoaders(store, { planReads: options.planReads ?? true }),
  };
}

export interface RunningApp {
  readonly url: string;
  readonly store: GraphStore;
  close(): Promise<void>;
}

/** Opens the store, optionally ingests the seeds, and serves the API. */
export async function startApp(
  config: AppConfig,
  options: {
    store?: GraphStore;
    progress?: ProgressListener;
    log?: (error: unknown) => void;
    /** The store was opened, repaired and ingested by a child process already (main.ts). */
    prepared?: boolean;
  } = {},
): Promise<RunningApp> {
  const log = options.log ?? ((error: unknown) => console.error(error));
  const store = options.store ?? (await openStore(config));
  let server: RunningServer | undefined;
  let endpoint: GraphqlEndpoint | undefined;
  try {
    const health = new StoreHealthService(store);
    if (!options.prepared) await store.initSchema();
    const services = createServices(store, config.seedsDir, health);
    if (config.ingestOnStart && !options.prepared) {
      await services.ingest.ingestFolder(config.seedsDir, options.progress);
    }
    // The invariants at start: every table and index there, or repaired, or /health says why not.
    const state = await health.checkAndRepair();
    if (state.repaired.length > 0) options.progress?.(`repaired: ${state.repaired.join(', ')}`);
    if (state.status !== 'ok') options.progress?.(`store degraded: ${state.reasons.join('; ')}`);
    endpoint = await GraphqlEndpoint.start({
      schema: await buildGraphSchema(),
      services,
      apiKey: config.apiKey,
      requestTimeoutMs: config.requestTimeoutMs,
      log,
    });
    // Read-side caches build in the background; until ready, reads build them on demand.
    store.warmUp?.().catch(log);
    server = await listen({
      endpoint,
      store,
      health,
      port: config.port,
      host: config.host,
      log,
      exporter: services.exporter,
    });
  } catch (error) {
    await endpoint?.stop();
    await store.close();
    throw error;
  }
  const running = server;
  const graphql = endpoint;
  return {
    url: running.url,
    store,
    close: async () => {
      await running.close();
      await graphql.stop();
      await store.close();
    },
  };
}
