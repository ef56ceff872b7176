import { Field, ID, InputType } from 'type-graphql';
import type { ActorKind, ClaimProperty, EventType } from '../../domain/vocabulary';
import { ActorKindEnum, ClaimPropertyEnum, EventTypeEnum } from '../enums';

@InputType()
export class ActorFilter {
  @Field(() => [ActorKindEnum], { nullable: true })
  kinds?: ActorKind[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of any spelling, case- and diacritic-insensitive.',
  })
  name?: string | null;
}

@InputType()
export class EventFilter {
  @Field(() => [EventTypeEnum], { nullable: true })
  types?: EventType[] | null;

  @Field(() => ID, { nullable: true })
  participantId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD. Events whose date range overlaps [from, to] match; undated events do not (counted in `undated`).',
  })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  to?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'With a window: also list the events that have no date, after the dated ones.',
  })
  includeUndated?: boolean | null;
}

@InputType()
export class StatementFilter {
  @Field(() => ID, { nullable: true })
  speakerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Statements about this actor.' })
  aboutId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words to find (full-text search).' })
  text?: string | null;
}

@InputType()
export class ClaimFilter {
  @Field(() => ClaimPropertyEnum, { nullable: true })
  property?: ClaimProperty | null;

  @Field(() => ID, { nullable: true, description: 'The event or actor the claims are about.' })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The document that makes the claims.' })
  documentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The actor the document attributes the claims to ("according to Viasna").',
  })
  attributedToId?: string | null;
}
