import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { FILE_SYSTEM_STEPS, type WriteSteps } from '../../../src/ingest/source-write-set';

export type StepName = keyof WriteSteps;

/**
 * The file-system steps of a process killed at the first step `killedAt` picks:
 * that step and every later one fail, cleanup included, so the folder is left
 * exactly as a kill there would leave it. For a rename, `file` is its target.
 */
export function killedAt(killedAt: (step: StepName, file: string) => boolean): WriteSteps {
  let killed = false;
  const stopHere = (step: StepName, file: string) => {
    killed ||= killedAt(step, file);
    if (killed) throw new Error(`killed at ${step} ${file}`);
  };
  return {
    writeFile: async (file, content) => {
      stopHere('writeFile', file);
      await FILE_SYSTEM_STEPS.writeFile(file, content);
    },
    rename: async (from, to) => {
      stopHere('rename', to);
      await FILE_SYSTEM_STEPS.rename(from, to);
    },
    remove: async (file) => {
      stopHere('remove', file);
      await FILE_SYSTEM_STEPS.remove(file);
    },
  };
}

/** Killed at the nth rename over a source file (1-based); the manifest's own rename is not counted. */
export function killedAtSourceRename(nth: number): WriteSteps {
  let renames = 0;
  return killedAt(
    (step, file) => step === 'rename' && !path.basename(file).startsWith('.') && ++renames === nth,
  );
}

/** Every file under a folder, hidden ones included: relative path → content. */
export async function treeOf(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files.set(path.relative(root, full), await readFile(full, 'utf8'));
    }
  };
  await walk(root);
  return files;
}

/** The hidden files under a folder (temporary files, the manifest), relative paths, sorted. */
export async function hiddenFilesOf(root: string): Promise<string[]> {
  return [...(await treeOf(root)).keys()].filter((file) => path.basename(file).startsWith('.')).sort();
}
