import { findAll, nameKey } from '../domain/text';
import type { DocumentAnnotation } from '../ingest/source.schema';
import { parseNumber } from './claims';
import { compatibleDates } from './events';
import type { Gazetteer } from './gazetteer';
import { overlaps } from './text';
import type { Extraction, ResolvedDate, Span } from './types';

/**
 * Scores an extraction against a curated annotation of the same text (the gold).
 * Matching rules, per fact kind (spans in the text; each gold fact matches at most one
 * proposal and the reverse):
 * - actor mentions: a gold mention's anchor is the registered spelling of its actor
 *   inside its quote. A proposed mention matches it when the spans overlap and both
 *   name the same actor. A proposed mention that overlaps no anchor is judged only
 *   when its actor appears nowhere in the gold document (then it is wrong); otherwise
 *   the gold says nothing about it and it is counted apart as unjudged.
 * - resolved actors: per document, the set of registry actors the proposals involve
 *   against the set the gold involves (mentions, speakers, participants, ties, claims).
 * - quotes with speaker: spans overlap by at least half of the longer one, same speaker.
 *   Where the gold quote takes in its attribution ("Experts believe that …"), against
 *   seeds/README's convention, the proposal is read with its attribution when the two
 *   are adjacent.
 * - a proposed new actor is the gold's actor when it is proposed for exactly the phrase
 *   the registry holds for that document-specific, unnamed actor ("one EU diplomat"):
 *   such phrases are proposed anew by design, never merged, and the registry entry only
 *   exists because the gold document was annotated.
 * - events: same type, dates agree (equal, or one range within the other as the
 *   ingest accepts; undated only with undated) and participant sets share an actor
 *   (or both are empty).
 * - claims with figures: gold claims that state a number; spans overlap and the
 *   numbers agree (a bound or the stated number in common).
 */
export interface Score {
  readonly gold: number;
  readonly proposed: number;
  readonly matchedGold: number;
  readonly matchedProposed: number;
  /** Proposals the gold says nothing about (mentions only). */
  readonly unjudged?: number;
}

export type FactKind = 'actor mentions' | 'resolved actors' | 'quotes with speaker' | 'events' | 'claims';
export const FACT_KINDS: readonly FactKind[] = [
  'actor mentions',
  'resolved actors',
  'quotes with speaker',
  'events',
  'claims',
];

export interface GoldDocument {
  readonly id: string;
  readonly text: string;
  readonly annotation: DocumentAnnotation;
}

function spanOf(text: string, quote: string, occurrence = 1): Span | undefined {
  const at = findAll(text, quote)[occurrence - 1];
  return at === undefined ? undefined : { start: at, end: at + quote.length };
}

/** Case, diacritic and apostrophe folding that keeps every index in place. */
function foldKeepingLength(text: string): string {
  return text
    .split('')
    .map(
      (ch) =>
        ch
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .replace(/[’‘`´]/g, "'")
          .toLowerCase()[0] ?? ch,
    )
    .join('');
}

export function goldActors(annotation: DocumentAnnotation, gazetteer: Gazetteer): Set<string> {
  const ids = new Set<string>();
  annotation.mentions.forEach((m) => ids.add(m.actor));
  annotation.events.forEach((e) => e.participants.forEach((p) => ids.add(p.actor)));
  annotation.statements.forEach((s) => {
    ids.add(s.speaker);
    s.about.forEach((a) => ids.add(a));
  });
  annotation.ties.forEach((t) => {
    ids.add(t.source);
    ids.add(t.target);
  });
  annotation.claims.forEach((c) => gazetteer.actors.has(c.subject) && ids.add(c.subject));
  if (annotation.author?.actor) ids.add(annotation.author.actor);
  return ids;
}

/** A score with what went wrong: gold facts no proposal matched, proposals that matched nothing. */
export interface Judged {
  readonly score: Score;
  readonly missed: readonly string[];
  readonly wrong: readonly string[];
}

const snippet = (text: string, span: Span | undefined, max = 110): string => {
  if (!span) return '(no quote)';
  const words = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return `«${words.length > max ? `${words.slice(0, max - 1)}…` : words}»`;
};

const dateLabel = (date?: ResolvedDate): string =>
  date ? `${date.value}${date.endValue ? `..${date.endValue}` : ''}` : 'undated';

function judge<G, P>(
  gold: readonly G[],
  proposed: readonly P[],
  matched: { gold: Set<number>; proposed: Set<number> },
  describeGold: (g: G) => string,
  describeProposed: (p: P) => string,
): Judged {
  return {
    score: {
      gold: gold.length,
      proposed: proposed.length,
      matchedGold: matched.gold.size,
      matchedProposed: matched.proposed.size,
    },
    missed: gold.flatMap((g, i) => (matched.gold.has(i) ? [] : [describeGold(g)])),
    wrong: proposed.flatMap((p, j) => (matched.proposed.has(j) ? [] : [describeProposed(p)])),
  };
}

/**
 * Proposed actors that are, by their phrase, the registry's entry for an unnamed source of
 * this document: a proposal for "one EU diplomat" whose only candidate is the registered
 * `one-eu-diplomat`. Everything else keeps its id.
 */
export function sameActorAs(extraction: Extraction, gazetteer: Gazetteer): (id: string) => string {
  const map = new Map<string, string>();
  for (const proposal of extraction.proposals) {
    if (proposal.candidates.length !== 1) continue;
    const actor = gazetteer.actors.get(proposal.candidates[0] as string);
    if (!actor) continue;
    const phrase = nameKey(proposal.name.replace(/\s*\([^)]*\)\s*$/, ''));
    if ([actor.name, ...actor.aliases].some((a) => nameKey(a) === phrase)) map.set(proposal.id, actor.id);
  }
  return (id) => map.get(id) ?? id;
}

function scoreMentions(gold: GoldDocument, extraction: Extraction, gazetteer: Gazetteer): Judged {
  const actorOf = sameActorAs(extraction, gazetteer);
  const folded = foldKeepingLength(gold.text);
  const anchors: { span: Span; actor: string }[] = [];
  for (const mention of gold.annotation.mentions) {
    const quote = spanOf(gold.text, mention.quote, mention.occurrence);
    if (!quote) continue;
    const actor = gazetteer.actors.get(mention.actor);
    const spellings = actor ? [actor.name, ...actor.aliases].sort((a, b) => b.length - a.length) : [];
    let anchor: Span = quote;
    for (const spelling of spellings) {
      const at = folded.slice(quote.start, quote.end).indexOf(foldKeepingLength(spelling));
      if (at >= 0) {
        anchor = { start: quote.start + at, end: quote.start + at + spelling.length };
        break;
      }
    }
    anchors.push({ span: anchor, actor: mention.actor });
  }
  const involved = goldActors(gold.annotation, gazetteer);
  const missed = anchors.filter(
    (a) => !extraction.mentions.some((m) => actorOf(m.actorId) === a.actor && overlaps(m, a.span)),
  );
  const wrong: string[] = [];
  let judged = 0;
  let right = 0;
  for (const mention of extraction.mentions) {
    const actor = actorOf(mention.actorId);
    const touching = anchors.filter((a) => overlaps(mention, a.span));
    if (touching.length > 0) {
      judged++;
      if (touching.some((a) => a.actor === actor)) right++;
      else wrong.push(`${actor} ${snippet(gold.text, mention)} (gold: ${touching[0]?.actor})`);
    } else if (gazetteer.actors.has(actor) && !involved.has(actor)) {
      judged++;
      wrong.push(`${actor} ${snippet(gold.text, mention)} (not in the gold document)`);
    }
  }
  return {
    score: {
      gold: anchors.length,
      proposed: judged,
      matchedGold: anchors.length - missed.length,
      matchedProposed: right,
      unjudged: extraction.mentions.length - judged,
    },
    missed: missed.map((a) => `${a.actor} ${snippet(gold.text, a.span)}`),
    wrong,
  };
}

function scoreActors(gold: GoldDocument, extraction: Extraction, gazetteer: Gazetteer): Judged {
  const expected = goldActors(gold.annotation, gazetteer);
  const actorOf = sameActorAs(extraction, gazetteer);
  const found = new Set(
    [
      ...extraction.mentions.map((m) => m.actorId),
      ...extraction.statements.map((s) => s.speakerId),
      ...extraction.events.flatMap((e) => e.participants.map((p) => p.actorId)),
    ]
      .map(actorOf)
      .filter((id) => gazetteer.actors.has(id)),
  );
  const hits = [...found].filter((id) => expected.has(id)).length;
  return {
    score: { gold: expected.size, proposed: found.size, matchedGold: hits, matchedProposed: hits },
    missed: [...expected].filter((id) => !found.has(id)),
    wrong: [...found].filter((id) => !expected.has(id)),
  };
}

/** Greedy one-to-one matching: best pairs first. Returns the matched indices of each side. */
function pair<G, P>(
  gold: readonly G[],
  proposed: readonly P[],
  score: (g: G, p: P) => number,
): { gold: Set<number>; proposed: Set<number> } {
  const pairs: { g: number; p: number; s: number }[] = [];
  gold.forEach((g, i) =>
    proposed.forEach((p, j) => {
      const s = score(g, p);
      if (s > 0) pairs.push({ g: i, p: j, s });
    }),
  );
  pairs.sort((a, b) => b.s - a.s);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
  }
  return { gold: usedG, proposed: usedP };
}

function overlapRatio(a: Span, b: Span): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return common <= 0 ? 0 : common / Math.max(a.end - a.start, b.end - b.start);
}

/** The quote with its attribution, when they are adjacent ("Experts believe that" + "…"). */
function withAttribution(text: string, quote: Span, attribution?: Span): Span | undefined {
  if (!attribution) return undefined;
  const [a, b] = attribution.start <= quote.start ? [attribution, quote] : [quote, attribution];
  const gap = text.slice(a.end, b.start);
  return /^[\s,:;–—-]*(?:that\s*)?[“"«]?$/u.test(gap) ? { start: a.start, end: b.end } : undefined;
}

function scoreQuotes(gold: GoldDocument, extraction: Extraction, gazetteer: Gazetteer): Judged {
  const actorOf = sameActorAs(extraction, gazetteer);
  const expected = gold.annotation.statements.flatMap((s) => {
    const span = spanOf(gold.text, s.quote, s.occurrence);
    return span ? [{ span, speaker: s.speaker }] : [];
  });
  const found = extraction.statements.map((s) => ({
    span: s.quote,
    whole: withAttribution(gold.text, s.quote, s.attribution),
    speaker: actorOf(s.speakerId),
  }));
  const matched = pair(expected, found, (g, p) => {
    const ratio = Math.max(overlapRatio(g.span, p.span), p.whole ? overlapRatio(g.span, p.whole) : 0);
    return ratio >= 0.5 && g.speaker === p.speaker ? ratio : 0;
  });
  const describe = (q: { span: Span; speaker: string }): string =>
    `${q.speaker} ${snippet(gold.text, q.span)}`;
  return judge(expected, found, matched, describe, describe);
}

interface EventKey {
  readonly type: string;
  readonly date?: ResolvedDate;
  readonly actors: ReadonlySet<string>;
  readonly span?: Span;
}

function goldEvents(gold: GoldDocument): EventKey[] {
  const byId = new Map<string, { type: string; date?: ResolvedDate; actors: Set<string>; span?: Span }>();
  for (const event of gold.annotation.events) {
    const known = byId.get(event.id);
    const actors = event.participants.map((p) => p.actor);
    if (known) {
      actors.forEach((a) => known.actors.add(a));
      continue;
    }
    const span = spanOf(gold.text, event.quote, event.occurrence);
    byId.set(event.id, {
      type: event.type,
      ...(event.date
        ? {
            date: {
              value: event.date,
              ...(event.endDate ? { endValue: event.endDate } : {}),
              inferred: false,
              span: { start: 0, end: 0 },
            },
          }
        : {}),
      actors: new Set(actors),
      ...(span ? { span } : {}),
    });
  }
  return [...byId.values()];
}

export function eventsAgree(g: EventKey, p: EventKey): boolean {
  if (g.type !== p.type) return false;
  if ((g.date === undefined) !== (p.date === undefined)) return false;
  if (g.date && p.date && !compatibleDates(g.date, p.date)) return false;
  if (g.actors.size === 0 && p.actors.size === 0) return true;
  return [...p.actors].some((a) => g.actors.has(a));
}

function scoreEvents(gold: GoldDocument, extraction: Extraction, gazetteer: Gazetteer): Judged {
  const expected = goldEvents(gold);
  const actorOf = sameActorAs(extraction, gazetteer);
  const found: EventKey[] = extraction.events.map((e) => ({
    type: e.type,
    ...(e.date ? { date: e.date } : {}),
    actors: new Set(e.participants.map((p) => actorOf(p.actorId))),
    span: e.quote,
  }));
  const matched = pair(expected, found, (g, p) => {
    if (!eventsAgree(g, p)) return 0;
    const shared = [...p.actors].filter((a) => g.actors.has(a)).length;
    return 1 + shared + (g.span && p.span && overlaps(g.span, p.span) ? 0.5 : 0);
  });
  const describe = (e: EventKey): string =>
    `${e.type} ${dateLabel(e.date)} [${[...e.actors].join(', ')}] ${snippet(gold.text, e.span)}`;
  return judge(expected, found, matched, describe, describe);
}

function numbersOf(value: string, minimum?: number, maximum?: number): Set<number> {
  const out = new Set<number>();
  if (minimum !== undefined) out.add(minimum);
  if (maximum !== undefined) out.add(maximum);
  for (const match of value.matchAll(/\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?/gi)) {
    const n = parseNumber(match[0]);
    if (n !== undefined) out.add(n);
  }
  return out;
}

function scoreClaims(gold: GoldDocument, extraction: Extraction): Judged {
  const expected = gold.annotation.claims.flatMap((c) => {
    const span = spanOf(gold.text, c.quote, c.occurrence);
    const numbers = numbersOf(c.value, c.minimum, c.maximum);
    return span && numbers.size > 0 ? [{ span, numbers }] : [];
  });
  const found = extraction.claims.map((c) => ({
    span: c.quote,
    numbers: numbersOf(c.value, c.minimum, c.maximum),
  }));
  const matched = pair(expected, found, (g, p) =>
    overlaps(g.span, p.span) && [...p.numbers].some((n) => g.numbers.has(n))
      ? overlapRatio(g.span, p.span) + 0.01
      : 0,
  );
  const describe = (c: { span: Span; numbers: Set<number> }): string =>
    `[${[...c.numbers].join(', ')}] ${snippet(gold.text, c.span)}`;
  return judge(expected, found, matched, describe, describe);
}

/** Every kind judged, with the misses and the false proposals (`eval:extraction -- --details`). */
export function judgeDocument(
  gold: GoldDocument,
  extraction: Extraction,
  gazetteer: Gazetteer,
): Record<FactKind, Judged> {
  return {
    'actor mentions': scoreMentions(gold, extraction, gazetteer),
    'resolved actors': scoreActors(gold, extraction, gazetteer),
    'quotes with speaker': scoreQuotes(gold, extraction, gazetteer),
    events: scoreEvents(gold, extraction, gazetteer),
    claims: scoreClaims(gold, extraction),
  };
}

export function scoreDocument(
  gold: GoldDocument,
  extraction: Extraction,
  gazetteer: Gazetteer,
): Record<FactKind, Score> {
  const judged = judgeDocument(gold, extraction, gazetteer);
  return Object.fromEntries(FACT_KINDS.map((k) => [k, judged[k].score])) as Record<FactKind, Score>;
}

export function addScores(a: Score, b: Score): Score {
  return {
    gold: a.gold + b.gold,
    proposed: a.proposed + b.proposed,
    matchedGold: a.matchedGold + b.matchedGold,
    matchedProposed: a.matchedProposed + b.matchedProposed,
    ...(a.unjudged !== undefined || b.unjudged !== undefined
      ? { unjudged: (a.unjudged ?? 0) + (b.unjudged ?? 0) }
      : {}),
  };
}

export function metrics(score: Score): { precision: number; recall: number; f1: number } {
  const precision = score.proposed === 0 ? 0 : score.matchedProposed / score.proposed;
  const recall = score.gold === 0 ? 0 : score.matchedGold / score.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The per-kind table, as a Markdown table (the README shows it as printed). */
export function formatTable(totals: Record<FactKind, Score>): string {
  const rows = [
    '| fact kind           | gold | proposed | matched | precision | recall |   F1 |',
    '| ------------------- | ---: | -------: | ------: | --------: | -----: | ---: |',
  ];
  for (const kind of FACT_KINDS) {
    const score = totals[kind];
    const { precision, recall, f1 } = metrics(score);
    rows.push(
      `| ${kind.padEnd(19)} | ${String(score.gold).padStart(4)} | ${String(score.proposed).padStart(8)} | ${String(score.matchedGold).padStart(7)} | ${precision.toFixed(2).padStart(9)} | ${recall.toFixed(2).padStart(6)} | ${f1.toFixed(2).padStart(4)} |`,
    );
  }
  return rows.join('\n');
}
