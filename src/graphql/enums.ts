import { registerEnumType } from 'type-graphql';
import { DATE_PRECISIONS } from '../domain/partial-date';
import { CLAIM_SUBJECT_KINDS } from '../domain/graph';
import { FACT_STATUSES, PROPOSAL_KINDS } from '../domain/review';
import {
  ACTOR_KINDS,
  CLAIM_PROPERTIES,
  EVENT_TYPES,
  FACT_KINDS,
  PARTICIPANT_ROLES,
  PLACE_KINDS,
  STATEMENT_MODES,
  TIE_TYPES,
} from '../domain/vocabulary';

/** GraphQL enums generated from the domain's closed vocabularies: one source of truth. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const ActorKindEnum = enumOf(ACTOR_KINDS);
export const EventTypeEnum = enumOf(EVENT_TYPES);
export const ParticipantRoleEnum = enumOf(PARTICIPANT_ROLES);
export const TieTypeEnum = enumOf(TIE_TYPES);
export const PlaceKindEnum = enumOf(PLACE_KINDS);
export const StatementModeEnum = enumOf(STATEMENT_MODES);
export const FactKindEnum = enumOf(FACT_KINDS);
export const DatePrecisionEnum = enumOf(DATE_PRECISIONS);
export const ClaimSubjectKindEnum = enumOf(CLAIM_SUBJECT_KINDS);
export const ClaimPropertyEnum = enumOf(CLAIM_PROPERTIES);

registerEnumType(ActorKindEnum, {
  name: 'ActorKind',
  description:
    'What kind of actor: a person, an organisation, a state or government, a media outlet, a group.',
});
registerEnumType(EventTypeEnum, { name: 'EventType' });
registerEnumType(ParticipantRoleEnum, {
  name: 'ParticipantRole',
  description: 'The part an actor played in an event.',
});
registerEnumType(TieTypeEnum, {
  name: 'TieType',
  description:
    'A relation between two actors. SPOUSE_OF, FAMILY_OF, ALLY_OF and CHANNEL_TO have no direction.',
});
registerEnumType(PlaceKindEnum, { name: 'PlaceKind' });
registerEnumType(StatementModeEnum, {
  name: 'StatementMode',
  description: "VERBATIM: the speaker's own words. PARAPHRASE: reported speech.",
});
registerEnumType(FactKindEnum, { name: 'FactKind', description: 'What an evidence span supports.' });
registerEnumType(DatePrecisionEnum, {
  name: 'DatePrecision',
  description: 'How much of a date the sources give: a day, a month or only a year.',
});
registerEnumType(ClaimSubjectKindEnum, { name: 'ClaimSubjectKind' });

export const FactStatusEnum = enumOf(FACT_STATUSES);
export const ProposalKindEnum = enumOf(PROPOSAL_KINDS);
registerEnumType(FactStatusEnum, {
  name: 'FactStatus',
  description:
    'CURATED: written by hand. EXTRACTED: proposed by assisted extraction, pending review (never in the graph). ACCEPTED: proposed, then accepted. REJECTED: proposed, then refused (never in the graph).',
});
/** The `status` field every fact type has, described once. */
export const FACT_STATUS_FIELD = {
  description:
    'CURATED (written by hand), ACCEPTED (extracted, then accepted in review), or EXTRACTED (pending review: only in lists asked with includePending).',
};
registerEnumType(ProposalKindEnum, {
  name: 'ProposalKind',
  description:
    'What an extracted proposal would add: an actor mention, an event, a statement, a tie or a claim.',
});
registerEnumType(ClaimPropertyEnum, {
  name: 'ClaimProperty',
  description:
    "What a claim counts or states, from a fixed vocabulary (src/domain/vocabulary.ts); the source's own words are in `Claim.wording`.",
});
