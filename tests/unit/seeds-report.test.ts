import type { EvidenceRecord, GraphBatch } from '../../src/domain/graph';
import { emptyBatch } from '../../src/domain/graph-diff';
import {
  buildSeedsReport,
  countCovered,
  formatSeedsReport,
  sentenceCoverage,
  splitSentences,
} from '../../src/ingest/seeds-report';

/** The text of each span, sliced by code points as evidence offsets are. */
function texts(text: string): string[] {
  const chars = Array.from(text);
  return splitSentences(text).map((s) => chars.slice(s.start, s.end).join(''));
}

describe('splitSentences', () => {
  it('splits on . ! ? before whitespace and on line breaks, trimming each sentence', () => {
    const text = 'Kellogg met Lukashenko. Was it a deal?  Yes!\nHeadline without a stop\n\n  Last one.';
    expect(texts(text)).toEqual([
      'Kellogg met Lukashenko.',
      'Was it a deal?',
      'Yes!',
      'Headline without a stop',
      'Last one.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split inside words or numbers', () => {
    const text = '“You made a lot of noise.” Kellogg smiled. It cost 1.5 million, i.e.less.';
    expect(texts(text)).toEqual([
      '“You made a lot of noise.”',
      'Kellogg smiled.',
      'It cost 1.5 million, i.e.less.',
    ]);
  });

  it('does not end a sentence at initials and abbreviations such as U.S. or G.', () => {
    const text = 'A U.S. envoy met Aleksandr G. Lukashenko. Then he left.';
    expect(texts(text)).toEqual(['A U.S. envoy met Aleksandr G. Lukashenko.', 'Then he left.']);
  });

  it('returns code-point offsets, so characters outside the BMP count once', () => {
    const text = '𝐀 bold start. Next.';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 0, end: 13 },
      { start: 14, end: 19 },
    ]);
    expect(texts(text)).toEqual(['𝐀 bold start.', 'Next.']);
  });

  it('returns nothing for an empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});

describe('sentence coverage', () => {
  const text = 'One. Two. Three. Four.';
  // sentences: [0,4) [5,9) [10,16) [17,22)

  it('counts a sentence as cited when any span overlaps it', () => {
    expect(countCovered(splitSentences(text), [{ start: 6, end: 8 }])).toBe(1);
    // A span crossing a boundary cites both sentences.
    expect(countCovered(splitSentences(text), [{ start: 2, end: 7 }])).toBe(2);
    // Touching is not overlapping (end is exclusive); the gap between sentences cites nothing.
    expect(countCovered(splitSentences(text), [{ start: 4, end: 5 }])).toBe(0);
  });

  it('gives the share of cited sentences', () => {
    expect(sentenceCoverage(text, [])).toEqual({ sentences: 4, citedSentences: 0, coverage: 0 });
    expect(sentenceCoverage(text, [{ start: 0, end: 22 }])).toEqual({
      sentences: 4,
      citedSentences: 4,
      coverage: 1,
    });
    expect(sentenceCoverage(text, [{ start: 10, end: 12 }]).coverage).toBeCloseTo(0.25);
    expect(sentenceCoverage('', []).coverage).toBe(0);
  });
});

describe('buildSeedsReport', () => {
  const docA = 'Kellogg met Lukashenko. Nothing else happened.';
  const docB = 'Kellogg met Lukashenko in Minsk.\nFourteen were freed.';
  const ev = (
    id: string,
    documentId: string,
    text: string,
    quote: string,
    factId: string,
    factKind: EvidenceRecord['factKind'],
  ): EvidenceRecord => {
    const start = text.indexOf(quote);
    return { id, documentId, quote, start, end: start + quote.length, factId, factKind };
  };
  const evidence = [
    ev('e1', 'a', docA, 'Kellogg met Lukashenko', 'meeting', 'EVENT'),
    ev('e2', 'b', docB, 'Kellogg met Lukashenko in Minsk', 'meeting', 'EVENT'),
    ev('e3', 'b', docB, 'Fourteen were freed', 'claim-14', 'CLAIM'),
    ev('e4', 'b', docB, 'Kellogg', 'part-k', 'PARTICIPATION'),
  ];
  const actor = (id: string, evidenceIds: string[]) => ({
    id,
    name: id,
    kind: 'PERSON' as const,
    aliases: [id],
    aliasKeys: [id],
    description: id,
    sortKey: id,
    evidenceIds,
  });
  const document = (id: string, text: string) => ({
    id,
    title: null,
    author: null,
    authorActorId: null,
    publishedDate: null,
    publishedPrecision: null,
    publishedInferred: false,
    publishedBasis: null,
    text,
    sortKey: id,
    evidenceIds: [],
  });
  const graph = {
    ...emptyBatch(),
    documents: [document('b', docB), document('a', docA)],
    actors: [actor('kellogg', ['e1', 'e2', 'e4']), actor('lukashenko', ['e1', 'e2']), actor('nobody', [])],
    evidence,
  } as unknown as GraphBatch;

  it('counts, per document, the distinct actors and facts its evidence supports', () => {
    const report = buildSeedsReport(graph);
    expect(report.documents.map((d) => d.documentId)).toEqual(['a', 'b']);
    const [a, b] = report.documents;
    expect(a).toMatchObject({
      actors: 2,
      events: 1,
      claims: 0,
      evidence: 1,
      sentences: 2,
      citedSentences: 1,
      coverage: 0.5,
    });
    expect(b).toMatchObject({
      actors: 2,
      events: 1,
      participations: 1,
      claims: 1,
      evidence: 3,
      sentences: 2,
      citedSentences: 2,
    });
    expect(b?.coverage).toBe(1);
    expect(b?.file).toBe('documents/b.txt');
  });

  it('counts a fact several documents support once in the totals', () => {
    const { totals } = buildSeedsReport(graph);
    expect(totals).toMatchObject({
      documents: 2,
      actors: 2,
      events: 1,
      claims: 1,
      evidence: 4,
      sentences: 4,
      citedSentences: 3,
    });
    expect(totals.coverage).toBeCloseTo(0.75);
  });

  it('formats a table with one row per document and a totals row', () => {
    const table = formatSeedsReport(buildSeedsReport(graph));
    expect(table).toContain('documents/a.txt');
    expect(table).toContain('50.0%');
    expect(table).toContain('75.0%');
    expect(table.split('\n')).toHaveLength(2 + 2 + 2);
  });
});
