import { Field, ID, Int, ObjectType } from 'type-graphql';

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

@ObjectType({ description: 'What an ingest did to one kind of record.' })
export class RecordChanges {
  @Field({
    description:
      'documents, actors, places, events, participations, statements, statementAbout, ties, claims or evidence.',
  })
  kind!: string;

  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int, { description: 'Records the sources no longer support.' }) removed!: number;
  @Field(() => Int) unchanged!: number;
}

@ObjectType({ description: 'One source document in an ingest.' })
export class DocumentIngest {
  @Field(() => ID) id!: string;

  @Field(() => Int, { description: 'Distinct facts its evidence supports.' })
  facts!: number;

  @Field({
    description: 'created, updated (its text or metadata, or a fact or span from it, changed) or unchanged.',
  })
  change!: string;
}

@ObjectType({
  description:
    'The result of an ingest: the store made to hold exactly what the sources say, with what that changed.',
})
export class IngestSummary {
  @Field({ description: 'Whether anything was written.' })
  changed!: boolean;

  @Field(() => [RecordChanges], { description: 'Per kind of record, in a fixed order.' })
  changes!: RecordChanges[];

  @Field(() => [DocumentIngest])
  documents!: DocumentIngest[];

  @Field(() => [ID], {
    description: 'Documents no longer in the sources; their facts were removed with them.',
  })
  removedDocuments!: string[];

  @Field(() => GraphCounts)
  before!: GraphCounts;

  @Field(() => GraphCounts)
  after!: GraphCounts;
}
