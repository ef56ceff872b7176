import kuzu from 'kuzu';

type Connection = InstanceType<typeof kuzu.Connection>;
type PreparedStatement = Awaited<ReturnType<Connection['prepare']>>;

/** A connection lent to one unit of work, with the statements it has already prepared. */
export interface Lease {
  readonly connection: Connection;
  prepare(text: string): Promise<PreparedStatement>;
  /**
   * The graph this unit of work reads, as the number of writes begun before it,
   * when its statements run without a transaction while no write runs (see
   * KuzuGraphStore.read): what it learns of that graph holds for any other
   * unit of work that reads the same number. Null otherwise (set at each loan).
   */
  graphEpoch: number | null;
  /**
   * Whether this unit of work runs its statements in a transaction it began
   * on this connection, so none of them may run on another (set at each loan).
   */
  inTransaction: boolean;
}

class PooledConnection implements Lease {
  private readonly prepared = new Map<string, PreparedStatement>();
  graphEpoch: number | null = null;
  inTransaction = false;

  constructor(
    readonly connection: Connection,
    readonly generation: number,
  ) {}

  /**
   * Planning a query costs about as much as running a primary-key lookup, so
   * each connection keeps its prepared statements; a failed preparation is not
   * kept, and reports its error to the caller.
   */
  async prepare(text: string): Promise<PreparedStatement> {
    const cached = this.prepared.get(text);
    if (cached) return cached;
    const statement = await this.connection.prepare(text);
    if (statement.isSuccess()) this.prepared.set(text, statement);
    return statement;
  }
}

/**
 * Connections to the embedded database, lent one unit of work at a time. A Kuzu
 * connection is an in-process handle whose main cost is the statements prepared
 * on it, so idle ones are kept for the next unit of work instead of closed. A
 * connection that saw an error is closed rather than returned: it may still hold
 * a transaction. After a schema change (tables, full-text indexes) statements
 * prepared before it may be stale, so `invalidate()` retires every connection
 * opened until then.
 */
export class KuzuConnectionPool {
  private readonly idle: PooledConnection[] = [];
  private closed = false;
  private generation = 0;

  constructor(
    private readonly database: InstanceType<typeof kuzu.Database>,
    private readonly maxIdle = 4,
  ) {}

  async use<T>(timeoutMs: number, work: (lease: Lease) => Promise<T>): Promise<T> {
    const lease = this.idle.pop() ?? (await this.open());
    lease.graphEpoch = null;
    lease.inTransaction = false;
    let healthy = false;
    try {
      lease.connection.setQueryTimeout(timeoutMs);
      const result = await work(lease);
      healthy = true;
      return result;
    } finally {
      const current = lease.generation === this.generation;
      if (healthy && current && !this.closed && this.idle.length < this.maxIdle) this.idle.push(lease);
      else await lease.connection.close();
    }
  }

  async invalidate(): Promise<void> {
    this.generation += 1;
    await Promise.all(this.idle.splice(0).map((lease) => lease.connection.close()));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.splice(0).map((lease) => lease.connection.close()));
  }

  private async open(): Promise<PooledConnection> {
    const connection = new kuzu.Connection(this.database);
    await connection.init();
    return new PooledConnection(connection, this.generation);
  }
}
