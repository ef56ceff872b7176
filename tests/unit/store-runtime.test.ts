import { readFileSync } from 'node:fs';
import path from 'node:path';
import { storeEnv, storeNodeFlags } from '../support/store-runtime';

/** The scripts users run and the tools that start the built code themselves run Node alike. */
describe('how Node runs the store', () => {
  const scripts = (
    JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;

  it.each(['start', 'ingest'])('npm run %s passes the flags and the defaults', (name) => {
    expect(scripts[name]).toContain(
      'MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} node --max-old-space-size=${NODE_MAX_HEAP_MB:-2048} --expose-gc dist/',
    );
    // What the script expands to with nothing set is what the tools pass.
    expect(storeNodeFlags({})).toEqual(['--max-old-space-size=2048', '--expose-gc']);
  });

  it('takes a heap limit from the environment, as the scripts do', () => {
    expect(storeNodeFlags({ NODE_MAX_HEAP_MB: '4096' })[0]).toBe('--max-old-space-size=4096');
  });

  it('leaves an allocator setting already in the environment as it is', () => {
    expect(storeEnv({ PORT: '1' })).toEqual({ MALLOC_ARENA_MAX: '2', PORT: '1' });
    expect(storeEnv({ MALLOC_ARENA_MAX: '4' })['MALLOC_ARENA_MAX']).toBe('4');
  });
});
