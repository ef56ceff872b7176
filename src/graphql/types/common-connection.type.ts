import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ActorRecord } from '../../domain/graph';
import { Actor } from './actor.type';
import { ConnectionLink } from './graph-view.type';

@ObjectType({ description: 'An actor linked to both actors of a commonConnections query.' })
export class CommonConnection {
  @Field(() => Actor)
  actor!: ActorRecord;

  @Field(() => Int, { description: 'Independent documents supporting the links on both sides.' })
  strength!: number;

  @Field(() => [ID])
  documentIds!: string[];

  @Field(() => [ConnectionLink], { description: 'How the first actor (aId) reaches this one.' })
  viaA!: ConnectionLink[];

  @Field(() => [ConnectionLink], { description: 'How the second actor (bId) reaches this one.' })
  viaB!: ConnectionLink[];
}
