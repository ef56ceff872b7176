import { Field, ID, ObjectType } from 'type-graphql';
import type { DatePrecision } from '../../domain/partial-date';
import type { StatementMode } from '../../domain/vocabulary';
import { DatePrecisionEnum, StatementModeEnum } from '../enums';
import { connectionOf } from './page-info.type';

@ObjectType({ description: 'Something an actor said, quoted or reported by a source.' })
export class Statement {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The words as the document gives them.' })
  text!: string;

  @Field(() => StatementModeEnum)
  mode!: StatementMode;

  @Field(() => String, { nullable: true })
  date!: string | null;

  @Field(() => DatePrecisionEnum, { nullable: true })
  datePrecision!: DatePrecision | null;

  speakerId!: string;
  eventId!: string | null;
  documentId!: string;
  evidenceIds!: string[];
}

export const StatementConnection = connectionOf('Statement', Statement);
