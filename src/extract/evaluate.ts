import { findAll } from '../domain/text';
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

function scoreMentions(gold: GoldDocument, extraction: Extraction, gazetteer: Gazetteer): Score {
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
  const matchedGold = anchors.filter((a) =>
    extraction.mentions.some((m) => m.actorId === a.actor && overlaps(m, a.span)),
  ).length;
  let judged = 0;
  let right = 0;
  for (const mention of extraction.mentions) {
    const touching = anchors.filter((a) => overlaps(mention, a.span));
    if (touching.length > 0) {
      judged++;
      if (touching.some((a) => a.actor === mention.actorId)) right++;
    } else if (gazetteer.actors.has(mention.actorId) && !involved.has(mention.actorId)) {
      judged++;
    }
  }
  return {
    gold: anchors.length,
    proposed: judged,
    matchedGold,
    matchedProposed: right,
    unjudged: extraction.mentions.length - judged,
  };
}

function scoreActors(gold: GoldDocument, extraction: Extraction, gazetteer: Gazetteer): Score {
  const expected = goldActors(gold.annotation, gazetteer);
  const found = new Set(
    [
      ...extraction.mentions.map((m) => m.actorId),
      ...extraction.statements.map((s) => s.speakerId),
      ...extraction.events.flatMap((e) => e.participants.map((p) => p.actorId)),
    ].filter((id) => gazetteer.actors.has(id)),
  );
  const hits = [...found].filter((id) => expected.has(id)).length;
  return { gold: expected.size, proposed: found.size, matchedGold: hits, matchedProposed: hits };
}

/** Greedy one-to-one matching: best pairs first. */
function pair<G, P>(gold: readonly G[], proposed: readonly P[], score: (g: G, p: P) => number): number {
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
  return usedG.size;
}

function overlapRatio(a: Span, b: Span): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return common <= 0 ? 0 : common / Math.max(a.end - a.start, b.end - b.start);
}

function scoreQuotes(gold: GoldDocument, extraction: Extraction): Score {
  const expected = gold.annotation.statements.flatMap((s) => {
    const span = spanOf(gold.text, s.quote, s.occurrence);
    return span ? [{ span, speaker: s.speaker }] : [];
  });
  const found = extraction.statements.map((s) => ({ span: s.quote, speaker: s.speakerId }));
  const matched = pair(expected, found, (g, p) => {
    const ratio = overlapRatio(g.span, p.span);
    return ratio >= 0.5 && g.speaker === p.speaker ? ratio : 0;
  });
  return { gold: expected.length, proposed: found.length, matchedGold: matched, matchedProposed: matched };
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

function scoreEvents(gold: GoldDocument, extraction: Extraction): Score {
  const expected = goldEvents(gold);
  const found: EventKey[] = extraction.events.map((e) => ({
    type: e.type,
    ...(e.date ? { date: e.date } : {}),
    actors: new Set(e.participants.map((p) => p.actorId)),
    span: e.quote,
  }));
  const matched = pair(expected, found, (g, p) => {
    if (!eventsAgree(g, p)) return 0;
    const shared = [...p.actors].filter((a) => g.actors.has(a)).length;
    return 1 + shared + (g.span && p.span && overlaps(g.span, p.span) ? 0.5 : 0);
  });
  return { gold: expected.length, proposed: found.length, matchedGold: matched, matchedProposed: matched };
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

function scoreClaims(gold: GoldDocument, extraction: Extraction): Score {
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
  return { gold: expected.length, proposed: found.length, matchedGold: matched, matchedProposed: matched };
}

export function scoreDocument(
  gold: GoldDocument,
  extraction: Extraction,
  gazetteer: Gazetteer,
): Record<FactKind, Score> {
  return {
    'actor mentions': scoreMentions(gold, extraction, gazetteer),
    'resolved actors': scoreActors(gold, extraction, gazetteer),
    'quotes with speaker': scoreQuotes(gold, extraction),
    events: scoreEvents(gold, extraction),
    claims: scoreClaims(gold, extraction),
  };
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
