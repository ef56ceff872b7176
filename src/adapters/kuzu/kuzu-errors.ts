import {
  DomainError,
  StoreConstraintError,
  StoreError,
  StoreInUseError,
  StoreTimeoutError,
  StoreUnavailableError,
} from '../../domain/errors';

/**
 * Kuzu reports every failure as a plain Error whose message starts with its
 * exception class ("Runtime exception: ...", "IO exception: ..."); map the ones a
 * caller can act on to named domain errors and keep the driver message as cause.
 */
export function mapKuzuError(error: unknown, context: string): DomainError {
  if (error instanceof DomainError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // Checked before the IO exceptions, whose prefix it shares: a store another
  // process holds open is whole, one that cannot be opened may be damaged.
  if (/Could not set lock on file/i.test(message)) {
    return new StoreInUseError(`the embedded Kuzu database is in use by another process (${context})`, {
      cause: error,
    });
  }
  if (/IO exception|Cannot open file|No such file/i.test(message)) {
    return new StoreUnavailableError(`the embedded Kuzu database cannot be opened (${context})`, {
      cause: error,
    });
  }
  if (/buffer pool is full/i.test(message)) {
    return new StoreError(
      `Kuzu's buffer pool is too small for this work (${context}); it was undone: raise KUZU_BUFFER_POOL_MB`,
      { cause: error },
    );
  }
  if (/interrupted|timeout/i.test(message)) {
    return new StoreTimeoutError(`Kuzu stopped a query that ran too long (${context})`, { cause: error });
  }
  if (/duplicate|primary key|violates|constraint/i.test(message)) {
    return new StoreConstraintError(`Kuzu refused the write (${context})`, { cause: error });
  }
  return new StoreError(`Kuzu query failed (${context})`, { cause: error });
}
