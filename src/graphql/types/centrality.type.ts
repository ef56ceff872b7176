import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CENTRALITY_METRICS, type CentralityMetric } from '../../services/centrality.service';

export const CentralityMetricEnum = Object.fromEntries(CENTRALITY_METRICS.map((m) => [m, m])) as {
  [K in CentralityMetric]: K;
};
registerEnumType(CentralityMetricEnum, {
  name: 'CentralityMetric',
  description:
    'DEGREE: share of the other actors an actor is connected to. PAGERANK: PageRank weighted by shared ' +
    'events and ties. BETWEENNESS: normalised betweenness over shortest paths (how often an actor lies ' +
    'between two others).',
});

@ObjectType({ description: "An actor's place in the actor graph by one centrality metric." })
export class CentralityScore {
  @Field(() => Float)
  score!: number;

  @Field(() => Int, { description: '1 for the most central; equal scores are ranked by actor id.' })
  rank!: number;

  actorId!: string;
}
