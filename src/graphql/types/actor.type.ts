import { Field, ID, ObjectType } from 'type-graphql';
import type { ActorKind } from '../../domain/vocabulary';
import { ActorKindEnum } from '../enums';
import { connectionOf } from './page-info.type';

@ObjectType({ description: 'A person, organisation, state, media outlet or group that the sources name.' })
export class Actor {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Canonical name.' })
  name!: string;

  @Field(() => ActorKindEnum)
  kind!: ActorKind;

  @Field(() => [String], { description: 'Every spelling the sources use, the canonical name included.' })
  aliases!: string[];

  @Field(() => String)
  description!: string;

  evidenceIds!: string[];
}

export const ActorConnection = connectionOf('Actor', Actor);
