import { Field, InputType, Int } from 'type-graphql';
import type { EventType, TieType } from '../../domain/vocabulary';
import { EventTypeEnum, TieTypeEnum } from '../enums';

@InputType({ description: 'Which events and ties a path may pass through.' })
export class PathFilter {
  @Field(() => [EventTypeEnum], { nullable: true })
  eventTypes?: EventType[] | null;

  @Field(() => [TieTypeEnum], { nullable: true })
  tieTypes?: TieType[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD. Only events overlapping the window (undated ones excluded) and ties in force in it.',
  })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  to?: string | null;
}

@InputType({ description: 'Which events, ties and edges a neighbourhood includes.' })
export class NeighborhoodFilter extends PathFilter {
  @Field(() => Int, {
    nullable: true,
    description: 'Keep only edges with at least this many evidence spans.',
  })
  minEvidence?: number | null;
}
