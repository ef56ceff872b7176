import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The project's real curated sources. */
export const SEEDS_ROOT = path.resolve(__dirname, '../../seeds');

/** A private copy of the seeds that a test may break without touching the real ones. */
export async function copySeeds(): Promise<{
  root: string;
  edit: (file: string, change: (text: string) => string) => Promise<void>;
  remove: () => Promise<void>;
}> {
  const root = await mkdtemp(path.join(tmpdir(), 'polgraph-seeds-'));
  await cp(SEEDS_ROOT, root, { recursive: true });
  return {
    root,
    edit: async (file, change) => {
      const target = path.join(root, file);
      const before = await readFile(target, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`test edit changed nothing in ${file}`);
      await writeFile(target, after, 'utf8');
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
