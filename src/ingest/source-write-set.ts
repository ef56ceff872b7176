import { randomUUID } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { temporaryFileOf, writerOfTemporaryFile } from './source-file-write';

/**
 * Several source files changed as one: all of them or none, even across a kill.
 *
 * The files of one change depend on each other (an annotation names actors a
 * registry file adds): replaced one at a time, a kill in between leaves sources
 * that no longer ingest, and the server does not start until someone repairs
 * them by hand. So a set is written ahead, then committed by one rename:
 *
 *   1. every new content goes to its hidden temporary file beside its target;
 *   2. a manifest naming each target with its temporary file, and each file to
 *      delete, is written (temporary file, then rename) at PENDING_WRITE_FILE:
 *      from that rename on, the set is committed;
 *   3. the temporary files are renamed over their targets, the deletions done;
 *   4. the manifest is removed.
 *
 * `finishInterruptedWrites` rolls a committed set forward (a kill after step 2)
 * and removes the temporary files of one never committed (a kill before it).
 *
 * One process owns a sources folder's writes (the API server, or an import
 * CLI). Inside it write sets run one at a time per folder, and recovery leaves
 * a folder alone while this process writes it. Temporary files of another
 * process that is still running are left to it.
 */

/** The manifest of a committed write set, in the sources folder; hidden, so no reader takes it for a source. */
export const PENDING_WRITE_FILE = '.pending-write.json';

/** A change of several source files; paths are relative to the sources folder. */
export interface SourceWriteSet {
  /** Files to create or replace, with their new content. */
  readonly replace: readonly { readonly file: string; readonly content: string }[];
  /** Files to delete; one already gone is no error. */
  readonly remove?: readonly string[];
}

/**
 * The file-system steps of a write set and of its recovery. Tests pass steps
 * that fail from some point on, to leave the folder as a kill there would.
 */
export interface WriteSteps {
  /** Writes a whole file and flushes it to disk. */
  writeFile(file: string, content: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Deletes a file; one that does not exist is no error. */
  remove(file: string): Promise<void>;
}

export const FILE_SYSTEM_STEPS: WriteSteps = {
  writeFile: async (file, content) => {
    const handle = await open(file, 'w');
    try {
      await handle.writeFile(content, 'utf8');
      // On disk before the manifest commits the set: a committed set never renames an empty file into place.
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  remove: (file) => rm(file, { force: true }),
};

/** What recovery did. */
export interface Recovery {
  /** A committed write set was completed. */
  readonly finishedWrite: boolean;
  /** Temporary files of writes never committed, removed (relative to the sources folder). */
  readonly removedTemporaries: readonly string[];
}

const NOTHING_DONE: Recovery = { finishedWrite: false, removedTemporaries: [] };

/** Temporary files written in parallel: enough to hide the flush of each, few enough for any open-file limit. */
const PARALLEL_WRITES = 16;

/** A path the manifest may name: relative, normalized, inside the sources folder, and not the folder itself. */
const insideRoot = (file: string): boolean =>
  file !== '' &&
  !path.isAbsolute(file) &&
  path.normalize(file) === file &&
  !file.split(path.sep).includes('..') &&
  file !== '.';

const sourcePath = z.string().refine(insideRoot, 'must be a path inside the sources folder');

/**
 * Checked on reading, because recovery renames and deletes what the manifest
 * says: a damaged or hand-edited manifest must not reach outside the folder,
 * nor rename anything but a temporary file beside its target.
 */
const pendingWriteSchema = z.object({
  /** Tells this set's manifest from a later one's, so recovery never removes a manifest it did not finish. */
  id: z.string().min(1),
  replace: z.array(
    z
      .object({ file: sourcePath, temporary: sourcePath })
      .refine(
        ({ file, temporary }) =>
          path.dirname(temporary) === path.dirname(file) && writerOfTemporaryFile(temporary) !== undefined,
        'temporary must be a temporary file beside its target',
      ),
  ),
  remove: z.array(sourcePath),
});

type PendingWrite = z.infer<typeof pendingWriteSchema>;

/** Per sources folder (resolved): the last write set of this process; the next one waits for it. */
const queues = new Map<string, Promise<unknown>>();
/** Sources folders (resolved) this process is writing now: their writer finishes or discards its own set. */
const writing = new Set<string>();

/**
 * Writes a set of source files as one: after a kill or an I/O error at any
 * point, recovery leaves either every change or none. Write sets of this
 * process to one folder run one at a time. An error before the commit leaves
 * the folder as it was (temporary files removed); one after it leaves the set
 * to `finishInterruptedWrites`, which the next write set and the next read of
 * the sources run first.
 */
export function commitSourceWrites(
  root: string,
  set: SourceWriteSet,
  steps: WriteSteps = FILE_SYSTEM_STEPS,
): Promise<void> {
  const folder = path.resolve(root);
  const run = (queues.get(folder) ?? Promise.resolve()).then(() => writeSet(folder, set, steps));
  queues.set(
    folder,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * Completes what a kill interrupted in a sources folder: rolls a committed write
 * set forward (its renames and deletions, then its manifest removed; safe to run
 * again after it was itself interrupted), then removes temporary files no
 * manifest names (writes never committed). Does nothing while this process is
 * writing the folder. Removing leftovers is best effort (a read-only folder is
 * still read); completing a committed set is not, since the sources are
 * inconsistent until it is done.
 */
export function finishInterruptedWrites(
  root: string,
  steps: WriteSteps = FILE_SYSTEM_STEPS,
): Promise<Recovery> {
  const folder = path.resolve(root);
  if (writing.has(folder)) return Promise.resolve(NOTHING_DONE);
  return recover(folder, steps);
}

async function writeSet(root: string, set: SourceWriteSet, steps: WriteSteps): Promise<void> {
  const remove = [...(set.remove ?? [])];
  checkPaths([...set.replace.map(({ file }) => file), ...remove]);
  writing.add(root);
  try {
    // An earlier set, if a kill interrupted it, lands first: this one is computed from the sources after it.
    await recover(root, steps);
    if (set.replace.length === 0 && remove.length === 0) return;
    const pending: PendingWrite = {
      id: randomUUID(),
      replace: set.replace.map(({ file }) => ({
        file,
        temporary: path.relative(root, temporaryFileOf(path.join(root, file))),
      })),
      remove,
    };
    const manifest = path.join(root, PENDING_WRITE_FILE);
    try {
      await inBatches(set.replace, async ({ file, content }) => {
        const target = path.join(root, file);
        await mkdir(path.dirname(target), { recursive: true });
        await steps.writeFile(temporaryFileOf(target), content);
      });
      await steps.writeFile(temporaryFileOf(manifest), `${JSON.stringify(pending, null, 2)}\n`);
      await steps.rename(temporaryFileOf(manifest), manifest);
    } catch (error) {
      // Not committed: nothing but temporary files was written, and they go.
      const temporaries = pending.replace.map(({ temporary }) => path.join(root, temporary));
      await Promise.all(
        [...temporaries, temporaryFileOf(manifest)].map((file) => steps.remove(file).catch(() => undefined)),
      );
      throw error;
    }
    try {
      await rollForward(root, pending, steps);
    } catch (error) {
      throw new Error(
        `writing the sources in ${root} stopped after it was committed (${(error as Error).message}); ` +
          `the next write or ingest completes it from ${PENDING_WRITE_FILE}`,
        { cause: error },
      );
    }
  } finally {
    writing.delete(root);
  }
}

/** Refuses, before anything is written, a path outside the folder, a hidden one (never read), or one named twice. */
function checkPaths(files: readonly string[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    if (!insideRoot(file)) throw new Error(`source write: ${file} is not a path inside the sources folder`);
    if (path.basename(file).startsWith('.')) {
      throw new Error(`source write: ${file} has a hidden name, which no reader of the sources reads`);
    }
    if (seen.has(file)) throw new Error(`source write: ${file} is named twice in one write set`);
    seen.add(file);
  }
}

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += PARALLEL_WRITES) {
    // Settled, not raced: no write is still running when the caller removes the temporary files.
    const results = await Promise.allSettled(items.slice(start, start + PARALLEL_WRITES).map(work));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

async function recover(root: string, steps: WriteSteps): Promise<Recovery> {
  const pending = await readPendingWrite(root);
  if (pending) await rollForward(root, pending, steps);
  return { finishedWrite: pending !== undefined, removedTemporaries: await removeLeftovers(root, steps) };
}

async function readPendingWrite(root: string): Promise<PendingWrite | undefined> {
  const manifest = path.join(root, PENDING_WRITE_FILE);
  let text: string;
  try {
    text = await readFile(manifest, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
  let parsed: ReturnType<typeof pendingWriteSchema.safeParse>;
  try {
    parsed = pendingWriteSchema.safeParse(JSON.parse(text));
  } catch (error) {
    throw unreadableManifest(manifest, (error as Error).message);
  }
  if (!parsed.success) throw unreadableManifest(manifest, z.prettifyError(parsed.error));
  return parsed.data;
}

function unreadableManifest(manifest: string, reason: string): Error {
  // It is written whole (temporary file, then rename): only a hand or a damaged disk makes it unreadable.
  return new Error(
    `${manifest} lists an interrupted write of the sources but cannot be read (${reason}). ` +
      'Check the files it names against their hidden temporary files, then delete it.',
  );
}

/** Steps 3 and 4. Idempotent: a target whose temporary file is gone was renamed by an earlier run. */
async function rollForward(root: string, pending: PendingWrite, steps: WriteSteps): Promise<void> {
  for (const { file, temporary } of pending.replace) {
    try {
      await steps.rename(path.join(root, temporary), path.join(root, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  for (const file of pending.remove) await steps.remove(path.join(root, file));
  // Another process may have finished this set and committed the next one meanwhile: only this set's manifest goes.
  if ((await readPendingWrite(root))?.id === pending.id)
    await steps.remove(path.join(root, PENDING_WRITE_FILE));
}

/**
 * Removes the temporary files, in the folder and in its sources folders, that
 * no manifest names any more: their write was never committed. Those of another
 * running process may be its write in progress, and stay.
 */
async function removeLeftovers(root: string, steps: WriteSteps): Promise<string[]> {
  const removed: string[] = [];
  const folders = ['', ...(await entriesOf(root)).filter(isSourceFolder).map((entry) => entry.name)];
  for (const folder of folders) {
    for (const entry of await entriesOf(path.join(root, folder))) {
      const writer = writerOfTemporaryFile(entry.name);
      if (!entry.isFile() || writer === undefined || isOtherLiveProcess(writer)) continue;
      const file = path.join(folder, entry.name);
      try {
        await steps.remove(path.join(root, file));
        removed.push(file);
      } catch {
        // Best effort: a leftover is hidden, so no reader takes it for a source.
      }
    }
  }
  return removed;
}

const isSourceFolder = (entry: Dirent): boolean => entry.isDirectory() && !entry.name.startsWith('.');

async function entriesOf(folder: string): Promise<Dirent[]> {
  try {
    return await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A missing folder has no leftovers; the reader of the sources reports it.
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}

/**
 * Whether a process other than this one runs with that id. A process id can be
 * reused (after a restart, in a container): then a leftover stays until that
 * process ends, which costs disk space, never a wrong source.
 */
function isOtherLiveProcess(pid: number): boolean {
  // 0 and below name process groups, never the writer of a file.
  if (pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
