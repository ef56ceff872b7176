import type { ClaimProperty } from '../domain/vocabulary';
import type { PlaceMention } from './mentions';
import { contains, type Sentence } from './text';
import type { ExtractedClaim, ExtractedEvent, Mention, Span } from './types';
import type { Gazetteer } from './gazetteer';

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const VAGUE = 'several|a few|dozens|hundreds|thousands|many';
const WORD_NUMBER = `(?:${Object.keys(UNITS).join('|')})(?:[- ](?:${Object.keys(UNITS).join('|')}))?`;
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_NUMBER}|${VAGUE})`;
const QUALIFIER =
  '(?:about|around|roughly|approximately|some|nearly|almost|more than|over|at least|up to|fewer than|less than|under|a total(?: of)?|another|only)';
const COUNTED =
  '(?:political prisoners?|prisoners?|people|persons?|detainees?|citizens?|journalists?|activists?|soldiers?|troops|civilians?|foreigners?|dissidents?|hostages?|refugees?|migrants?|members?|candidates?|officials?|diplomats?|countries|times|years?|months?|weeks?|days?|groups?|votes?|seats?|tanks?|drones?|missiles?|aircraft|percent|per cent|%)';

const FIGURE = new RegExp(
  `\\b(?:between\\s+(${NUMBER})\\s+and\\s+(${NUMBER})|(?:(${QUALIFIER})\\s+)?(${NUMBER}))(\\s*%|(?:\\s+[\\p{Ll}-]+){0,2}?\\s+${COUNTED}\\b)`,
  'giu',
);

/** The number a figure states ("1,100", "fourteen", "twenty-one"), or undefined when vague. */
export function parseNumber(text: string): number | undefined {
  const clean = text.toLowerCase().trim();
  if (/^\d/.test(clean)) return Number(clean.replace(/,/g, ''));
  const parts = clean.split(/[- ]/).map((w) => UNITS[w]);
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  return (parts as number[]).reduce((sum, n) => (n === 100 ? Math.max(sum, 1) * 100 : sum + n), 0);
}

export interface Figure extends Span {
  readonly value: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly noun: string;
}

/** Figures with what they count: "14 political prisoners", "about 20", "up to 5,000 troops". */
export function findFigures(text: string, within: Span): Figure[] {
  const out: Figure[] = [];
  const slice = text.slice(within.start, within.end);
  for (const match of slice.matchAll(FIGURE)) {
    const start = within.start + (match.index ?? 0);
    const rest = text.slice(start + match[0].length, start + match[0].length + 6);
    if (/^\s+ago\b/.test(rest)) continue; // "five years ago" dates something, it counts nothing
    const tail = match[5] as string;
    const noun = tail.trim().split(/\s+/).pop() ?? '';
    const numberText = match[0].slice(0, match[0].length - tail.length);
    const bounds = boundsOf(match[1], match[2], match[3], match[4]);
    if (bounds === null) continue;
    if (match[4] && /^(?:19|20)\d{2}$/.test(match[4])) continue;
    out.push({
      start,
      end: start + match[0].length,
      value: numberText.trim() + (tail.trim() === '%' ? '%' : ''),
      noun,
      ...bounds,
    });
  }
  return out;
}

function boundsOf(
  low: string | undefined,
  high: string | undefined,
  qualifier: string | undefined,
  single: string | undefined,
): { minimum?: number; maximum?: number } | null {
  if (low && high) {
    const a = parseNumber(low);
    const b = parseNumber(high);
    return a !== undefined && b !== undefined ? { minimum: a, maximum: b } : {};
  }
  const n = single ? parseNumber(single) : undefined;
  if (n === undefined) return {};
  if (n === 1 && !qualifier) return null; // "one" is seldom a figure worth a claim
  switch ((qualifier ?? '').toLowerCase()) {
    case '':
    case 'a total':
    case 'a total of':
    case 'another':
    case 'only':
      return { minimum: n, maximum: n };
    case 'more than':
    case 'over':
      return { minimum: n + 1 };
    case 'at least':
      return { minimum: n };
    case 'up to':
    case 'nearly':
    case 'almost':
      return { maximum: n };
    case 'fewer than':
    case 'less than':
    case 'under':
      return { maximum: n - 1 };
    default:
      return {};
  }
}

const PEOPLE = /prisoner|people|person|detainee|citizen|journalist|activist|foreigner|dissident|hostage/;
const PEOPLE_EVENTS = new Set(['RELEASE', 'ARREST', 'SENTENCE', 'PRISONER_EXCHANGE', 'REPRESSION']);
const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?)$/;
const singular = (noun: string): string => noun.replace(/ies$/, 'y').replace(/s$/, '');

/**
 * Claims: each figure with the event its sentence reports (a release's count is
 * `prisonersReleased`) or else the actor the sentence is about. A figure with
 * nothing to be about is left out.
 */
export function findClaims(
  text: string,
  sentences: readonly Sentence[],
  events: readonly ExtractedEvent[],
  mentions: readonly Mention[],
  places: readonly PlaceMention[],
  gazetteer: Gazetteer,
): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  for (const sentence of sentences) {
    for (const figure of findFigures(text, sentence)) {
      const vague = figure.minimum === undefined && figure.maximum === undefined && !/\d/.test(figure.value);
      if (vague && TIME_UNITS.test(figure.noun)) continue; // "a few days": no figure to claim
      const here = events.filter((e) => contains(e.quote, figure));
      const event =
        (PEOPLE.test(figure.noun) ? here.find((e) => PEOPLE_EVENTS.has(e.type)) : undefined) ?? here.at(0);
      let subject: string | undefined = event?.id;
      if (!subject) {
        const actor =
          mentions.find((m) => contains(sentence, m) && !m.possessive) ??
          mentions.find((m) => contains(sentence, m));
        const place = places.find((p) => contains(sentence, p) && p.placeId);
        subject = actor?.actorId ?? (place?.placeId ? gazetteer.placeCountry(place.placeId) : undefined);
      }
      if (!subject) continue;
      const said = text.slice(figure.start, figure.end);
      // A repeated paragraph repeats its figures: one claim.
      if (out.some((c) => c.subject === subject && text.slice(c.quote.start, c.quote.end) === said)) continue;
      out.push({
        subject,
        property: propertyOf(figure.noun, event?.type),
        value: figure.value,
        ...(figure.minimum !== undefined ? { minimum: figure.minimum } : {}),
        ...(figure.maximum !== undefined ? { maximum: figure.maximum } : {}),
        quote: { start: figure.start, end: figure.end },
      });
    }
  }
  return out;
}

function propertyOf(noun: string, eventType?: string): string {
  const base =
    noun === '%' || /^per ?cent$/.test(noun) ? 'percentage' : noun.replace(/[^a-z]/gi, '').toLowerCase();
  if (eventType === 'RELEASE' && PEOPLE.test(base)) return 'prisonersReleased';
  if (eventType && PEOPLE.test(base))
    return `${singular(base)}s${eventType === 'ARREST' ? 'Arrested' : 'Count'}`;
  if (/^(?:years?|months?|weeks?|days?|hours?)$/.test(base))
    return `duration${base[0]?.toUpperCase()}${base.slice(1).replace(/s?$/, 's')}`;
  if (base === 'percentage') return 'percentage';
  return `${singular(base)}Count`;
}

/**
 * The vocabulary property (CLAIM_PROPERTIES) of a name `propertyOf` gives: a
 * release's count, arrests, a duration by unit, a percentage; any other count
 * is a COUNT, its wording saying what it counts.
 */
export function claimPropertyOf(name: string): ClaimProperty {
  if (name === 'prisonersReleased') return 'PRISONERS_RELEASED';
  if (name.endsWith('Arrested')) return 'PEOPLE_ARRESTED';
  if (name === 'percentage') return 'PERCENTAGE';
  const unit = /^duration(Hours|Days|Weeks|Months|Years)$/.exec(name)?.[1];
  if (unit !== undefined) return `DURATION_${unit.toUpperCase()}` as ClaimProperty;
  return 'COUNT';
}
