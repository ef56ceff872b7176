import type { GraphStore } from '../../src/ports/graph-store.port';
import { wordsOf } from '../../src/services/search.service';

/**
 * The floor for `search` on Kuzu: the store's own full-text statement over the
 * three indexes `search` queries (statements, events, documents,
 * cypher/kuzu/search_text.cypher), given the query's words, on a leased
 * connection of the store and nothing else: none of what the service adds
 * (matching names, widening the words with the spellings of the actors they
 * name, reading the hits' records). Issue 14 asks `search` to stay within 2x of it.
 *
 * Reached through the adapter's private members, as no port method runs a raw
 * statement; null for another store.
 */
export function kuzuFullTextFloor(
  store: GraphStore,
): ((text: string, limit: number) => Promise<unknown>) | null {
  if (store.kind !== 'kuzu') return null;
  const internals = store as unknown as {
    withConnection: (
      context: string,
      timeoutMs: undefined,
      work: (conn: unknown) => Promise<unknown>,
    ) => Promise<unknown>;
    run: (conn: unknown, name: string, params: Record<string, unknown>) => Promise<unknown>;
  };
  return (text, limit) =>
    internals.withConnection.call(store, 'full-text floor', undefined, (conn) =>
      internals.run.call(store, conn, 'search_text', { text: wordsOf(text).join(' '), limit }),
    );
}
