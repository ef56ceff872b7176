import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { SEARCH_HIT_KINDS, type SearchHitKind } from '../../services/search.service';

export const SearchHitKindEnum = Object.fromEntries(SEARCH_HIT_KINDS.map((k) => [k, k])) as {
  [K in SearchHitKind]: K;
};
registerEnumType(SearchHitKindEnum, { name: 'SearchHitKind', description: 'What a search hit is.' });

@ObjectType({
  description:
    'One search result: an actor matched by name (any spelling, typos and transliterations tolerated), or ' +
    'a statement, event or document matched by its words.',
})
export class SearchHit {
  @Field(() => SearchHitKindEnum)
  kind!: SearchHitKind;

  @Field(() => Float, {
    description:
      'Relevance in (0, 1]: actors whose name matches score above 0.5 (1 for an exact spelling); ' +
      'full-text hits score up to 0.5, relative to the best full-text hit of the search.',
  })
  score!: number;

  @Field(() => ID, { description: 'The id of the actor, statement, event or document.' })
  id!: string;

  matchedKey!: string | null;
  terms!: readonly string[];
}
