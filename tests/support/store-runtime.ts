/**
 * How `npm start` and `npm run ingest` run Node for the store (package.json;
 * README, Memory): the benchmark and the stress scripts, which start the built
 * code themselves, run it the same way, so that what the benchmark measures is
 * what users run. Settings already in the environment win, as in the scripts.
 */
export function storeNodeFlags(env: NodeJS.ProcessEnv): string[] {
  return [`--max-old-space-size=${env['NODE_MAX_HEAP_MB'] ?? DEFAULT_HEAP_MB}`, '--expose-gc'];
}

export function storeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MALLOC_ARENA_MAX: '2', ...env };
}

/** V8's old-space limit: near what L's ingest holds live (under 1 GB), see README, Memory. */
const DEFAULT_HEAP_MB = '2048';
