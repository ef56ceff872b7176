import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { FactKind } from '../../domain/vocabulary';
import { FactKindEnum } from '../enums';

@ObjectType({
  description:
    'A verbatim span of a source document that supports a fact. `quote` equals the document text between `start` and `end` (Unicode code points, end exclusive).',
})
export class Evidence {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  quote!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => FactKindEnum)
  factKind!: FactKind;

  @Field(() => ID, {
    description:
      'Id of the fact this span supports (event, statement, tie, claim, participation, actor or document).',
  })
  factId!: string;

  documentId!: string;
}
