import path from 'node:path';

/** The store-preparation child as tests run it: the TypeScript source, through a require hook. */
export const PREPARE_CHILD = {
  childModule: path.resolve(__dirname, '../../src/cli/prepare-store.cli.ts'),
  execArgv: ['-r', path.resolve(__dirname, 'ts-register.js')],
} as const;
