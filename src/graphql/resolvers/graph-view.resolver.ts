import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { Actor } from '../types/actor.type';
import { Event } from '../types/event.type';
import { Evidence } from '../types/evidence.type';
import { GraphEdge, GraphNode } from '../types/graph-view.type';

@Resolver(() => GraphNode)
export class GraphNodeResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'The actor, for an ACTOR node.' })
  actor(@Root() node: GraphNode, @Ctx() ctx: GraphContext) {
    return node.type === 'ACTOR' ? ctx.loaders.actor.load(node.id) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event, for an EVENT node.' })
  event(@Root() node: GraphNode, @Ctx() ctx: GraphContext) {
    return node.type === 'EVENT' ? ctx.loaders.event.load(node.id) : null;
  }
}

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => [Evidence], { description: 'The quotes behind this edge.' })
  evidence(@Root() edge: GraphEdge, @Ctx() ctx: GraphContext) {
    return ctx.loaders.many(ctx.loaders.evidence, edge.evidenceIds);
  }
}
