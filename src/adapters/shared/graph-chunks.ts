import { DomainError } from '../../domain/errors';
import type { GraphBatch } from '../../domain/graph';
import type { GraphChunks } from '../../ports/graph-store.port';

/**
 * A failure of the chunks' own source (a file that broke off, a generator's
 * bug) while a store reads them: carried through the store's error mapping
 * untouched, so the caller gets its own error back, not a store failure.
 */
class ChunkSourceFailure extends DomainError {
  readonly code = 'CHUNK_SOURCE';
}

/**
 * One way to walk the chunks of a write, whether they come in memory or are
 * produced as it goes. A source that has said it is done is let go: a bulk
 * load spends most of its time after the last chunk, in the store's COPYs, and
 * a generator's state (or a reader's buffers) need not live through them.
 */
export function chunkIterator(chunks: GraphChunks): AsyncIterator<GraphBatch> {
  let inner: Iterator<GraphBatch> | AsyncIterator<GraphBatch> | null =
    Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  return {
    next: async () => {
      if (!inner) return { done: true, value: undefined };
      try {
        const next = await inner.next();
        if (next.done) inner = null;
        return next;
      } catch (error) {
        throw new ChunkSourceFailure('the chunks of a write failed', { cause: error });
      }
    },
  };
}

/** Runs a chunked write; a failure of the chunks' source comes out as itself. */
export async function withChunkSourceErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw error instanceof ChunkSourceFailure ? error.cause : error;
  }
}
