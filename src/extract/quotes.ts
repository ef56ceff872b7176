import { SPEECH_VERB, type SpeakerResolver } from './speakers';
import { overlaps, sentenceAt, trimSpan, type Sentence } from './text';
import type { ExtractedStatement, Span } from './types';

/** A quotation in the text: the marks and the words between them. */
export interface Quotation {
  readonly open: number;
  readonly close: number;
  readonly content: Span;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“' };

/** Top-level quotations of each paragraph (nested quotes stay inside their parent). */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const stack: { mark: string; at: number }[] = [];
    let straight: number | undefined;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      const top = stack[stack.length - 1];
      if (top && ch === PAIRS[top.mark]) {
        stack.pop();
        if (stack.length === 0 && straight === undefined)
          push(found, text, lineStart + top.at, lineStart + i);
      } else if (ch in PAIRS) {
        stack.push({ mark: ch, at: i });
      } else if (ch === '"') {
        if (straight === undefined) straight = i;
        else {
          if (stack.length === 0) push(found, text, lineStart + straight, lineStart + i);
          straight = undefined;
        }
      }
    }
    lineStart += line.length + 1;
  }
  return found.sort((a, b) => a.open - b.open);
}

function push(found: Quotation[], text: string, open: number, close: number): void {
  const content = trimSpan(text, { start: open + 1, end: close }, /[\s,;:–—-]/);
  if (content.end > content.start) found.push({ open, close, content });
}

const AFTER_VERB_FIRST = new RegExp(
  `^[\\s,.!?]*[–—-]?\\s*(?:${SPEECH_VERB})\\s+((?:the\\s+)?[\\p{Lu}\\p{Ll}][^,.;:“”"]{0,60}?)(?=\\s*(?:[,.;:“"]|$|\\s(?:in|on|at|to|after|during|when|while|indignantly|jokingly|angrily|bluntly)\\b))`,
  'u',
);
const AFTER_SPEAKER_FIRST = new RegExp(
  `^[\\s,.!?]*[–—-]?\\s*((?:[^.;:“”"?!]{1,160}?))\\s+(?:[\\p{Ll}]+ly\\s+)?(?:${SPEECH_VERB})\\b`,
  'u',
);
const BEFORE = new RegExp(
  `((?:^|[;—–]\\s*|\\b)[^;“”"]{0,160}?)\\s+(?:\\p{Ll}+ly\\s+)?(${SPEECH_VERB})\\b([^“”"]{0,120}?)[:,]?\\s*$`,
  'u',
);
/** "is widely believed", "was reported": an impersonal passive names no speaker. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|be|being|widely|generally)\s*$/i;
const POSSESSIVE_STATEMENT =
  /([\p{Lu}][\p{L}’'-]+)['’]s?\s+(?:statement|words|remarks|message|comment|reply|answer|response|verdict)\s*:?\s*$/u;

/**
 * Direct speech: quotations attributed by a speech verb next to them ("…,” X said;
 * X said: “…”; “…,” says X), an interrupted quotation continuing its first part, and a
 * paragraph that is one quotation, continuing the speaker of the paragraph before.
 * Short quotations without a speaker nearby are scare quotes and are left alone.
 */
export function findDirectSpeech(
  text: string,
  sentences: readonly Sentence[],
  quotations: readonly Quotation[],
  speakers: SpeakerResolver,
): ExtractedStatement[] {
  const out: ExtractedStatement[] = [];
  speakers.setQuoted(quotations.map((q) => q.content));
  let previous: { quotation: Quotation; speakerId: string } | undefined;
  for (const quotation of quotations) {
    const sentence = sentenceAt(sentences, quotation.open) ?? sentenceAt(sentences, quotation.content.start);
    const lineEnd = lineEndAt(text, quotation.close);
    const nextOpen = quotations.find((q) => q.open > quotation.close)?.open ?? lineEnd;
    const after = text.slice(quotation.close + 1, Math.min(lineEnd, nextOpen, quotation.close + 200));
    const lineStart = text.lastIndexOf('\n', quotation.open) + 1;
    const prevClose = [...quotations].reverse().find((q) => q.close < quotation.open)?.close ?? -1;
    const beforeFrom = Math.max(lineStart, prevClose + 1, sentence?.start ?? lineStart);
    const before = text.slice(beforeFrom, quotation.open);
    const attribution =
      attributeAfter(quotation.close + 1, after, speakers) ??
      attributeBefore(beforeFrom, before, text, speakers, wordCount(text, quotation.content) < 3);
    let speakerId = attribution?.speakerId;
    let attributionSpan = attribution?.span;
    if (!speakerId && previous && continues(text, previous.quotation, quotation))
      speakerId = previous.speakerId;
    if (!speakerId && wholeParagraph(text, quotation)) speakerId = speakers.recentSpeaker(quotation.open, 2);
    const words = wordCount(text, quotation.content);
    if (!speakerId || (words < 2 && !attribution)) continue;
    const said = text.slice(quotation.content.start, quotation.content.end);
    // A repeated paragraph repeats the statement; it is one statement.
    if (out.some((o) => o.speakerId === speakerId && text.slice(o.quote.start, o.quote.end) === said))
      continue;
    speakers.spoke(speakerId, quotation.open);
    out.push({
      speakerId,
      mode: 'VERBATIM',
      quote: quotation.content,
      ...(attributionSpan && attributionSpan.end - attributionSpan.start >= 3
        ? { attribution: attributionSpan }
        : {}),
      about: [],
    });
    attributionSpan = undefined;
    previous = { quotation, speakerId };
  }
  return out;
}

interface Attribution {
  readonly speakerId: string;
  readonly span: Span;
}

function attributeAfter(offset: number, after: string, speakers: SpeakerResolver): Attribution | undefined {
  const verbFirst = AFTER_VERB_FIRST.exec(after);
  if (verbFirst && !/^[\s,.!?]*[–—-]?\s*(?:told|tells|asked|thanked)\b/.test(after)) {
    const who = verbFirst[1] as string;
    const whoStart = offset + (verbFirst.index ?? 0) + verbFirst[0].length - who.length;
    const speakerId = speakers.resolvePhrase({ start: whoStart, end: whoStart + who.length });
    const lead = /^[\s,.!?–—-]*/.exec(after)?.[0].length ?? 0;
    if (speakerId) return { speakerId, span: { start: offset + lead, end: whoStart + who.length } };
  }
  const speakerFirst = AFTER_SPEAKER_FIRST.exec(after);
  if (speakerFirst) {
    const who = speakerFirst[1] as string;
    const lead = speakerFirst[0].indexOf(who);
    const start = offset + lead;
    const speakerId = speakers.resolvePhrase({ start, end: start + who.length });
    if (speakerId) return { speakerId, span: { start, end: offset + speakerFirst[0].length } };
  }
  return undefined;
}

function attributeBefore(
  offset: number,
  before: string,
  text: string,
  speakers: SpeakerResolver,
  short: boolean,
): Attribution | undefined {
  const possessive = POSSESSIVE_STATEMENT.exec(before);
  if (possessive) {
    const start = offset + (possessive.index ?? 0);
    const speakerId = speakers.resolvePhrase({ start, end: start + (possessive[1] as string).length });
    if (speakerId) return { speakerId, span: trimSpan(text, { start, end: offset + before.length }) };
  }
  const match = BEFORE.exec(before);
  if (match && !PASSIVE_BEFORE.test(match[1] as string) && !(short && (match[3] ?? '').length > 40)) {
    const who = match[1] as string;
    const whoStart = offset + (match.index ?? 0) + (match[0].indexOf(who) >= 0 ? match[0].indexOf(who) : 0);
    const phrase = trimSpan(text, { start: whoStart, end: whoStart + who.length });
    const speakerId = speakers.resolvePhrase(subjectPart(text, phrase));
    if (speakerId) {
      const subject = subjectPart(text, phrase);
      return { speakerId, span: trimSpan(text, { start: subject.start, end: offset + before.length }) };
    }
  }
  // "X refused to recognise Y, instead referring to Z as the “elected president”": the words are
  // the subject's name for Z.
  const naming =
    /\b(?:refer(?:s|red|ring)? to|call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dub(?:s|bed|bing)?|label(?:s|led|ling)?|brand(?:s|ed|ing)?|nam(?:e|es|ed|ing))\s+(?:[^“”";:.]{1,80}?\s+)?(?:as\s+)?(?:the\s+|a\s+|an\s+)?$/iu.exec(
      before,
    );
  if (naming && !/\b(?:is|are|was|were|be|been|being)\s+$/i.test(before.slice(0, naming.index))) {
    const verbAt = offset + naming.index;
    const subject = speakers
      .mentionsIn({ start: offset, end: verbAt })
      .find((m) => !m.possessive && /^(?:[\p{L}’'-]+\s+){0,3}$/u.test(text.slice(offset, m.start)));
    if (subject)
      return {
        speakerId: subject.actorId,
        span: trimSpan(text, { start: subject.start, end: offset + before.length }),
      };
  }
  // "Lukashenko greeted the guest: “…”" — a clause that ends in a colon names its speaker first.
  const colon = /^\s*(?:[\p{Lu}][^:“”"]{0,140}?):\s*$/u.exec(before);
  if (colon) {
    const clause = trimSpan(text, { start: offset, end: offset + before.length });
    const subject = speakers.mentionsIn(clause).find((m) => !m.possessive);
    const lead = text.slice(clause.start, subject?.start ?? clause.start);
    if (subject && subject.kind === 'PERSON' && !/[,]/.test(lead.replace(/^[^,]*,/, ''))) {
      return { speakerId: subject.actorId, span: clause };
    }
    // "One of the instruments he envisions is …: “…”"
    const pronoun = /\b(he|she)\s+\p{Ll}+s\b/u.exec(text.slice(clause.start, clause.end));
    if (pronoun && (!subject || subject.start > clause.start + pronoun.index)) {
      const at = clause.start + pronoun.index;
      const speakerId = speakers.resolvePhrase({ start: at, end: at + (pronoun[1] as string).length });
      if (speakerId) return { speakerId, span: clause };
    }
  }
  return undefined;
}

/**
 * The subject just before a verb: the words after the last comma ("Following the visit,
 * Kellogg"), reaching back over a parenthesis ("Kellogg, according to eyewitnesses,") or
 * an apposition ("Keith Kellogg, the envoy for Ukraine,") to the name it belongs to.
 */
export function subjectPart(text: string, phrase: Span): Span {
  const raw = text.slice(phrase.start, phrase.end);
  const parts = raw.split(/,\s+/);
  let k = parts.length - 1;
  while (
    k > 0 &&
    /^(?:according to|as |a |an |the former|former|who |which |ex-|in |on |at )/.test(parts[k] as string)
  )
    k--;
  const offset = parts.slice(0, k).reduce((sum, part) => sum + part.length, 0);
  const separators =
    raw
      .slice(0)
      .match(/,\s+/g)
      ?.slice(0, k)
      .reduce((sum, sep) => sum + sep.length, 0) ?? 0;
  return { start: phrase.start + offset + separators, end: phrase.end };
}

/** The second part of an interrupted quotation, or a quotation its speaker goes on with ("…” regarding Y: “…”). */
function continues(text: string, first: Quotation, next: Quotation): boolean {
  const between = text.slice(first.close + 1, next.open);
  if (between.includes('\n') || between.length >= 120) return false;
  return (
    new RegExp(`(?:${SPEECH_VERB})`).test(between) || (/:\s*$/.test(between) && !/[.!?]\s/.test(between))
  );
}

function wholeParagraph(text: string, quotation: Quotation): boolean {
  const lineStart = text.lastIndexOf('\n', quotation.open) + 1;
  const lineEnd = lineEndAt(text, quotation.close);
  const outside = text.slice(lineStart, quotation.open) + text.slice(quotation.close + 1, lineEnd);
  return outside.trim().replace(/[.,;:–—\s-]/g, '').length === 0;
}

function wordCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/).length;
}

function lineEndAt(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

const REPORTING =
  'said|says|told [^,.;]{1,40}?|stated(?: [^,.;]{1,60}?)?|noted|added|warned|claimed|claims|believes|believe|believed|insisted|insists|admitted(?: surprise)?|admits|admit|confirmed|confirms|reported|reports|argued|argues|explained|announced|acknowledged|acknowledge|complained|complains|stressed|emphasi[sz]ed|suggested|predicted|agreed|denied|wrote|writes|thinks|think|fears|recalled|assured|promised|concedes|conceded|demanded|demands|urged|proclaimed|declared';

/**
 * Reported speech: "according to X, …", "…, according to X", and "X said that …"
 * (with an unnamed source — "Experts believe that" — proposed as a new actor).
 * The quote is the reported clause; the attribution is the speaker and the verb.
 */
export function findReportedSpeech(
  text: string,
  sentences: readonly Sentence[],
  speakers: SpeakerResolver,
  direct: readonly ExtractedStatement[],
): ExtractedStatement[] {
  const out: ExtractedStatement[] = [];
  for (const sentence of sentences) {
    const s = sentence.text;
    const according =
      /(^|,\s*|\b)according to ([^,.;:“”"]{2,90}?)(?:,\s+(?:a|an|the|former|ex-)\s[^,.;:“”"]{2,80})?(?:,|\.|$)/i.exec(
        s,
      );
    if (
      according &&
      !new RegExp(`^\\s*(?:${SPEECH_VERB})\\b`).test(s.slice(according.index + according[0].length))
    ) {
      const sourceStart = sentence.start + according.index + according[0].indexOf(according[2] as string);
      const speakerId = speakers.resolvePhrase({
        start: sourceStart,
        end: sourceStart + (according[2] as string).length,
      });
      const atStart = according.index === 0 || /^\W*$/.test(s.slice(0, according.index));
      const trailing = !atStart && according.index + according[0].length >= s.length - 1;
      // "… sufficient. And Washington has begun to oblige, according to X": the "And" carries the
      // attribution back over the sentence it continues.
      const previous = sentences[sentence.index - 1];
      const back =
        trailing && /^(?:And|Also|Yet)\b/.test(s) && previous && previous.paragraph === sentence.paragraph
          ? previous.start
          : sentence.start;
      const quote = atStart
        ? { start: sentence.start + according.index + according[0].length, end: sentence.end }
        : trailing
          ? { start: back, end: sentence.start + according.index }
          : { start: sentence.start + according.index + according[0].length, end: sentence.end };
      add(out, text, speakers, direct, speakerId, quote, {
        start: sentence.start + according.index + according[1]!.length,
        end: sourceStart + (according[2] as string).length,
      });
      continue;
    }
    const asSays = new RegExp(`^(.*?)\\bas ([^,]{2,60}?) (?:${SPEECH_VERB}),\\s+(.+)$`, 'iu').exec(s);
    if (asSays) {
      const whoStart = sentence.start + (asSays[1] as string).length + 3;
      const speakerId = speakers.resolvePhrase({
        start: whoStart,
        end: whoStart + (asSays[2] as string).length,
      });
      const clauseStart = sentence.start + s.length - (asSays[3] as string).length;
      add(
        out,
        text,
        speakers,
        direct,
        speakerId,
        { start: clauseStart, end: sentence.end },
        {
          start: whoStart - 3,
          end: clauseStart,
        },
      );
      continue;
    }
    if (readStance(text, sentence, speakers, direct, out)) continue;
    // "The swap took place on 8 December, Ukrainian officials said.": the source closes the sentence.
    const closing =
      /^(.{12,}?),\s+((?:the\s+|a\s+|an\s+|one\s+|two\s+|several\s+|some\s+)?[^,;“”"]{2,60}?)\s+(?:said|says|reported|reports|announced|added|confirmed|told\s+[^,.;“”"]{1,40}?)\s*[.!]?$/u.exec(
        s,
      );
    if (closing && !/[“”"«»]/.test(closing[1] as string)) {
      const whoStart =
        sentence.start +
        (closing[1] as string).length +
        s.slice((closing[1] as string).length).indexOf(closing[2] as string);
      const speakerId = speakers.resolvePhrase({
        start: whoStart,
        end: whoStart + (closing[2] as string).length,
      });
      if (speakerId) {
        add(
          out,
          text,
          speakers,
          direct,
          speakerId,
          { start: sentence.start, end: sentence.start + (closing[1] as string).length },
          {
            start: whoStart,
            end: sentence.end - (/[.!]$/.test(s) ? 1 : 0),
          },
        );
        continue;
      }
    }
    const reported = new RegExp(
      `^(.{0,160}?)\\s+(?:[\\p{Ll}]+ly\\s+|also\\s+|even\\s+|now\\s+|already\\s+|has\\s+|have\\s+|had\\s+|is beginning to\\s+|began to\\s+|had to\\s+){0,3}(?:(?:${REPORTING})\\s+that|(?:said|says|added|warned)(?=\\s+(?:the|it|he|she|they|there|this|[\\p{Lu}])\\S*\\s+\\p{Ll}))\\s+(.+)$`,
      'u',
    ).exec(s);
    if (!reported) continue;
    const subject = reported[1] as string;
    const subjectSpan = clauseSubject(sentence.start, subject);
    const speakerId = speakers.resolvePhrase(subjectSpan);
    const clauseStart = sentence.start + s.length - (reported[2] as string).length;
    add(
      out,
      text,
      speakers,
      direct,
      speakerId,
      { start: clauseStart, end: sentence.end },
      {
        start: subjectSpan.start,
        end: reportingEnd(text, subjectSpan.start, clauseStart),
      },
    );
  }
  return out;
}

/** Where a quotation of four words or more opens inside a span (-1: none). */
function innerQuotation(text: string, span: Span): number {
  const slice = text.slice(span.start, span.end);
  for (const open of slice.matchAll(/[“"«]/g)) {
    const at = open.index ?? 0;
    const close = slice.slice(at + 1).search(/[”"»]/);
    const words = (close < 0 ? slice.slice(at + 1) : slice.slice(at + 1, at + 1 + close)).trim().split(/\s+/);
    if (close < 0 || words.length >= 4) return at;
  }
  return -1;
}

/** Nouns for what someone said: "Tikhanovsky’s claim that …". */
const CLAIM_NOUN =
  'claim|claims|assertion|allegation|allegations|argument|insistence|statement|warning|promise|demand|suggestion|accusation|belief|view';
/** Verbs taking a stance on someone's words: "Lukashenko dismissed X’s claim that …". */
const STANCE_VERB =
  'dismissed|rejected|denied|disputed|refuted|ridiculed|mocked|welcomed|echoed|endorsed|backed';
/** Speech acts with a noun phrase: "has reiterated his readiness to …", "called for sanctions". */
const SPEECH_ACT = new RegExp(
  String.raw`\b(?:(?:reiterated|reaffirmed|repeated|renewed|resumed|voiced|expressed|restated)\s+(?:his|her|its|their)\s+(?:[\p{L}-]+\s+)?(?:readiness|willingness|criticism|call|calls|demand|demands|support|opposition|position|concern|concerns|hope|commitment|view|views|offer|condemnation|praise)\b|called for\b|accused\s+(?:[^,.;]{1,40}?\s+)?of\b|(?:criticised|criticized|condemned|denounced)\b(?!\s+(?:\S+\s+){0,3}to\b)|(?:confirmed|denied|acknowledged|reported)\s+the\s+(?:facts?|reports?|news|information)\s+(?:of|about|on)\b)`,
  'u',
);
/** "This is exactly what the EU demands": the sentence is the named actor's position. */
const WHAT_SAYS =
  /^(?:this|that|it)\s+is\s+(?:exactly\s+|precisely\s+|just\s+)?what\s+(.{2,60}?)\s+(?:demands|demanded|wants|wanted|says|said|expects|expected|asks for|asked for|calls for|called for|insists on|proposes|proposed|advocates)\b/iu;

/** The clause's end for a paraphrase: a semicolon, a dash or a comma (but not before a speech participle). */
function clauseEnd(text: string, from: number, sentenceEnd: number): number {
  const rest = text.slice(from, sentenceEnd);
  const stop = new RegExp(
    String.raw`[;—–]|,\s+(?!(?:calling|urging|demanding|saying|insisting|arguing|warning|adding)\b)|\s+and\s+(?:(?:also|then|later)\s+)?(?:${SPEECH_VERB})\b`,
    'u',
  ).exec(rest);
  return stop ? from + stop.index : sentenceEnd;
}

/** The subject of a verb in a sentence: the actor named just before it, or the sentence's subject across "and". */
function subjectBefore(
  text: string,
  sentence: Sentence,
  verbAt: number,
  speakers: SpeakerResolver,
): string | undefined {
  const lead = text.slice(sentence.start, verbAt);
  const mentions = speakers.mentionsIn({ start: sentence.start, end: verbAt }).filter((m) => !m.possessive);
  // "Tikhanovsky reunited with his wife … and resumed his criticism": the first subject.
  if (/\band\s+(?:(?:has|have|had|also|then|later)\s+)?$/.test(lead)) {
    const first = mentions.find((m) =>
      /^(?:[^,]*,\s*)?(?:[\p{L}’'-]+\s+){0,3}$/u.test(text.slice(sentence.start, m.start)),
    );
    return first ? speakers.resolvePhrase({ start: first.start, end: first.end }) : undefined;
  }
  let start = sentence.start;
  for (const cut of lead.matchAll(/[;:]\s*|,\s+(?:but|and|while|as|whereas|yet)\s+/g))
    start = sentence.start + (cut.index ?? 0) + cut[0].length;
  const phrase = trimSpan(text, { start, end: verbAt });
  const words = text
    .slice(phrase.start, phrase.end)
    .replace(
      /\s+(?:has|have|had|also|already|now|then|even)(?:\s+(?:has|have|had|also|already|now|then|even))*$/i,
      '',
    )
    // "Aliyev, however, accused …": a discourse adverb is no part of the subject.
    .replace(/,\s*(?:however|meanwhile|though|too|also|in turn|for (?:his|her|its|their) part)\s*,?$/i, '');
  if (words.split(/\s+/).length > 12) return undefined;
  return speakers.resolvePhrase(subjectPart(text, { start: phrase.start, end: phrase.start + words.length }));
}

/**
 * Stances and positions without a "that"-clause of the speaker: "X’s claim that Y"
 * (X says Y), "X dismissed Z’s claim that Y" (X's stance), "X has reiterated his
 * readiness to …", "X … called for …", "This is what X demands". True when read.
 */
function readStance(
  text: string,
  sentence: Sentence,
  speakers: SpeakerResolver,
  direct: readonly ExtractedStatement[],
  out: ExtractedStatement[],
): boolean {
  const s = sentence.text;
  let read = false;
  const claim = new RegExp(
    String.raw`([\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)?)[’']s?\s+(?:[\p{L}-]+\s+)?(?:${CLAIM_NOUN})\s+that\s+`,
    'u',
  ).exec(s);
  if (claim) {
    const ownerStart = sentence.start + claim.index;
    const owner = speakers.resolvePhrase({
      start: ownerStart,
      end: ownerStart + (claim[1] as string).length,
    });
    const clauseStart = ownerStart + claim[0].length;
    const end = clauseEnd(text, clauseStart, sentence.end);
    const stance = new RegExp(String.raw`\b(?:${STANCE_VERB})\s+(?:the\s+)?$`, 'u').exec(
      s.slice(0, claim.index),
    );
    if (stance) {
      const verbAt = sentence.start + stance.index;
      const speakerId = subjectBefore(text, sentence, verbAt, speakers);
      if (speakerId && speakerId !== owner) {
        add(
          out,
          text,
          speakers,
          direct,
          speakerId,
          { start: verbAt, end },
          { start: sentence.start, end: verbAt },
        );
        read = true;
      }
    }
    if (owner) {
      add(
        out,
        text,
        speakers,
        direct,
        owner,
        { start: clauseStart, end },
        {
          start: ownerStart,
          end: clauseStart - 'that '.length,
        },
      );
      read = true;
    }
    if (read) return true;
  }
  const act = SPEECH_ACT.exec(s);
  if (
    act &&
    !/\b(?:not|never|would|could|might|may|should|must|will|to)\s+(?:\p{L}+\s+)?$/iu.test(
      s.slice(0, act.index),
    )
  ) {
    const verbAt = sentence.start + act.index;
    const speakerId = subjectBefore(text, sentence, verbAt, speakers);
    if (speakerId) {
      add(
        out,
        text,
        speakers,
        direct,
        speakerId,
        { start: verbAt, end: clauseEnd(text, verbAt, sentence.end) },
        {
          start: sentence.start,
          end: verbAt,
        },
      );
      // "… accused Yerevan of stalling and warned that …": the sentence may report more.
      return !new RegExp(String.raw`\b(?:${REPORTING})\s+that\b`, 'u').test(s.slice(act.index));
    }
  }
  const what = WHAT_SAYS.exec(s);
  if (what) {
    const whoStart = sentence.start + what[0].indexOf(what[1] as string);
    const speakerId = speakers.resolvePhrase({ start: whoStart, end: whoStart + (what[1] as string).length });
    if (speakerId) {
      add(
        out,
        text,
        speakers,
        direct,
        speakerId,
        { start: sentence.start, end: sentence.end },
        {
          start: whoStart,
          end: whoStart + (what[1] as string).length,
        },
      );
      return true;
    }
  }
  return false;
}

/** The end of "X said (that)" before the reported clause. */
function reportingEnd(text: string, from: number, clauseStart: number): number {
  const lead = text.slice(from, clauseStart).replace(/\s+(?:that\s*)?$/, '');
  return from + lead.length;
}

/** The subject of a reporting verb: the words after the last comma-separated lead-in. */
function clauseSubject(offset: number, subject: string): Span {
  const parts = subject.split(/,[”"’»]?\s+/);
  // "Only after his release, Tykhanovsky" → "Tykhanovsky"; keep an apposition ("X, a diplomat,").
  let from = 0;
  for (let i = 0; i < parts.length; i++) {
    // "…of “authoritarianism,” the EU": a closing quotation mark is no part of the subject.
    const part = (parts[i] as string).replace(/^[”"’»\s]+/, '');
    if (/^\p{Lu}/u.test(part) || /^(?:the|one|a|an|human|some|many)\b/i.test(part)) {
      from = subject.indexOf(parts[i] as string) + ((parts[i] as string).length - part.length);
      if (i > 0 && !/^(?:a|an|the)\s+\p{Ll}/u.test(part)) break;
    }
  }
  const words = subject.slice(from);
  return { start: offset + from, end: offset + from + words.length };
}

function add(
  out: ExtractedStatement[],
  text: string,
  speakers: SpeakerResolver,
  direct: readonly ExtractedStatement[],
  speakerId: string | undefined,
  quote: Span,
  attribution: Span,
): void {
  if (!speakerId) return;
  let clean = trimSpan(text, quote, /[\s,;:.–—-]/);
  // "MINSK — …": a dateline is the paper's, not the source's.
  const dateline = /^[\p{Lu}][\p{Lu}\s.'-]{2,30}\s+[—–-]\s+/u.exec(text.slice(clean.start, clean.end));
  if (dateline) clean = { start: clean.start + dateline[0].length, end: clean.end };
  // ", signalling …": the writer's gloss on the reported words, not part of them.
  const gloss =
    /,\s+(?!(?:calling|urging|demanding|saying|insisting|arguing|warning|adding)\b)\p{Ll}+ing\b/u.exec(
      text.slice(clean.start, clean.end),
    );
  if (gloss && text.slice(clean.start, clean.start + gloss.index).split(/\s+/).length >= 5) {
    clean = { start: clean.start, end: clean.start + gloss.index };
  }
  // Stop at a direct quotation inside the clause: that part is already VERBATIM. Scare
  // quotes of a word or three ("readiness for “dialogue”") are part of the paraphrase.
  const inner = innerQuotation(text, clean);
  if (inner === 0) return; // the clause is a direct quotation, read as such
  const span =
    inner > 0 ? trimSpan(text, { start: clean.start, end: clean.start + inner }, /[\s,;:.–—-]/) : clean;
  // What is left before a quotation ("the United States is “…”") is no statement of its own.
  if (span.end - span.start < 12 || (inner > 0 && text.slice(span.start, span.end).split(/\s+/).length < 5))
    return;
  if (
    out.some(
      (o) =>
        o.speakerId === speakerId &&
        text.slice(o.quote.start, o.quote.end) === text.slice(span.start, span.end),
    )
  )
    return;
  if (direct.some((d) => overlaps(d.quote, span) && d.quote.start <= span.start)) return;
  speakers.spoke(speakerId, span.start);
  const attributionSpan = trimSpan(text, attribution);
  out.push({
    speakerId,
    mode: 'PARAPHRASE',
    quote: span,
    ...(attributionSpan.end - attributionSpan.start >= 3 ? { attribution: attributionSpan } : {}),
    about: [],
  });
}
