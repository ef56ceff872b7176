import type { ActorKind } from '../../src/domain/vocabulary';
import type { Rng } from './prng';

/**
 * Names built from syllables, with the transliteration variants the real
 * sources show (kh/h, ts/c, y/i, -sky/-ski, diacritics), so that name lookup
 * and fuzzy search have near neighbours to tell apart.
 */
const ONSETS = [
  'b',
  'v',
  'd',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'z',
  'h',
  'ch',
  'sh',
  'zh',
  'ts',
  'kh',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'ou', 'ia'];
const SURNAME_ENDINGS = ['enka', 'ovich', 'ski', 'ka', 'ov', 'in', 'uk', 'ets', 'ich', 'ova', 'ouski', 'ava'];
const STATE_ENDINGS = ['ia', 'stan', 'land', 'aria', 'ovia'];
const ORGANISATION_FORMS = [
  (x: string) => `Ministry of ${x} Affairs`,
  (x: string) => `${x} Party`,
  (x: string) => `${x} Union`,
  (x: string) => `${x} Council`,
  (x: string) => `Committee for ${x}`,
];
const MEDIA_FORMS = [
  (x: string) => `${x} Times`,
  (x: string) => `Radio ${x}`,
  (x: string) => `${x} Herald`,
  (x: string) => `${x} News`,
];
const GROUP_FORMS = [
  (x: string) => `${x} Movement`,
  (x: string) => `${x} Front`,
  (x: string) => `Friends of ${x}`,
];

/** Source spelling → other spellings of the same sound, tried in order. */
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/kh/g, 'h'],
  [/ts/g, 'c'],
  [/ski\b/g, 'sky'],
  [/ouski\b/g, 'ovsky'],
  [/y/g, 'i'],
  [/sh/g, 'š'],
  [/ch/g, 'č'],
  [/zh/g, 'ž'],
  [/ou/g, 'oŭ'],
  [/ia/g, 'ya'],
  [/l/g, 'ł'],
];

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function syllables(rng: Rng, count: number): string {
  let word = '';
  for (let i = 0; i < count; i++) word += rng.pick(ONSETS) + rng.pick(VOWELS);
  return word;
}

export interface GeneratedName {
  readonly kind: ActorKind;
  readonly name: string;
  /** Other spellings, canonical name excluded, possibly empty. */
  readonly aliases: readonly string[];
}

/** Spelling variants of a name: each variant rule that changes it, up to `max`. */
export function variantsOf(name: string, rng: Rng, max: number): string[] {
  const found: string[] = [];
  const start = rng.int(0, VARIANTS.length - 1);
  for (let i = 0; i < VARIANTS.length && found.length < max; i++) {
    const [pattern, replacement] = VARIANTS[(start + i) % VARIANTS.length] as readonly [RegExp, string];
    const lower = name.toLowerCase();
    if (!pattern.test(lower)) continue;
    pattern.lastIndex = 0;
    const variant = name
      .split(' ')
      .map((word) => {
        const changed = word.toLowerCase().replace(pattern, replacement);
        pattern.lastIndex = 0;
        return word.charAt(0) === word.charAt(0).toUpperCase() ? capital(changed) : changed;
      })
      .join(' ');
    if (variant !== name && !found.includes(variant)) found.push(variant);
  }
  return found;
}

export function actorName(rng: Rng): GeneratedName {
  const roll = rng.next();
  const root = capital(syllables(rng, rng.int(1, 2)));
  if (roll < 0.72) {
    const first = capital(syllables(rng, rng.int(1, 2)));
    const last = capital(syllables(rng, rng.int(1, 2)) + rng.pick(SURNAME_ENDINGS));
    const name = `${first} ${last}`;
    const aliases = variantsOf(name, rng, rng.int(1, 3));
    if (rng.chance(0.3)) aliases.push(last);
    return { kind: 'PERSON', name, aliases };
  }
  if (roll < 0.8) {
    const name = root + rng.pick(STATE_ENDINGS);
    return { kind: 'STATE', name, aliases: [...variantsOf(name, rng, 1), `Republic of ${name}`] };
  }
  if (roll < 0.9) {
    const name = rng.pick(ORGANISATION_FORMS)(root);
    const acronym = name
      .split(' ')
      .filter((w) => w.length > 2)
      .map((w) => w.charAt(0))
      .join('');
    return { kind: 'ORGANISATION', name, aliases: [acronym, ...variantsOf(name, rng, 1)] };
  }
  if (roll < 0.95) {
    const name = rng.pick(MEDIA_FORMS)(root);
    return { kind: 'MEDIA', name, aliases: variantsOf(name, rng, 1) };
  }
  const name = rng.pick(GROUP_FORMS)(root);
  return { kind: rng.chance(0.8) ? 'GROUP' : 'OTHER', name, aliases: variantsOf(name, rng, 1) };
}

export function placeName(rng: Rng): string {
  return capital(syllables(rng, rng.int(2, 3)));
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Words of statements and filler sentences. Drawn with a Zipf skew, so a
 * full-text query for a common word has thousands of hits and for a rare one a
 * handful. Stop words are mixed in as Kuzu's FTS drops them.
 */
export const CONTENT_WORDS: readonly string[] = `
  sanctions prisoners release negotiations border election referendum ceasefire envoy embassy ministry
  parliament opposition protest crackdown amnesty pardon sentence court verdict appeal treaty alliance
  pipeline potash fertiliser airspace airline visa refugees migrants journalists exile dialogue summit
  delegation ambassador channel backchannel guarantees security sovereignty independence constitution
  reform economy inflation budget loan energy gas oil nuclear missiles troops exercise deployment
  drills brigade militia volunteers observers monitoring report investigation evidence witnesses
  detention torture hunger strike union workers factory tractor harvest grain export import tariffs
  customs smuggling corruption oligarch assets frozen bank currency reserves bonds default recognition
  legitimacy mandate coalition cabinet premier president minister spokesman adviser deputy governor
  mayor capital region province village church bishop students university teachers doctors hospital
  pandemic vaccine humanitarian corridor convoy aid donors conference forum declaration communique
  statement interview broadcast television newspaper blogger telegram channelled censorship extremist
  terrorist designation blacklist whitelist compromise concession demands ultimatum deadline timetable
  roadmap framework memorandum normalisation thaw escalation deescalation provocation incident drone
  balloon shelling offensive retreat frontline casualties wounded missing exchange reunion families
  wife husband daughter lawyer lawyers prosecutor judge
`
  .trim()
  .split(/\s+/);
const STOP_WORDS = ['the', 'of', 'and', 'to', 'in', 'on', 'for', 'with', 'that', 'will', 'be', 'is', 'are'];

/** `count` words, Zipf-skewed over the content words, with stop words between. */
export function wordsOf(rng: Rng, draw: () => number, count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    words.push(rng.chance(0.3) ? rng.pick(STOP_WORDS) : (CONTENT_WORDS[draw()] as string));
  }
  return words.join(' ');
}
