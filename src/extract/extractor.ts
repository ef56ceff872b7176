import { isPartialDate, parsePartialDate, type PartialDate } from '../domain/partial-date';
import { nameKey } from '../domain/text';
import { findClaims, findFigures } from './claims';
import { findDates } from './dates';
import { findEvents } from './events';
import type { Gazetteer } from './gazetteer';
import { MentionFinder } from './mentions';
import { NlpTags } from './nlp-tags';
import { ProposalBook } from './proposals';
import { findDirectSpeech, findQuotations, findReportedSpeech } from './quotes';
import { SpeakerResolver } from './speakers';
import { contains, splitSentences, trimSpan, type Sentence } from './text';
import type { Extraction, ExtractedStatement, Mention, Span } from './types';

export interface ExtractOptions {
  /** The annotation's document id: the file name without .txt. */
  readonly documentId: string;
  readonly title?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as the user knows it. */
  readonly published?: string;
}

/**
 * Reads a raw article and proposes its annotations: actor mentions resolved against
 * the registry (or proposed as new actors), attributed quotations, events with dates
 * and participants, and claims with figures. Offline and deterministic.
 */
export function extract(text: string, gazetteer: Gazetteer, options: ExtractOptions): Extraction {
  const notes: string[] = [];
  const sentences = splitSentences(text);
  const tags = new NlpTags(text);
  const book = new ProposalBook(gazetteer, options.documentId);
  const { mentions, indefinite, places } = new MentionFinder(text, sentences, gazetteer, tags, book).find();

  const title = findTitle(text, options.title);
  const published = publication(text, options.published, title?.quote, notes);
  // Only a date the user gives dates "June 21" or "last week": a year guessed from the text would invent.
  const publishedDate =
    published && !published.inferred ? (parsePartialDate(published.date) as PartialDate) : undefined;
  const dates = findDates(text, publishedDate);

  const quotations = findQuotations(text);
  const speakers = new SpeakerResolver(text, sentences, mentions, indefinite, gazetteer, book);
  // Reported speech first: a later "he said" may refer back to its speaker (lookups go by position).
  speakers.setQuoted(quotations.map((q) => q.content));
  const reportedFirst = findReportedSpeech(text, sentences, speakers, []);
  const direct = findDirectSpeech(text, sentences, quotations, speakers);
  const reported = reportedFirst
    .filter(
      (r) =>
        !direct.some(
          (d) => d.quote.start < r.quote.end && r.quote.start < d.quote.end && d.quote.start <= r.quote.start,
        ),
    )
    .flatMap((r) => {
      // "the U.S. is “not naïve” regarding …": the quoted words are a statement of their own
      // (VERBATIM); what is left before them is no paraphrase.
      const inner = direct.find((d) => r.quote.start < d.quote.start && d.quote.end <= r.quote.end);
      if (!inner) return [r];
      const cut = trimSpan(text, { start: r.quote.start, end: inner.quote.start - 1 }, /[\s,;:.“"«–—-]/);
      const words = text.slice(cut.start, cut.end).split(/\s+/).filter(Boolean).length;
      return words >= 5 ? [{ ...r, quote: cut }] : [];
    });
  const statements: ExtractedStatement[] = [...direct, ...reported]
    .sort((a, b) => a.quote.start - b.quote.start)
    .map((s) => ({ ...s, about: aboutOf(s, mentions) }));

  const names = (id: string): string =>
    gazetteer.actors.get(id)?.name ?? mentions.find((m) => m.actorId === id)?.text ?? id;
  const hasFigure = (sentence: Sentence): boolean => findFigures(text, sentence).length > 0;
  const events = findEvents(
    {
      text,
      documentId: options.documentId,
      sentences,
      mentions,
      places,
      dates,
      quotations,
      gazetteer,
      names,
      pronoun: (span) => speakers.resolvePhrase(span),
      figures: (span) =>
        findFigures(text, span).map((f) => String(f.minimum ?? f.maximum ?? f.value.toLowerCase())),
    },
    hasFigure,
  );
  const claims = findClaims(text, sentences, events, mentions, places, gazetteer);

  const used = new Set<string>([
    ...mentions.map((m) => m.actorId),
    ...statements.map((s) => s.speakerId),
    ...events.flatMap((e) => e.participants.map((p) => p.actorId)),
    ...claims.map((c) => c.subject),
  ]);
  for (const m of mentions) {
    if (m.resolution === 'REGISTRY' && !spelledInRegistry(gazetteer, m.actorId, m.text)) {
      notes.push(
        `new spelling "${m.text}" read as ${m.actorId} (transliteration): add it to the aliases after review`,
      );
    }
  }
  return {
    documentId: options.documentId,
    text,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    mentions,
    proposals: book.list(used),
    statements,
    events,
    claims,
    notes: [...new Set(notes)],
  };
}

/** Folded spelling without quotation marks ("Western “hawks”" = "Western hawks"). */
export const spellingKey = (text: string): string => nameKey(text.replace(/[“”"]/g, ''));

export function spelledInRegistry(gazetteer: Gazetteer, actorId: string, spelling: string): boolean {
  const actor = gazetteer.actors.get(actorId);
  const key = spellingKey(spelling);
  return (
    actor !== undefined && [actor.name, ...actor.aliases].some((alias) => key.includes(spellingKey(alias)))
  );
}

function aboutOf(statement: ExtractedStatement, mentions: readonly Mention[]): string[] {
  const ids = mentions.filter((m) => contains(statement.quote, m)).map((m) => m.actorId);
  return [...new Set(ids)].filter((id) => id !== statement.speakerId);
}

/** The title: the one given when the text prints it, else a short first line without a full stop. */
function findTitle(text: string, given?: string): Extraction['title'] {
  if (given) {
    const at = text.indexOf(given);
    return at >= 0 ? { text: given, quote: { start: at, end: at + given.length } } : { text: given };
  }
  const firstLine = text.split('\n')[0] ?? '';
  const trimmed = firstLine.trim();
  if (trimmed.length >= 10 && trimmed.length <= 140 && !/[.!?]$/.test(trimmed) && text.includes('\n')) {
    const at = text.indexOf(trimmed);
    return { text: trimmed, quote: { start: at, end: at + trimmed.length } };
  }
  return undefined;
}

/**
 * The publication date: the one given (the user knows it) or, failing that, the latest
 * year the text writes, inferred at year precision. The quote is what the date rests on.
 */
function publication(
  text: string,
  given: string | undefined,
  titleQuote: Span | undefined,
  notes: string[],
): Extraction['published'] {
  if (given) {
    const parsed = parsePartialDate(given);
    if (!isPartialDate(parsed)) throw new Error(`--published: ${parsed.error}`);
    const opening = titleQuote ?? firstWords(text);
    return {
      date: given,
      inferred: false,
      basis: 'Publication date given at extraction (--published); the quote is the opening of the text.',
      quote: opening,
    };
  }
  const years = [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].filter(
    (m) => !/\d[–-]$/.test(text.slice(0, m.index)),
  );
  const latest = years.sort((a, b) => Number(b[0]) - Number(a[0]))[0];
  if (!latest || latest.index === undefined) {
    notes.push('no publication date given and no year in the text: add `published` by hand');
    return undefined;
  }
  const sentence = splitSentences(text).find(
    (s) => s.start <= (latest.index as number) && (latest.index as number) < s.end,
  );
  return {
    date: latest[0],
    inferred: true,
    basis: `No date is printed or given; ${latest[0]} is the latest year the text mentions, so the text dates from it or later.`,
    quote: sentence ? trimSpan(text, sentence) : { start: latest.index, end: latest.index + 4 },
  };
}

function firstWords(text: string): Span {
  const line = splitSentences(text)[0];
  if (!line) return { start: 0, end: Math.min(text.length, 3) };
  const cut = line.text.length > 120 ? line.text.lastIndexOf(' ', 120) : line.text.length;
  return trimSpan(text, { start: line.start, end: line.start + Math.max(cut, 3) });
}
