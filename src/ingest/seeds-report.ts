import type { GraphBatch } from '../domain/graph';
import type { FactKind } from '../domain/vocabulary';

/**
 * What the curated seeds say, document by document: how many actors, events,
 * statements, ties and claims each document supports, and how much of its text is
 * cited as evidence. A pure function of the graph that buildGraph(readSources(root))
 * returns, so it needs no store; the CLI (seeds-report.cli.ts) prints it as a table.
 */

/** A span of text in code points (as evidence offsets are), end exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Counts of distinct facts; per document they count what that document supports. */
export interface FactCounts {
  /** Distinct actors with at least one evidence span (in the document, or anywhere for totals). */
  readonly actors: number;
  readonly events: number;
  readonly participations: number;
  readonly statements: number;
  readonly ties: number;
  readonly claims: number;
  /** Evidence spans. */
  readonly evidence: number;
}

export interface DocumentReport extends FactCounts {
  readonly documentId: string;
  /** The document file, relative to the seeds folder. */
  readonly file: string;
  readonly title: string | null;
  readonly sentences: number;
  readonly citedSentences: number;
  /** citedSentences / sentences, between 0 and 1 (0 for a text without sentences). */
  readonly coverage: number;
}

export interface SeedsReport {
  readonly documents: readonly DocumentReport[];
  /** Distinct facts over all documents (a fact several documents support counts once). */
  readonly totals: FactCounts & {
    readonly documents: number;
    readonly sentences: number;
    readonly citedSentences: number;
    readonly coverage: number;
  };
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const ENDERS = new Set(['.', '!', '?']);

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

function isUpper(char: string | undefined): boolean {
  return char !== undefined && /\p{Lu}/u.test(char);
}

/**
 * Splits a text into sentences, as code-point spans trimmed of surrounding whitespace.
 *
 * The rules are deliberately simple:
 *  - a line break always ends a sentence (headlines, paragraphs);
 *  - `.`, `!` or `?`, optionally followed by closing quotes or brackets (” ’ " ' ) ] »),
 *    ends a sentence when whitespace follows (or the text ends);
 *  - except a period right after a single capital letter that is itself a word or
 *    follows another period ("U.S. envoy", "Aleksandr G. Lukashenko"): initials and
 *    abbreviations do not end sentences.
 * Segments that are empty or only whitespace are dropped.
 */
export function splitSentences(text: string): TextSpan[] {
  const chars = Array.from(text);
  const spans: TextSpan[] = [];
  let start = 0;
  const close = (end: number): void => {
    let from = start;
    let to = end;
    while (from < to && isSpace(chars[from])) from++;
    while (to > from && isSpace(chars[to - 1])) to--;
    if (to > from) spans.push({ start: from, end: to });
    start = end;
  };
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    if (char === '\n' || char === '\r') {
      close(i);
      start = i + 1;
      continue;
    }
    if (!ENDERS.has(char)) continue;
    let end = i + 1;
    while (end < chars.length && CLOSERS.has(chars[end] as string)) end++;
    if (end < chars.length && !isSpace(chars[end])) continue;
    if (char === '.' && isInitial(chars, i)) continue;
    close(end);
    i = end - 1;
  }
  close(chars.length);
  return spans;
}

/** A period after a lone capital letter: "U.S." or "G." in "Aleksandr G. Lukashenko". */
function isInitial(chars: readonly string[], period: number): boolean {
  const letter = chars[period - 1];
  const before = chars[period - 2];
  return isUpper(letter) && (before === undefined || isSpace(before) || before === '.');
}

/** How many of the sentences at least one span overlaps. */
export function countCovered(sentences: readonly TextSpan[], spans: readonly TextSpan[]): number {
  return sentences.filter((sentence) =>
    spans.some((span) => span.start < sentence.end && span.end > sentence.start),
  ).length;
}

/** Sentence count, cited sentences and their share for one text and its evidence spans. */
export function sentenceCoverage(
  text: string,
  spans: readonly TextSpan[],
): { sentences: number; citedSentences: number; coverage: number } {
  const sentences = splitSentences(text);
  const citedSentences = countCovered(sentences, spans);
  return {
    sentences: sentences.length,
    citedSentences,
    coverage: sentences.length === 0 ? 0 : citedSentences / sentences.length,
  };
}

type FactField = 'events' | 'participations' | 'statements' | 'ties' | 'claims';

/** Which count each evidence kind feeds; mentions and metadata only count towards actors. */
const KIND_FIELD: Partial<Record<FactKind, FactField>> = {
  EVENT: 'events',
  PARTICIPATION: 'participations',
  STATEMENT: 'statements',
  TIE: 'ties',
  CLAIM: 'claims',
};

export function buildSeedsReport(graph: GraphBatch): SeedsReport {
  const documentOfEvidence = new Map(graph.evidence.map((e) => [e.id, e.documentId]));
  const actorsByDocument = new Map<string, Set<string>>();
  const actorsWithEvidence = new Set<string>();
  for (const actor of graph.actors) {
    for (const evidenceId of actor.evidenceIds) {
      const documentId = documentOfEvidence.get(evidenceId);
      if (documentId === undefined) continue;
      actorsWithEvidence.add(actor.id);
      const set = actorsByDocument.get(documentId) ?? new Set<string>();
      set.add(actor.id);
      actorsByDocument.set(documentId, set);
    }
  }

  const documents = [...graph.documents]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((document): DocumentReport => {
      const evidence = graph.evidence.filter((e) => e.documentId === document.id);
      const facts = countFacts(evidence);
      return {
        documentId: document.id,
        file: `documents/${document.id}.txt`,
        title: document.title,
        actors: actorsByDocument.get(document.id)?.size ?? 0,
        ...facts,
        evidence: evidence.length,
        ...sentenceCoverage(document.text, evidence),
      };
    });

  const all = countFacts(graph.evidence);
  const sentences = documents.reduce((sum, d) => sum + d.sentences, 0);
  const citedSentences = documents.reduce((sum, d) => sum + d.citedSentences, 0);
  return {
    documents,
    totals: {
      documents: documents.length,
      actors: actorsWithEvidence.size,
      ...all,
      evidence: graph.evidence.length,
      sentences,
      citedSentences,
      coverage: sentences === 0 ? 0 : citedSentences / sentences,
    },
  };
}

/** Distinct fact ids per fact kind among the evidence spans. */
function countFacts(
  evidence: readonly { factId: string; factKind: FactKind }[],
): Pick<FactCounts, FactField> {
  const ids: Record<FactField, Set<string>> = {
    events: new Set(),
    participations: new Set(),
    statements: new Set(),
    ties: new Set(),
    claims: new Set(),
  };
  for (const span of evidence) {
    const field = KIND_FIELD[span.factKind];
    if (field !== undefined) ids[field].add(span.factId);
  }
  return {
    events: ids.events.size,
    participations: ids.participations.size,
    statements: ids.statements.size,
    ties: ids.ties.size,
    claims: ids.claims.size,
  };
}

/** The report as a fixed-width text table, one row per document plus totals. */
export function formatSeedsReport(report: SeedsReport): string {
  const header = [
    'document',
    'actors',
    'events',
    'particip.',
    'statements',
    'ties',
    'claims',
    'evidence',
    'sentences',
    'cited',
    'coverage',
  ];
  const row = (name: string, c: FactCounts, sentences: number, cited: number, coverage: number): string[] => [
    name,
    String(c.actors),
    String(c.events),
    String(c.participations),
    String(c.statements),
    String(c.ties),
    String(c.claims),
    String(c.evidence),
    String(sentences),
    String(cited),
    `${(coverage * 100).toFixed(1)}%`,
  ];
  const rows = report.documents.map((d) => row(d.file, d, d.sentences, d.citedSentences, d.coverage));
  const t = report.totals;
  const total = row(
    `total (${t.documents} documents, distinct facts)`,
    t,
    t.sentences,
    t.citedSentences,
    t.coverage,
  );
  const widths = header.map((h, i) =>
    Math.max(h.length, ...[...rows, total].map((r) => (r[i] as string).length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
      .join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line), rule, line(total)].join('\n');
}
