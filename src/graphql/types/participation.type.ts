import { Field, ID, ObjectType } from 'type-graphql';
import type { ParticipantRole } from '../../domain/vocabulary';
import { ParticipantRoleEnum } from '../enums';

@ObjectType({
  description:
    'An actor taking part in an event, once, in every role the sources give (a VISITOR who is also the ENVOY), on their evidence.',
})
export class Participation {
  @Field(() => ID)
  id!: string;

  @Field(() => [ParticipantRoleEnum], { description: 'Every role, distinct and sorted; never empty.' })
  roles!: ParticipantRole[];

  eventId!: string;
  actorId!: string;
  evidenceIds!: string[];
}
