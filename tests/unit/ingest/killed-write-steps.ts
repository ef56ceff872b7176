import path from 'node:path';
import { FILE_SYSTEM_STEPS, type WriteSteps } from '../../../src/ingest/source-write-set';
import { readTree } from '../import/import-helpers';

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

/** The hidden files under a folder (temporary files, the manifest), relative paths, sorted. */
export async function hiddenFilesOf(root: string): Promise<string[]> {
  return [...(await readTree(root)).keys()].filter((file) => path.basename(file).startsWith('.')).sort();
}
