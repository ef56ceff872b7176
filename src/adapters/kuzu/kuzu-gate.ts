import { StoreBusyError } from '../../domain/errors';

/**
 * Who may use the embedded database when. Kuzu runs reads beside a write
 * transaction (each read sees the last committed graph), but it allows one
 * write transaction at a time, and a checkpoint (folding the write-ahead log
 * into the database file) needs every transaction gone: when Kuzu checkpoints
 * on its own at commit, a steady stream of readers makes the commit time out
 * and fail. So the store turns Kuzu's automatic checkpoint off and checkpoints
 * here, after each write: new reads wait (a bounded time, then STORE_BUSY),
 * running reads finish, the checkpoint runs alone, reads resume. When running
 * reads do not finish in time the checkpoint is skipped: the commit is already
 * durable in the log, and the next write or closing the store checkpoints.
 *
 * Full-text searches are the exception to "reads run beside a write": Kuzu
 * 0.11.3 crashes the process when a full-text index is queried while a write
 * transaction updates it. So searches and write transactions exclude each
 * other: a write waits for running searches to finish, and searches wait for
 * the write (each a bounded time, then STORE_BUSY; nothing half-done).
 */
export class KuzuGate {
  private activeReads = 0;
  /** Set while a checkpoint (or schema repair) waits for, or holds, the database alone. */
  private exclusive: { readonly done: Promise<void> } | null = null;
  private drained: (() => void) | null = null;
  private writeQueue: Promise<unknown> = Promise.resolve();
  private activeSearches = 0;
  private searchesDrained: (() => void) | null = null;
  /** Set while a write transaction runs: searches wait for it. */
  private writing: { readonly done: Promise<void> } | null = null;
  /** Writes begun so far, and those running now (see `writeMark`). */
  private writesBegun = 0;
  private writesRunning = 0;

  constructor(
    /** How long a read waits for a checkpoint before it answers STORE_BUSY. */
    private readonly readWaitMs: number,
    /** How long a checkpoint waits for running reads before it is skipped. */
    private readonly drainWaitMs: number,
  ) {}

  /** Runs a full-text search: like a read, but never beside a write transaction. */
  async search<T>(work: () => Promise<T>): Promise<T> {
    await this.enterWhenClear(
      () => this.writing,
      'the store is busy writing; full-text search resumes when it is done, retry in a moment',
      () => this.activeSearches++,
    );
    try {
      return await this.read(work);
    } finally {
      this.activeSearches--;
      if (this.activeSearches === 0) this.searchesDrained?.();
    }
  }

  /**
   * Runs a write transaction with no full-text search beside it: new searches
   * wait, running ones finish first (or, when they do not within the drain time,
   * the write is refused with STORE_BUSY before it starts). Call within `write`.
   */
  async withoutSearches<T>(work: () => Promise<T>): Promise<T> {
    let release!: () => void;
    this.writing = { done: new Promise<void>((resolve) => (release = resolve)) };
    try {
      if (this.activeSearches > 0) {
        const drained = new Promise<boolean>((resolve) => (this.searchesDrained = () => resolve(true)));
        const inTime = await Promise.race([drained, delay(this.drainWaitMs).then(() => false)]);
        this.searchesDrained = null;
        if (!inTime && this.activeSearches > 0) {
          throw new StoreBusyError(
            'full-text searches did not finish in time for the write; nothing was written, retry',
          );
        }
      }
      return await work();
    } finally {
      this.writing = null;
      release();
    }
  }

  /** Runs a read; it never waits on a write, only (briefly) on a checkpoint. */
  async read<T>(work: () => Promise<T>): Promise<T> {
    await this.enterWhenClear(
      () => this.exclusive,
      'the store is busy writing a checkpoint; nothing was read, retry in a moment',
      () => this.activeReads++,
    );
    try {
      return await work();
    } finally {
      this.activeReads--;
      if (this.activeReads === 0) this.drained?.();
    }
  }

  /** Runs writes one at a time, in the order they came: Kuzu allows one write transaction. */
  write<T>(work: () => Promise<T>): Promise<T> {
    const counted = async (): Promise<T> => {
      this.writesBegun++;
      this.writesRunning++;
      try {
        return await work();
      } finally {
        this.writesRunning--;
      }
    };
    const result = this.writeQueue.then(counted, counted);
    this.writeQueue = result.catch(() => undefined);
    return result;
  }

  /**
   * A mark to check a read against: null while a write runs, else a count of
   * writes begun. Every change to the database (a commit, a bulk load, a schema
   * change) happens within a `write`, and this process is the database's only
   * writer, so statements run while the mark still holds (`unchangedSince`)
   * read the same committed graph, as one transaction would.
   */
  writeMark(): number | null {
    return this.writesRunning > 0 ? null : this.writesBegun;
  }

  /** Whether no write has begun since `mark` was taken, nor runs now. */
  unchangedSince(mark: number): boolean {
    return this.writesRunning === 0 && this.writesBegun === mark;
  }

  /**
   * Runs `work` with no read running, or returns false without running it when
   * running reads did not finish within the drain time.
   */
  async alone(work: () => Promise<void>): Promise<boolean> {
    while (this.exclusive) await this.exclusive.done;
    let release!: () => void;
    this.exclusive = { done: new Promise<void>((resolve) => (release = resolve)) };
    try {
      if (this.activeReads > 0) {
        const drained = new Promise<boolean>((resolve) => (this.drained = () => resolve(true)));
        const inTime = await Promise.race([drained, delay(this.drainWaitMs).then(() => false)]);
        this.drained = null;
        if (!inTime && this.activeReads > 0) return false;
      }
      await work();
      return true;
    } finally {
      this.exclusive = null;
      release();
    }
  }

  /**
   * Waits while `barrier()` holds, each time at most the read wait, then
   * answers STORE_BUSY; `enter` counts the caller in the very turn that found
   * the barrier down. Counting after an await would leave a gap in which the
   * other side could raise the barrier, see nobody counted, and start beside
   * the caller (a checkpoint or bulk load beside a read, a write transaction
   * beside a full-text search).
   */
  private async enterWhenClear(
    barrier: () => { readonly done: Promise<void> } | null,
    busy: string,
    enter: () => void,
  ): Promise<void> {
    for (let held = barrier(); held; held = barrier()) {
      const waited = await Promise.race([
        held.done.then(() => true),
        delay(this.readWaitMs).then(() => false),
      ]);
      if (!waited) throw new StoreBusyError(busy);
    }
    enter();
  }

  get readsRunning(): number {
    return this.activeReads;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
