import { Field, ID, ObjectType } from 'type-graphql';
import type { TieType } from '../../domain/vocabulary';
import { TieTypeEnum } from '../enums';
import { connectionOf } from './page-info.type';

@ObjectType({
  description: 'A relation between two actors (spouse, deputy, envoy, ally, critic…), with its evidence.',
})
export class Tie {
  @Field(() => ID)
  id!: string;

  @Field(() => TieTypeEnum)
  type!: TieType;

  @Field(() => String, { nullable: true, description: "The position or relation in the source's words." })
  role!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Start, when the sources give one (YYYY, YYYY-MM or YYYY-MM-DD).',
  })
  since!: string | null;

  @Field(() => String, { nullable: true, description: 'End, when the sources give one.' })
  until!: string | null;

  @Field(() => Boolean, { description: 'The sources call it past ("former") without an end date.' })
  former!: boolean;

  sourceId!: string;
  targetId!: string;
  evidenceIds!: string[];
}

export const TieConnection = connectionOf('Tie', Tie);
