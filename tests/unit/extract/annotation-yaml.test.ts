import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildReviewedGraph } from '../../../src/ingest/graph-builder';
import { readSources } from '../../../src/ingest/source-files';
import { documentAnnotationSchema, registrySchema } from '../../../src/ingest/source.schema';
import { toAnnotationYaml, toProposalsYaml } from '../../../src/extract/annotation-yaml';
import { extract } from '../../../src/extract/extractor';
import { fixture, SEEDS, seedGazetteer } from './helpers';

const ARTICLES = [
  { file: 'vilnius-prisoners.txt', id: 'vilnius_prisoners', published: '2025-10-09' },
  { file: 'envoy-call.txt', id: 'envoy_call', published: '2025-10-05' },
];

describe('extracted annotations in the source format', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'polgraph-extract-'));
    cpSync(SEEDS, root, { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('pass the source schema, every fact and new actor with status EXTRACTED', async () => {
    const gazetteer = await seedGazetteer();
    for (const article of ARTICLES) {
      const extraction = extract(fixture(article.file), gazetteer, {
        documentId: article.id,
        published: article.published,
      });
      const yaml = toAnnotationYaml(extraction, gazetteer);
      const annotation = documentAnnotationSchema.parse(parseYaml(yaml));
      const facts = [
        ...annotation.mentions,
        ...annotation.events,
        ...annotation.statements,
        ...annotation.claims,
      ];
      expect(facts.length).toBeGreaterThan(5);
      expect(facts.every((fact) => fact.status === 'EXTRACTED')).toBe(true);
      const proposed = registrySchema.parse(parseYaml(toProposalsYaml(extraction)));
      expect(proposed.actors.every((actor) => actor.status === 'EXTRACTED')).toBe(true);
    }
  });

  it('are accepted by the ingest validator next to the seeds, and stay out of the graph until reviewed', async () => {
    const gazetteer = await seedGazetteer();
    for (const article of ARTICLES) {
      const text = fixture(article.file);
      const extraction = extract(text, gazetteer, { documentId: article.id, published: article.published });
      writeFileSync(path.join(root, 'documents', `${article.id}.txt`), text);
      writeFileSync(
        path.join(root, 'annotations', `${article.id}.yaml`),
        toAnnotationYaml(extraction, gazetteer),
      );
      writeFileSync(path.join(root, 'registry', `proposed-${article.id}.yaml`), toProposalsYaml(extraction));
    }
    const { graph, review, withPending } = buildReviewedGraph(await readSources(root));
    const documents = graph.documents.map((d) => d.id);
    expect(documents).toEqual(expect.arrayContaining(ARTICLES.map((a) => a.id)));
    // Only the document's own metadata (title, publication) is in the graph: every fact waits for review.
    const facts = graph.evidence.filter(
      (e) => e.documentId === 'envoy_call' && e.factKind !== 'DOCUMENT_METADATA',
    );
    expect(facts).toEqual([]);
    expect(review.proposals.filter((p) => p.documentId === 'envoy_call').length).toBeGreaterThan(5);
    expect(withPending?.evidence.filter((e) => e.documentId === 'envoy_call').length).toBeGreaterThan(5);
  });
});
