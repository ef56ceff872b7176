import { distance } from 'fastest-levenshtein';
import { nameKey } from '../domain/text';
import { transliterateCyrillic } from '../domain/transliteration';

/**
 * Transliteration-aware name comparison. Slavic names reach English texts through
 * several systems (Belarusian, Russian, Ukrainian, Polish): Tsikhanouski /
 * Tikhanovsky / Tsikhanovsky, Lukashenko / Lukashenka, Kolesnikova / Kalesnikava.
 * A skeleton removes the differences the systems make; an edit distance of one on
 * the skeletons absorbs the rest (ts/t, g/h).
 */
export function skeleton(name: string): string {
  const cyrillic = transliterateCyrillic(nameKey(name));
  return cyrillic
    .replace(/[^a-z]/g, '')
    .replace(/x/g, 'ks')
    .replace(/shch|sch/g, 's')
    .replace(/sh|sz/g, 's')
    .replace(/zh|rz/g, 'z')
    .replace(/kh|ch/g, 'h')
    .replace(/ts|tz|cz|c/g, 'c')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/ie|ia|ya|ye|ja|je/g, 'e')
    .replace(/ou(?=[^aeiou]|$)/g, 'ov')
    .replace(/o/g, 'a')
    .replace(/(.)\1+/g, '$1')
    .replace(/i+$/g, 'i');
}

export type Gender = 'F' | 'M' | undefined;

/**
 * The grammatical gender a Slavic or Baltic surname form marks, if any. Husband and
 * wife share a surname in different forms (Tsikhanouski / Tsikhanouskaya): two forms
 * of opposite gender are two people, never one.
 */
export function surnameGender(surname: string): Gender {
  const key = transliterateCyrillic(nameKey(surname)).replace(/[^a-z]/g, '');
  if (
    /(skaya|skaja|skaia|ckaya|ckaja|tskaya|zkaya|ska|cka|dzka|ova|eva|iova|yova|ina|yna|aya|aja|ovna|evna|iene|aite|yte|ova)$/.test(
      key,
    )
  ) {
    return 'F';
  }
  if (
    /(ski|sky|skiy|skyi|skii|skij|cki|cky|dzki|ov|ev|iov|yov|in|yn|iy|yy|yi|oy|ij|as|is|us|ys)$/.test(key)
  ) {
    return 'M';
  }
  return undefined;
}

export function genderConflict(a: Gender, b: Gender): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/** Close enough to be the same name in another transliteration. */
export function sameName(a: string, b: string): boolean {
  if (genderConflict(surnameGender(a), surnameGender(b))) return false;
  const x = skeleton(a);
  const y = skeleton(b);
  if (x === y) return x.length > 0;
  const shortest = Math.min(x.length, y.length);
  if (shortest < 5) return false;
  return distance(x, y) <= (shortest >= 9 ? 2 : 1);
}

/** Words before a name that give a role or a form of address, not part of the name. */
export const FEMININE_TITLES = new Set(['mrs', 'ms', 'miss', 'madame', 'madam', 'mme', 'lady']);
export const MASCULINE_TITLES = new Set(['mr', 'sir', 'monsieur', 'lord']);
export const TITLES = new Set([
  ...FEMININE_TITLES,
  ...MASCULINE_TITLES,
  'dr',
  'prof',
  'professor',
  'general',
  'gen',
  'lt',
  'lieutenant',
  'colonel',
  'col',
  'admiral',
  'president',
  'premier',
  'chancellor',
  'minister',
  'senator',
  'sen',
  'rep',
  'representative',
  'ambassador',
  'envoy',
  'secretary',
  'governor',
  'mayor',
  'judge',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'father',
  'deputy',
  'chairman',
  'chairwoman',
  'speaker',
  'commissioner',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'advisor',
  'adviser',
  'leader',
  'dissident',
  'opposition',
  'activist',
  'journalist',
  'blogger',
  'analyst',
  'diplomat',
  'foreign',
  'prime',
  'defence',
  'defense',
  'interior',
  'special',
  'state',
  'chief',
  'head',
  'director',
]);
