/**
 * Controlled vocabularies of the graph. They are closed lists on purpose: dashboards
 * filter and colour by them, and Cypher labels/relationship types that cannot be
 * query parameters are validated against them.
 */
export const ACTOR_KINDS = ['PERSON', 'ORGANISATION', 'STATE', 'MEDIA', 'GROUP', 'OTHER'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const EVENT_TYPES = [
  'MEETING',
  'VISIT',
  'RELEASE',
  'ARREST',
  'SENTENCE',
  'SANCTION',
  'PHONE_CALL',
  'MILITARY_EXERCISE',
  'MILITARY_DEPLOYMENT',
  'STRIKE',
  'INVASION',
  'CEASEFIRE',
  'ELECTION',
  'PROTEST',
  'REPRESSION',
  'FORUM',
  'NEGOTIATION',
  'PRISONER_EXCHANGE',
  'REUNION',
  'INCIDENT',
  'INFORMATION_EXCHANGE',
  'APPOINTMENT',
  'OFFER',
  'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const PARTICIPANT_ROLES = [
  'HOST',
  'VISITOR',
  'ENVOY',
  'PARTICIPANT',
  'RELEASED',
  'RELEASING_AUTHORITY',
  'ESCORT',
  'RECEIVING_PARTY',
  'ARRESTED',
  'ARRESTING_AUTHORITY',
  'SENTENCED',
  'SENTENCING_AUTHORITY',
  'CALLER',
  'CALLEE',
  'SPEAKER',
  'ORGANISER',
  'MEDIATOR',
  'NEGOTIATOR',
  'ATTACKER',
  'TARGET',
  'SANCTIONING_AUTHORITY',
  'SANCTIONED',
  'CANDIDATE',
  'WINNER',
  'PROTESTER',
  'CONDUCTING_FORCE',
  'DEPLOYED_FORCE',
  'REPORTER',
  'OFFERER',
  'BENEFICIARY',
  'OBSERVER',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Tie types whose direction carries no meaning; their endpoints are stored in id order. */
export const SYMMETRIC_TIE_TYPES = ['SPOUSE_OF', 'FAMILY_OF', 'ALLY_OF', 'CHANNEL_TO'] as const;

export const TIE_TYPES = [
  ...SYMMETRIC_TIE_TYPES,
  'DEPUTY_OF',
  'ENVOY_OF',
  'REPRESENTATIVE_OF',
  'LEADER_OF',
  'MEMBER_OF',
  'EMPLOYED_BY',
  'AFFILIATED_WITH',
  'ADVISER_TO',
  'SUBORDINATE_OF',
  'SUPPORTS',
  'OPPOSES',
  'CRITIC_OF',
  'CITIZEN_OF',
  'STUDIED_AT',
  'RECOGNISES',
] as const;
export type TieType = (typeof TIE_TYPES)[number];

export function isSymmetricTieType(type: TieType): boolean {
  return (SYMMETRIC_TIE_TYPES as readonly string[]).includes(type);
}

export const PLACE_KINDS = ['CITY', 'COUNTRY', 'REGION', 'VENUE', 'OTHER'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const STATEMENT_MODES = ['VERBATIM', 'PARAPHRASE'] as const;
export type StatementMode = (typeof STATEMENT_MODES)[number];

/** What an evidence span supports; lets a document list "the facts it supports". */
export const FACT_KINDS = [
  'ACTOR_MENTION',
  'DOCUMENT_METADATA',
  'EVENT',
  'PARTICIPATION',
  'STATEMENT',
  'TIE',
  'CLAIM',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * What a claim measures or states: a closed list, so that every source's figure
 * for the same thing can be found and compared (14 vs "about 20" prisoners
 * released). Derived from what the seed documents claim; each claim keeps the
 * source's own wording beside its property. Grouped by subject.
 */
export const CLAIM_PROPERTIES = [
  // Releases of prisoners (about a RELEASE event).
  'PRISONERS_RELEASED',
  'PRISONERS_RELEASED_ALONGSIDE',
  'RELEASE_GROUPS',
  'US_CITIZENS_RELEASED',
  'JOURNALISTS_RELEASED',
  'FOREIGNERS_RELEASED',
  'RELEASED_NATIONALITIES',
  'RELEASED_CATEGORIES',
  'RELEASED_TRANSFERRED_TO',
  'OFFICIAL_LIST_PUBLISHED',
  // Prisoners still held (about a state).
  'POLITICAL_PRISONERS_HELD',
  // Sentences and detention (about a SENTENCE event or a person).
  'SENTENCE_YEARS',
  'CHARGE',
  'PRISON_REGIME',
  'SOLITARY_CONFINEMENT_YEARS',
  // Power and standing (about a person, a state or an election).
  'VOTE_SHARE_PERCENT',
  'YEARS_IN_POWER',
  'APPROVAL_RATING_TREND',
  'YEARS_OF_ISOLATION',
  'VISA_FREE_COUNTRIES',
  // Meetings and diplomacy (about a MEETING or other event).
  'MEETING_DURATION_HOURS',
  'MEETINGS_HELD',
  'YEARS_SINCE_SENIOR_US_MEETING',
  'SANCTIONS_RELIEF',
  'TIMING',
  // Force, arrests and time spans.
  'TROOPS_DEPLOYED',
  'PEOPLE_ARRESTED',
  'DURATION_HOURS',
  'DURATION_DAYS',
  'DURATION_WEEKS',
  'DURATION_MONTHS',
  'DURATION_YEARS',
  // Figures no property above names (the wording says what they count).
  'PERCENTAGE',
  'COUNT',
] as const;
export type ClaimProperty = (typeof CLAIM_PROPERTIES)[number];
