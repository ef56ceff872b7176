import type { GraphBatch } from '../../domain/graph';
import { planWrites, type WriteStep } from './write-plan';

/** One chunk of a write as the store runs it: its write steps, and the events it writes. */
export interface PlannedChunk {
  readonly steps: readonly WriteStep[];
  readonly eventIds: readonly string[];
}

/**
 * The chunks of a write, planned one at a time. The first can be looked at
 * before it is taken (a store chooses its bulk path by it). Nothing is kept
 * once taken: at L the first chunk alone (every document, actor and alias) is
 * about 100 MB of rows, which a caller holding it across the whole write would
 * keep through the bulk load's COPYs, when the store needs the memory most.
 */
export class PlannedChunks {
  private peeked: PlannedChunk | null = null;

  /** `source` as chunkIterator makes it: once done, it stays done without asking its own source again. */
  constructor(private readonly source: AsyncIterator<GraphBatch>) {}

  /** The next chunk, left to be taken; null when there is none. */
  async peek(): Promise<PlannedChunk | null> {
    this.peeked ??= await this.read();
    return this.peeked;
  }

  /** The next chunk, no longer held here; null when there is none. */
  async take(): Promise<PlannedChunk | null> {
    const next = this.peeked ?? (await this.read());
    this.peeked = null;
    return next;
  }

  private async read(): Promise<PlannedChunk | null> {
    const next = await this.source.next();
    if (next.done) return null;
    return { steps: planWrites(next.value), eventIds: next.value.events.map((event) => event.id) };
  }
}
