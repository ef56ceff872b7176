import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PlaceRecord } from '../../domain/graph';
import type { GraphContext } from '../context';
import { Place } from '../types/place.type';

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => Place, { nullable: true, description: 'The country a city or venue is in.' })
  country(@Root() place: PlaceRecord, @Ctx() ctx: GraphContext) {
    return place.countryId === null ? null : ctx.loaders.place.load(place.countryId);
  }
}
