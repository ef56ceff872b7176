/**
 * Named domain errors. Adapters translate driver failures into these; the API
 * translates these into GraphQL errors with a stable `extensions.code`.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
}

export class InvalidArgumentError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
}

export class AmbiguousNameError extends DomainError {
  readonly code = 'AMBIGUOUS_NAME';
  constructor(
    readonly ambiguousName: string,
    readonly candidateIds: readonly string[],
  ) {
    super(`"${ambiguousName}" names more than one actor: ${candidateIds.join(', ')}`);
  }
}

/** The store could not be reached or refused the connection. */
export class StoreUnavailableError extends DomainError {
  readonly code = 'STORE_UNAVAILABLE';
}

/**
 * Another process holds the embedded store open (Kuzu lets one process at a time
 * open a database file). The store is not damaged and must be left where it is:
 * stop the other process, or point this one at another file.
 */
export class StoreInUseError extends StoreUnavailableError {}

/** A write broke a store constraint or referenced a missing node; nothing was written. */
export class StoreConstraintError extends DomainError {
  readonly code = 'STORE_CONSTRAINT';
}

/** The query took too long or needed too much memory; it was stopped. */
export class StoreTimeoutError extends DomainError {
  readonly code = 'STORE_TIMEOUT';
}

/**
 * The store is busy with work that must run alone (Kuzu's checkpoint after a
 * write, another ingest) and this request waited its bounded time. Nothing was
 * changed: retry it.
 */
export class StoreBusyError extends DomainError {
  readonly code = 'STORE_BUSY';
}

export class StoreError extends DomainError {
  readonly code = 'STORE_ERROR';
}

/**
 * The store lacks part of its schema and cannot get it back in place: Kuzu
 * keeps the hidden tables of a full-text index whose creation a kill cut short,
 * and they block the index's name for good. Its records are whole; rebuilding
 * the store from the sources (npm start, npm run ingest) restores the index,
 * and the old file is kept aside.
 */
export class StoreNeedsRebuildError extends StoreError {}

export class WriteDisabledError extends DomainError {
  readonly code = 'FORBIDDEN';
}

/** The request needs the API key and has none, or a wrong one. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

export interface SourceProblem {
  readonly file: string;
  /** Which record: "events[2] (2025-06-21-kellogg-lukashenko-meeting)". */
  readonly record: string;
  /** Which field of the record: "participants[0].actor". */
  readonly field: string;
  readonly message: string;
}

export function formatSourceProblem(problem: SourceProblem): string {
  return `${problem.file}: ${problem.record}: ${problem.field}: ${problem.message}`;
}

/** Invalid sources: every problem found, so a curator can fix them in one pass. */
export class SourceValidationError extends DomainError {
  readonly code = 'INVALID_SOURCE';
  constructor(readonly problems: readonly SourceProblem[]) {
    super(
      `${problems.length} problem(s) in the sources; nothing was written:\n` +
        problems.map((p) => `  ${formatSourceProblem(p)}`).join('\n'),
    );
  }
}
