import { Field, ID, ObjectType } from 'type-graphql';
import type { DatePrecision } from '../../domain/partial-date';
import { DatePrecisionEnum } from '../enums';

@ObjectType({ description: 'A source document, with only the metadata its own text supports.' })
export class Document {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The title as printed in the text; null when it prints none (see `displayTitle`).',
  })
  title!: string | null;

  @Field(() => String, { nullable: true })
  author!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Publication date at the precision the content supports.',
  })
  publishedDate!: string | null;

  @Field(() => DatePrecisionEnum, { nullable: true })
  publishedPrecision!: DatePrecision | null;

  @Field(() => Boolean, { description: 'True when the date is inferred from the content, not stated.' })
  publishedInferred!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the publication date is what it is.' })
  publishedBasis!: string | null;

  @Field(() => String, { description: 'The full text, exactly as received; evidence offsets point into it.' })
  text!: string;

  authorActorId!: string | null;
  evidenceIds!: string[];
}
