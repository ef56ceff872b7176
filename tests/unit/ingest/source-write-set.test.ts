import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../../src/ingest/graph-builder';
import { temporaryFileOf, writerOfTemporaryFile } from '../../../src/ingest/source-file-write';
import { readSources } from '../../../src/ingest/source-files';
import {
  commitSourceWrites,
  FILE_SYSTEM_STEPS,
  finishInterruptedWrites,
  PENDING_WRITE_FILE,
  type SourceWriteSet,
} from '../../../src/ingest/source-write-set';
import { copySeeds } from '../../support/seeds';
import { readTree } from '../import/import-helpers';
import { hiddenFilesOf, killedAt, killedAtSourceRename, type StepName } from './killed-write-steps';

const BEFORE = new Map([
  ['a/one.txt', 'old one\n'],
  ['a/two.txt', 'old two\n'],
  ['b/gone.txt', 'gone\n'],
]);

const SET: SourceWriteSet = {
  replace: [
    { file: 'a/one.txt', content: 'new one\n' },
    { file: 'a/two.txt', content: 'new two\n' },
    { file: 'b/three.txt', content: 'new three\n' },
  ],
  remove: ['b/gone.txt'],
};

const AFTER = new Map([
  ['a/one.txt', 'new one\n'],
  ['a/two.txt', 'new two\n'],
  ['b/three.txt', 'new three\n'],
]);

const sorted = (tree: Map<string, string>) => new Map([...tree].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('commitSourceWrites and finishInterruptedWrites', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'polgraph-write-set-'));
    for (const [file, content] of BEFORE) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), content, 'utf8');
    }
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const tree = async () => sorted(await readTree(root));

  it('writes every file and does every deletion, leaving no manifest nor temporary file', async () => {
    await commitSourceWrites(root, SET);
    expect(await tree()).toEqual(AFTER);
  });

  it.each<[string, StepName, string]>([
    ['the first rename', 'rename', 'a/one.txt'],
    ['the second rename', 'rename', 'a/two.txt'],
    ['the last rename', 'rename', 'b/three.txt'],
    ['the deletion', 'remove', 'b/gone.txt'],
    ['the removal of the manifest', 'remove', PENDING_WRITE_FILE],
  ])('a set killed after its manifest, at %s, is completed by recovery', async (_, step, target) => {
    const steps = killedAt((name, file) => name === step && file === path.join(root, target));
    await expect(commitSourceWrites(root, SET, steps)).rejects.toThrow(/killed/);
    expect((await tree()).has(PENDING_WRITE_FILE)).toBe(true);

    const recovery = await finishInterruptedWrites(root);

    expect(recovery.finishedWrite).toBe(true);
    expect(await tree()).toEqual(AFTER);
  });

  // The temporary files are written in parallel, so which one a kill meets first
  // depends on the file system's timing: the kill is at the second one begun,
  // whichever it is, so that exactly one was begun before it and is left behind.
  const atSecondTemporaryFile = () => {
    let begun = 0;
    return (file: string) =>
      writerOfTemporaryFile(file) !== undefined && !file.includes(PENDING_WRITE_FILE) && ++begun === 2;
  };
  it.each<[string, StepName, () => (file: string) => boolean, number]>([
    ['a temporary file', 'writeFile', atSecondTemporaryFile, 1],
    ['the manifest', 'writeFile', () => (file) => path.basename(file).includes(PENDING_WRITE_FILE), 3],
    ['the rename of the manifest', 'rename', () => (file) => path.basename(file) === PENDING_WRITE_FILE, 3],
  ])(
    'a set killed before its commit, at %s, is discarded by recovery',
    async (_, step, killAt, leftBehind) => {
      const at = killAt();
      const steps = killedAt((name, file) => name === step && at(file));
      await expect(commitSourceWrites(root, SET, steps)).rejects.toThrow(/killed/);
      // What the kill left: the old files, and temporary files no manifest names.
      expect((await tree()).has(PENDING_WRITE_FILE)).toBe(false);
      const temporaries = (await hiddenFilesOf(root)).filter((file) => !file.includes(PENDING_WRITE_FILE));
      expect(temporaries).toHaveLength(leftBehind);
      for (const file of temporaries) expect(writerOfTemporaryFile(path.join(root, file))).toBe(process.pid);

      const recovery = await finishInterruptedWrites(root);

      expect(recovery.finishedWrite).toBe(false);
      expect(recovery.removedTemporaries.length).toBeGreaterThan(0);
      expect(await tree()).toEqual(BEFORE);
    },
  );

  it('an I/O error before the commit leaves the folder as it was, without temporary files', async () => {
    const failingCommit = {
      ...FILE_SYSTEM_STEPS,
      rename: async (from: string, to: string) => {
        if (path.basename(to) === PENDING_WRITE_FILE) throw new Error('disk full');
        await FILE_SYSTEM_STEPS.rename(from, to);
      },
    };
    await expect(commitSourceWrites(root, SET, failingCommit)).rejects.toThrow('disk full');
    expect(await tree()).toEqual(BEFORE);
  });

  it('refuses a set naming a path outside the folder, a hidden one or one twice, before writing anything', async () => {
    const refused: SourceWriteSet[] = [
      { replace: [{ file: '../outside.txt', content: 'x' }] },
      { replace: [{ file: 'a/.hidden.txt', content: 'x' }] },
      { replace: [{ file: 'a/one.txt', content: 'x' }], remove: ['a/one.txt'] },
    ];
    for (const set of refused) await expect(commitSourceWrites(root, set)).rejects.toThrow(/source write/);
    expect(await tree()).toEqual(BEFORE);
  });

  it('a recovery killed in its turn is completed by the next; one with nothing to do changes nothing', async () => {
    await expect(commitSourceWrites(root, SET, killedAtSourceRename(2))).rejects.toThrow(/killed/);
    await expect(finishInterruptedWrites(root, killedAtSourceRename(2))).rejects.toThrow(/killed/);
    expect((await finishInterruptedWrites(root)).finishedWrite).toBe(true);
    expect(await tree()).toEqual(AFTER);

    expect(await finishInterruptedWrites(root)).toEqual({ finishedWrite: false, removedTemporaries: [] });
    expect(await tree()).toEqual(AFTER);
  });

  it('removes leftover temporary files of this process or a dead one, and keeps other hidden files', async () => {
    const deadProcess = spawnSync(process.execPath, ['-e', '']).pid;
    const leftovers = [
      path.relative(root, temporaryFileOf(path.join(root, 'a/one.txt'))),
      path.relative(root, temporaryFileOf(path.join(root, PENDING_WRITE_FILE))),
      `b/.gone.txt.${deadProcess}.tmp`,
    ];
    // A running process's temporary file may be its write in progress.
    const running = `a/.two.txt.${process.ppid}.tmp`;
    const kept = ['a/.gitkeep', running];
    for (const file of [...leftovers, ...kept]) await writeFile(path.join(root, file), 'x', 'utf8');

    const recovery = await finishInterruptedWrites(root);

    expect([...recovery.removedTemporaries].sort()).toEqual([...leftovers].sort());
    expect(await hiddenFilesOf(root)).toEqual(kept);
  });

  it('leaves a folder alone while this process writes it', async () => {
    let reached!: () => void;
    const atFirstRename = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const paused = {
      ...FILE_SYSTEM_STEPS,
      rename: async (from: string, to: string) => {
        if (to === path.join(root, 'a/one.txt')) {
          reached();
          await released;
        }
        await FILE_SYSTEM_STEPS.rename(from, to);
      },
    };
    const writing = commitSourceWrites(root, SET, paused);
    await atFirstRename;

    expect(await finishInterruptedWrites(root)).toEqual({ finishedWrite: false, removedTemporaries: [] });
    release();
    await writing;
    expect(await tree()).toEqual(AFTER);
  });

  it('refuses a manifest that names a path outside the folder, and follows none of it', async () => {
    const outside = `${root}-outside.txt`;
    await writeFile(outside, 'kept\n', 'utf8');
    try {
      const manifest = { id: 'hand-made', replace: [], remove: [path.relative(root, outside)] };
      await writeFile(path.join(root, PENDING_WRITE_FILE), JSON.stringify(manifest), 'utf8');
      await expect(finishInterruptedWrites(root)).rejects.toThrow(/cannot be read/);
      expect(await readFile(outside, 'utf8')).toBe('kept\n');
    } finally {
      await rm(outside, { force: true });
    }
  });
});

describe('readSources on a sources folder a kill left mid-write', () => {
  let seeds: Awaited<ReturnType<typeof copySeeds>>;
  beforeEach(async () => {
    seeds = await copySeeds();
    // A document of an earlier write, which the set below removes.
    await writeFile(path.join(seeds.root, 'documents/zz_old.txt'), 'Lukashenko spoke in Minsk.\n', 'utf8');
    await writeFile(
      path.join(seeds.root, 'annotations/zz_old.yaml'),
      annotation('zz_old', 'alexander-lukashenko', 'Lukashenko'),
      'utf8',
    );
  });
  afterEach(() => seeds.remove());

  const annotation = (document: string, actor: string, quote: string) =>
    `document: ${document}\n` +
    `published: { date: '2025', inferred: true, basis: A test document., quote: spoke in Minsk }\n` +
    `mentions:\n  - { actor: ${actor}, quote: ${quote} }\n`;

  /** A new document whose annotation names an actor its registry file adds, and a document removed. */
  const NEW_ACTOR: SourceWriteSet = {
    replace: [
      { file: 'documents/zz_write_set.txt', content: 'Ana Example spoke in Minsk.\n' },
      {
        file: 'annotations/zz_write_set.yaml',
        content: annotation('zz_write_set', 'ana-example', 'Ana Example'),
      },
      {
        file: 'registry/zz-write-set.yaml',
        content:
          'actors:\n  - { id: ana-example, name: Ana Example, kind: PERSON, description: A test speaker. }\n',
      },
    ],
    remove: ['annotations/zz_old.yaml', 'documents/zz_old.txt'],
  };

  it('reads the whole new set when the kill came after the commit', async () => {
    buildGraph(await readSources(seeds.root));
    await expect(commitSourceWrites(seeds.root, NEW_ACTOR, killedAtSourceRename(3))).rejects.toThrow(
      /killed/,
    );
    // As the kill left it: the annotation names an actor the registry does not hold yet.
    const left = await readTree(seeds.root);
    expect(left.has('annotations/zz_write_set.yaml')).toBe(true);
    expect(left.has('registry/zz-write-set.yaml')).toBe(false);

    const graph = buildGraph(await readSources(seeds.root));

    expect(graph.actors.map((actor) => actor.id)).toContain('ana-example');
    const documents = graph.documents.map((document) => document.id);
    expect(documents).toContain('zz_write_set');
    expect(documents).not.toContain('zz_old');
    expect(await hiddenFilesOf(seeds.root)).toEqual([]);
  });

  it('reads the old sources when the kill came before the commit', async () => {
    const before = await readSources(seeds.root);
    const steps = killedAt((step, file) => step === 'rename' && path.basename(file) === PENDING_WRITE_FILE);
    await expect(commitSourceWrites(seeds.root, NEW_ACTOR, steps)).rejects.toThrow(/killed/);

    expect(await readSources(seeds.root)).toEqual(before);
    expect(await hiddenFilesOf(seeds.root)).toEqual([]);
  });
});
