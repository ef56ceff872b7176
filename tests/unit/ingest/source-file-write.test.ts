import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { replaceFileWhole, temporaryFileOf } from '../../../src/ingest/source-file-write';
import { readSources } from '../../../src/ingest/source-files';
import { SEEDS_ROOT } from '../../support/seeds';

describe('replaceFileWhole', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-write-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('replaces the file whole and leaves nothing beside it', async () => {
    const file = path.join(folder, 'actors.yaml');
    await writeFile(file, 'old\n', 'utf8');
    await replaceFileWhole(file, 'new\n');
    expect(await readFile(file, 'utf8')).toBe('new\n');
    expect(await readdir(folder)).toEqual(['actors.yaml']);
  });

  it('on a failed rename keeps what was there and removes its temporary file', async () => {
    // A folder where the file should be: the rename fails after the temporary file is written.
    const target = path.join(folder, 'places.yaml');
    await mkdir(target);
    await writeFile(path.join(target, 'kept.txt'), 'kept', 'utf8');
    await expect(replaceFileWhole(target, 'new\n')).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['places.yaml']);
    expect(await readdir(target)).toEqual(['kept.txt']);
  });

  it('writes a temporary file the sources reader neither reads nor warns about when a crash leaves it', async () => {
    const root = path.join(folder, 'sources');
    await cp(SEEDS_ROOT, root, { recursive: true });
    const before = await readSources(root);
    const [registryFile] = (await readdir(path.join(root, 'registry'))).filter((name) =>
      name.endsWith('.yaml'),
    );
    // What a crash between the write and the rename leaves behind: not even valid YAML.
    await writeFile(temporaryFileOf(path.join(root, 'registry', registryFile!)), 'not: [valid', 'utf8');
    const after = await readSources(root);
    expect(after.warnings).toEqual(before.warnings);
    expect(after).toEqual(before);
  });
});
