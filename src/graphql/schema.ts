import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActorResolver } from './resolvers/actor.resolver';
import { ClaimResolver } from './resolvers/claim.resolver';
import { ConnectionsResolver } from './resolvers/connections.resolver';
import { GraphEdgeResolver, GraphNodeResolver } from './resolvers/graph-view.resolver';
import { NeighborhoodResolver } from './resolvers/neighborhood.resolver';
import { PathsResolver } from './resolvers/paths.resolver';
import { DocumentResolver } from './resolvers/document.resolver';
import { EventResolver } from './resolvers/event.resolver';
import { EvidenceResolver } from './resolvers/evidence.resolver';
import { IngestResolver } from './resolvers/ingest.resolver';
import { ReviewResolver } from './resolvers/review.resolver';
import { ParticipationResolver } from './resolvers/participation.resolver';
import { PlaceResolver } from './resolvers/place.resolver';
import { CountsResolver, StatsResolver } from './resolvers/stats.resolver';
import { CentralityResolver } from './resolvers/centrality.resolver';
import { SearchResolver } from './resolvers/search.resolver';
import { StatementResolver } from './resolvers/statement.resolver';
import { TieResolver } from './resolvers/tie.resolver';
import { TimelineViaResolver } from './resolvers/timeline.resolver';
import { ExportResolver } from './resolvers/export.resolver';

export const RESOLVERS = [
  ActorResolver,
  EventResolver,
  ParticipationResolver,
  StatementResolver,
  TieResolver,
  TimelineViaResolver,
  ClaimResolver,
  EvidenceResolver,
  PlaceResolver,
  DocumentResolver,
  CountsResolver,
  IngestResolver,
  ReviewResolver,
  NeighborhoodResolver,
  PathsResolver,
  ConnectionsResolver,
  GraphNodeResolver,
  GraphEdgeResolver,
  SearchResolver,
  CentralityResolver,
  StatsResolver,
  ExportResolver,
] as const;

export function buildGraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: false });
}

/** The SDL committed at schema/schema.graphql: sorted, so it only changes when the API does. */
export function printGraphSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
