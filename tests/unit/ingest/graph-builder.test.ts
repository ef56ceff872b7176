import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SourceValidationError, type SourceProblem } from '../../../src/domain/errors';
import { sliceByCodePoints } from '../../../src/domain/text';
import { buildGraph } from '../../../src/ingest/graph-builder';
import { readSources } from '../../../src/ingest/source-files';

const REGISTRY = `
actors:
  - { id: keith-kellogg, name: Keith Kellogg, kind: PERSON, aliases: [Kellogg], description: US envoy. }
  - { id: alexander-lukashenko, name: Alexander Lukashenko, kind: PERSON, aliases: [Lukashenko, Lukashenka], description: President of Belarus. }
places:
  - { id: belarus-country, name: Belarus, kind: COUNTRY }
  - { id: minsk, name: Minsk, kind: CITY, country: belarus-country }
`;
const DOC_A = 'Kellogg met Lukashenko in Minsk on June 21. “We talked,” Kellogg said. Fourteen were freed.';
const DOC_B = 'In June, Lukashenka received the US envoy. About 20 were freed.';
const ANNOTATION_A = `
document: doc_a
published: { date: "2025-06", inferred: true, basis: the meeting, quote: "June 21" }
mentions:
  - { actor: keith-kellogg, quote: Kellogg met }
events:
  - id: 2025-06-21-meeting
    type: MEETING
    title: Kellogg meets Lukashenko
    date: "2025-06-21"
    dateInferred: true
    place: minsk
    quote: Kellogg met Lukashenko in Minsk on June 21.
    participants:
      - { actor: keith-kellogg, role: VISITOR }
      - { actor: alexander-lukashenko, role: HOST }
statements:
  - { speaker: keith-kellogg, mode: VERBATIM, quote: "We talked,", attribution: Kellogg said, about: [alexander-lukashenko], event: 2025-06-21-meeting }
claims:
  - { subject: 2025-06-21-meeting, property: PRISONERS_RELEASED, wording: freed, value: "14", minimum: 14, maximum: 14, quote: Fourteen were freed. }
`;
const ANNOTATION_B = `
document: doc_b
published: { date: "2025", inferred: true, basis: context, quote: In June }
events:
  - id: 2025-06-21-meeting
    type: MEETING
    title: Lukashenka receives the envoy
    date: "2025-06"
    quote: In June, Lukashenka received the US envoy.
    participants:
      - { actor: alexander-lukashenko, role: HOST }
claims:
  - { subject: 2025-06-21-meeting, property: PRISONERS_RELEASED, wording: freed, value: about 20, quote: About 20 were freed. }
`;

describe('building the graph from sources', () => {
  let root: string;
  const write = async (files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text, 'utf8');
    }
  };
  const problemsOf = async (): Promise<SourceProblem[]> => {
    try {
      buildGraph(await readSources(root));
    } catch (error) {
      if (error instanceof SourceValidationError) return [...error.problems];
      throw error;
    }
    throw new Error('expected the sources to be rejected');
  };

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'polgraph-sources-'));
    await write({
      'registry/actors.yaml': REGISTRY,
      'documents/doc_a.txt': DOC_A,
      'documents/doc_b.txt': DOC_B,
      'annotations/doc_a.yaml': ANNOTATION_A,
      'annotations/doc_b.yaml': ANNOTATION_B,
    });
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('merges one event reported by two documents, keeping the more precise date and both sources', async () => {
    const graph = buildGraph(await readSources(root));
    expect(graph.events).toHaveLength(1);
    const [event] = graph.events;
    expect(event).toMatchObject({
      date: '2025-06-21',
      datePrecision: 'DAY',
      placeId: 'minsk',
      dateInferred: true,
    });
    const documents = new Set(
      graph.evidence.filter((e) => event!.evidenceIds.includes(e.id)).map((e) => e.documentId),
    );
    expect(documents).toEqual(new Set(['doc_a', 'doc_b']));
    const host = graph.participations.find((p) => p.actorId === 'alexander-lukashenko');
    expect(host?.evidenceIds).toHaveLength(2);
    // Two documents attest the host, one the visitor: the weights a graph view shows.
    expect(host?.documentIds).toEqual(['doc_a', 'doc_b']);
    const visitor = graph.participations.find((p) => p.actorId === 'keith-kellogg');
    expect(visitor?.documentIds).toEqual(['doc_a']);
  });

  it('keeps disagreeing claims side by side, each with its own document', async () => {
    const graph = buildGraph(await readSources(root));
    expect(graph.claims.map((c) => [c.documentId, c.value]).sort()).toEqual([
      ['doc_a', '14'],
      ['doc_b', 'about 20'],
    ]);
  });

  it('stores code-point offsets that reproduce every quote', async () => {
    const graph = buildGraph(await readSources(root));
    const texts: Record<string, string> = { doc_a: DOC_A, doc_b: DOC_B };
    for (const span of graph.evidence) {
      expect(sliceByCodePoints(texts[span.documentId]!, span.start, span.end)).toBe(span.quote);
    }
    const statement = graph.statements[0]!;
    expect(statement).toMatchObject({
      speakerId: 'keith-kellogg',
      text: 'We talked,',
      eventId: '2025-06-21-meeting',
    });
    expect(statement.evidenceIds).toHaveLength(2);
  });

  it('gives the same ids on every build, so ingest is idempotent', async () => {
    const first = buildGraph(await readSources(root));
    const second = buildGraph(await readSources(root));
    expect(second).toEqual(first);
  });

  it('names file, record and field of an unknown actor', async () => {
    await write({
      'annotations/doc_a.yaml': ANNOTATION_A.replace(
        '{ actor: keith-kellogg, role: VISITOR }',
        '{ actor: keith-kelog, role: VISITOR }',
      ),
    });
    expect(await problemsOf()).toContainEqual({
      file: path.join('annotations', 'doc_a.yaml'),
      record: 'events[0] (2025-06-21-meeting)',
      field: 'participants[0].actor',
      message: 'unknown actor id "keith-kelog"',
    });
  });

  it('rejects a quote that is not verbatim in its document', async () => {
    await write({
      'annotations/doc_a.yaml': ANNOTATION_A.replace('Fourteen were freed.', 'Fourteen were released.'),
    });
    expect(await problemsOf()).toContainEqual(
      expect.objectContaining({
        record: 'claims[0] (2025-06-21-meeting PRISONERS_RELEASED)',
        field: 'quote',
      }),
    );
  });

  it('rejects a claim property outside the vocabulary, and an unknown source it is attributed to', async () => {
    await write({
      'annotations/doc_a.yaml': ANNOTATION_A.replace(
        'property: PRISONERS_RELEASED',
        'property: prisonersFreed',
      ),
    });
    expect(await problemsOf()).toContainEqual(
      expect.objectContaining({
        file: path.join('annotations', 'doc_a.yaml'),
        record: 'claims[0] (2025-06-21-meeting)',
        field: 'property',
      }),
    );
    await write({
      'annotations/doc_a.yaml': ANNOTATION_A.replace(
        'wording: freed,',
        'wording: freed, accordingTo: viasna,',
      ),
    });
    expect(await problemsOf()).toContainEqual({
      file: path.join('annotations', 'doc_a.yaml'),
      record: 'claims[0] (2025-06-21-meeting PRISONERS_RELEASED)',
      field: 'accordingTo',
      message: 'unknown actor id "viasna"',
    });
  });

  it('rejects an impossible date and a malformed one', async () => {
    await write({
      'annotations/doc_a.yaml': ANNOTATION_A.replace('date: "2025-06-21"', 'date: "2025-02-30"'),
    });
    expect(await problemsOf()).toContainEqual(
      expect.objectContaining({
        record: 'events[0] (2025-06-21-meeting)',
        field: 'date',
        message: expect.stringContaining('impossible date'),
      }),
    );
    await write({ 'annotations/doc_a.yaml': ANNOTATION_A.replace('date: "2025-06-21"', 'date: "21 June"') });
    expect(await problemsOf()).toContainEqual(
      expect.objectContaining({ record: 'events[0] (2025-06-21-meeting)', field: 'date' }),
    );
  });

  it('rejects documents that contradict each other on an event date', async () => {
    await write({ 'annotations/doc_b.yaml': ANNOTATION_B.replace('date: "2025-06"', 'date: "2025-07"') });
    expect(await problemsOf()).toContainEqual(
      expect.objectContaining({
        file: path.join('annotations', 'doc_b.yaml'),
        field: 'date',
        message: expect.stringContaining('contradicts'),
      }),
    );
  });

  it('rejects a spelling that names two actors unless declared ambiguous', async () => {
    const clash = REGISTRY.replace('aliases: [Kellogg]', 'aliases: [Kellogg, Lukashenka]');
    await write({ 'registry/actors.yaml': clash });
    expect(await problemsOf()).toContainEqual(
      expect.objectContaining({
        record: 'actors[0] (keith-kellogg)',
        field: 'aliases[1]',
        message: expect.stringContaining('also names'),
      }),
    );
    await write({
      'registry/actors.yaml': `${clash}\nambiguousAliases:\n  - { alias: Lukashenka, actors: [keith-kellogg, alexander-lukashenko], note: test }\n`,
    });
    expect(buildGraph(await readSources(root)).actors).toHaveLength(2);
  });

  it('reports YAML syntax errors, schema errors and unannotated documents with their files', async () => {
    await write({ 'annotations/doc_b.yaml': 'document: [unclosed', 'documents/doc_c.txt': 'More text.' });
    const problems = await problemsOf();
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: path.join('annotations', 'doc_b.yaml'),
        message: expect.stringContaining('YAML'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'annotations/doc_c.yaml', message: 'document has no annotation file' }),
    );
    await write({ 'annotations/doc_b.yaml': ANNOTATION_B.replace('type: MEETING', 'type: PICNIC') });
    expect(await problemsOf()).toContainEqual(
      expect.objectContaining({ record: 'events[0] (2025-06-21-meeting)', field: 'type' }),
    );
  });
});
