import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importFtmCli } from '../../../src/cli/import-ftm.cli';
import { importGdeltCli } from '../../../src/cli/import-gdelt.cli';
import { buildGraph } from '../../../src/ingest/graph-builder';
import { readSources } from '../../../src/ingest/source-files';
import { describeWithData, readTree, seedsCopy, SHARED_DATA } from './import-helpers';

const EXPORT = path.join(SHARED_DATA, 'gdelt/gdelt2_20191024143000.export.CSV');
const FTM_FOLDER = path.join(SHARED_DATA, 'ftm');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

describe('import CLIs: usage', () => {
  it('answers usage errors with exit code 2 and the usage', async () => {
    const none = capture();
    expect(await importGdeltCli([], {}, none.io)).toBe(2);
    expect(none.err.join('\n')).toContain('give at least one GDELT export file');
    expect(none.err.join('\n')).toContain('usage: npm run import:gdelt');
    const badCode = capture();
    expect(await importGdeltCli(['x.CSV', '--country', 'BLR'], {}, badCode.io)).toBe(2);
    expect(badCode.err[0]).toContain('--country BLR: not a code of that kind');
    const missing = capture();
    expect(await importFtmCli(['/no/such/file.json'], {}, missing.io)).toBe(2);
    const help = capture();
    expect(await importFtmCli(['--help'], {}, help.io)).toBe(0);
    expect(help.out[0]).toContain('usage: npm run import:ftm');
  });
});

describeWithData(EXPORT)('import CLIs on the real data', () => {
  it('import:gdelt reports counts and throughput, into --into', async () => {
    const sources = await seedsCopy();
    try {
      const run = capture();
      const code = await importGdeltCli(
        [EXPORT, '--into', sources.root, '--country', 'BO', '--actor', 'BLR'],
        { SEEDS_DIR: '/nowhere' },
        run.io,
      );
      expect(run.err).toEqual([]);
      expect(code).toBe(0);
      const output = run.out.join('\n');
      expect(output).toContain('read 2111 lines of gdelt2_20191024143000.export.CSV: 2111 rows, 0 skipped');
      expect(output).toContain('kept 22 of 2111 rows touching --country BO, --actor BLR (2089 left out)');
      expect(output).toContain('documents (one per source URL): 2');
      expect(output).toContain('events: 22 (MEETING 2, OFFER 7, OTHER 10, PROTEST 3)');
      expect(output).toMatch(/wrote .*: 5 created, 0 updated, 0 unchanged, 0 removed/);
      expect(output).toMatch(/throughput: 2111 rows in [\d.]+ s \([\d,]+ rows\/s\)/);
    } finally {
      await sources.dispose();
    }
  });

  it('import:ftm takes a folder, reports per schema what was imported and skipped', async () => {
    const sources = await seedsCopy();
    try {
      const run = capture();
      expect(await importFtmCli([FTM_FOLDER, '--into', sources.root], {}, run.io)).toBe(0);
      const output = run.out.join('\n');
      expect(output).toContain('566 entities (Address 100, Company 67, Directorship 3, Family 4');
      expect(output).toContain('100 × Address: not an actor, a relationship or an event the graph models');
      expect(output).toContain('actors: 113 (ORGANISATION 85, PERSON 28)');
      expect(output).toMatch(/throughput: 566 lines in/);
    } finally {
      await sources.dispose();
    }
  });

  it('imports into a new, empty sources folder, which then validates on its own', async () => {
    const sources = await seedsCopy();
    try {
      const fresh = path.join(sources.root, '..', 'fresh');
      const run = capture();
      expect(await importGdeltCli([EXPORT, '--into', fresh, '--actor', 'BLR'], {}, run.io)).toBe(0);
      const graph = buildGraph(await readSources(fresh));
      // Without a curated registry, Belarus is declared by the import.
      expect(graph.actors.map((a) => a.id)).toContain('gdelt-belarus');
      expect(graph.documents).toHaveLength(2);
    } finally {
      await sources.dispose();
    }
  });

  it('writes nothing when the sources would not ingest (exit 1, every problem listed)', async () => {
    const sources = await seedsCopy();
    try {
      // A curated annotation that is broken: the folder would not ingest, with or without the import.
      const annotation = path.join(sources.root, 'annotations/000_decbe18c32b19596.yaml');
      const original = await readFile(annotation, 'utf8');
      await writeFile(annotation, 'document: [unclosed', 'utf8');
      const before = await readTree(sources.root);
      const run = capture();
      expect(await importGdeltCli([EXPORT, '--into', sources.root, '--actor', 'BLR'], {}, run.io)).toBe(1);
      expect(run.err.join('\n')).toContain('nothing was written');
      expect(run.err.join('\n')).toContain('annotations/000_decbe18c32b19596.yaml');
      expect(await readTree(sources.root)).toEqual(before);
      const dry = capture();
      await writeFile(annotation, original, 'utf8');
      expect(
        await importGdeltCli([EXPORT, '--into', sources.root, '--actor', 'BLR', '--dry-run'], {}, dry.io),
      ).toBe(0);
      expect(dry.out.join('\n')).toContain('dry run: nothing written');
      expect([...(await readTree(sources.root)).keys()].some((file) => file.includes('gdelt'))).toBe(false);
    } finally {
      await sources.dispose();
    }
  });
});
