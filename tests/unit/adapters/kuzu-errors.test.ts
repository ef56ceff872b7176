import { mapKuzuError } from '../../../src/adapters/kuzu/kuzu-errors';
import { StoreInUseError, StoreUnavailableError } from '../../../src/domain/errors';

describe('mapKuzuError', () => {
  // Kuzu 0.11's words when another process holds the database file open.
  const lockMessage =
    'IO exception: Could not set lock on file : /data/graph.kuzu\n' +
    'See the docs: https://docs.kuzudb.com/concurrency for more information.';

  it('names a store another process holds open as in use, still unavailable to this one', () => {
    const mapped = mapKuzuError(new Error(lockMessage), 'opening /data/graph.kuzu');
    expect(mapped).toBeInstanceOf(StoreInUseError);
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect(mapped.code).toBe('STORE_UNAVAILABLE');
    expect(mapped.message).toMatch(/in use by another process \(opening \/data\/graph\.kuzu\)/);
  });

  it('does not take a file that cannot be read for one in use', () => {
    const mapped = mapKuzuError(
      new Error('IO exception: Cannot read from file: /data/graph.kuzu'),
      'opening /data/graph.kuzu',
    );
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect(mapped).not.toBeInstanceOf(StoreInUseError);
  });
});
