import path from 'node:path';
import type { GraphBatch } from '../../src/domain/graph';
import { nameKey, sliceByCodePoints } from '../../src/domain/text';
import { buildGraph } from '../../src/ingest/graph-builder';
import { buildSeedsReport } from '../../src/ingest/seeds-report';
import { readSources, type RawSources } from '../../src/ingest/source-files';

/**
 * The curated seeds are the product's ground truth: these tests build the real
 * seeds/ folder and check the facts research questions rely on.
 */
const SEEDS = path.resolve(__dirname, '../../seeds');
const MEETING = '2025-06-21-kellogg-lukashenko-meeting';
const RELEASE = '2025-06-21-prisoner-release';

let sources: RawSources;
let graph: GraphBatch;

beforeAll(async () => {
  sources = await readSources(SEEDS);
  graph = buildGraph(sources);
});

function actorsNamed(spelling: string): string[] {
  const key = nameKey(spelling);
  return graph.actors.filter((a) => a.aliasKeys.includes(key)).map((a) => a.id);
}

function documentsOf(evidenceIds: readonly string[]): Set<string> {
  const byId = new Map(graph.evidence.map((e) => [e.id, e.documentId]));
  return new Set(evidenceIds.map((id) => byId.get(id) as string));
}

describe('the curated seeds', () => {
  it('validate and annotate all five documents', () => {
    expect(graph.documents).toHaveLength(5);
    expect(graph.evidence.length).toBeGreaterThan(0);
  });

  it('cite every evidence quote exactly: the text between its code-point offsets', () => {
    const texts = new Map(graph.documents.map((d) => [d.id, d.text]));
    const mismatches = graph.evidence.filter(
      (e) => sliceByCodePoints(texts.get(e.documentId) as string, e.start, e.end) !== e.quote,
    );
    expect(mismatches).toEqual([]);
  });

  it('give every spelling to exactly one actor unless it is declared ambiguous', () => {
    const declared = new Set<string>();
    for (const file of sources.registry) {
      const content = file.content as { ambiguousAliases?: { alias: string }[] } | null;
      for (const entry of content?.ambiguousAliases ?? []) declared.add(nameKey(entry.alias));
    }
    const owners = new Map<string, Set<string>>();
    for (const actor of graph.actors) {
      for (const key of actor.aliasKeys) owners.set(key, (owners.get(key) ?? new Set()).add(actor.id));
    }
    const shared = [...owners].filter(([key, ids]) => ids.size > 1 && !declared.has(key)).map(([key]) => key);
    expect(shared).toEqual([]);
  });

  it('resolve every spelling of the Tsikhanouski couple to the right person', () => {
    for (const spelling of [
      'Tsikhanouski',
      'Tikhanovsky',
      'Tykhanovsky',
      'Sergey Tikhanovsky',
      'Serhiy Tykhanovskyi',
    ]) {
      expect(actorsNamed(spelling)).toEqual(['siarhei-tsikhanouski']);
    }
    for (const spelling of [
      'Tsikhanouskaya',
      'Svetlana Tikhanovskaya',
      'Svitlana Tykhanovsky',
      'Svitlana Tykhanovskyi',
    ]) {
      expect(actorsNamed(spelling)).toEqual(['sviatlana-tsikhanouskaya']);
    }
    const spouses = graph.ties.filter((t) => t.type === 'SPOUSE_OF');
    expect(spouses.map((t) => [t.sourceId, t.targetId])).toContainEqual([
      'siarhei-tsikhanouski',
      'sviatlana-tsikhanouskaya',
    ]);
  });

  it('record the 21 June meeting with Kellogg and Lukashenko, from at least three documents', () => {
    const meeting = graph.events.find((e) => e.id === MEETING);
    expect(meeting).toMatchObject({ type: 'MEETING', date: '2025-06-21', placeId: 'minsk' });
    const roles = graph.participations
      .filter((p) => p.eventId === MEETING)
      .map((p) => `${p.actorId}:${p.roles.join('+')}`);
    // One participation per actor, with both of Kellogg's roles.
    expect(roles).toEqual(
      expect.arrayContaining(['keith-kellogg:ENVOY+VISITOR', 'alexander-lukashenko:HOST']),
    );
    expect(roles.filter((r) => r.startsWith('keith-kellogg:'))).toHaveLength(1);
    expect(documentsOf(meeting?.evidenceIds ?? []).size).toBeGreaterThanOrEqual(3);
  });

  it('keep the disagreeing counts of the June release side by side, one per document', () => {
    const claims = graph.claims.filter((c) => c.subjectId === RELEASE && c.property === 'PRISONERS_RELEASED');
    const byDocument = new Map(claims.map((c) => [c.documentId.slice(0, 3), c.value]));
    expect(byDocument.size).toBe(claims.length);
    expect(Object.fromEntries(byDocument)).toEqual({
      '000': 'fourteen',
      '001': '14',
      '002': '14',
      '003': 'about 20',
    });
    expect(claims.filter((c) => c.minimum === 14 && c.maximum === 14)).toHaveLength(3);
    // Document 004's 66 counts the releases after both US visits: the same property about another
    // event, with the source's own wording kept.
    const cumulative = graph.claims.filter((c) => c.value === '66');
    expect(cumulative).toHaveLength(1);
    expect(cumulative[0]).toMatchObject({
      property: 'PRISONERS_RELEASED',
      wording: 'prisoners released after both visits',
    });
    expect(cumulative[0]?.subjectId).not.toBe(RELEASE);
  });

  it('date events from the document context where the text supports it, with the basis recorded', () => {
    const drone = graph.events.find((e) => e.id === 'drone-incident-poland');
    expect(drone).toMatchObject({ date: '2025', datePrecision: 'YEAR', dateInferred: true });
    expect(drone?.dateBasis).toContain('"recent"');
    // An inferred date always says why; a date the sentence states needs no basis.
    for (const event of graph.events.filter((e) => e.dateBasis !== null))
      expect(event.dateInferred).toBe(true);
  });

  it('keep both counts of the political prisoners still held', () => {
    const values = graph.claims
      .filter((c) => c.subjectId === 'belarus' && c.property === 'POLITICAL_PRISONERS_HELD')
      .map((c) => `${c.value} (${c.accordingToId ?? 'unattributed'})`)
      .sort();
    // Document 001 gives its figure "according to the Vesna human rights center".
    expect(values).toEqual([
      'between 1,100 and 1,300 (vesna-human-rights-centre)',
      'more than 1,100 (unattributed)',
    ]);
  });

  it('report a coverage share between 0 and 1 per document, with counts that add up to the graph', () => {
    const report = buildSeedsReport(graph);
    expect(report.documents).toHaveLength(graph.documents.length);
    for (const document of report.documents) {
      expect(document.coverage).toBeGreaterThan(0);
      expect(document.coverage).toBeLessThanOrEqual(1);
      expect(document.citedSentences).toBeLessThanOrEqual(document.sentences);
    }
    const sum = (field: 'statements' | 'claims' | 'evidence' | 'sentences' | 'citedSentences'): number =>
      report.documents.reduce((total, d) => total + d[field], 0);
    // Statements and claims belong to one document each, as does every evidence span.
    expect(sum('statements')).toBe(graph.statements.length);
    expect(sum('claims')).toBe(graph.claims.length);
    expect(sum('evidence')).toBe(graph.evidence.length);
    expect(sum('sentences')).toBe(report.totals.sentences);
    expect(sum('citedSentences')).toBe(report.totals.citedSentences);
    // Shared facts count once in the totals, which match the graph.
    expect(report.totals).toMatchObject({
      documents: graph.documents.length,
      actors: graph.actors.length,
      events: graph.events.length,
      participations: graph.participations.length,
      statements: graph.statements.length,
      ties: graph.ties.length,
      claims: graph.claims.length,
      evidence: graph.evidence.length,
    });
    // A fact shared by several documents counts in each of them.
    expect(report.documents.reduce((total, d) => total + d.events, 0)).toBeGreaterThan(graph.events.length);
  });
});
