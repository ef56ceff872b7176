import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SourceValidationError, type SourceProblem } from '../../../src/domain/errors';
import { factStatus } from '../../../src/domain/review';
import { buildReviewedGraph } from '../../../src/ingest/graph-builder';
import { proposalId } from '../../../src/ingest/review-sources';
import { readSources } from '../../../src/ingest/source-files';

const REGISTRY = `
actors:
  - { id: keith-kellogg, name: Keith Kellogg, kind: PERSON, aliases: [Kellogg], description: US envoy. }
  - { id: alexander-lukashenko, name: Alexander Lukashenko, kind: PERSON, aliases: [Lukashenko], description: President of Belarus. }
  - { id: siarhei-tsikhanouski, name: Siarhei Tsikhanouski, kind: PERSON, aliases: [Tsikhanouski], description: Blogger. }
  - { id: sviatlana-tsikhanouskaya, name: Sviatlana Tsikhanouskaya, kind: PERSON, aliases: [Tsikhanouskaya], description: Opposition leader. }
places: []
`;
const PROPOSED = `
actors:
  - { id: the-envoy-aide, name: the envoy's aide, kind: PERSON, aliases: [], description: Proposed., status: EXTRACTED }
  - { id: nobody-used, name: Nobody Used, kind: PERSON, aliases: [], description: Proposed., status: EXTRACTED }
`;
const TEXT =
  'Kellogg met Lukashenko on June 21. “We talked,” the envoy’s aide said. Tsikhanouski and Tsikhanouskaya spoke.';
const MEETING = {
  id: '2025-06-21-meeting',
  type: 'MEETING',
  title: 'Kellogg meets Lukashenko',
  date: '2025-06-21',
  quote: 'Kellogg met Lukashenko on June 21.',
  participants: [
    { actor: 'keith-kellogg', role: 'PARTICIPANT' },
    { actor: 'alexander-lukashenko', role: 'PARTICIPANT' },
  ],
};
const STATEMENT = { speaker: 'the-envoy-aide', mode: 'VERBATIM', quote: 'We talked,', about: [] };
const annotation = () => `
document: doc_a
published: { date: "2025", inferred: true, basis: the meeting, quote: "June 21" }
mentions:
  - { actor: keith-kellogg, quote: Kellogg met }
  - { actor: alexander-lukashenko, quote: Lukashenko on }
  - { actor: siarhei-tsikhanouski, quote: Tsikhanouski }
  - { actor: sviatlana-tsikhanouskaya, quote: Tsikhanouskaya }
events:
  - ${JSON.stringify({ ...MEETING, status: 'EXTRACTED' })}
statements:
  - ${JSON.stringify({ ...STATEMENT, status: 'EXTRACTED' })}
ties:
  - { source: sviatlana-tsikhanouskaya, type: SPOUSE_OF, target: siarhei-tsikhanouski, quote: Tsikhanouski and Tsikhanouskaya }
`;
const MEETING_ID = proposalId('doc_a', 'events', MEETING);
const STATEMENT_ID = proposalId('doc_a', 'statements', STATEMENT);

describe('review of the sources: EXTRACTED facts, decisions, merges and renames', () => {
  let root: string;
  const write = async (file: string, content: string) => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content, 'utf8');
  };
  const build = async () => buildReviewedGraph(await readSources(root));
  const problems = async (): Promise<SourceProblem[]> => {
    try {
      await build();
    } catch (error) {
      if (error instanceof SourceValidationError) return [...error.problems];
      throw error;
    }
    throw new Error('the sources validated');
  };

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'polgraph-review-sources-'));
    await write('registry/people.yaml', REGISTRY);
    await write('registry/extracted-doc-a.yaml', PROPOSED);
    await write('documents/doc_a.txt', TEXT);
    await write('annotations/doc_a.yaml', annotation());
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('keeps pending facts and unused proposed actors out of the graph, with offsets for review', async () => {
    const { graph, review, withPending } = await build();
    expect(graph.events).toEqual([]);
    expect(graph.statements).toEqual([]);
    expect(graph.actors.map((a) => a.id)).not.toContain('the-envoy-aide');
    expect(graph.ties).toHaveLength(1);
    expect(review.proposals.map((p) => [p.id, p.kind, p.status])).toEqual([
      [MEETING_ID, 'EVENT', 'EXTRACTED'],
      [STATEMENT_ID, 'STATEMENT', 'EXTRACTED'],
    ]);
    const [event] = review.proposals;
    expect(Array.from(TEXT).slice(event?.start, event?.end).join('')).toBe(MEETING.quote);
    expect(event?.record).toMatchObject({ eventType: 'MEETING', date: '2025-06-21', datePrecision: 'DAY' });
    expect(withPending?.events.map((e) => e.id)).toEqual(['2025-06-21-meeting']);
    expect(factStatus(review, '2025-06-21-meeting')).toBe('EXTRACTED');
  });

  it('accepted facts enter with status ACCEPTED and bring their new actors; rejected ones never do', async () => {
    await write(
      'decisions/doc_a.yaml',
      `document: doc_a\naccepted: [${STATEMENT_ID}]\nrejected: [${MEETING_ID}]\n`,
    );
    const { graph, review, withPending } = await build();
    expect(graph.events).toEqual([]);
    expect(graph.statements.map((s) => s.speakerId)).toEqual(['the-envoy-aide']);
    expect(graph.actors.map((a) => a.id)).toContain('the-envoy-aide');
    expect(graph.actors.map((a) => a.id)).not.toContain('nobody-used');
    expect(factStatus(review, graph.statements[0]?.id as string)).toBe('ACCEPTED');
    expect(factStatus(review, graph.ties[0]?.id as string)).toBe('CURATED');
    expect(withPending).toBeNull();
  });

  it('replays merges and renames on the registry and every reference', async () => {
    await write('decisions/doc_a.yaml', `document: doc_a\naccepted: [${STATEMENT_ID}, ${MEETING_ID}]\n`);
    await write(
      'decisions/actor-decisions.yaml',
      'merges:\n  - { source: the-envoy-aide, target: keith-kellogg }\nrenames:\n  - { actor: keith-kellogg, name: Keith Kellogg Jr. }\n',
    );
    const { graph } = await build();
    const kellogg = graph.actors.find((a) => a.id === 'keith-kellogg');
    expect(kellogg?.name).toBe('Keith Kellogg Jr.');
    expect(kellogg?.aliases).toEqual(expect.arrayContaining(['Keith Kellogg', "the envoy's aide"]));
    expect(graph.statements.map((s) => s.speakerId)).toEqual(['keith-kellogg']);
    expect(graph.actors.map((a) => a.id)).not.toContain('the-envoy-aide');
  });

  it('warns of decisions on proposals no annotation makes any more, and keeps them', async () => {
    await write(
      'decisions/doc_a.yaml',
      `document: doc_a\naccepted: [fact:0123456789abcdef, ${STATEMENT_ID}]\n`,
    );
    const { graph, warnings } = await build();
    expect(graph.statements).toHaveLength(1);
    expect(warnings).toEqual([
      { file: 'decisions/doc_a.yaml', message: expect.stringContaining('fact:0123456789abcdef') },
    ]);
  });

  it('names file, record and field of every problem in the decisions', async () => {
    await write(
      'decisions/doc_a.yaml',
      `document: doc_a\naccepted: [${MEETING_ID}, not-an-id]\nrejected: [${MEETING_ID}]\n`,
    );
    await write(
      'decisions/actor-decisions.yaml',
      'merges:\n  - { source: sviatlana-tsikhanouskaya, target: siarhei-tsikhanouski }\n  - { source: ghost, target: keith-kellogg }\n',
    );
    const found = await problems();
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'decisions/doc_a.yaml', record: 'accepted[1]' }),
        expect.objectContaining({
          file: 'decisions/actor-decisions.yaml',
          record: 'merges[0] (sviatlana-tsikhanouskaya → siarhei-tsikhanouski)',
          field: 'target',
        }),
        expect.objectContaining({
          file: 'decisions/actor-decisions.yaml',
          record: 'merges[1] (ghost → keith-kellogg)',
          field: 'source',
        }),
      ]),
    );
  });

  it('refuses a decision file named for another document, and a fact both accepted and rejected', async () => {
    await write(
      'decisions/doc_b.yaml',
      `document: doc_a\naccepted: [${MEETING_ID}]\nrejected: [${MEETING_ID}]\n`,
    );
    const found = await problems();
    expect(found.map((p) => [p.file, p.field])).toEqual(
      expect.arrayContaining([
        ['decisions/doc_b.yaml', 'document'],
        ['decisions/doc_b.yaml', 'rejected'],
      ]),
    );
  });
});
