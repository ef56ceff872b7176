/**
 * How `npm start` and `npm run ingest` run Node for the store (package.json;
 * README, Memory): the benchmark and the stress scripts, which start the built
 * code themselves, run it the same way. An allocator setting already in the
 * environment wins, as in the scripts.
 */
export const STORE_NODE_FLAGS: readonly string[] = ['--expose-gc'];

export function storeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MALLOC_ARENA_MAX: '2', ...env };
}
