import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runExport } from '../../../src/cli/export.cli';

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
});
