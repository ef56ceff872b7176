import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatSourceProblem, SourceValidationError, type SourceProblem } from '../../../src/domain/errors';
import { buildGraph } from '../../../src/ingest/graph-builder';
import {
  formatSourceWarning,
  MAX_DOCUMENT_BYTES,
  MAX_YAML_FILE_BYTES,
  readSources,
  sourcesRoot,
} from '../../../src/ingest/source-files';

const REGISTRY = `
actors:
  - { id: keith-kellogg, name: Keith Kellogg, kind: PERSON, aliases: [Kellogg], description: US envoy. }
  - { id: alexander-lukashenko, name: Alexander Lukashenko, kind: PERSON, aliases: [Lukashenko], description: President of Belarus. }
places: []
`;
const DOC_A = 'Kellogg met Lukashenko in Minsk.';
const DOC_B = 'Lukashenko spoke.';
const ANNOTATION_A = `
document: doc_a
published: { date: "2025", inferred: true, basis: context, quote: Kellogg met }
mentions:
  - { actor: keith-kellogg, quote: Kellogg }
  - { actor: alexander-lukashenko, quote: Lukashenko }
`;
const ANNOTATION_B = `
document: doc_b
published: { date: "2025", inferred: true, basis: context, quote: Lukashenko spoke }
mentions:
  - { actor: alexander-lukashenko, quote: Lukashenko }
`;

describe('reading the sources folder', () => {
  let root: string;
  const write = async (files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text, 'utf8');
    }
  };
  /** The problems readSources (and then buildGraph) reports, each as one printed line. */
  const problemsOf = async (): Promise<string[]> => {
    try {
      buildGraph(await readSources(root));
    } catch (error) {
      if (error instanceof SourceValidationError) return error.problems.map(formatSourceProblem);
      throw error;
    }
    throw new Error('expected the sources to be rejected');
  };
  const rejection = async (): Promise<SourceValidationError> => {
    const error: unknown = await readSources(root).then(
      () => new Error('expected the sources to be rejected'),
      (thrown: unknown) => thrown,
    );
    if (error instanceof SourceValidationError) return error;
    throw error;
  };

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'polgraph-source-files-'));
    await write({
      'registry/actors.yaml': REGISTRY,
      'documents/doc_a.txt': DOC_A,
      'documents/doc_b.txt': DOC_B,
      'annotations/doc_a.yaml': ANNOTATION_A,
      'annotations/doc_b.yaml': ANNOTATION_B,
    });
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('reads a valid folder without warnings', async () => {
    const sources = await readSources(root);
    expect(sources.warnings).toEqual([]);
    expect(buildGraph(sources).documents).toHaveLength(2);
  });

  it('names a sources folder that does not exist, in a domain error', async () => {
    const missing = path.join(root, 'no-such-seeds');
    const error: unknown = await readSources(missing).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(SourceValidationError);
    const problems = (error as SourceValidationError).problems;
    expect(problems).toEqual([
      {
        file: missing,
        record: '(folder)',
        field: '(folder)',
        message: expect.stringContaining('does not exist (SEEDS_DIR'),
      },
    ]);
    expect((error as Error).message).not.toMatch(/ENOENT|\n\s+at /);
  });

  it('names a missing registry/ (and every other missing folder) before reading anything', async () => {
    await rm(path.join(root, 'registry'), { recursive: true });
    await rm(path.join(root, 'documents'), { recursive: true });
    const error = await rejection();
    expect(error.problems.map((p) => [p.file, p.message])).toEqual([
      ['registry/', expect.stringContaining(`missing: the sources folder ${root} must hold registry/`)],
      ['documents/', expect.stringContaining('missing')],
    ]);
    expect(error.message).not.toMatch(/ENOENT|scandir|\n\s+at /);
  });

  it('refuses a folder named like an annotation file, naming it', async () => {
    await mkdir(path.join(root, 'annotations', 'x.yaml'));
    expect((await rejection()).problems).toEqual([
      {
        file: path.join('annotations', 'x.yaml'),
        record: '(file)',
        field: '(file)',
        message: 'is a folder, not a .yaml or .yml file',
      },
    ]);
  });

  it('warns about every file it does not read, naming it', async () => {
    await write({
      'annotations/doc_c.json': '{"document": "doc_c"}',
      'annotations/notes.md': 'todo',
      'registry/extra.yml.bak': 'actors: []',
      'documents/doc_d.md': 'A text in the wrong format.',
      'annotations/.gitkeep': '',
    });
    await mkdir(path.join(root, 'annotations', 'drafts'));
    const sources = await readSources(root);
    expect(sources.warnings?.map(formatSourceWarning)).toEqual([
      `${path.join('registry', 'extra.yml.bak')}: ignored: only .yaml or .yml files are read in registry/`,
      `${path.join('annotations', 'doc_c.json')}: ignored: only .yaml or .yml files are read in annotations/`,
      `${path.join('annotations', 'drafts')}: folder ignored: only .yaml or .yml files directly in annotations/ are read`,
      `${path.join('annotations', 'notes.md')}: ignored: only .yaml or .yml files are read in annotations/`,
      `${path.join('documents', 'doc_d.md')}: ignored: only .txt files are read in documents/`,
    ]);
    // Still valid: the warnings do not stop anything.
    expect(buildGraph(sources).documents).toHaveLength(2);
  });

  it('refuses an annotation or registry file over the size limit before parsing it', async () => {
    // A sparse file: its size is what is checked, nothing is read.
    await writeFile(path.join(root, 'annotations', 'doc_b.yaml'), '');
    await truncate(path.join(root, 'annotations', 'doc_b.yaml'), MAX_YAML_FILE_BYTES + 1);
    await writeFile(path.join(root, 'registry', 'huge.yaml'), '');
    await truncate(path.join(root, 'registry', 'huge.yaml'), 40 * 1024 * 1024);
    const problems = (await rejection()).problems;
    expect(problems).toEqual([
      {
        file: path.join('registry', 'huge.yaml'),
        record: '(file)',
        field: '(file)',
        message:
          'is 40.0 MB, over the 5.0 MB limit for registry and annotation files; split it or shorten it',
      },
      expect.objectContaining({
        file: path.join('annotations', 'doc_b.yaml'),
        message: expect.stringContaining('over the 5.0 MB limit'),
      }),
    ]);
    expect(MAX_YAML_FILE_BYTES).toBe(5 * 1024 * 1024);
  });

  it('refuses a document text over the size limit before reading it', async () => {
    await truncate(path.join(root, 'documents', 'doc_a.txt'), MAX_DOCUMENT_BYTES + 1);
    expect((await rejection()).problems).toEqual([
      {
        file: path.join('documents', 'doc_a.txt'),
        record: '(file)',
        field: '(file)',
        message: 'is 10.0 MB, over the 10.0 MB limit for document texts; split it or shorten it',
      },
    ]);
  });

  describe('one broken annotation file', () => {
    it('is reported once, without "has no annotation file" or unsupported actors', async () => {
      await write({ 'annotations/doc_a.yaml': 'document: [unclosed' });
      const problems = await problemsOf();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^annotations\/doc_a\.yaml: \(file\): \(file\): not valid YAML/);
    });

    it('with a schema error: the schema error only', async () => {
      await write({
        'annotations/doc_a.yaml': ANNOTATION_A.replace('kind: PERSON', '').replace('mentions:', 'mentionz:'),
      });
      const problems = await problemsOf();
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((line) => line.startsWith('annotations/doc_a.yaml: '))).toBe(true);
      expect(problems.join('\n')).not.toMatch(/has no annotation file|no document supports/);
    });

    it('still lets a real missing annotation file and real unsupported actors be reported', async () => {
      // Another document without annotations is a problem of its own.
      await write({ 'annotations/doc_a.yaml': 'document: [unclosed', 'documents/doc_c.txt': 'More text.' });
      expect(await problemsOf()).toEqual([
        expect.stringMatching(/^annotations\/doc_a\.yaml: .*not valid YAML/),
        'annotations/doc_c.yaml: (file): (file): document has no annotation file',
      ]);
      // With every annotation file readable, an actor no document supports is reported.
      await rm(path.join(root, 'documents', 'doc_c.txt'));
      await write({
        'annotations/doc_a.yaml': ANNOTATION_A.replace('  - { actor: keith-kellogg, quote: Kellogg }\n', ''),
      });
      const problems: SourceProblem[] = await readSources(root)
        .then((sources) => buildGraph(sources))
        .then(
          () => [],
          (error: unknown) =>
            error instanceof SourceValidationError ? [...error.problems] : Promise.reject(error),
        );
      expect(problems).toEqual([
        expect.objectContaining({
          record: 'actors[0] (keith-kellogg)',
          message: expect.stringContaining('no document supports this actor'),
        }),
      ]);
    });
  });

  it('takes the folder of a command from its argument, else SEEDS_DIR, else ./seeds', () => {
    expect(sourcesRoot('/data/given', { SEEDS_DIR: '/data/env' })).toBe('/data/given');
    expect(sourcesRoot(undefined, { SEEDS_DIR: '/data/env' })).toBe('/data/env');
    expect(sourcesRoot(undefined, { SEEDS_DIR: '' })).toBe(path.resolve('seeds'));
    expect(sourcesRoot(undefined, {})).toBe(path.resolve('seeds'));
  });
});
