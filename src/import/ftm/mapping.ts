import { isPartialDate, parsePartialDate } from '../../domain/partial-date';
import type { ActorKind, TieType } from '../../domain/vocabulary';
import { oneLine, shortHash, slugify } from '../text-utils';
import type { FtmEntity } from './reader';

/** FollowTheMoney schemata that become registry actors, and their kind. */
export const ACTOR_SCHEMATA: Readonly<Record<string, ActorKind>> = {
  Person: 'PERSON',
  Organization: 'ORGANISATION',
  Company: 'ORGANISATION',
  LegalEntity: 'ORGANISATION',
  // A public body is an agency of a state (a ministry, a regulator), not the state itself.
  PublicBody: 'ORGANISATION',
};

/** The properties that name an entity, in the order its spellings are listed. */
export const NAME_PROPERTIES = ['name', 'alias', 'previousName', 'weakAlias', 'abbreviation'] as const;

/** Properties an actor's line shows besides its names. */
export const ACTOR_DETAIL_PROPERTIES = [
  'birthDate',
  'deathDate',
  'nationality',
  'citizenship',
  'country',
  'jurisdiction',
  'legalForm',
  'incorporationDate',
  'dissolutionDate',
  'position',
  'topics',
] as const;

export interface TieMapping {
  /** The FtM property holding the tie's source entity, and its target's. */
  readonly source: string;
  readonly target: string;
  readonly type: TieType | ((entity: FtmEntity) => TieType);
  /** The tie's role, in the source's words. */
  readonly role: (entity: FtmEntity) => string | undefined;
  /** Properties the line shows after the two ends. */
  readonly details: readonly string[];
}

const first = (entity: FtmEntity, property: string): string | undefined => {
  const value = entity.properties[property]?.find((item) => oneLine(item) !== '');
  return value !== undefined ? oneLine(value) : undefined;
};

const SPOUSE = /\b(?:spouse|wife|husband|married|partner)\b|супруг|жена|муж\b|дружина|чоловік/iu;

/**
 * FtM relationship schemata → ties (README: "Importing GDELT and FollowTheMoney data").
 * The vocabulary has no ownership or payment tie: an owner is AFFILIATED_WITH its asset
 * (role "owner", with the share), a payer SUPPORTS its beneficiary (the sample is party
 * donations).
 */
export const TIE_SCHEMATA: Readonly<Record<string, TieMapping>> = {
  Family: {
    source: 'person',
    target: 'relative',
    type: (entity) => (SPOUSE.test(first(entity, 'relationship') ?? '') ? 'SPOUSE_OF' : 'FAMILY_OF'),
    role: (entity) => first(entity, 'relationship'),
    details: ['relationship', 'startDate', 'endDate'],
  },
  Membership: {
    source: 'member',
    target: 'organization',
    type: 'MEMBER_OF',
    role: (entity) => first(entity, 'role'),
    details: ['role', 'status', 'startDate', 'endDate'],
  },
  Directorship: {
    source: 'director',
    target: 'organization',
    type: 'LEADER_OF',
    role: (entity) => first(entity, 'role'),
    details: ['role', 'summary', 'status', 'startDate', 'endDate'],
  },
  Ownership: {
    source: 'owner',
    target: 'asset',
    type: 'AFFILIATED_WITH',
    role: (entity) => {
      const percentage = first(entity, 'percentage');
      const role = first(entity, 'role');
      return `owner${percentage !== undefined ? ` (${percentage}%)` : ''}${role !== undefined ? `, ${role}` : ''}`;
    },
    details: ['role', 'percentage', 'sharesCount', 'sharesValue', 'sharesCurrency', 'startDate', 'endDate'],
  },
  Employment: {
    source: 'employee',
    target: 'employer',
    type: 'EMPLOYED_BY',
    role: (entity) => first(entity, 'role'),
    details: ['role', 'startDate', 'endDate'],
  },
  Associate: {
    source: 'person',
    target: 'associate',
    type: 'AFFILIATED_WITH',
    role: (entity) => first(entity, 'relationship') ?? 'associate',
    details: ['relationship', 'startDate', 'endDate'],
  },
  Representation: {
    source: 'agent',
    target: 'client',
    type: 'REPRESENTATIVE_OF',
    role: (entity) => first(entity, 'role'),
    details: ['role', 'startDate', 'endDate'],
  },
  Payment: {
    source: 'payer',
    target: 'beneficiary',
    type: 'SUPPORTS',
    role: () => 'payer',
    details: ['amount', 'currency', 'amountEur', 'date', 'purpose', 'programme'],
  },
};

/** FtM schemata that become events. */
export const EVENT_SCHEMATA = ['Sanction'] as const;
export const SANCTION_DETAILS = [
  'authority',
  'program',
  'programId',
  'country',
  'status',
  'startDate',
  'listingDate',
  'endDate',
  'sourceUrl',
] as const;

/** Every name of an entity, in every script, as its line shows them (white space collapsed). */
export function entityNames(entity: FtmEntity): string[] {
  const names = [
    entity.caption ?? '',
    ...NAME_PROPERTIES.flatMap((property) => entity.properties[property] ?? []),
  ]
    .map(oneLine)
    .filter((name) => name !== '');
  return [...new Set(names)];
}

export function captionOf(entity: FtmEntity | undefined, id: string): string {
  if (!entity) return id;
  return entityNames(entity)[0] ?? id;
}

/**
 * Registry ids of FtM entities: ftm-<id> when the id is already a lower-case slug
 * ("ofac-6d02…", a hex digest), else ftm-<slug>-<hash> (FtM ids are case-sensitive:
 * "NK-2Tbri3s6…" and "NK-2tbri3s6…" must not meet).
 */
export function ftmSlug(id: string): string {
  const slug = slugify(id);
  if (slug !== '' && slug === id) return `ftm-${slug}`;
  return `ftm-${slug === '' ? '' : `${slug}-`}${shortHash(id, 6)}`;
}

/** The dates of a property as partial dates (YYYY, YYYY-MM, YYYY-MM-DD; times are cut), sorted. */
export function datesOf(entity: FtmEntity, property: string): string[] {
  const dates: string[] = [];
  for (const value of entity.properties[property] ?? []) {
    const match = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|T)/.exec(value.trim());
    if (match && isPartialDate(parsePartialDate(match[1] as string))) dates.push(match[1] as string);
  }
  return dates.sort();
}

/** A property's values for a rendered line: "startDate: 2005-09-16"; several joined with " | ". */
export function detail(entity: FtmEntity, property: string): string | undefined {
  const values = [
    ...new Set((entity.properties[property] ?? []).map(oneLine).filter((value) => value !== '')),
  ];
  return values.length > 0 ? `${property}: ${values.join(' | ')}` : undefined;
}
