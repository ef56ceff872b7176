import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { DatePrecision } from '../../domain/partial-date';
import type { ProposalKind, ProposalStatus } from '../../domain/review';
import { DatePrecisionEnum, FactStatusEnum, ProposalKindEnum } from '../enums';
import { connectionOf } from './page-info.type';

@ObjectType({ description: 'An actor a proposal names: a registry actor, or a new one proposed with it.' })
export class ProposedActorRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Its name in the registry or in the proposal.' })
  name!: string | null;
}

@ObjectType()
export class ProposedParticipant {
  @Field(() => ProposedActorRef)
  actor!: ProposedActorRef;

  @Field(() => String)
  role!: string;
}

@ObjectType({
  description:
    'The fact a proposal would add, as its annotation says it. Only the fields of its kind are set: MENTION actor; EVENT eventId, eventType, title, date, participants; STATEMENT speaker, mode, attribution, about; TIE source, tieType, target, role; CLAIM subjectId, property, value, minimum, maximum.',
})
export class ProposedRecord {
  @Field(() => ProposedActorRef, { nullable: true }) actor!: ProposedActorRef | null;
  @Field(() => ID, { nullable: true }) eventId!: string | null;
  @Field(() => String, { nullable: true }) eventType!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  date!: string | null;
  @Field(() => DatePrecisionEnum, { nullable: true }) datePrecision!: DatePrecision | null;
  @Field(() => String, { nullable: true }) endDate!: string | null;
  @Field(() => Boolean, { description: 'Year or month taken from the publication date or the context.' })
  dateInferred!: boolean;
  @Field(() => ID, { nullable: true }) placeId!: string | null;
  @Field(() => [ProposedParticipant]) participants!: ProposedParticipant[];
  @Field(() => ProposedActorRef, { nullable: true }) speaker!: ProposedActorRef | null;
  @Field(() => String, { nullable: true }) mode!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the text says who spoke.' })
  attribution!: string | null;
  @Field(() => [ProposedActorRef]) about!: ProposedActorRef[];
  @Field(() => ProposedActorRef, { nullable: true }) source!: ProposedActorRef | null;
  @Field(() => ProposedActorRef, { nullable: true }) target!: ProposedActorRef | null;
  @Field(() => String, { nullable: true }) tieType!: string | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => ID, { nullable: true, description: 'The event or actor a claim is about.' })
  subjectId!: string | null;
  @Field(() => String, { nullable: true }) property!: string | null;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => Float, { nullable: true }) minimum!: number | null;
  @Field(() => Float, { nullable: true }) maximum!: number | null;
}

@ObjectType({
  description:
    'A fact proposed by assisted extraction, with its verbatim quote and code-point offsets (text[start:end] == quote).',
})
export class Proposal {
  @Field(() => ID, { description: 'Content-derived: the same proposal of the same text keeps its id.' })
  id!: string;

  @Field(() => ID)
  documentId!: string;

  @Field(() => ProposalKindEnum)
  kind!: ProposalKind;

  @Field(() => FactStatusEnum)
  status!: ProposalStatus;

  @Field(() => String)
  quote!: string;

  @Field(() => Int, { description: 'Code-point offset of the quote in the document text.' })
  start!: number;

  @Field(() => Int, { description: 'End offset, exclusive.' })
  end!: number;
}

export const ProposalConnection = connectionOf('Proposal', Proposal);

@ObjectType({ description: 'An article extracted into the sources: its document and its proposals.' })
export class ExtractionResult {
  @Field(() => ID)
  documentId!: string;

  @Field(() => [Proposal], { description: 'Every proposal of the document, in text order.' })
  proposals!: Proposal[];

  @Field(() => [ID], {
    description: 'New actors proposed: each enters the graph with its first accepted fact.',
  })
  newActorIds!: string[];

  @Field(() => Boolean, {
    description: 'Whether the store was written (accepted facts of an earlier review).',
  })
  changed!: boolean;
}
