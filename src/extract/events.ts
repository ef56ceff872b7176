import { parsePartialDate, isPartialDate } from '../domain/partial-date';
import type { EventType, ParticipantRole } from '../domain/vocabulary';
import {
  CAUSED,
  HABITUAL,
  HYPOTHETICAL,
  HYPOTHETICAL_AFTER,
  MODAL_MAY,
  NEGOTIATED,
  NOT_REPORTED,
  PASSIVE,
  PREPOSITION,
  TRIGGERS,
  type Trigger,
} from './event-triggers';
import type { Gazetteer } from './gazetteer';
import { TITLES } from './names';
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
  /** The figures a span states ("14 political prisoners" → "14"), to tell one release from another. */
  readonly figures?: (span: Span) => readonly string[];
}

type Participant = ExtractedParticipant & { via: Span };

/** How a phrase dates an event by another one: "on the eve of the visit", "after his release". */
type Relation = 'SAME' | 'EVE' | 'AFTER' | 'BEFORE' | 'DAYS_BEFORE' | 'DAYS_AFTER' | 'NEXT_DAY' | 'PREV_DAY';

interface Anchor extends Span {
  readonly relation: Relation;
  /** Opens the sentence and dates all of it ("The move coincided with a visit by …"). */
  readonly opening?: boolean;
  /** The kinds of event the phrase refers back to; undefined: the last event told. */
  readonly types?: readonly EventType[];
  /** The event noun of the phrase ("visit"): a reference, not a new event, once one is known. */
  readonly noun?: Span;
}

interface Draft {
  type: EventType;
  /** Index of the sentence it was last read from. */
  sentence: number;
  paragraph: number;
  quote: Span;
  trigger: Span;
  label?: string;
  date?: ResolvedDate;
  placeId?: string;
  participants: Participant[];
  /** Phrases in the trigger's scope that date it by another event. */
  anchors: Anchor[];
  /** A trigger without the participant it needs (a dated visit "took place in Minsk"): kept only if the next sentence names them. */
  tentative: boolean;
  /** "greeted the delegation": the same meeting as the visit just told. */
  joinsLast: boolean;
  figures: readonly string[];
  /** The event this one is dated by and is not ("on the eve of the visit"). */
  notSameAs?: Draft;
  /** Read from a verb ("released"), not a noun ("the release", "candidate"). */
  verbal: boolean;
  /** Read from an apposition ("X, the jailed husband of …"): a state, not the sentence's news. */
  apposition: boolean;
  /** "The meeting was the third this year": a definite noun naming no one refers to an event told before. */
  definite: boolean;
}

/** "Minsk Dialogue reported on a recent drone incident": the subject reports the event. */
const REPORTED_ON =
  /^\s+(?:\p{L}+ly\s+)?(?:reported|said|announced|noted|wrote|confirmed)\s+(?:on|about|that)?\s*(?:the|a|an)?\s*(?:\p{L}+\s+)?$/iu;
const CLAUSE_BREAK = /(?:;|:|\(|\)|,\s+(?:but|while|whereas|which|who|when|as|although)\b)/g;
/** A sentence opening with a subordinate clause ("Although X did not…, the talks…"): it ends at its comma. */
const SUBORDINATE_OPENING =
  /^(?:and\s+|but\s+)?(?:although|though|even though|while|whereas|if|unless|because|since)\b[^,;]*,/i;
const MODIFIED_NOUN =
  /^\s+(?:president|official|officials|diplomat|diplomats|citizens?|envoy|representative|policy|sanctions|strength|administration|army|troops|forces|government|side|leader|delegation|embassy|ambassador|minister|secretary|special|presidential|foreign|political|economic|demands|interest|officials’)\b/i;
const ENVOY_BEFORE =
  /\b(?:envoy|representative)(?:\s+(?:for|to|on)\s+[\p{Lu}][\p{L}]+(?:\s+and\s+[\p{Lu}][\p{L}]+)?)?,?\s*$/iu;
const ENVOY_AFTER = /^,\s+(?:the\s+|a\s+|\p{L}+’s\s+)?(?:\p{L}+\s+)?(?:envoy|representative)\b/iu;
/** A trigger that is a noun ("the release of", "talks", "sanctions"), not a verb. */
const NOUN_TRIGGER =
  /(?:release|visit|visits|trip|meeting|talks|negotiations|dialogue|call|conversation|sanctions|exercises|drills|manoeuvres|maneuvers|invasion|elections?|protests|demonstrations|rallies|strikes|attack|incident|deployment|arrest|detention|ceasefire|cease-fire|truce|summit|forum|conference|exchange|swap|crackdown|repression|handover|liberation|return|promises?|offer|proposal|operation)(?:\s+(?:of|on|to|by|with|between))?$/i;
/** A noun trigger inside a prepositional phrase ("amid the stalled peace talks"): the clause's subject is not its agent. */
const IN_PREPOSITIONAL_PHRASE =
  /\b(?:amid|amidst|despite|during|after|before|following|since|against|about|over|regarding|concerning|of|for|from|without|toward|towards|like|than)\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those)\s+)?(?:(?!(?:is|was|are|were|be|been|has|have|had|will|would|saw|sees|led|leads|by|with|to|in|on|at|of)\b|[\p{L}-]+ing\b)[\p{L}-]+\s+){0,3}$/iu;
/** "this unmotivated attack", "the same talks": a demonstrative names an event told before. */
const DEMONSTRATIVE = /\b(?:[Tt]his|[Tt]hese|[Tt]hose|the same|[Ss]uch)\s+(?:[“”"\p{Ll}-]+\s+){0,2}$/u;
/** "to conduct negotiations": an infinitive before the trigger. */
const TO_VERB = /\bto\s+[\p{L}-]+\s+(?:[\p{L}-]+\s+)?$/iu;
/** "Minsk’s first gesture … — a symbolic release": the possessor of the act is its agent. */
const AGENTIVE_NOUN =
  /^[’']s?\s+(?:[\p{L}-]+\s+){0,2}(?:decision|gesture|move|step|order|attempt|bid|initiative|readiness|willingness|offer|concession)\b/iu;
/** The object of a meeting that refers back to a visitor just named. */
const VISITOR_REFERENCE =
  /^\s+(?:the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:delegation|delegates|guests?|visitors?|envoy|emissary|emissaries)\b/iu;
const MEETINGS: readonly EventType[] = ['MEETING', 'VISIT', 'NEGOTIATION', 'FORUM', 'PHONE_CALL'];

/**
 * Events the sentences report: a trigger word (met, visited, released, imposed
 * sanctions…) with its participants (the actors before and after it in its clause,
 * with the roles of the trigger), the date written in the sentence and the place.
 * Conditional or negated clauses are skipped. A phrase that refers back to an event
 * already told ("after his release", "on the eve of the American visit", "a few days
 * earlier") is no new event but dates the event of its clause from that one. Several
 * sentences about the same event (same type, compatible dates, participants that do not
 * contradict each other) become one event; a visit and a meeting of the same person
 * become a meeting (VISITOR and HOST).
 */
export function findEvents(
  context: EventContext,
  hasFigure: (sentence: Sentence) => boolean,
): ExtractedEvent[] {
  const drafts: Draft[] = [];
  for (const sentence of context.sentences) {
    const anchors = findAnchors(context, sentence);
    const found: Draft[] = [];
    for (const trigger of TRIGGERS) {
      for (const draft of readTrigger(context, sentence, trigger, hasFigure, anchors, drafts)) {
        const same = found.find(
          (d) =>
            d.type === draft.type &&
            d.date?.value === draft.date?.value &&
            d.date?.endValue === draft.date?.endValue,
        );
        if (!same) found.push(draft);
        // One event of a type and date per sentence: the first trigger that names its participants.
        else if (same.participants.length === 0 && draft.participants.length > 0)
          found.splice(found.indexOf(same), 1, draft);
      }
    }
    scopeAnchors(sentence, anchors, found);
    drafts.push(...found.sort((a, b) => a.trigger.start - b.trigger.start));
  }
  return finish(context, coalesce(drafts, context.gazetteer));
}

function addParticipant(list: Participant[], p: Participant): void {
  if (!list.some((q) => q.actorId === p.actorId && q.role === p.role)) list.push(p);
}

function readTrigger(
  context: EventContext,
  sentence: Sentence,
  trigger: Trigger,
  hasFigure: (sentence: Sentence) => boolean,
  anchors: readonly Anchor[],
  earlier: readonly Draft[],
): Draft[] {
  const out: Draft[] = [];
  const pattern = new RegExp(
    trigger.pattern.source,
    trigger.pattern.flags.includes('g') ? trigger.pattern.flags : `${trigger.pattern.flags}g`,
  );
  for (const match of sentence.text.matchAll(pattern)) {
    const blank = match[0].length - match[0].trimStart().length;
    const at = sentence.start + (match.index ?? 0) + blank;
    const triggerSpan = { start: at, end: sentence.start + (match.index ?? 0) + match[0].length };
    // Scare quotes ("a “dialogue figure”") report nothing; a source's quoted account does.
    const quoted = context.quotations.find((q) => contains(q.content, triggerSpan));
    if (quoted && wordCount(context.text, quoted.content) < MIN_QUOTED_WORDS) continue;
    // "after the visit": a reference to an event told before, not a new one.
    const reference = anchors.find((a) => a.noun && overlapsSpan(a.noun, triggerSpan));
    if (reference && earlier.some((d) => (reference.types ?? []).includes(d.type))) continue;
    const matched = match[0].trim();
    const noun = NOUN_TRIGGER.test(matched);
    const clause = clauseAround(context.text, sentence, triggerSpan);
    const lead = context.text.slice(Math.max(clause.start, triggerSpan.start - 45), triggerSpan.start);
    // "this unmotivated attack": an event told before, named again.
    if (noun && DEMONSTRATIVE.test(lead) && earlier.some((d) => d.type === trigger.type)) continue;
    const follow =
      context.text.slice(triggerSpan.end, clause.end).split(/\b(?:which|that|who|whom|whose)\b/)[0] ?? '';
    if (
      HYPOTHETICAL.test(lead) ||
      MODAL_MAY.test(lead) ||
      HYPOTHETICAL_AFTER.test(follow) ||
      HABITUAL.test(lead)
    )
      continue;
    const usable = context.mentions.filter(
      (m) =>
        contains(clause, m) &&
        context.quotations.every((q) => !contains(q.content, m) || (quoted !== undefined && q === quoted)),
    );
    let participants: Participant[];
    let apposition = false;
    if (NOT_REPORTED.test(lead) && !(noun && (!TO_VERB.test(lead) || trigger.nominal))) {
      // "Sergey Tikhanovsky, the jailed husband of …": the apposition says he was jailed.
      const described = trigger.adjectival ? apposed(context, sentence, triggerSpan) : undefined;
      if (!described) continue;
      apposition = true;
      participants = [
        {
          actorId: described.actorId,
          role: trigger.passive ?? (trigger.object as ParticipantRole),
          via: described,
        },
      ];
    } else {
      participants = assignRoles(context, trigger, usable, triggerSpan, clause, sentence);
    }
    const figure = hasFigure(sentence);
    const date = nearestDate(context, sentence, triggerSpan);
    const place = nearestPlace(context, clause, triggerSpan);
    let tentative = false;
    const definite =
      participants.length === 0 && (/^the\s/i.test(matched) || /\bthe\s+(?:[\p{L}-]+\s+)?$/iu.test(lead));
    if (participants.length === 0) {
      if (trigger.needsParticipants) {
        // "one of the most unexpected visits of the summer of 2025 took place in Minsk"; "the swap
        // took place on 8 December": kept to date or go on with an event told before or after.
        if (((trigger.type === 'VISIT' || trigger.type === 'MEETING') && (date || place)) || definite)
          tentative = true;
        else continue;
      }
      // A release without a count or an authority may learn its authority from its paragraph.
      if (trigger.type === 'RELEASE' && !figure) tentative = true;
      if (trigger.type === 'PROTEST' && !date) continue;
      // "the approaching American elections": an election is worth proposing when dated or its country named.
      if (
        trigger.type === 'ELECTION' &&
        !date &&
        !(noun && modifiers(context, context.mentions, triggerSpan).some((m) => m.kind === 'STATE'))
      )
        continue;
    }
    if (trigger.needsModifier && !participants.some((p) => p.role === trigger.subject)) continue;
    out.push({
      type: trigger.type,
      sentence: sentence.index,
      paragraph: sentence.paragraph,
      quote: trimSpan(context.text, { start: sentence.start, end: sentence.end }, /[\s,;:.–—-]/),
      trigger: triggerSpan,
      ...(trigger.label ? { label: trigger.label } : {}),
      ...(date ? { date } : {}),
      ...(place ? { placeId: place } : {}),
      participants,
      anchors: [],
      tentative,
      joinsLast:
        trigger.type === 'MEETING' &&
        VISITOR_REFERENCE.test(context.text.slice(triggerSpan.end, triggerSpan.end + 40)),
      figures: context.figures?.(sentence) ?? [],
      verbal: !noun && !apposition && trigger.type !== 'ELECTION',
      definite,
      apposition,
    });
  }
  return out;
}

/** A phrase that puts the rest of the sentence at another time: ", a week after …". */
const OTHER_TIME =
  /,\s+(?:a|one|two|three|four|five|six|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|earlier|later)\b/i;
const overlapsSpan = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
/** Quoted words that are a source's account of events, not a label. */
const MIN_QUOTED_WORDS = 8;
const wordCount = (text: string, span: Span): number =>
  text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;

/** The person an apposition ", the jailed husband of …" describes: the name right before it. */
function apposed(context: EventContext, sentence: Sentence, at: Span): Mention | undefined {
  const before = context.text.slice(sentence.start, at.start);
  const comma = /([^,]*?)[)\]]?\s*,\s+(?:the|a|an)\s+$/u.exec(before);
  if (!comma) return undefined;
  const end = sentence.start + before.length - comma[0].length + comma[1]!.length;
  return context.mentions
    .filter((m) => m.kind === 'PERSON' && m.end <= end + 1 && m.end >= end - 40 && m.start >= sentence.start)
    .filter((m) => !/[,;.]/.test(context.text.slice(m.end, end).replace(/\([^)]*\)/g, '')))
    .pop();
}

function clauseAround(text: string, sentence: Sentence, trigger: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  const opening = SUBORDINATE_OPENING.exec(sentence.text);
  if (opening) {
    const cut = sentence.start + opening[0].length;
    if (cut <= trigger.start) start = cut;
    else if (cut < end) end = cut;
  }
  for (const brk of sentence.text.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + (brk.index ?? 0);
    if (at + brk[0].length <= trigger.start) start = Math.max(start, at + brk[0].length);
    else if (at >= trigger.end && at < end) end = at;
  }
  return trimSpan(text, { start, end });
}

function assignRoles(
  context: EventContext,
  trigger: Trigger,
  mentions: readonly Mention[],
  at: Span,
  clause: Span,
  sentence: Sentence,
): Participant[] {
  const { text } = context;
  const out: Participant[] = [];
  const add = (m: Span & { actorId: string; kind: string }, role: ParticipantRole | undefined): void => {
    if (!role) return;
    if (trigger.objectIsPerson && (role === trigger.object || role === 'RELEASED') && m.kind !== 'PERSON')
      return;
    addParticipant(out, { actorId: m.actorId, role, via: { start: m.start, end: m.end } });
  };
  const matched = text.slice(at.start, at.end);
  const noun = NOUN_TRIGGER.test(matched);
  // "American and European sanctions", "NATO manoeuvres": the actor or the state named right before the noun acts.
  if ((noun || trigger.nominal) && !/^(?:a|an|the|his|her|its|their|\S+[’']s)\s/i.test(matched)) {
    for (const m of modifiers(context, mentions, at)) add(m, trigger.subject);
  }
  if (trigger.needsModifier) {
    // "Washington’s promise": the possessor right before the noun.
    const owner = mentions
      .filter(
        (m) =>
          m.end <= at.start &&
          m.possessive &&
          /^[’'s]*\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(m.end, at.start)),
      )
      .pop();
    if (owner) add(owner, trigger.subject);
    if (out.length === 0) return out;
    const object = mentions.find(
      (m) => m.start >= at.end && /^\s+(?:on|against)\s+(?:the\s+)?$/i.test(text.slice(at.end, m.start)),
    );
    if (object) add(object, trigger.object);
    return out;
  }
  if (trigger.nominal) {
    // "the blogger whose ambitions helped ignite the protests": who set them off took part.
    const lead = text.slice(sentence.start, at.start);
    const spark =
      /\b(?:ignite[sd]?|igniting|spark(?:s|ed|ing)?|trigger(?:s|ed|ing)?|le[da]|leading|organi[sz](?:e|es|ed|ing)|stag(?:e|es|ed|ing)|join(?:s|ed|ing)?)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
    if (spark.test(lead)) {
      const relative = /\b(?:whose|who)\b[^,;]*$/iu.exec(lead);
      const before = context.mentions.filter(
        (m) =>
          m.kind === 'PERSON' &&
          !m.possessive &&
          m.end <= sentence.start + (relative ? relative.index : lead.length),
      );
      const agent = relative
        ? before.filter((m) => m.start >= sentence.start).pop()
        : chain(
            text,
            mentions.filter((m) => m.end <= at.start && !m.possessive),
            'last',
          )[0];
      if (agent) add(agent, 'PARTICIPANT');
    }
    return out;
  }
  const inPhrase = phraseMembers(text, mentions, at);
  const before = mentions.filter((m) => m.end <= at.start && !inPhrase.has(m));
  const between = (m: Mention): string => text.slice(m.end, at.start);
  // Objects follow the trigger closely; people "including" in a release or an arrest may come later.
  const after = mentions.filter((m) => {
    if (m.start < at.end || !trigger.object) return false;
    const gap = text.slice(at.end, m.start);
    if (trigger.type === 'NEGOTIATION') return /\b(?:with|between|and)\s+(?:the\s+)?$/i.test(gap);
    if (/\bof\s+(?:the\s+)?$/i.test(gap) && !/\bof$/i.test(matched)) return false; // "the chairman of the committee"
    // "data about NATO manoeuvres": the topic, not a party.
    if (
      /\b(?:about|regarding|concerning|over|during|amid|despite|than|like)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(
        gap,
      )
    )
      return false;
    if (m.kind === 'PERSON' && /,\s*$/.test(gap) && gap.length <= 90) return true; // an apposition names the object
    if (
      /,/.test(gap) &&
      !(
        trigger.objectIsPerson === true && /\b(?:including|among them|such as|of (?:which|whom))\b/i.test(gap)
      )
    )
      return false; // ", a move that X called …": another phrase
    return (
      gap.length <= 40 ||
      (trigger.objectIsPerson === true &&
        /\b(?:including|among them|such as|of (?:which|whom) (?:was|were|is|are))\b/i.test(gap))
    );
  });
  const lead = text.slice(clause.start, at.start);
  // "Kellogg’s visit": a possessive right before a noun trigger is its subject.
  const possessor = mentions
    .filter(
      (m) => m.end <= at.start && m.possessive && /^[’'s]*\s+(?:[“”"\p{L}-]+\s+){0,2}$/u.test(between(m)),
    )
    .pop();
  // "Minsk’s first gesture came in late January — a release": the possessor of the act.
  const agent = mentions
    .filter((m) => m.end <= at.start && m.possessive && AGENTIVE_NOUN.test(text.slice(m.end, m.end + 40)))
    .pop();
  const caused = CAUSED.test(lead.slice(-40));
  let subjects: Mention[];
  if (possessor) subjects = [possessor];
  else if (caused) {
    // "Kellogg’s meeting with Lukashenko led to the release": those of the meeting brought it about.
    subjects = mentions.filter(
      (m) =>
        m.end <= at.start &&
        !modifier(text, m) &&
        (!m.possessive ||
          /^[’']s?\s+(?:[\p{L}-]+\s+)?(?:meeting|visit|talks|trip|call|negotiations)\b/iu.test(
            text.slice(m.end, m.end + 30),
          )) &&
        !/\b(?:of|by|for|in|on|at)\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(clause.start, m.start - 12), m.start),
        ),
    );
  } else if (agent) subjects = [agent];
  else if (noun && trigger.type !== 'ELECTION' && IN_PREPOSITIONAL_PHRASE.test(lead)) subjects = [];
  else
    subjects = chain(
      text,
      before.filter((m) => !m.possessive && !modifier(text, m)),
      'last',
    );
  // "Tsikhanouski, who was released in June": the relative pronoun stands for the name before it.
  const relative = /,\s+(?:who|which)\s*$/i.exec(text.slice(sentence.start, clause.start));
  if (subjects.length === 0 && relative) {
    const comma = sentence.start + relative.index;
    const antecedent = context.mentions.filter((m) => m.end <= comma && m.start >= sentence.start).pop();
    // Only inside the relative clause ("who was released in June"), not after it closes.
    const inside = !/[,;—–]/.test(text.slice(clause.start, at.start));
    if (antecedent && inside && !antecedent.possessive && comma - antecedent.end <= 1)
      subjects = [antecedent];
  }
  if (subjects.length === 0 && context.pronoun) {
    // "he was sentenced": the person the pronoun stands for, if the text allows one reading only.
    const pronoun = [
      ...text.slice(clause.start, at.start).matchAll(/\b(?:he|she|(?<=\bwith\s)(?:him|her))\b/gi),
    ].pop();
    const person = pronoun ? pronounMention(context, clause.start, pronoun) : undefined;
    if (person) subjects = [person];
  }
  // "X has used amnesties as a tool: the release of several prisoners": the subject before the colon.
  if (subjects.length === 0 && noun && /:\s*$/.test(text.slice(sentence.start, clause.start))) {
    const main = context.mentions.find(
      (m) => m.start >= sentence.start && m.end <= clause.start && !m.possessive && !modifier(text, m),
    );
    if (main && text.slice(sentence.start, main.start).trim().split(/\s+/).filter(Boolean).length <= 3)
      subjects = [main];
  }
  // "Arrested even before the elections, he was sentenced": the main clause's subject underwent it.
  let opening: Mention[] = [];
  if (subjects.length === 0 && at.start === sentence.start && /(?:ed|freed)$/i.test(matched)) {
    const comma = text.indexOf(',', at.end);
    if (comma > 0 && comma < sentence.end) {
      const rest = text.slice(comma + 1, sentence.end);
      const first = mentions.find((m) => m.start > comma && !m.possessive && m.start - comma < 4);
      const pronoun = /^\s*(he|she)\b/i.exec(rest);
      opening = first
        ? [first]
        : pronoun
          ? [pronounMention(context, comma + 1, pronoun, rest.indexOf(pronoun[1] as string))].filter(
              (m): m is Mention => m !== undefined,
            )
          : [];
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
  const negotiated = caused || NEGOTIATED.test(lead.slice(-25));
  const reporting =
    subjects.length > 0 && REPORTED_ON.test(between(subjects[subjects.length - 1] as Mention));
  for (const m of subjects) {
    if (negotiated && trigger.type === 'RELEASE') add(m, 'NEGOTIATOR');
    else if (reporting) add(m, 'REPORTER');
    else add(m, passive ? (trigger.passive ?? trigger.object) : trigger.subject);
  }
  for (const m of opening) add(m, trigger.passive ?? trigger.object);
  for (const m of objects) {
    const gap = text.slice(at.end, m.start);
    const by = /\bby\s+(?:the\s+)?$/i.test(gap);
    // "a visit by Kellogg", "the visit of Trump’s envoy": the noun's agent.
    const agentOfNoun =
      noun && (by || (trigger.type === 'VISIT' && /^\s*of\s+/i.test(gap) && /of$/i.test(matched)));
    add(m, (passive && by) || agentOfNoun ? trigger.subject : trigger.object);
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

function pronounMention(
  context: EventContext,
  offset: number,
  pronoun: RegExpMatchArray | RegExpExecArray,
  shift = pronoun.index ?? 0,
): Mention | undefined {
  const span = { start: offset + shift, end: offset + shift + (pronoun[0].trim().length || 2) };
  const word = context.text.slice(span.start, span.end);
  if (!/^(?:he|she|him|her)$/i.test(word)) return undefined;
  const actorId = context.pronoun?.(span);
  if (!actorId) return undefined;
  return {
    ...span,
    text: word,
    actorId,
    kind: 'PERSON',
    resolution: 'REGISTRY',
    candidates: [],
    possessive: false,
  };
}

/**
 * Actors written right before a noun trigger as its modifiers: "NATO manoeuvres", "EU
 * sanctions", and states by their demonym ("American and European sanctions").
 */
function modifiers(
  context: EventContext,
  mentions: readonly Mention[],
  at: Span,
): (Span & { actorId: string; kind: string })[] {
  const { text } = context;
  const from = Math.max(0, at.start - 80);
  const lead = text.slice(from, at.start);
  const word = String.raw`[\p{Lu}][\p{L}.’'-]*`;
  const item = String.raw`${word}(?:\s+${word}){0,3}`;
  const phrase = new RegExp(String.raw`((?:${item}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*${item})\s+$`, 'u').exec(
    lead,
  );
  if (!phrase) return [];
  const out: (Span & { actorId: string; kind: string })[] = [];
  const base = from + (phrase.index ?? 0);
  for (const piece of (phrase[1] as string).matchAll(/[^,]+?(?=\s*(?:,|\band\b|$))/gu)) {
    const words = (piece[0] as string).replace(/^\s*(?:and\s+)?/, '').trim();
    if (words.length === 0) continue;
    const start = base + (piece.index ?? 0) + (piece[0] as string).indexOf(words);
    const end = start + words.length;
    const mention = mentions.find((m) => m.start >= start && m.end === end && !m.possessive);
    if (mention) {
      out.push(mention);
      continue;
    }
    const state = context.gazetteer.stateOfDemonym(words);
    if (state) out.push({ start, end, actorId: state, kind: 'STATE' });
  }
  return out;
}

/** Actors inside a prepositional phrase ("envoy for Russia and Ukraine"), with their conjuncts. */
function phraseMembers(text: string, mentions: readonly Mention[], at: Span): Set<Mention> {
  const members = new Set<Mention>();
  mentions.forEach((m, i) => {
    const lead = text.slice(Math.max(0, m.start - 20), m.start);
    const previous = mentions[i - 1];
    const conjunct =
      previous && members.has(previous) && /^(?:,?\s+and\s+)$/.test(text.slice(previous.end, m.start));
    // "a location for Russia and Ukraine to exchange prisoners": "for X to" names the subject.
    // "as Minsk and Kyiv swap prisoners": "as" opens a clause whose subject it is.
    const forTo =
      m.end <= at.start &&
      ((/\bfor\s+(?:the\s+)?$/i.test(lead) &&
        /^(?:(?:,\s*|\s+and\s+)[^.;,]{1,40}?)?\s+to\s+$/.test(text.slice(m.end, at.start))) ||
        (/\bas\s+$/i.test(lead) && /^(?:\s+and\s+[^.;,]{1,40}?)?\s+$/.test(text.slice(m.end, at.start))));
    if ((PREPOSITION.test(lead) && !forTo) || (conjunct && !forTo)) members.add(m);
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
    // "Nikol Pashinyan and Azerbaijani President Ilham Aliyev": a title may stand between.
    const titled = /^(?:,\s*|,?\s+and\s+)(?:the\s+)?((?:[\p{Lu}][\p{L}-]*\s+){1,3})$/u.exec(gap);
    const title = titled ? ((titled[1] as string).trim().split(/\s+/).pop() ?? '').toLowerCase() : '';
    if (!/^(?:,\s*|\s+and\s+|,\s+and\s+|\s*[–-]\s*|\s+and\s+the\s+)$/.test(gap) && !TITLES.has(title)) break;
    out.push(list[i] as Mention);
  }
  return out;
}

/** "US president", "EU diplomat": the name qualifies a noun and is not the participant. */
function modifier(text: string, m: Mention): boolean {
  return MODIFIED_NOUN.test(text.slice(m.end, m.end + 20));
}

function nearestDate(context: EventContext, sentence: Sentence, at: Span): ResolvedDate | undefined {
  // A date in a relative clause after the trigger ("…, the blogger whose ambitions ignited protests five years ago") dates that clause.
  const relative = (d: ResolvedDate): boolean => {
    const between =
      d.span.start > at.end
        ? context.text.slice(at.end, d.span.start)
        : context.text.slice(d.span.end, at.start);
    // "…on 15 December, a week after Minsk and Kyiv exchanged prisoners": another event's date.
    if (OTHER_TIME.test(between)) return true;
    return d.span.start > at.end && /\b(?:who|whose|whom|which)\b/i.test(between);
  };
  const inSentence = context.dates.filter(
    (d) =>
      contains(sentence, d.span) &&
      !context.quotations.some((q) => contains(q.content, d.span)) &&
      !relative(d),
  );
  return inSentence.sort((a, b) => Math.abs(a.span.start - at.start) - Math.abs(b.span.start - at.start))[0];
}

function nearestPlace(context: EventContext, clause: Span, at: Span): string | undefined {
  const places = context.places.filter(
    (p) => p.placeId !== undefined && contains(clause, p) && (p.start < at.start || p.start - at.end <= 60),
  );
  return places.sort((a, b) => Math.abs(a.start - at.start) - Math.abs(b.start - at.start))[0]?.placeId;
}

// --- dates from the context ---------------------------------------------------------

const ANCHOR = new RegExp(
  String.raw`\b(on the eve of|in the run-up to|ahead of|in the wake of|(?:shortly |soon |right |immediately |just )?after|following|(?:shortly |just |right )?before|during|in the course of|at the time of|(?:as |was |is )?(?:a |the )?(?:main |direct |immediate |first )?(?:result|outcome) of)\s+(?:(?:the|his|her|its|their|both|this|that|these|those|[\p{L}]+[’']s)\s+)(?:[\p{L}-]+\s+){0,2}?(visits?|trip|meetings?|talks|negotiations|summit|consultations|release|releases|liberation|call|conversation|elections?|vote|invasion|arrest|detention)\b`,
  'giu',
);
const NEWLY = /\bnewly[- ](freed|released|elected)\b/giu;
/** A sentence about an event just told: "The move coincided with …", "The unprecedented meeting … saw …". */
const ANAPHOR =
  /^(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(move|step|gesture|decision|development|release|visit|meeting|talks|trip)\b[^;]{0,80}?\b(coincided with|came (?:just |shortly )?after|followed|came (?:just |shortly )?before|preceded|saw|brought|led to|resulted in|ended with)\b/iu;
const RELATIVE_DAY =
  /\b(?:(?:a few|several|some|two|three|four|five|\d+)\s+days?\s+(earlier|later|before|after)|(?:the\s+)?(?:very\s+)?(next|following|previous)\s+day|the\s+day\s+(before|after)|days\s+(later|earlier))\b/giu;

function anchorTypes(noun: string): readonly EventType[] {
  const word = noun.toLowerCase();
  if (/^(?:release|releases|liberation|freed|released)$/.test(word)) return ['RELEASE'];
  if (/^(?:call|conversation)$/.test(word)) return ['PHONE_CALL', 'MEETING'];
  if (/^(?:elections?|vote|elected)$/.test(word)) return ['ELECTION'];
  if (/^(?:invasion)$/.test(word)) return ['INVASION'];
  if (/^(?:arrest|detention)$/.test(word)) return ['ARREST'];
  return MEETINGS;
}

function relationOf(word: string): Relation {
  const w = word.toLowerCase();
  if (/eve/.test(w)) return 'EVE';
  if (/before|ahead|run-up|preceded/.test(w)) return 'BEFORE';
  if (/after|following|wake|followed|newly/.test(w)) return 'AFTER';
  return 'SAME';
}

/** Phrases of a sentence that date an event by another one told before. */
function findAnchors(context: EventContext, sentence: Sentence): Anchor[] {
  const out: Anchor[] = [];
  const inQuote = (start: number): boolean =>
    context.quotations.some((q) => q.content.start <= start && start < q.content.end);
  for (const match of sentence.text.matchAll(ANCHOR)) {
    const start = sentence.start + (match.index ?? 0);
    if (inQuote(start)) continue;
    const noun = match[2] as string;
    const nounStart = start + match[0].length - noun.length;
    out.push({
      start,
      end: start + match[0].length,
      relation: relationOf(match[1] as string),
      types: anchorTypes(noun),
      noun: { start: nounStart, end: nounStart + noun.length },
    });
  }
  for (const match of sentence.text.matchAll(NEWLY)) {
    const start = sentence.start + (match.index ?? 0);
    if (inQuote(start)) continue;
    out.push({
      start,
      end: start + match[0].length,
      relation: 'AFTER',
      types: anchorTypes(match[1] as string),
    });
  }
  const anaphor = ANAPHOR.exec(sentence.text);
  if (anaphor) {
    const noun = (anaphor[1] as string).toLowerCase();
    const told = /^(?:move|step|gesture|decision|development)$/.test(noun) ? undefined : anchorTypes(noun);
    out.push({
      start: sentence.start,
      end: sentence.start + anaphor[0].length,
      relation: relationOf(anaphor[2] as string),
      ...(told ? { types: told } : {}),
      opening: true,
    });
  }
  for (const match of sentence.text.matchAll(RELATIVE_DAY)) {
    const start = sentence.start + (match.index ?? 0);
    if (inQuote(start)) continue;
    const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').toLowerCase();
    const days = match[1] !== undefined || match[4] !== undefined;
    const back = /earlier|before|previous/.test(word);
    out.push({
      start,
      end: start + match[0].length,
      relation: days ? (back ? 'DAYS_BEFORE' : 'DAYS_AFTER') : back ? 'PREV_DAY' : 'NEXT_DAY',
    });
  }
  return out;
}

/**
 * Which anchors date which trigger: those in its own stretch of the sentence (between
 * commas or dashes), or those of an opening phrase without an event of its own ("On
 * the eve of the American visit, he received …"; "Newly freed, he reunited …"). An
 * anaphor opening the sentence ("The move coincided with …") dates all of it.
 */
function scopeAnchors(sentence: Sentence, anchors: readonly Anchor[], drafts: readonly Draft[]): void {
  if (anchors.length === 0 || drafts.length === 0) return;
  const cuts = [...sentence.text.matchAll(/[,;:()—–]/g)].map((m) => sentence.start + (m.index ?? 0));
  const segment = (at: number): number => cuts.filter((c) => c < at).length;
  const openingHasEvent = drafts.some((d) => segment(d.trigger.start) === 0);
  for (const draft of drafts) {
    const mine = segment(draft.trigger.start);
    const scoped = anchors.filter(
      (a) =>
        (a.opening === true && !draft.apposition) ||
        segment(a.start) === mine ||
        (segment(a.start) === 0 && !openingHasEvent && draft.verbal),
    );
    draft.anchors = scoped.sort(
      (a, b) => Math.abs(a.start - draft.trigger.start) - Math.abs(b.start - draft.trigger.start),
    );
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

function shiftDay(value: string, days: number): string {
  const date = new Date(`${value}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The date an anchor gives, from the date of the event it refers to, no more precise than it can be. */
function dateBy(anchor: Anchor, ref: ResolvedDate): ResolvedDate | undefined {
  const span = { start: anchor.start, end: anchor.end };
  const value = ref.value;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) && !ref.endValue;
  const year = value.slice(0, 4);
  switch (anchor.relation) {
    case 'SAME':
      return { value, ...(ref.endValue ? { endValue: ref.endValue } : {}), inferred: true, span };
    case 'EVE':
    case 'PREV_DAY':
      return { value: day ? shiftDay(value, -1) : value, inferred: true, span };
    case 'NEXT_DAY': {
      const last = ref.endValue ?? value;
      return /^\d{4}-\d{2}-\d{2}$/.test(last)
        ? { value: shiftDay(last, 1), inferred: true, span }
        : { value: last, inferred: true, span };
    }
    case 'DAYS_BEFORE':
    case 'DAYS_AFTER': {
      if (ref.endValue) return { value: year, inferred: true, span };
      const dayOfMonth = day ? Number(value.slice(8, 10)) : undefined;
      const safe =
        dayOfMonth !== undefined && (anchor.relation === 'DAYS_BEFORE' ? dayOfMonth > 10 : dayOfMonth < 19);
      return { value: safe || value.length === 7 ? value.slice(0, 7) : year, inferred: true, span };
    }
    case 'AFTER':
    case 'BEFORE':
      return { value: year, inferred: true, span };
  }
  return undefined;
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

const compatibleTypes = (a: EventType, b: EventType): boolean =>
  a === b || (new Set([a, b]).has('MEETING') && new Set([a, b]).has('VISIT'));

/** Roles that tell one event from another of its type (who acted, who underwent it). */
const DEFINING_ROLES = new Set<ParticipantRole>([
  'RELEASED',
  'RELEASING_AUTHORITY',
  'ARRESTED',
  'SENTENCED',
  'SANCTIONED',
  'SANCTIONING_AUTHORITY',
  'ATTACKER',
  'TARGET',
  'CONDUCTING_FORCE',
  'DEPLOYED_FORCE',
  'OFFERER',
  'RECEIVING_PARTY',
  'CANDIDATE',
  'WINNER',
  'SPEAKER',
]);

/** Acts of states, where a head of state acts for the state ("Trump’s attack" is the United States’). */
const STATE_ACTS: readonly EventType[] = [
  'STRIKE',
  'INVASION',
  'SANCTION',
  'MILITARY_DEPLOYMENT',
  'MILITARY_EXERCISE',
  'CEASEFIRE',
];
const HEAD_OF_STATE = /^(?:President|Prime Minister|Chancellor|King|Queen|Emir|Supreme Leader)\b/;

function sideOf(gazetteer: Gazetteer, type: EventType, actorId: string): string {
  if (!STATE_ACTS.includes(type) || gazetteer.kind(actorId) !== 'PERSON') return actorId;
  const description = gazetteer.actors.get(actorId)?.description ?? '';
  return HEAD_OF_STATE.test(description) ? (gazetteer.countryOf(actorId) ?? actorId) : actorId;
}

/** Participants that cannot be of one event: for a meeting, each has a person the other lacks; else a role filled by different actors. */
function contradict(a: Draft, b: Draft, gazetteer: Gazetteer): boolean {
  if (a.participants.length === 0 || b.participants.length === 0) return false;
  if (MEETINGS.includes(a.type) || a.type === 'REUNION') {
    const persons = (d: Draft): Set<string> =>
      new Set(
        d.participants
          .filter(
            (p) => gazetteer.kind(p.actorId) !== 'STATE' && gazetteer.kind(p.actorId) !== 'ORGANISATION',
          )
          .map((p) => p.actorId),
      );
    const x = persons(a);
    const y = persons(b);
    // Lukashenko with Kellogg, then Lukashenko with Bastrykin: two meetings.
    return (
      [...x].some((id) => y.has(id)) && [...x].some((id) => !y.has(id)) && [...y].some((id) => !x.has(id))
    );
  }
  const roles = new Set(a.participants.map((p) => p.role).filter((r) => DEFINING_ROLES.has(r)));
  const side = (id: string): string => sideOf(gazetteer, a.type, id);
  for (const role of roles) {
    const x = new Set(a.participants.filter((p) => p.role === role).map((p) => side(p.actorId)));
    const y = b.participants.filter((p) => p.role === role).map((p) => side(p.actorId));
    if (y.length > 0 && !y.some((id) => x.has(id))) return true;
  }
  return false;
}

function sameEvent(a: Draft, b: Draft, gazetteer: Gazetteer): boolean {
  if (!compatibleTypes(a.type, b.type) || !compatibleDates(a.date, b.date)) return false;
  if (a.tentative || b.tentative) return false;
  if (b.notSameAs === a || a.notSameAs === b) return false;
  const sharedFigure = a.figures.some((f) => b.figures.includes(f));
  if (a.participants.length === 0 || b.participants.length === 0) {
    // The same count of prisoners released is the same release.
    if (sharedFigure && a.type === b.type) return true;
    return a.participants.length === 0 && b.participants.length === 0 && a.date?.value === b.date?.value;
  }
  const side = (id: string): string => sideOf(gazetteer, a.type, id);
  const ids = new Set(a.participants.map((p) => side(p.actorId)));
  const shared = b.participants.filter((p) => ids.has(side(p.actorId)));
  if (contradict(a, b, gazetteer)) return false;
  // Releases on the same day are one release, whoever the sentences name.
  const sameDay =
    a.date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(a.date.value) && a.date.value === b.date?.value;
  if (shared.length === 0) return a.type === 'RELEASE' && b.type === 'RELEASE' && sameDay;
  // Neither dated: one actor in common is too little to be sure, unless it is the person
  // the event happened to (released, arrested) or the same count is given.
  if (!a.date && !b.date && !sharedFigure) {
    const underwent = shared.some((p) =>
      ['RELEASED', 'ARRESTED', 'SENTENCED', 'NEGOTIATOR'].includes(p.role),
    );
    const key = (d: Draft): string => [...new Set(d.participants.map((p) => p.actorId))].sort().join('|');
    if (new Set(shared.map((p) => p.actorId)).size < 2 && !underwent && key(a) !== key(b)) return false;
  }
  // Releases share their releasing authority across many releases: a released person, a
  // negotiator, a figure or the same date must agree too.
  if (a.type === 'RELEASE' && b.type === 'RELEASE') {
    return (
      shared.some((p) => p.role === 'RELEASED' || p.role === 'NEGOTIATOR') ||
      sharedFigure ||
      (a.date !== undefined && a.date.value === b.date?.value)
    );
  }
  return true;
}

const AUTHORITY: readonly ParticipantRole[] = ['RELEASING_AUTHORITY', 'NEGOTIATOR'];

function coalesce(drafts: Draft[], gazetteer: Gazetteer): Draft[] {
  const out: Draft[] = [];
  const root = new Map<Draft, Draft>();
  const rootOf = (d: Draft): Draft => root.get(d) ?? d;
  let touched: Draft | undefined;
  for (const draft of drafts) {
    // A date from the context: the event an anchor refers back to.
    if (!draft.date) {
      for (const anchor of draft.anchors) {
        const ref = anchor.types
          ? out
              .filter((e) => anchor.types?.includes(e.type) && e.date && e !== draft && !e.tentative)
              .sort((a, b) => b.sentence - a.sentence)[0]
          : touched;
        if (!ref?.date) continue;
        const date = dateBy(anchor, ref.date);
        if (!date) continue;
        draft.date = date;
        if (anchor.relation !== 'SAME') draft.notSameAs = ref;
        break;
      }
    }
    // A release that names no authority, in a paragraph about releases, is by the authority named there.
    if (draft.type === 'RELEASE' && !draft.participants.some((p) => AUTHORITY.includes(p.role))) {
      const previous = out
        .filter((e) => e.type === 'RELEASE' && e.paragraph === draft.paragraph)
        .flatMap((e) => e.participants.filter((p) => p.role === 'RELEASING_AUTHORITY'))
        .pop();
      if (previous) draft.participants.push({ ...previous });
    }
    if (draft.tentative && draft.participants.length > 0 && draft.type === 'RELEASE') draft.tentative = false;
    // The next sentence goes on about the same event when it gives no date of its own;
    // "greeted the delegation" is the meeting of the visit just told.
    const last = touched;
    const continued =
      last !== undefined &&
      compatibleTypes(last.type, draft.type) &&
      !draft.date &&
      !draft.joinsLast &&
      draft.sentence - last.sentence === 1 &&
      !contradict(last, draft, gazetteer) &&
      draft.notSameAs !== last &&
      // Another actor doing the same kind of thing in the next sentence is another event.
      (MEETINGS.includes(draft.type) ||
        draft.participants.length === 0 ||
        draft.participants.some((p) => last.participants.some((q) => q.actorId === p.actorId)));
    const joined = draft.joinsLast
      ? out.filter((e) => (e.type === 'VISIT' || e.type === 'MEETING') && !e.tentative).pop()
      : draft.definite
        ? out
            .filter(
              (e) =>
                !e.tentative && compatibleTypes(e.type, draft.type) && compatibleDates(e.date, draft.date),
            )
            .sort((a, b) => b.sentence - a.sentence)[0]
        : undefined;
    const target = continued ? last : (joined ?? out.find((e) => sameEvent(e, draft, gazetteer)));
    if (!target) {
      out.push({ ...draft, participants: [...draft.participants] });
      root.set(draft, out[out.length - 1] as Draft);
      touched = out[out.length - 1];
      continue;
    }
    if (draft.type === 'MEETING' && target.type === 'VISIT') {
      target.type = 'MEETING';
      if (!target.tentative) target.quote = draft.quote;
    }
    if (target.tentative && draft.participants.length > 0) target.tentative = false;
    target.date = preciser(target.date, draft.date);
    target.sentence = Math.max(target.sentence, draft.sentence);
    target.placeId ??= draft.placeId;
    target.figures = [...new Set([...target.figures, ...draft.figures])];
    if (draft.notSameAs && !target.notSameAs) target.notSameAs = rootOf(draft.notSameAs);
    for (const p of draft.participants) addParticipant(target.participants, p);
    root.set(draft, target);
    touched = target;
  }
  // Mentions read apart (a title, a tentative visit) may turn out to be one event: merge them.
  const events = out.filter((d) => !d.tentative);
  for (let i = 0; i < events.length; i++) {
    for (let j = events.length - 1; j > i; j--) {
      const a = events[i] as Draft;
      const b = events[j] as Draft;
      if (!sameEvent(a, b, gazetteer)) continue;
      if (b.type === 'MEETING' && a.type === 'VISIT') a.type = 'MEETING';
      a.date = preciser(a.date, b.date);
      a.placeId ??= b.placeId;
      a.figures = [...new Set([...a.figures, ...b.figures])];
      for (const p of b.participants) addParticipant(a.participants, p);
      events.splice(j, 1);
    }
  }
  return events;
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
    const label = draft.label ?? draft.type.toLowerCase().replace(/_/g, ' ');
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
function settleRoles(context: EventContext, draft: Draft): Participant[] {
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
  const unique = new Map<string, Participant>();
  for (const p of list) {
    const specific = list.some((q) => q.actorId === p.actorId && q.role !== 'PARTICIPANT');
    if (p.role === 'PARTICIPANT' && specific) continue;
    unique.set(`${p.actorId}|${p.role}`, p);
  }
  return [...unique.values()];
}
