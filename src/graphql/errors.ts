import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AmbiguousNameError, DomainError, SourceValidationError } from '../domain/errors';
import { QueryLimitError } from './query-limits';
import { RequestTimeoutError } from './request-deadline';

/** Codes clients may see; anything else is reported as INTERNAL_SERVER_ERROR without details. */
const PUBLIC_GRAPHQL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export type ErrorLogger = (error: unknown) => void;

/**
 * The API's error boundary. Domain errors become their stable `extensions.code`
 * with their message; store failures keep their code but get a generic message;
 * anything unexpected is logged and returned as INTERNAL_SERVER_ERROR. Never a
 * stack trace, a driver message or a query.
 */
export function createErrorFormatter(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const path = formatted.path ? { path: formatted.path } : {};
    const locations = formatted.locations ? { locations: formatted.locations } : {};
    // Refused by a size, alias or cost limit (query-limits.ts): the measure and the limit go along.
    if (original instanceof QueryLimitError) {
      return { message: original.message, extensions: { code: original.code, ...original.details } };
    }
    // A resolver that refused to start after the request's time limit (its answer has already gone).
    if (original instanceof RequestTimeoutError) {
      return {
        message: original.message,
        ...path,
        extensions: { code: original.code, timeoutMs: original.timeoutMs },
      };
    }
    if (original instanceof AmbiguousNameError) {
      return {
        message: original.message,
        ...locations,
        ...path,
        extensions: { code: original.code, candidateIds: original.candidateIds },
      };
    }
    if (original instanceof SourceValidationError) {
      return {
        message: original.message,
        ...locations,
        ...path,
        extensions: { code: original.code, problems: original.problems },
      };
    }
    if (original instanceof DomainError) {
      const isStoreFailure = original.code.startsWith('STORE_');
      if (isStoreFailure) log(original);
      return {
        message: isStoreFailure ? storeMessage(original.code) : original.message,
        ...locations,
        ...path,
        extensions: { code: original.code },
      };
    }
    // Parse, validation and argument errors come from graphql-js itself and are safe to show.
    const code = formatted.extensions?.['code'];
    if (original instanceof GraphQLError && typeof code === 'string' && PUBLIC_GRAPHQL_CODES.has(code)) {
      return { message: formatted.message, ...locations, ...path, extensions: { code } };
    }
    log(original);
    return { message: 'Internal server error', ...path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

function storeMessage(code: string): string {
  switch (code) {
    case 'STORE_UNAVAILABLE':
      return 'The graph store is unavailable; try again later.';
    case 'STORE_TIMEOUT':
      return 'The query took too long and was stopped; narrow it (smaller page, fewer hops).';
    default:
      return 'The graph store could not complete the request.';
  }
}
