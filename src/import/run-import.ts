import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliOutput } from '../cli/cli-output';
import { DomainError, SourceValidationError } from '../domain/errors';
import type { GraphBatch } from '../domain/graph';
import {
  formatWriteSummary,
  validateImport,
  writeImport,
  type ImportedSources,
  type Ownership,
  type WriteSummary,
} from './imported-sources';

export { CONSOLE, type CliOutput } from '../cli/cli-output';

export class ImportUsageError extends Error {}

/** The options every importer takes. */
const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  into: { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

/** An importer's arguments: the common options and its own; a malformed one is a usage error. */
export function parseImportArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  own: O,
) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options: { ...COMMON_OPTIONS, ...own } });
  } catch (error) {
    throw new ImportUsageError((error as Error).message);
  }
}

export interface CheckedImport {
  readonly graph: GraphBatch;
  /** Undefined on a dry run. */
  readonly summary?: WriteSummary;
  /** Validation and writing, in milliseconds. */
  readonly writeMs: number;
}

/**
 * Validates the sources folder as the import leaves it (the ingest's own
 * validator: every quote found, every reference known, every spelling one
 * actor's), then writes the files — or, when it would not ingest, writes
 * nothing and throws SourceValidationError.
 */
export async function checkAndWrite(
  into: string,
  sources: ImportedSources,
  owner: Ownership,
  dryRun: boolean,
): Promise<CheckedImport> {
  const started = performance.now();
  const graph = await validateImport(into, sources, owner);
  const summary = dryRun ? undefined : await writeImport(into, sources, owner);
  return { graph, ...(summary ? { summary } : {}), writeMs: performance.now() - started };
}

export function reportWrite(io: CliOutput, prefix: string, into: string, checked: CheckedImport): void {
  const { graph } = checked;
  io.out(
    `  validated (the ingest's validator, over ${into} with the import): ${graph.documents.length} documents, ` +
      `${graph.actors.length} actors, ${graph.events.length} events, ${graph.participations.length} participations, ` +
      `${graph.ties.length} ties, ${graph.evidence.length} evidence spans`,
  );
  io.out(
    checked.summary
      ? `  wrote ${into}: ${formatWriteSummary(checked.summary)}`
      : `  dry run: nothing written (${prefix})`,
  );
}

/** Exit code and message for an error of an import CLI: 2 for usage, 1 for the rest. */
export function reportFailure(io: CliOutput, prefix: string, usage: string, error: unknown): number {
  if (error instanceof ImportUsageError) {
    io.err(`${prefix}: ${error.message}\n${usage}`);
    return 2;
  }
  if (error instanceof SourceValidationError) {
    io.err(
      `${prefix}: the sources would not ingest with this import; nothing was written.\n${error.message}`,
    );
    return 1;
  }
  if (error instanceof DomainError) io.err(`${prefix}: ${error.message}`);
  else io.err(`${prefix} failed: ${(error as Error).message}`);
  return 1;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

export function perSecond(count: number, ms: number): string {
  return ms > 0 ? `${Math.round((count * 1000) / ms).toLocaleString('en-US')}` : '∞';
}
