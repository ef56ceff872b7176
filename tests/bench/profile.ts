import type { GraphStore } from '../../src/ports/graph-store.port';

/** Time spent in each store method, for "where does the time go". */
export interface StoreProfile {
  readonly calls: Map<string, { count: number; ms: number }>;
  reset(): void;
}

/**
 * The store behind the direct calls, wrapped so that every port method call is
 * counted and timed (calls made in parallel each count their own time). The
 * HTTP path uses the unwrapped store.
 */
export function profiled(store: GraphStore): { store: GraphStore; profile: StoreProfile } {
  const calls = new Map<string, { count: number; ms: number }>();
  const wrapped = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return async (...args: unknown[]) => {
        const start = performance.now();
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          const entry = calls.get(property) ?? { count: 0, ms: 0 };
          entry.count++;
          entry.ms += performance.now() - start;
          calls.set(property, entry);
        }
      };
    },
  });
  return { store: wrapped, profile: { calls, reset: () => calls.clear() } };
}

/** "3.0 calls: participationsByActorIdsLimited 41% (2 × 12.1 ms), …" for the slowest methods. */
export function describeProfile(profile: StoreProfile, runs: number, wallMs: number): StoreSummary {
  const entries = [...profile.calls.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const calls = entries.reduce((n, [, e]) => n + e.count, 0) / Math.max(1, runs);
  const top = entries.slice(0, 3).map(([method, e]) => ({
    method,
    callsPerRun: e.count / Math.max(1, runs),
    meanMs: e.ms / Math.max(1, e.count),
    shareOfWall: wallMs > 0 ? e.ms / wallMs : 0,
  }));
  return { callsPerRun: calls, top };
}

export interface StoreSummary {
  readonly callsPerRun: number;
  readonly top: readonly {
    readonly method: string;
    readonly callsPerRun: number;
    readonly meanMs: number;
    /** Time in this method over the operation's wall time (can exceed 1 with parallel calls). */
    readonly shareOfWall: number;
  }[];
}
