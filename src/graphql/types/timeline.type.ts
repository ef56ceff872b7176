import { Field, Int, ObjectType } from 'type-graphql';
import type { TieRecord } from '../../domain/graph';
import { Event } from './event.type';
import { PageInfo, UNDATED_DESCRIPTION } from './page-info.type';
import { Tie } from './tie.type';

@ObjectType({
  description:
    'How an event reached a timeline without the actor taking part: a state or body he leads or represents took part while the tie held.',
})
export class TimelineVia {
  /** Resolved to the body (an Actor) by TimelineViaResolver. */
  bodyId!: string;

  @Field(() => Tie, { description: 'The LEADER_OF or REPRESENTATIVE_OF tie, with its dates and evidence.' })
  tie!: TieRecord;
}

@ObjectType({ description: 'A timeline entry: an event, and through which led body it came, if any.' })
export class TimelineEdge {
  @Field(() => String, { description: 'Opaque; pass as `after` to continue after this edge.' })
  cursor!: string;

  @Field(() => Event)
  node!: Event;

  @Field(() => [TimelineVia], {
    description:
      "Empty when the actor took part in the event himself. Otherwise the bodies (with their ties) that did: the body's act, not the person's.",
  })
  via!: TimelineVia[];
}

@ObjectType()
export class TimelineConnection {
  @Field(() => [TimelineEdge])
  edges!: TimelineEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many entries match, across all pages.' })
  totalCount!: number;

  @Field(() => Int, { nullable: true, description: UNDATED_DESCRIPTION })
  undated!: number | null;
}
