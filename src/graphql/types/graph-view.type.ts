import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DatePrecision } from '../../domain/partial-date';
import { DatePrecisionEnum } from '../enums';

export const GraphNodeTypeEnum = { ACTOR: 'ACTOR', EVENT: 'EVENT' } as const;
export type GraphNodeType = keyof typeof GraphNodeTypeEnum;
registerEnumType(GraphNodeTypeEnum, { name: 'GraphNodeType' });

export const GraphEdgeTypeEnum = { PARTICIPATION: 'PARTICIPATION', TIE: 'TIE' } as const;
export type GraphEdgeType = keyof typeof GraphEdgeTypeEnum;
registerEnumType(GraphEdgeTypeEnum, { name: 'GraphEdgeType' });

@ObjectType({
  description: 'A node of a subgraph or path, ready for a visualisation tool: an actor or an event.',
})
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Display name: the actor name or the event title.' })
  label!: string;

  @Field(() => GraphNodeTypeEnum)
  type!: GraphNodeType;

  @Field(() => String, {
    description: 'The actor kind (PERSON, STATE…) or the event type (MEETING, RELEASE…).',
  })
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: "The event's date as precise as known; null for actors.",
  })
  date!: string | null;

  @Field(() => DatePrecisionEnum, { nullable: true })
  datePrecision!: DatePrecision | null;

  @Field(() => Int)
  evidenceCount!: number;
}

@ObjectType({
  description: 'An edge of a subgraph: a participation (actor → event) or a tie (actor → actor).',
})
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => GraphEdgeTypeEnum)
  type!: GraphEdgeType;

  @Field(() => String, {
    description: 'The participant role (HOST, RELEASED…) or the tie type (SPOUSE_OF…).',
  })
  label!: string;

  @Field(() => String, { nullable: true, description: "A tie's role in the source's words." })
  role!: string | null;

  @Field(() => Float, { description: 'How many documents support the edge.' })
  weight!: number;

  @Field(() => Int, { description: 'How many evidence spans support the edge.' })
  evidenceCount!: number;

  @Field(() => [ID])
  documentIds!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Tie start, or the date of the event of a participation.',
  })
  since!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tie end, or the end of the event of a participation.',
  })
  until!: string | null;

  evidenceIds!: readonly string[];
}

@ObjectType({ description: 'Nodes and edges around some actors or events.' })
export class Subgraph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the node limit cut the exploration short.' })
  truncated!: boolean;
}

@ObjectType({ description: 'One step of a path: a tie or a participation, with the evidence behind it.' })
export class PathStep {
  @Field(() => GraphEdge, {
    description: 'The best attested relationship of the step (the first of `edges`).',
  })
  edge!: GraphEdge;

  @Field(() => [GraphEdge], {
    description:
      "Every relationship found between the two nodes, best attested first: parallel ties (CRITIC_OF and OPPOSES), or an actor's roles in one event. A path appears once, whatever the number of parallel relationships.",
  })
  edges!: GraphEdge[];

  @Field(() => GraphNode)
  from!: GraphNode;

  @Field(() => GraphNode)
  to!: GraphNode;
}

@ObjectType({ description: 'A path between two actors through ties and shared events.' })
export class Path {
  @Field(() => Int, { description: 'Number of steps (relationships).' })
  length!: number;

  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [PathStep])
  steps!: PathStep[];
}

@ObjectType({
  description: 'How an actor reaches a common connection: a tie, or an event both took part in.',
})
export class ConnectionLink {
  @Field(() => GraphEdgeTypeEnum, { description: 'TIE, or PARTICIPATION for a shared event.' })
  type!: GraphEdgeType;

  @Field(() => GraphEdge, { nullable: true, description: 'The tie, when the link is one.' })
  tie!: GraphEdge | null;

  @Field(() => GraphNode, { nullable: true, description: 'The shared event, when the link is one.' })
  event!: GraphNode | null;

  @Field(() => [GraphEdge], { description: 'The two participations in the shared event (empty for a tie).' })
  participations!: GraphEdge[];
}
