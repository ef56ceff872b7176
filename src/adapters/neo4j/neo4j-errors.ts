import {
  DomainError,
  StoreConstraintError,
  StoreError,
  StoreTimeoutError,
  StoreUnavailableError,
} from '../../domain/errors';

/**
 * neo4j-driver reports failures as a Neo4jError whose `code` is either a server
 * status code ("Neo.ClientError.Schema.ConstraintValidationFailed") or one of
 * the driver's own ("ServiceUnavailable", "SessionExpired"). Map the ones a
 * caller can act on to named domain errors and keep the driver error as cause.
 *
 * Messages name the store and the unit of work, never credentials.
 */

/** The server cannot be reached, refused the credentials, or the database is not there. */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
  'Neo.ClientError.Security.AuthorizationExpired',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
  'Neo.ClientError.Cluster.NotALeader',
]);

/** A write broke a constraint: nothing was committed. */
const CONSTRAINT_CODES = new Set([
  'Neo.ClientError.Schema.ConstraintValidationFailed',
  'Neo.ClientError.Statement.ConstraintVerificationFailed',
]);

/** The transaction ran too long, waited too long for a lock, or needed too much memory. */
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
  // The driver reclassifies these two transient codes as client errors.
  'Neo.ClientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
  'Neo.TransientError.General.StackOverFlowError',
]);

export function neo4jErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.length > 0 ? code : null;
}

export function mapNeo4jError(error: unknown, context: string): DomainError {
  if (error instanceof DomainError) return error;
  const code = neo4jErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);

  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreUnavailableError(`the Neo4j database does not exist (${context})`, { cause: error });
  }
  if (code !== null && code.startsWith('Neo.ClientError.Security.') && UNAVAILABLE_CODES.has(code)) {
    return new StoreUnavailableError(`Neo4j refused the credentials (${context})`, { cause: error });
  }
  if ((code !== null && UNAVAILABLE_CODES.has(code)) || /Connection acquisition timed out/i.test(message)) {
    return new StoreUnavailableError(`Neo4j cannot be reached (${context})`, { cause: error });
  }
  if (code !== null && CONSTRAINT_CODES.has(code)) {
    return new StoreConstraintError(`Neo4j refused the write (${context})`, { cause: error });
  }
  if (code !== null && TIMEOUT_CODES.has(code)) {
    return new StoreTimeoutError(`the Neo4j query was stopped: too long or too much memory (${context})`, {
      cause: error,
    });
  }
  const suffix = code !== null && code !== 'N/A' ? `: ${code}` : '';
  return new StoreError(`Neo4j query failed (${context})${suffix}`, { cause: error });
}
