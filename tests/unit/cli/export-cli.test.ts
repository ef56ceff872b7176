import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KuzuGraphStore } from '../../../src/adapters/kuzu/kuzu.store';
import { runExport } from '../../../src/cli/export.cli';
import { sampleGraph } from '../../support/sample-graph';

describe('the export command line', () => {
  let folder: string;
  let written: string[];
  let err: string[];
  const io = { write: (text: string) => written.push(text), err: (line: string) => err.push(line) };

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-export-cli-'));
    written = [];
    err = [];
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('fails clearly on a missing Kuzu store, and creates no database', async () => {
    const store = path.join(folder, 'data', 'graph.kuzu');
    const code = await runExport(['--format', 'gexf'], { KUZU_PATH: store }, io);
    expect(code).toBe(1);
    expect(err).toEqual([
      `export: no Kuzu database at ${store} (KUZU_PATH); run \`npm run ingest\` or \`npm start\` first, ` +
        'or set KUZU_PATH to an existing store',
    ]);
    expect(written).toEqual([]);
    expect(existsSync(store)).toBe(false);
    expect(existsSync(path.dirname(store))).toBe(false);
  });

  it('still reports usage errors first, with exit code 2', async () => {
    expect(await runExport(['--format', 'nope'], { KUZU_PATH: path.join(folder, 'x.kuzu') }, io)).toBe(2);
    expect(err[0]).toMatch(/^export: /);
    expect(existsSync(path.join(folder, 'x.kuzu'))).toBe(false);
  });

  it('replaces an earlier export whole, and a failed one leaves what was there', async () => {
    const store = path.join(folder, 'graph.kuzu');
    const kuzu = await KuzuGraphStore.open(store, { bufferPoolMb: 128, maxDatabaseGb: 1 });
    await kuzu.initSchema();
    await kuzu.writeGraph(sampleGraph());
    await kuzu.close();
    const out = path.join(folder, 'exports');
    await mkdir(out);
    const file = path.join(out, 'graph.gexf');
    await writeFile(file, 'an earlier export', 'utf8');
    expect(await runExport(['--format', 'gexf', '--out', file], { KUZU_PATH: store }, io)).toBe(0);
    const content = await readFile(file, 'utf8');
    expect(content).toMatch(/^<\?xml/);
    expect(content.trimEnd()).toMatch(/<\/gexf>$/);
    expect(await readdir(out)).toEqual(['graph.gexf']);
    // A folder where the file should go: the export fails, and nothing in it is touched or left beside it.
    const taken = path.join(out, 'taken.gexf');
    await mkdir(taken);
    await writeFile(path.join(taken, 'kept.txt'), 'kept', 'utf8');
    expect(await runExport(['--format', 'gexf', '--out', taken], { KUZU_PATH: store }, io)).toBe(1);
    expect((await readdir(out)).sort()).toEqual(['graph.gexf', 'taken.gexf']);
    expect(await readdir(taken)).toEqual(['kept.txt']);
  });
});
