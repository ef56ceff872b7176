import { DomainError, SourceValidationError } from '../domain/errors';
import { buildGraph } from '../ingest/graph-builder';
import { buildSeedsReport, formatSeedsReport } from '../ingest/seeds-report';
import { formatSourceWarning, readSources, sourcesRoot } from '../ingest/source-files';
import { CONSOLE, type CliOutput } from './cli-output';

/**
 * `npm run seeds:report [-- <folder>]`: prints what the curated seeds support,
 * per document: actors, events, participations, statements, ties, claims,
 * evidence spans and the share of sentences cited as evidence. The folder is
 * the argument if given, else SEEDS_DIR, else ./seeds. Returns exit code 1,
 * printing every problem, when the seeds do not validate.
 */
export async function reportSeeds(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliOutput = CONSOLE,
): Promise<number> {
  const root = sourcesRoot(args[0], env);
  try {
    const sources = await readSources(root);
    for (const warning of sources.warnings ?? []) io.err(`warning: ${formatSourceWarning(warning)}`);
    const report = buildSeedsReport(buildGraph(sources));
    io.out(`Seeds report for ${root}\n`);
    io.out(formatSeedsReport(report));
    io.out(
      '\nPer document: distinct facts with evidence in that document (an event several documents ' +
        'describe counts in each).\nTotal: distinct facts in the graph. A sentence is cited when an ' +
        'evidence span overlaps it.',
    );
    return 0;
  } catch (error) {
    if (error instanceof SourceValidationError || error instanceof DomainError) io.err(error.message);
    else io.err(`seeds report failed: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  void reportSeeds(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  });
}
