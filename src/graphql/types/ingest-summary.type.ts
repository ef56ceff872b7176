import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many records of each kind the graph holds.' })
export class GraphCounts {
  @Field(() => Int) documents!: number;
  @Field(() => Int) actors!: number;
  @Field(() => Int) places!: number;
  @Field(() => Int) events!: number;
  @Field(() => Int) participations!: number;
  @Field(() => Int) statements!: number;
  @Field(() => Int) ties!: number;
  @Field(() => Int) claims!: number;
  @Field(() => Int) evidence!: number;
}

@ObjectType({ description: 'The result of an ingest: counts before and after (equal when nothing changed).' })
export class IngestSummary {
  @Field(() => GraphCounts)
  before!: GraphCounts;

  @Field(() => GraphCounts)
  after!: GraphCounts;
}
