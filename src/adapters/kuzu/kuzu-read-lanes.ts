import type { KuzuConnectionPool, Lease } from './kuzu-connections';

/**
 * The connections one read's statements run on when some of them may run at
 * once (planned reads, see readInSteps): its own lease, and while that one is
 * busy, another from the pool. Only for statements that read one graph
 * without a transaction of the unit of work (KuzuGraphStore.read): a statement
 * on another connection sees what any statement given alone sees. A Kuzu
 * connection runs one statement at a time, and each hand-off to Kuzu's worker
 * threads is latency more than work, so two lookups that do not need each
 * other's records cost about the longer of the two.
 */
export class KuzuReadLanes {
  private homeBusy = false;

  constructor(
    private readonly home: Lease,
    private readonly pool: KuzuConnectionPool,
    private readonly timeoutMs: number,
  ) {}

  async on<T>(work: (lease: Lease) => Promise<T>): Promise<T> {
    if (!this.homeBusy) {
      this.homeBusy = true;
      try {
        return await work(this.home);
      } finally {
        this.homeBusy = false;
      }
    }
    return this.pool.use(this.timeoutMs, (lease) => {
      // The same graph as the home lease's: what the read learns of it (participants' counts) holds for both.
      lease.graphEpoch = this.home.graphEpoch;
      return work(lease);
    });
  }
}
