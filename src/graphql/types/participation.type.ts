import { Field, ID, ObjectType } from 'type-graphql';
import type { ParticipantRole } from '../../domain/vocabulary';
import { ParticipantRoleEnum } from '../enums';

@ObjectType({ description: 'An actor taking part in an event, in a role, on the evidence of the sources.' })
export class Participation {
  @Field(() => ID)
  id!: string;

  @Field(() => ParticipantRoleEnum)
  role!: ParticipantRole;

  eventId!: string;
  actorId!: string;
  evidenceIds!: string[];
}
