import { access } from 'node:fs/promises';
import path from 'node:path';
import { ownership, writeImport, type ImportedSources } from '../../../src/import/imported-sources';
import { buildGraph } from '../../../src/ingest/graph-builder';
import { readSources } from '../../../src/ingest/source-files';
import { hiddenFilesOf, killedAt, killedAtSourceRename } from '../ingest/killed-write-steps';
import { readTree, seedsCopy } from './import-helpers';

const OWNER = ownership('test', /^zz_import_/, /^zz-import/);

/** An import of one document whose annotation names the one actor of the import's registry file. */
function importOf(name: string): ImportedSources {
  const document = `zz_import_${name}`;
  const actor = `import-${name}`;
  const speaker = `Speaker ${name.toUpperCase()}`;
  return {
    documents: new Map([[document, `${speaker} spoke in Minsk.\n`]]),
    annotations: new Map([
      [
        document,
        `document: ${document}\n` +
          `published: { date: '2025', inferred: true, basis: A test document., quote: spoke in Minsk }\n` +
          `mentions:\n  - { actor: ${actor}, quote: ${speaker} }\n`,
      ],
    ]),
    registry: new Map([
      [
        'zz-import.yaml',
        `actors:\n  - { id: ${actor}, name: ${speaker}, kind: PERSON, description: A test speaker. }\n`,
      ],
    ]),
  };
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

describe('writeImport: every file of an import, or none', () => {
  let sources: Awaited<ReturnType<typeof seedsCopy>>;
  beforeEach(async () => {
    sources = await seedsCopy();
    await writeImport(sources.root, importOf('a'), OWNER);
  });
  afterEach(() => sources.dispose());

  it('a re-import killed between its files is completed before the next read: the sources ingest', async () => {
    // Killed after the new document and its annotation, before the registry and the old document's removal.
    await expect(writeImport(sources.root, importOf('b'), OWNER, killedAtSourceRename(3))).rejects.toThrow(
      /killed/,
    );
    const graph = buildGraph(await readSources(sources.root));

    const actors = graph.actors.map((actor) => actor.id);
    expect(actors).toContain('import-b');
    expect(actors).not.toContain('import-a');
    const documents = graph.documents.map((document) => document.id);
    expect(documents).toContain('zz_import_b');
    expect(documents).not.toContain('zz_import_a');
    expect(await exists(path.join(sources.root, 'annotations', 'zz_import_a.yaml'))).toBe(false);
    expect(await hiddenFilesOf(sources.root)).toEqual([]);
  });

  it('a re-import killed before its commit leaves the earlier import, and recovery its temporaries', async () => {
    const before = await readTree(sources.root);
    const beforeCommit = killedAt((step, file) => step === 'rename' && path.basename(file).startsWith('.'));
    await expect(writeImport(sources.root, importOf('b'), OWNER, beforeCommit)).rejects.toThrow(/killed/);
    expect((await hiddenFilesOf(sources.root)).length).toBeGreaterThan(0);

    buildGraph(await readSources(sources.root));

    expect(await readTree(sources.root)).toEqual(before);
  });

  it('a re-import after a killed one compares its files with the completed set', async () => {
    await expect(writeImport(sources.root, importOf('b'), OWNER, killedAtSourceRename(1))).rejects.toThrow(
      /killed/,
    );
    const summary = await writeImport(sources.root, importOf('b'), OWNER);
    expect(summary).toEqual({
      created: [],
      updated: [],
      unchanged: ['documents/zz_import_b.txt', 'annotations/zz_import_b.yaml', 'registry/zz-import.yaml'],
      removed: [],
    });
    expect(await hiddenFilesOf(sources.root)).toEqual([]);
  });
});
