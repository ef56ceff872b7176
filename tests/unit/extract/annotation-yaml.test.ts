import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildGraph } from '../../../src/ingest/graph-builder';
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

  it('pass the source schema, with the status EXTRACTED in the header', async () => {
    const gazetteer = await seedGazetteer();
    for (const article of ARTICLES) {
      const extraction = extract(fixture(article.file), gazetteer, {
        documentId: article.id,
        published: article.published,
      });
      const yaml = toAnnotationYaml(extraction, gazetteer);
      expect(yaml.startsWith('# status: EXTRACTED')).toBe(true);
      expect(documentAnnotationSchema.safeParse(parseYaml(yaml)).success).toBe(true);
      expect(registrySchema.safeParse(parseYaml(toProposalsYaml(extraction))).success).toBe(true);
    }
  });

  it('are accepted by the ingest validator next to the seeds, proposals added to the registry', async () => {
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
    const graph = buildGraph(await readSources(root));
    const documents = graph.documents.map((d) => d.id);
    expect(documents).toEqual(expect.arrayContaining(ARTICLES.map((a) => a.id)));
    const evidence = graph.evidence.filter((e) => e.documentId === 'envoy_call');
    expect(evidence.length).toBeGreaterThan(5);
  });
});
