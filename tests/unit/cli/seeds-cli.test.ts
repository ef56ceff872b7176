import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { reportSeeds } from '../../../src/cli/seeds-report.cli';
import { validateSeeds } from '../../../src/cli/validate-seeds.cli';
import { copySeeds } from '../../support/seeds';

describe('seeds:validate and seeds:report', () => {
  let seeds: Awaited<ReturnType<typeof copySeeds>>;
  let out: string[];
  let err: string[];
  const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };

  beforeEach(async () => {
    seeds = await copySeeds();
    out = [];
    err = [];
  });
  afterEach(() => seeds.remove());

  it.each([
    ['seeds:validate', validateSeeds],
    ['seeds:report', reportSeeds],
  ])('%s reads SEEDS_DIR when no folder is given, and its argument first', async (_, run) => {
    expect(await run([], { SEEDS_DIR: seeds.root }, io)).toBe(0);
    expect(out.join('\n')).toContain(seeds.root);
    out = [];
    const elsewhere = path.join(seeds.root, 'missing');
    expect(await run([seeds.root], { SEEDS_DIR: elsewhere }, io)).toBe(0);
    expect(out.join('\n')).toContain(seeds.root);
  });

  it('prints a missing folder as one clear problem naming it, never a stack trace', async () => {
    const missing = path.join(seeds.root, 'no-such-folder');
    expect(await validateSeeds([], { SEEDS_DIR: missing }, io)).toBe(1);
    const printed = err.join('\n');
    expect(printed).toContain(`${missing}: (folder): (folder): the sources folder does not exist`);
    expect(printed).not.toMatch(/ENOENT|\n\s+at /);
    err = [];
    await rm(path.join(seeds.root, 'registry'), { recursive: true });
    expect(await reportSeeds([seeds.root], {}, io)).toBe(1);
    expect(err.join('\n')).toContain('registry/: (folder): (folder): missing');
  });

  it('warns about files it does not read', async () => {
    await writeFile(path.join(seeds.root, 'annotations', 'extra.json'), '{}');
    await mkdir(path.join(seeds.root, 'registry', 'old'));
    expect(await validateSeeds([seeds.root], {}, io)).toBe(0);
    expect(err).toEqual([
      `warning: ${path.join('registry', 'old')}: folder ignored: only .yaml or .yml files directly in registry/ are read`,
      `warning: ${path.join('annotations', 'extra.json')}: ignored: only .yaml or .yml files are read in annotations/`,
    ]);
    expect(out[0]).toMatch(/^seeds valid/);
  });
});
