import { parsePartialDate, isPartialDate } from '../domain/partial-date';
import type { EventType, ParticipantRole } from '../domain/vocabulary';
import {
  HYPOTHETICAL,
  HYPOTHETICAL_AFTER,
  NEGOTIATED,
  NOT_REPORTED,
  PASSIVE,
  PREPOSITION,
  TRIGGERS,
  type Trigger,
} from './event-triggers';
import type { Gazetteer } from './gazetteer';
import type { PlaceMention } from './mentions';
import { slugify } from './proposals';
import type { Quotation } from './quotes';
import { contains, trimSpan, type Sentence } from './text';
import type { ExtractedEvent, ExtractedParticipant, Mention, ResolvedDate, Span } from './types';

export interface EventContext {
  readonly text: string;
  readonly documentId: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly places: readonly PlaceMention[];
  readonly dates: readonly ResolvedDate[];
  readonly quotations: readonly Quotation[];
  readonly gazetteer: Gazetteer;
  readonly names: (actorId: string) => string;
  /** The person a "he"/"she" stands for, when only one reading is possible. */
  readonly pronoun?: (span: Span) => string | undefined;
}

interface Draft {
  type: EventType;
  /** Index of the sentence it was last read from. */
  sentence: number;
  quote: Span;
  date?: ResolvedDate;
  placeId?: string;
  participants: (ExtractedParticipant & { via: Span })[];
}

/** "Minsk Dialogue reported on a recent drone incident": the subject reports the event. */
const REPORTED_ON =
  /^\s+(?:\p{L}+ly\s+)?(?:reported|said|announced|noted|wrote|confirmed)\s+(?:on|about|that)?\s*(?:the|a|an)?\s*(?:\p{L}+\s+)?$/iu;
const CLAUSE_BREAK = /(?:;|:|\(|\)|,\s+(?:but|while|whereas|which|who|when|as|although)\b)/g;
const MODIFIED_NOUN =
  /^\s+(?:president|official|officials|diplomat|diplomats|citizens?|envoy|representative|policy|sanctions|strength|administration|army|troops|forces|government|side|leader|delegation|embassy|ambassador|minister|secretary|special|presidential|foreign|political|economic|demands|interest|officials’)\b/i;
const ENVOY_BEFORE =
  /\b(?:envoy|representative)(?:\s+(?:for|to|on)\s+[\p{Lu}][\p{L}]+(?:\s+and\s+[\p{Lu}][\p{L}]+)?)?,?\s*$/iu;
const ENVOY_AFTER = /^,\s+(?:the\s+|a\s+|\p{L}+’s\s+)?(?:\p{L}+\s+)?(?:envoy|representative)\b/iu;

/**
 * Events the sentences report: a trigger word (met, visited, released, imposed
 * sanctions…) with its participants (the actors before and after it in its clause,
 * with the roles of the trigger), the date written in the sentence and the place.
 * Conditional or negated clauses are skipped. Several sentences about the same event
 * (same type, a shared participant, compatible dates) become one event; a visit and a
 * meeting of the same person become a meeting (VISITOR and HOST).
 */
export function findEvents(
  context: EventContext,
  hasFigure: (sentence: Sentence) => boolean,
): ExtractedEvent[] {
  const drafts: Draft[] = [];
  for (const sentence of context.sentences) {
    const seen = new Set<EventType>();
    for (const trigger of TRIGGERS) {
      if (seen.has(trigger.type)) continue;
      const draft = readTrigger(context, sentence, trigger, hasFigure);
      if (draft) {
        drafts.push(draft);
        seen.add(trigger.type);
      }
    }
  }
  return finish(context, coalesce(drafts));
}

function readTrigger(
  context: EventContext,
  sentence: Sentence,
  trigger: Trigger,
  hasFigure: (sentence: Sentence) => boolean,
): Draft | undefined {
  const pattern = new RegExp(
    trigger.pattern.source,
    trigger.pattern.flags.includes('g') ? trigger.pattern.flags : `${trigger.pattern.flags}g`,
  );
  for (const match of sentence.text.matchAll(pattern)) {
    const at = sentence.start + (match.index ?? 0);
    const triggerSpan = { start: at, end: at + match[0].length };
    if (context.quotations.some((q) => contains(q.content, triggerSpan))) continue;
    const clause = clauseAround(sentence, triggerSpan);
    const lead = context.text.slice(Math.max(clause.start, triggerSpan.start - 45), triggerSpan.start);
    const follow =
      context.text.slice(triggerSpan.end, clause.end).split(/\b(?:which|that|who|whom|whose)\b/)[0] ?? '';
    if (HYPOTHETICAL.test(lead) || HYPOTHETICAL_AFTER.test(follow) || NOT_REPORTED.test(lead)) continue;
    const usable = context.mentions.filter(
      (m) => contains(clause, m) && !context.quotations.some((q) => contains(q.content, m)),
    );
    const participants = assignRoles(context, trigger, usable, triggerSpan, clause);
    const figure = hasFigure(sentence);
    const date = nearestDate(context, sentence, triggerSpan);
    if (participants.length === 0) {
      if (trigger.needsParticipants) continue;
      if (trigger.type === 'RELEASE' && !figure) continue;
      if ((trigger.type === 'ELECTION' || trigger.type === 'PROTEST') && !date) continue;
    }
    const place = nearestPlace(context, clause, triggerSpan);
    return {
      type: trigger.type,
      sentence: sentence.index,
      quote: trimSpan(context.text, { start: sentence.start, end: sentence.end }, /[\s,;:.–—-]/),
      ...(date ? { date } : {}),
      ...(place ? { placeId: place } : {}),
      participants,
    };
  }
  return undefined;
}

function clauseAround(sentence: Sentence, trigger: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const brk of sentence.text.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + (brk.index ?? 0);
    if (at + brk[0].length <= trigger.start) start = at + brk[0].length;
    else if (at >= trigger.end && at < end) end = at;
  }
  return { start, end };
}

function assignRoles(
  context: EventContext,
  trigger: Trigger,
  mentions: readonly Mention[],
  at: Span,
  clause: Span,
): (ExtractedParticipant & { via: Span })[] {
  const { text } = context;
  const out: (ExtractedParticipant & { via: Span })[] = [];
  const add = (m: Mention, role: ParticipantRole | undefined): void => {
    if (!role) return;
    if (trigger.objectIsPerson && (role === trigger.object || role === 'RELEASED') && m.kind !== 'PERSON')
      return;
    if (!out.some((p) => p.actorId === m.actorId && p.role === role))
      out.push({ actorId: m.actorId, role, via: m });
  };
  if (trigger.nominal) return out;
  const inPhrase = phraseMembers(text, mentions);
  const before = mentions.filter((m) => m.end <= at.start && !inPhrase.has(m));
  const between = (m: Mention): string => text.slice(m.end, at.start);
  // Objects follow the trigger closely; people "including" in a release or an arrest may come later.
  const after = mentions.filter((m) => {
    if (m.start < at.end || !trigger.object) return false;
    const gap = text.slice(at.end, m.start);
    if (trigger.type === 'NEGOTIATION') return /\b(?:with|between|and)\s+(?:the\s+)?$/i.test(gap);
    if (/\bof\s+(?:the\s+)?$/i.test(gap)) return false; // "the chairman of the committee"
    if (m.kind === 'PERSON' && /,\s*$/.test(gap) && gap.length <= 90) return true; // an apposition names the object
    return (
      gap.length <= 40 ||
      (trigger.objectIsPerson === true && /\b(?:including|among them|such as)\b/i.test(gap))
    );
  });
  // "Kellogg’s visit": a possessive right before a noun trigger is its subject.
  const possessor = mentions
    .filter(
      (m) => m.end <= at.start && m.possessive && /^[’'s]*\s+(?:[“”"\p{L}-]+\s+){0,2}$/u.test(between(m)),
    )
    .pop();
  let subjects = possessor
    ? [possessor]
    : chain(
        text,
        before.filter((m) => !m.possessive && !modifier(text, m)),
        'last',
      );
  if (subjects.length === 0 && context.pronoun) {
    // "he was sentenced": the person the pronoun stands for, if the text allows one reading only.
    const pronoun = [...text.slice(clause.start, at.start).matchAll(/\b(?:he|she)\b/gi)].pop();
    if (pronoun) {
      const span = {
        start: clause.start + (pronoun.index ?? 0),
        end: clause.start + (pronoun.index ?? 0) + pronoun[0].length,
      };
      const actorId = context.pronoun(span);
      if (actorId)
        subjects = [
          {
            ...span,
            text: pronoun[0],
            actorId,
            kind: 'PERSON',
            resolution: 'REGISTRY',
            candidates: [],
            possessive: false,
          },
        ];
    }
  }
  const objects = chain(
    text,
    after.filter((m) => !m.possessive && !modifier(text, m)),
    'first',
  );
  const passive =
    subjects.length > 0 &&
    PASSIVE.test(
      text
        .slice((subjects[subjects.length - 1] as Mention).end, at.start)
        .replace(/\s+(?:already|also)\s+/g, ' '),
    );
  const negotiated = NEGOTIATED.test(text.slice(clause.start, at.start).slice(-25));
  const reporting =
    subjects.length > 0 && REPORTED_ON.test(between(subjects[subjects.length - 1] as Mention));
  for (const m of subjects) {
    if (negotiated) add(m, 'NEGOTIATOR');
    else if (reporting) add(m, 'REPORTER');
    else add(m, passive ? (trigger.passive ?? trigger.object) : trigger.subject);
  }
  for (const m of objects) {
    const by = /\bby\s+(?:the\s+)?$/i.test(text.slice(at.end, m.start));
    add(m, passive && by ? trigger.subject : trigger.object);
  }
  if (trigger.type === 'ELECTION') {
    return out.filter((p) => {
      const near = text.slice(Math.max(clause.start, p.via.start - 40), Math.min(clause.end, p.via.end + 40));
      if (/\bwinner|\bwon\b/i.test(near)) return Object.assign(p, { role: 'WINNER' as const });
      return /\bcandidate\b/i.test(near);
    });
  }
  return out;
}

/** Actors inside a prepositional phrase ("envoy for Russia and Ukraine"), with their conjuncts. */
function phraseMembers(text: string, mentions: readonly Mention[]): Set<Mention> {
  const members = new Set<Mention>();
  mentions.forEach((m, i) => {
    const lead = text.slice(Math.max(0, m.start - 20), m.start);
    const previous = mentions[i - 1];
    const conjunct =
      previous && members.has(previous) && /^(?:,?\s+and\s+)$/.test(text.slice(previous.end, m.start));
    if (PREPOSITION.test(lead) || conjunct) members.add(m);
  });
  return members;
}

/** Actors joined by "and" or commas with the one next to the trigger. */
function chain(text: string, mentions: readonly Mention[], side: 'first' | 'last'): Mention[] {
  if (mentions.length === 0) return [];
  const list = side === 'first' ? [...mentions] : [...mentions].reverse();
  const out = [list[0] as Mention];
  for (let i = 1; i < list.length; i++) {
    const [a, b] =
      side === 'first'
        ? [out[out.length - 1] as Mention, list[i] as Mention]
        : [list[i] as Mention, out[out.length - 1] as Mention];
    const gap = text.slice(a.end, b.start);
    if (!/^(?:,\s*|\s+and\s+|,\s+and\s+|\s*[–-]\s*)$/.test(gap)) break;
    out.push(list[i] as Mention);
  }
  return out;
}

/** "US president", "EU diplomat": the name qualifies a noun and is not the participant. */
function modifier(text: string, m: Mention): boolean {
  return MODIFIED_NOUN.test(text.slice(m.end, m.end + 20));
}

function nearestDate(context: EventContext, sentence: Sentence, at: Span): ResolvedDate | undefined {
  const inSentence = context.dates.filter(
    (d) => contains(sentence, d.span) && !context.quotations.some((q) => contains(q.content, d.span)),
  );
  return inSentence.sort((a, b) => Math.abs(a.span.start - at.start) - Math.abs(b.span.start - at.start))[0];
}

function nearestPlace(context: EventContext, clause: Span, at: Span): string | undefined {
  const places = context.places.filter(
    (p) => p.placeId !== undefined && contains(clause, p) && (p.start < at.start || p.start - at.end <= 60),
  );
  return places.sort((a, b) => Math.abs(a.start - at.start) - Math.abs(b.start - at.start))[0]?.placeId;
}

// --- one event per real event -----------------------------------------------------

function range(date?: ResolvedDate): { start: string; end: string } | undefined {
  if (!date) return undefined;
  const a = parsePartialDate(date.value);
  const b = parsePartialDate(date.endValue ?? date.value);
  return isPartialDate(a) && isPartialDate(b) ? { start: a.start, end: b.end } : undefined;
}

/** Nested date ranges (or one undated) do not contradict each other, as at ingest. */
export function compatibleDates(a?: ResolvedDate, b?: ResolvedDate): boolean {
  const x = range(a);
  const y = range(b);
  if (!x || !y) return true;
  return (x.start >= y.start && x.end <= y.end) || (y.start >= x.start && y.end <= x.end);
}

const preciser = (a?: ResolvedDate, b?: ResolvedDate): ResolvedDate | undefined => {
  if (!a) return b;
  if (!b) return a;
  return (b.endValue ? 0 : b.value.length) > (a.endValue ? 0 : a.value.length) ? b : a;
};

function sameEvent(a: Draft, b: Draft): boolean {
  const types = new Set([a.type, b.type]);
  const typesOk = a.type === b.type || (types.has('MEETING') && types.has('VISIT'));
  if (!typesOk || !compatibleDates(a.date, b.date)) return false;
  if (a.participants.length === 0 && b.participants.length === 0) return a.date?.value === b.date?.value;
  const ids = new Set(a.participants.map((p) => p.actorId));
  const shared = b.participants.filter((p) => ids.has(p.actorId));
  if (shared.length === 0) return false;
  // Releases share their releasing authority across many releases: a released person, or
  // the same date, must agree too.
  if (a.type === 'RELEASE' && b.type === 'RELEASE') {
    return (
      shared.some((p) => p.role === 'RELEASED') || (a.date !== undefined && a.date.value === b.date?.value)
    );
  }
  return true;
}

function coalesce(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const draft of drafts) {
    // The next sentence goes on about the same event when it gives no date of its own.
    const last = out[out.length - 1];
    const continued = last && last.type === draft.type && !draft.date && draft.sentence - last.sentence === 1;
    const target = continued ? last : out.find((e) => sameEvent(e, draft));
    if (!target) {
      out.push({ ...draft, participants: [...draft.participants] });
      continue;
    }
    if (draft.type === 'MEETING' && target.type === 'VISIT') {
      target.type = 'MEETING';
      target.quote = draft.quote;
    }
    target.date = preciser(target.date, draft.date);
    target.sentence = draft.sentence;
    target.placeId ??= draft.placeId;
    for (const p of draft.participants) {
      if (!target.participants.some((q) => q.actorId === p.actorId && q.role === p.role))
        target.participants.push(p);
    }
  }
  return out;
}

function finish(context: EventContext, drafts: Draft[]): ExtractedEvent[] {
  const ids = new Set<string>();
  const suffix = slugify(context.documentId).split('-').pop()?.slice(0, 8) ?? 'doc';
  return drafts.map((draft) => {
    const participants = settleRoles(context, draft);
    const names = [...new Set(participants.map((p) => p.actorId))].slice(0, 2);
    let id = slugify(`${draft.date?.value ?? 'undated'} ${draft.type} ${names.join(' ')} ${suffix}`);
    for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    ids.add(id);
    const label = draft.type.toLowerCase().replace(/_/g, ' ');
    const who = [...new Set(participants.map((p) => context.names(p.actorId)))].join(', ');
    const place = draft.placeId
      ? ` in ${context.gazetteer.places.get(draft.placeId)?.name ?? draft.placeId}`
      : '';
    return {
      id,
      type: draft.type,
      title: `${label[0]?.toUpperCase()}${label.slice(1)}${who ? `: ${who}` : ''}${place}`,
      ...(draft.date ? { date: draft.date } : {}),
      ...(draft.placeId ? { placeId: draft.placeId } : {}),
      quote: draft.quote,
      participants: participants.map(({ actorId, role, via }) =>
        contains(draft.quote, via) ? { actorId, role } : { actorId, role, quote: sentenceOf(context, via) },
      ),
    };
  });
}

function sentenceOf(context: EventContext, span: Span): Span {
  const sentence = context.sentences.find((s) => contains(s, span));
  return sentence ? trimSpan(context.text, sentence, /[\s,;:.–—-]/) : span;
}

/** Hosts and visitors of a meeting by its place; envoys by how the text names them. */
function settleRoles(context: EventContext, draft: Draft): (ExtractedParticipant & { via: Span })[] {
  let list = [...draft.participants];
  if (draft.type === 'MEETING' || draft.type === 'VISIT') {
    const country = draft.placeId ? context.gazetteer.placeCountry(draft.placeId) : undefined;
    const visitors = new Set(list.filter((p) => p.role === 'VISITOR').map((p) => p.actorId));
    const home = (id: string): string | undefined => context.gazetteer.countryOf(id);
    const someoneAtHome = country !== undefined && list.some((p) => home(p.actorId) === country);
    list = list.map((p) => {
      if (p.role !== 'PARTICIPANT' && p.role !== 'HOST') return p;
      if (someoneAtHome)
        return { ...p, role: home(p.actorId) === country && !visitors.has(p.actorId) ? 'HOST' : 'VISITOR' };
      if (visitors.size > 0 && !visitors.has(p.actorId)) return { ...p, role: 'HOST' };
      return p;
    });
    const envoys = list.filter((p) => {
      const before = context.text.slice(Math.max(0, p.via.start - 60), p.via.start);
      const after = context.text.slice(p.via.end, p.via.end + 40);
      const named = ENVOY_BEFORE.test(before) || ENVOY_AFTER.test(after);
      return context.gazetteer.kind(p.actorId) === 'PERSON' && named && p.role !== 'HOST';
    });
    for (const p of envoys) {
      if (!list.some((q) => q.actorId === p.actorId && q.role === 'ENVOY'))
        list.push({ ...p, role: 'ENVOY' });
    }
  }
  // A specific role makes PARTICIPANT redundant.
  const unique = new Map<string, ExtractedParticipant & { via: Span }>();
  for (const p of list) {
    const specific = list.some((q) => q.actorId === p.actorId && q.role !== 'PARTICIPANT');
    if (p.role === 'PARTICIPANT' && specific) continue;
    unique.set(`${p.actorId}|${p.role}`, p);
  }
  return [...unique.values()];
}
