import nlp from 'compromise';
import type { PlaceRecord } from '../domain/graph';
import { nameKey } from '../domain/text';
import type { ActorKind } from '../domain/vocabulary';
import type { ActorEntry } from '../ingest/source.schema';
import { surnameGender, TITLES, type Gender } from './names';
import { tokenize } from './text';

/**
 * How a registered spelling may be matched in a new article:
 * - ACRONYM: case must agree ("US" is not "us").
 * - PROPER: a name; capitalised words must be capitalised in the text.
 * - POSSESSIVE: a role tied to a named actor ("Kellogg’s deputy"): the anchor is in the phrase.
 * - DEFINITE: a collective designation ("the Trump administration", "Western media").
 * - ROLE: a person's role ("the special envoy"): only when the document also names the person.
 * - INDEFINITE: an unnamed, document-specific actor ("one EU diplomat", "Experts"): the same
 *   phrase in another article is someone else, so it is proposed as new, never merged.
 */
export type AliasPolicy = 'ACRONYM' | 'PROPER' | 'POSSESSIVE' | 'DEFINITE' | 'ROLE' | 'INDEFINITE';

export interface AliasEntry {
  readonly actorId: string;
  readonly alias: string;
  readonly tokens: readonly string[];
  readonly keys: readonly string[];
  readonly policy: AliasPolicy;
}

export interface PersonNames {
  readonly actorId: string;
  readonly given: readonly string[];
  readonly surnames: readonly { readonly form: string; readonly gender: Gender }[];
  readonly gender: Gender;
}

export interface RegistryView {
  readonly actors: ReadonlyMap<string, ActorEntry>;
  readonly places: ReadonlyMap<string, PlaceRecord>;
  /** Folded alias → actors it names, where the registry declares it ambiguous. */
  readonly ambiguous?: ReadonlyMap<string, readonly string[]>;
}

const FUNCTION_WORDS = new Set([
  'of',
  'the',
  'for',
  'and',
  'de',
  'von',
  'van',
  'al',
  'bin',
  'du',
  'la',
  'le',
  'on',
  'in',
]);
const INDEFINITE_DETERMINERS = new Set([
  'one',
  'a',
  'an',
  'some',
  'several',
  'his',
  'her',
  'their',
  'its',
  'our',
  'many',
  'two',
  'three',
  'unnamed',
]);

/** A word's key for matching: folded, typographic apostrophes made ASCII. */
export const tokenKey = (word: string): string => nameKey(word).replace(/[“”"]/g, '');
/** The key without a possessive ending ("Kellogg’s" → "kellogg"). */
export const baseKey = (key: string): string => key.replace(/'s?$/, '');

const isAcronym = (word: string): boolean => /^(?:\p{Lu}[\p{Lu}./]*\p{Lu}\.?|(?:\p{Lu}\.)+)$/u.test(word);
const isCap = (word: string): boolean => /^\p{Lu}/u.test(word);
const isPossessive = (word: string): boolean => /['’]s?$/.test(word) && word.length > 2;

export function classifyAlias(alias: string, kind: ActorKind): AliasPolicy {
  const words = tokenize(alias.replace(/[“”"]/g, '')).map((t) => t.text);
  if (words.length === 0) return 'INDEFINITE';
  if (words.every(isAcronym)) return 'ACRONYM';
  const first = (words[0] as string).toLowerCase();
  if (INDEFINITE_DETERMINERS.has(first)) return 'INDEFINITE';
  if (words.slice(0, -1).some(isPossessive)) return 'POSSESSIVE';
  const content = words.filter(
    (w, i) => !(i > 0 || w.toLowerCase() === 'the' ? FUNCTION_WORDS.has(w.toLowerCase()) : false),
  );
  const allCapitalised = content.every((w) => isCap(w) || isAcronym(w));
  if (allCapitalised) {
    if (words.length === 1) {
      const terms = nlp(alias).json() as { terms: { tags: string[] }[] }[];
      const tags = terms[0]?.terms[0]?.tags ?? [];
      if (tags.includes('Plural') && !tags.includes('ProperNoun')) return 'INDEFINITE';
    }
    return 'PROPER';
  }
  if (kind === 'PERSON') return 'ROLE';
  const hasCapitalisedModifier = content.some((w) => isCap(w) && w.toLowerCase() !== 'the');
  if (first === 'the' || hasCapitalisedModifier) return 'DEFINITE';
  return 'INDEFINITE';
}

/** The registry as a gazetteer: every name and alias, and the parts of people's names. */
export class Gazetteer {
  readonly actors: ReadonlyMap<string, ActorEntry>;
  readonly places: ReadonlyMap<string, PlaceRecord>;
  /** Alias entries by the key of their first word, longest first. */
  private readonly byFirstKey = new Map<string, AliasEntry[]>();
  readonly persons: PersonNames[] = [];
  private readonly placeByKey = new Map<string, string>();
  private readonly ambiguous: ReadonlyMap<string, readonly string[]>;
  /** Actors with at least one PROPER or ACRONYM spelling (a name, not only a role). */
  readonly named = new Set<string>();

  constructor(view: RegistryView) {
    this.actors = view.actors;
    this.places = view.places;
    this.ambiguous = view.ambiguous ?? new Map();
    for (const actor of view.actors.values()) {
      for (const alias of new Set([actor.name, ...actor.aliases])) {
        const tokens = tokenize(alias.replace(/[“”"]/g, '')).map((t) => t.text);
        if (tokens.length === 0) continue;
        const policy = classifyAlias(alias, actor.kind);
        if (policy === 'PROPER' || policy === 'ACRONYM') this.named.add(actor.id);
        const entry: AliasEntry = { actorId: actor.id, alias, tokens, keys: tokens.map(tokenKey), policy };
        const first = entry.keys[0] as string;
        const list = this.byFirstKey.get(first) ?? [];
        list.push(entry);
        list.sort((a, b) => b.keys.length - a.keys.length);
        this.byFirstKey.set(first, list);
      }
    }
    const stateWords = new Set<string>();
    for (const actor of view.actors.values()) {
      if (actor.kind !== 'STATE') continue;
      for (const form of [actor.name, ...actor.aliases, ...demonyms(actor.name)])
        stateWords.add(nameKey(form));
    }
    for (const actor of view.actors.values()) {
      if (actor.kind === 'PERSON') this.persons.push(personNames(actor, stateWords));
    }
    for (const place of view.places.values()) {
      for (const alias of place.aliases) this.placeByKey.set(nameKey(alias), place.id);
    }
  }

  candidates(firstKey: string): readonly AliasEntry[] {
    return this.byFirstKey.get(firstKey) ?? this.byFirstKey.get(baseKey(firstKey)) ?? [];
  }

  /** Actors a spelling names when the registry declares it ambiguous. */
  ambiguousActors(alias: string): readonly string[] | undefined {
    return this.ambiguous.get(nameKey(alias));
  }

  placeId(name: string): string | undefined {
    return this.placeByKey.get(nameKey(name));
  }

  kind(actorId: string): ActorKind | undefined {
    return this.actors.get(actorId)?.kind;
  }

  /** The state an actor belongs to, read from its registry description ("President of Belarus"). */
  countryOf(actorId: string): string | undefined {
    const actor = this.actors.get(actorId);
    if (!actor) return undefined;
    if (actor.kind === 'STATE') return actor.id;
    const description = nameKey(actor.description);
    let best: { id: string; at: number } | undefined;
    for (const state of this.actors.values()) {
      if (state.kind !== 'STATE') continue;
      for (const form of [state.name, ...demonyms(state.name)]) {
        const at = description.search(new RegExp(`\\b${escapeRegExp(nameKey(form))}\\b`));
        if (at >= 0 && (!best || at < best.at)) best = { id: state.id, at };
      }
    }
    return best?.id;
  }

  /** The state actor a demonym names ("Belarusian" → belarus). */
  stateOfDemonym(word: string): string | undefined {
    const key = nameKey(word);
    for (const actor of this.actors.values()) {
      if (actor.kind !== 'STATE') continue;
      if (demonyms(actor.name).some((d) => nameKey(d) === key) || nameKey(actor.name) === key)
        return actor.id;
    }
    return undefined;
  }

  /** The state actor of a place (the country itself, or the country of a city). */
  placeCountry(placeId: string): string | undefined {
    const place = this.places.get(placeId);
    if (!place) return undefined;
    const country =
      place.kind === 'COUNTRY' ? place : place.countryId ? this.places.get(place.countryId) : undefined;
    if (!country) return undefined;
    for (const actor of this.actors.values()) {
      if (actor.kind === 'STATE' && nameKey(actor.name) === nameKey(country.name)) return actor.id;
    }
    return undefined;
  }
}

function demonyms(country: string): string[] {
  const key = country.toLowerCase();
  const special: Record<string, string[]> = {
    'united states': ['US', 'U.S.', 'American'],
    belarus: ['Belarusian'],
    russia: ['Russian'],
    ukraine: ['Ukrainian'],
    poland: ['Polish'],
    germany: ['German'],
    china: ['Chinese'],
    israel: ['Israeli'],
    lithuania: ['Lithuanian'],
  };
  return special[key] ?? [];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function personNames(actor: ActorEntry, stateWords: ReadonlySet<string>): PersonNames {
  const given = new Set<string>();
  const surnames = new Map<string, Gender>();
  for (const alias of [actor.name, ...actor.aliases]) {
    if (classifyAlias(alias, 'PERSON') !== 'PROPER') continue;
    const all = tokenize(alias).map((t) => t.text);
    // Roles written as names ("President of Belarus", "Russian President") are not names.
    if (all.some((w) => /^(?:of|the)$/i.test(w) || stateWords.has(nameKey(w)))) continue;
    const words = all.filter((w) => isCap(w) && !/^\p{Lu}\.?$/u.test(w) && !TITLES.has(w.toLowerCase()));
    if (words.length === 0) continue;
    const surname = words[words.length - 1] as string;
    surnames.set(surname, surnameGender(surname));
    if (words.length > 1) given.add(words[0] as string);
  }
  const genders = [...surnames.values()];
  const gender: Gender = genders.includes('F') ? 'F' : genders.includes('M') ? 'M' : undefined;
  return {
    actorId: actor.id,
    given: [...given],
    surnames: [...surnames].map(([form, g]) => ({ form, gender: g })),
    gender,
  };
}
