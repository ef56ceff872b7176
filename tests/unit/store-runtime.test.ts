import { readFileSync } from 'node:fs';
import path from 'node:path';
import { STORE_NODE_FLAGS, storeEnv } from '../support/store-runtime';

/** The scripts users run and the tools that start the built code themselves run Node alike. */
describe('how Node runs the store', () => {
  const scripts = (
    JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;

  it.each(['start', 'ingest'])('npm run %s passes the flags and the allocator default', (name) => {
    expect(scripts[name]).toContain(
      `MALLOC_ARENA_MAX=\${MALLOC_ARENA_MAX:-2} node ${STORE_NODE_FLAGS.join(' ')} dist/`,
    );
  });

  it('leaves an allocator setting already in the environment as it is', () => {
    expect(storeEnv({ PORT: '1' })).toEqual({ MALLOC_ARENA_MAX: '2', PORT: '1' });
    expect(storeEnv({ MALLOC_ARENA_MAX: '4' })['MALLOC_ARENA_MAX']).toBe('4');
  });
});
