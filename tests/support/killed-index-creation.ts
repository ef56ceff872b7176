import { fork } from 'node:child_process';
import { copyFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';

const CHILD = path.resolve(__dirname, 'index-creation.child.ts');
const REGISTER = path.resolve(__dirname, 'ts-register.js');

/**
 * Leaves the Kuzu store at `kuzuPath` (closed, checkpointed) the way a kill
 * during the build of a full-text index does: the index gone from the catalogue,
 * its hidden tables left behind under its name. A child builds the statements'
 * index again and is killed once its write-ahead log has grown `growths` times;
 * the moments that leave that damage (rather than no index yet, or the whole
 * index) are tried in turn on a copy of the store until `damaged` says one did.
 * Returns how many growths that took; throws when none did.
 */
export async function killIndexCreation(kuzuPath: string, damaged: () => Promise<boolean>): Promise<number> {
  const pristine = `${kuzuPath}.pristine`;
  await copyFile(kuzuPath, pristine);
  try {
    for (let growths = 1; growths <= 8; growths++) {
      await rm(`${kuzuPath}.wal`, { force: true });
      await copyFile(pristine, kuzuPath);
      await buildKilledAfter(kuzuPath, growths);
      if (await damaged()) return growths;
    }
  } finally {
    await rm(pristine, { force: true });
  }
  throw new Error('no kill of the index build left its hidden tables behind');
}

function buildKilledAfter(kuzuPath: string, growths: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], {
      env: { ...process.env, KUZU_PATH: kuzuPath },
      execArgv: ['-r', REGISTER],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let timer: NodeJS.Timeout | undefined;
    child.on('message', (message) => {
      if (message !== 'ready') return;
      let seen = 0;
      let last = -1;
      timer = setInterval(() => {
        stat(`${kuzuPath}.wal`).then(
          ({ size }) => {
            if (size === 0 || size === last) return;
            last = size;
            seen += 1;
            if (seen >= growths) child.kill('SIGKILL');
          },
          () => undefined,
        );
      }, 1);
    });
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(timer);
      resolve();
    });
  });
}
