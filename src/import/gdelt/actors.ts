import nlp from 'compromise';
import { nameKey } from '../../domain/text';
import type { ActorKind } from '../../domain/vocabulary';
import type { RegistryContext } from '../registry-context';
import { shortHash, slugify } from '../text-utils';
import {
  CAMEO_COUNTRIES,
  CAMEO_GROUPS,
  codeParts,
  describeCode,
  kindOfCode,
  ORGANISATION_ONLY_TYPES,
  placeName,
} from './cameo-actors';
import type { GdeltActor } from './reader';

/** How a GDELT actor was resolved (README: "Importing GDELT and FollowTheMoney data"). */
export type Resolution =
  /** a curated registry actor, by one of its spellings (or a state by its country's name) */
  | 'registry'
  /** a state (or region) by its CAMEO country code, declared by the import when the registry lacks it */
  | 'state'
  /** a person, by name */
  | 'person'
  /** a known group by its CAMEO code (EEC: the European Union) */
  | 'group'
  /** a role without a country ("PRESIDENT", GOV): one actor per article */
  | 'role'
  /** anything else, by CAMEO code and name */
  | 'coded';

/** An actor the import declares, keyed by what identifies it; the id is assigned once all are known. */
export interface NewActorKey {
  readonly key: string;
  readonly desiredId: string;
  readonly resolution: Exclude<Resolution, 'registry'>;
  readonly kind: ActorKind;
  readonly spelling: string;
  readonly description: string;
}

export type ActorRef = { readonly registryId: string } | { readonly newActor: NewActorKey };

/** The words a GDELT name is made of, capitalised, for the part-of-speech tagger. */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

interface Term {
  readonly tags: readonly string[];
}

const tagCache = new Map<string, readonly Term[]>();
function terms(name: string): readonly Term[] {
  let cached = tagCache.get(name);
  if (!cached) {
    const sentences = nlp(titleCase(name)).json() as { terms: Term[] }[];
    cached = sentences.flatMap((sentence) => sentence.terms);
    tagCache.set(name, cached);
  }
  return cached;
}

/**
 * A personal name, as the compromise tagger reads it: the last word is a person's
 * name (not a title, a role or a place), and either a word is a known first or last
 * name or the name has several words. "HILLARY CLINTON", "OBAMA" and "SHINZO ABE" are
 * people; "PRESIDENT", "VIRGINIA" and "DIRECTOR GENERAL" are not.
 */
export function looksLikePersonName(name: string): boolean {
  const tagged = terms(name);
  const last = tagged[tagged.length - 1];
  if (!last || !last.tags.includes('Person')) return false;
  if (last.tags.some((tag) => tag === 'Honorific' || tag === 'Actor')) return false;
  if (tagged.some((term) => term.tags.includes('Place') || term.tags.includes('Organization'))) return false;
  return tagged.length > 1 || last.tags.some((tag) => tag === 'FirstName' || tag === 'LastName');
}

/** A role noun ("PRESIDENT", "LAWYER", "DOCTORS"): a person, or a group when plural. */
function roleKind(name: string): ActorKind | undefined {
  const last = terms(name)[terms(name).length - 1];
  if (!last || !last.tags.includes('Actor')) return undefined;
  return last.tags.includes('Plural') ? 'GROUP' : 'PERSON';
}

/** The country or region code an actor belongs to: its CountryCode, else the code's first part. */
function countryOf(actor: GdeltActor): string {
  if (actor.countryCode !== '') return actor.countryCode;
  const first = codeParts(actor.code)[0] ?? '';
  return placeName(first) !== undefined ? first : '';
}

/** The most specific known group of a code (IGOUNODEVWBK: WBK, the World Bank), else its KnownGroupCode. */
function groupOf(actor: GdeltActor): string | undefined {
  const parts = codeParts(actor.code);
  for (let at = parts.length - 1; at >= 0; at--) {
    if (CAMEO_GROUPS.has(parts[at] as string)) return parts[at];
  }
  return CAMEO_GROUPS.has(actor.knownGroupCode) ? actor.knownGroupCode : undefined;
}

export function displayName(actor: GdeltActor): string {
  return actor.name !== '' ? actor.name : describeCode(actor.code) || actor.code;
}

/** "BELARUS (BLR: Belarus)": an actor as a document line shows it. */
export function renderActor(actor: GdeltActor): string {
  const name = displayName(actor);
  if (actor.code === '') return name;
  const meaning = describeCode(actor.code);
  return meaning !== '' && meaning !== actor.code
    ? `${name} (${actor.code}: ${meaning})`
    : `${name} (${actor.code})`;
}

function idPart(text: string): string {
  return slugify(text) || shortHash(text, 8);
}

/**
 * Resolves GDELT actors against the registry, in this order:
 *
 * 1. a proper-name spelling of exactly one curated actor (folded by nameKey, as
 *    lookups are; a leading "THE " may be left out): "BELARUS", "DONALD TRUMP",
 *    "THE EU" — but a state only when the actor's country code does not name
 *    another one, and never by a descriptive phrase ("the opposition");
 * 2. a bare country or region code (BLR, USA, EUR) → that state or region;
 * 3. a personal name (not under a business or organisation code; a single word only
 *    with a country) → one person by name;
 * 4. a known group code (EEC, UNO, WBK; the most specific in the code) → that group;
 * 5. the government code of a country (BLRGOV) or a name that is the country's → the state;
 * 6. a name without country or known group ("PRESIDENT", GOV) → an actor of this article only;
 * 7. otherwise one actor per CAMEO code and name ("REUTERS", USAMED).
 *
 * A state, region or group the curated registry holds (by its name) is that
 * actor; otherwise the import declares it.
 */
export class GdeltActorResolver {
  constructor(private readonly context: RegistryContext) {}

  resolve(actor: GdeltActor, documentId: string, url: string): ActorRef {
    const name = displayName(actor);
    const country = countryOf(actor);
    const curated =
      this.context.curatedActorProperlyNamed(name) ??
      (/^THE /i.test(name) ? this.context.curatedActorProperlyNamed(name.slice(4)) : undefined);
    if (curated) {
      const countryRef = country !== '' ? this.countryActor(country) : undefined;
      const sameCountry =
        countryRef === undefined || ('registryId' in countryRef && countryRef.registryId === curated.id);
      if (curated.kind !== 'STATE' || sameCountry) return { registryId: curated.id };
    }
    const parts = codeParts(actor.code);
    if (parts.length === 1 && placeName(actor.code) !== undefined) return this.countryActor(actor.code);
    const personal =
      !parts.some((part) => ORGANISATION_ONLY_TYPES.has(part) || CAMEO_GROUPS.has(part)) &&
      // One word names a person only with a country ("OBAMA", USAGOV), not as a bare role ("FISHER", AGR).
      (name.includes(' ') || country !== '') &&
      looksLikePersonName(name);
    if (personal) {
      return {
        newActor: {
          key: `person:${nameKey(name)}`,
          desiredId: `gdelt-${idPart(name)}`,
          resolution: 'person',
          kind: 'PERSON',
          spelling: name,
          description: `A person GDELT 2.0 names "${name}"; declared by the GDELT import.`,
        },
      };
    }
    const group = groupOf(actor);
    if (group !== undefined) return this.groupActor(group);
    const countryName = country !== '' ? placeName(country) : undefined;
    if (
      countryName !== undefined &&
      (actor.code === `${country}GOV` || nameKey(name) === nameKey(countryName))
    ) {
      return this.countryActor(country);
    }
    const meaning = describeCode(actor.code);
    const coded = actor.code !== '' ? ` (CAMEO ${actor.code}${meaning ? `: ${meaning}` : ''})` : '';
    const kind = roleKind(name) ?? kindOfCode(actor.code);
    if (country === '' && actor.knownGroupCode === '') {
      return {
        newActor: {
          key: `role:${documentId}:${actor.code}:${nameKey(name)}`,
          desiredId: `gdelt-${idPart(name)}-${idPart(actor.code || 'actor')}-${documentId.slice(-8)}`,
          resolution: 'role',
          kind,
          spelling: name,
          description:
            `"${name}"${coded} in the article ${url}, as GDELT 2.0 codes it. GDELT names it by its role ` +
            `only, without a country: another article's "${name}" is another actor.`,
        },
      };
    }
    return {
      newActor: {
        key: `coded:${actor.code}:${nameKey(name)}`,
        desiredId: `gdelt-${idPart(name)}-${idPart(actor.code || 'actor')}`,
        resolution: 'coded',
        kind,
        spelling: name,
        description: `"${name}"${coded}, as GDELT 2.0 codes it; declared by the GDELT import.`,
      },
    };
  }

  /** The known group a CAMEO group code names (EEC: European Union): the curated actor of that name, else a new one. */
  groupActor(code: string): ActorRef {
    const name = CAMEO_GROUPS.get(code) as string;
    const curated = this.context.curatedActorProperlyNamed(name);
    if (curated) return { registryId: curated.id };
    return {
      newActor: {
        key: `group:${code}`,
        desiredId: `gdelt-${idPart(name)}`,
        resolution: 'group',
        kind: code === 'TAL' || code === 'ALQ' || code === 'HMS' || code === 'HEZ' ? 'GROUP' : 'ORGANISATION',
        spelling: name,
        description: `${name} (CAMEO known group ${code}), as GDELT 2.0 codes it; declared by the GDELT import.`,
      },
    };
  }

  /** The state (or region) a CAMEO country code names: the curated actor of that name, else a new one. */
  countryActor(code: string): ActorRef {
    const name = placeName(code) as string;
    const curated = this.context.curatedActorNamed(name);
    // Country and region names are proper names; "the West" is the region's own name too.
    if (curated) return { registryId: curated.id };
    const isCountry = CAMEO_COUNTRIES.has(code);
    return {
      newActor: {
        key: `state:${code}`,
        desiredId: `gdelt-${idPart(name)}`,
        resolution: 'state',
        kind: isCountry ? 'STATE' : 'OTHER',
        spelling: name,
        description: isCountry
          ? `${name} and its government (CAMEO country code ${code}), as GDELT 2.0 codes it; declared by the GDELT import.`
          : `${name} (CAMEO region ${code}), as GDELT 2.0 codes it; declared by the GDELT import.`,
      },
    };
  }
}
