import { DomainError, SourceValidationError } from '../domain/errors';
import { buildGraph } from '../ingest/graph-builder';
import { formatSourceWarning, readSources, sourcesRoot } from '../ingest/source-files';
import { CONSOLE, type CliOutput } from './cli-output';

/**
 * `npm run seeds:validate [-- <folder>]`: checks the sources without touching
 * any store, for curators editing annotations. The folder is the argument if
 * given, else SEEDS_DIR, else ./seeds. Files left out are warned about; every
 * problem is printed as `file: record: field: message`. Returns the exit code.
 */
export async function validateSeeds(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliOutput = CONSOLE,
): Promise<number> {
  const root = sourcesRoot(args[0], env);
  try {
    const sources = await readSources(root);
    for (const warning of sources.warnings ?? []) io.err(`warning: ${formatSourceWarning(warning)}`);
    const graph = buildGraph(sources);
    io.out(
      `seeds valid (${root}): ${graph.documents.length} documents, ${graph.actors.length} actors, ` +
        `${graph.events.length} events, ${graph.participations.length} participations, ` +
        `${graph.statements.length} statements, ${graph.ties.length} ties, ` +
        `${graph.claims.length} claims, ${graph.evidence.length} evidence spans`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SourceValidationError || error instanceof DomainError) io.err(error.message);
    else io.err(`seeds validation failed: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  void validateSeeds(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  });
}
