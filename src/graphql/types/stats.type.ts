import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ActorKind, EventType } from '../../domain/vocabulary';
import { ActorKindEnum, EventTypeEnum } from '../enums';
import { GraphCounts } from './ingest-summary.type';

@ObjectType()
export class EventTypeCount {
  @Field(() => EventTypeEnum)
  type!: EventType;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ActorKindCount {
  @Field(() => ActorKindEnum)
  kind!: ActorKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'What one document supports: distinct facts by kind, and its evidence spans.' })
export class DocumentStats {
  @Field(() => ID)
  documentId!: string;

  @Field(() => Int) events!: number;
  @Field(() => Int) participations!: number;
  @Field(() => Int) statements!: number;
  @Field(() => Int) ties!: number;
  @Field(() => Int) claims!: number;

  @Field(() => Int, { description: 'Evidence spans in the document.' })
  evidence!: number;
}

@ObjectType({ description: 'Figures about the whole graph.' })
export class GraphStats {
  @Field(() => GraphCounts, { description: 'Records of each kind.' })
  counts!: GraphCounts;

  @Field(() => [EventTypeCount], { description: 'Events by type, most frequent first.' })
  eventTypes!: EventTypeCount[];

  @Field(() => [ActorKindCount], { description: 'Actors by kind, most frequent first.' })
  actorKinds!: ActorKindCount[];

  @Field(() => [DocumentStats], { description: 'Per document, in id order.' })
  documents!: DocumentStats[];
}
