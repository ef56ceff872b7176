import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { TimelineVia as TimelineViaRecord } from '../../domain/led-bodies';
import type { GraphContext } from '../context';
import { Actor } from '../types/actor.type';
import { TimelineVia } from '../types/timeline.type';

@Resolver(() => TimelineVia)
export class TimelineViaResolver {
  @FieldResolver(() => Actor, { description: 'The state or body that took part.' })
  body(@Root() via: TimelineViaRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.actor.load(via.bodyId);
  }
}
