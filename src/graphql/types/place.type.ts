import { Field, ID, ObjectType } from 'type-graphql';
import type { PlaceKind } from '../../domain/vocabulary';
import { PlaceKindEnum } from '../enums';

@ObjectType({ description: 'Where an event happened.' })
export class Place {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PlaceKindEnum)
  kind!: PlaceKind;

  @Field(() => [String])
  aliases!: string[];

  countryId!: string | null;
}
