import { Field, ID, ObjectType } from 'type-graphql';
import type { DatePrecision } from '../../domain/partial-date';
import type { EventType } from '../../domain/vocabulary';
import { DatePrecisionEnum, EventTypeEnum } from '../enums';
import { connectionOf } from './page-info.type';

@ObjectType({ description: 'Something that happened: a meeting, a visit, a release, an arrest…' })
export class Event {
  @Field(() => ID)
  id!: string;

  @Field(() => EventTypeEnum)
  type!: EventType;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'As precise as the sources: YYYY, YYYY-MM or YYYY-MM-DD. Null when no source dates it.',
  })
  date!: string | null;

  @Field(() => DatePrecisionEnum, { nullable: true })
  datePrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'First day the date covers (YYYY-MM-DD).' })
  dateStart!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day the date (or the event, when it spans days) covers.',
  })
  dateEnd!: string | null;

  @Field(() => Boolean, {
    description: 'True when the year or month comes from context rather than the sentence.',
  })
  dateInferred!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Why an inferred date is what it is: the context the curator read it from (a present-tense report in a text written in 2025…).',
  })
  dateBasis!: string | null;

  placeId!: string | null;
  evidenceIds!: string[];
}

export const EventConnection = connectionOf('Event', Event, { undated: true });
