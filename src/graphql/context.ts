import type { ActorsService } from '../services/actors.service';
import type { ConnectionsService } from '../services/connections.service';
import type { NeighborhoodService } from '../services/neighborhood.service';
import type { PathsService } from '../services/paths.service';
import type { DocumentsService } from '../services/documents.service';
import type { EventsService } from '../services/events.service';
import type { GraphLoaders } from '../services/graph-loaders';
import type { IngestService } from '../services/ingest.service';
import type { ReviewService } from '../services/review.service';
import type { StatementsService } from '../services/statements.service';
import type { ClaimsService } from '../services/claims.service';
import type { CentralityService } from '../services/centrality.service';
import type { SearchService } from '../services/search.service';
import type { StatsService } from '../services/stats.service';
import type { ExportService } from '../export/export.service';

/** The use cases the API calls; built once by the composition root. */
export interface ApiServices {
  readonly actors: ActorsService;
  readonly events: EventsService;
  readonly statements: StatementsService;
  readonly claims: ClaimsService;
  readonly documents: DocumentsService;
  readonly ingest: IngestService;
  /** Assisted extraction and the review queue of the served sources folder. */
  readonly review: ReviewService;
  readonly neighborhood: NeighborhoodService;
  readonly paths: PathsService;
  readonly connections: ConnectionsService;
  readonly search: SearchService;
  readonly centrality: CentralityService;
  readonly stats: StatsService;
  /** Subgraphs as graph files (GraphML, GEXF…), for the export query, GET /export and the CLI. */
  readonly exporter: ExportService;
  /** Folder of the curated sources that the ingest mutation re-reads. */
  readonly seedsRoot: string;
  /** Makes a fresh set of batching loaders for one request. */
  readonly createLoaders: () => GraphLoaders;
}

/** Per request: the services, this request's loaders, and whether it may write. */
export interface GraphContext {
  readonly services: ApiServices;
  readonly loaders: GraphLoaders;
  readonly canWrite: boolean;
  readonly writesEnabled: boolean;
  /**
   * Aborted when the request's time limit passes or its client goes away;
   * resolvers then refuse to start (see request-deadline.ts).
   */
  readonly signal?: AbortSignal;
}
