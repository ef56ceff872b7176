import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { ClaimSubjectKind } from '../../domain/graph';
import type { ClaimProperty } from '../../domain/vocabulary';
import { ClaimPropertyEnum, ClaimSubjectKindEnum } from '../enums';
import { connectionOf } from './page-info.type';

@ObjectType({
  description:
    'A value as one source states it. Where sources disagree (14 vs "about 20" prisoners) each keeps its own claim, side by side.',
})
export class Claim {
  @Field(() => ID)
  id!: string;

  @Field(() => ClaimPropertyEnum, { description: 'What is counted or stated, e.g. PRISONERS_RELEASED.' })
  property!: ClaimProperty;

  @Field(() => String, {
    description: 'The source\'s own words for the property, e.g. "prisoners released after both visits".',
  })
  wording!: string;

  @Field(() => String, {
    description: 'The value in the source\'s terms: "14", "about 20", "between 1,100 and 1,300".',
  })
  value!: string;

  @Field(() => Float, { nullable: true })
  minimum!: number | null;

  @Field(() => Float, { nullable: true })
  maximum!: number | null;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => ClaimSubjectKindEnum)
  subjectKind!: ClaimSubjectKind;

  documentId!: string;
  accordingToId!: string | null;
  evidenceIds!: string[];
}

export const ClaimConnection = connectionOf('Claim', Claim);
