import path from 'node:path';
import { sourcesRoot } from '../ingest/source-files';
import { buildGdeltImport, GDELT_OWNERSHIP, type GdeltImportReport } from '../import/gdelt/gdelt-import';
import {
  checkAndWrite,
  CONSOLE,
  ImportUsageError,
  parseImportArgs,
  perSecond,
  reportFailure,
  reportWrite,
  seconds,
  type CliOutput,
} from '../import/run-import';

export const IMPORT_GDELT_USAGE = `usage: npm run import:gdelt -- EXPORT.CSV... [--into DIR] [--country FIPS]... [--actor CAMEO]... [--dry-run]

Converts GDELT 2.0 event exports (tab-separated, 61 columns, no header) into source files
in DIR (default SEEDS_DIR or ./seeds): documents/gdelt_<hash>.txt and annotations/gdelt_<hash>.yaml
per source URL, registry/gdelt.yaml. The import owns these files: a run replaces all of them with
what the exports given now produce, so give every export you want in the sources at once.
  --country BO   keep rows whose action or actors are located in this FIPS 10-4 country (repeatable)
  --actor BLR    keep rows with an actor of this CAMEO country/group code (repeatable)
                 (with several filters a row is kept when it matches any of them)
  --dry-run      convert and validate, write nothing
Then \`npm run ingest\` brings the sources into the store.`;

function codes(values: readonly string[] | undefined, pattern: RegExp, option: string): string[] {
  const all = (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim().toUpperCase());
  for (const value of all) {
    if (!pattern.test(value)) throw new ImportUsageError(`${option} ${value}: not a code of that kind`);
  }
  return [...new Set(all)];
}

export function printGdeltReport(report: GdeltImportReport, io: CliOutput): void {
  const { filter } = report;
  io.out(
    `import:gdelt: read ${report.linesRead} lines of ${report.files.join(', ')}: ${report.rowsParsed} rows, ` +
      `${report.skipped.total} skipped${report.skipped.total > 0 ? ` (${report.skipped.format()})` : ''}, ` +
      `${report.duplicates} duplicate event ids`,
  );
  io.out(
    `  kept ${report.rowsKept} of ${report.rowsParsed - report.duplicates} rows` +
      (filter ? ` touching ${filter} (${report.filteredOut} left out)` : ' (no filter)'),
  );
  io.out(`  documents (one per source URL): ${report.documents}`);
  io.out(`  events: ${report.eventsByType.total} (${report.eventsByType.format()})`);
  io.out(`  participations: ${report.participations} (${report.participationsByRole.format()})`);
  io.out(
    `  actors: ${report.registryActors} curated actors resolved to (${report.actorsByResolution.get('registry')} ` +
      `occurrences); ${report.newActorsByKind.total} declared in registry/gdelt.yaml ` +
      `(${report.newActorsByKind.format()}; by rule: ${report.newActorsByResolution.format()})`,
  );
  io.out(
    `  places: ${report.curatedPlaces} curated, ${report.newPlaces} declared; ` +
      `${report.eventsWithoutPlace} events without a place`,
  );
  io.out(
    `  mentions: ${report.mentions}; spellings declared ambiguous: ${report.ambiguousAliases}; ` +
      `spellings dropped (held by another registry file): ${report.dropped.length}`,
  );
  for (const dropped of report.dropped.slice(0, 20)) {
    io.err(
      `  warning: "${dropped.spelling}" not given to ${dropped.actorId}: ${dropped.heldBy.join(', ')} holds it`,
    );
  }
  if (report.dropped.length > 20) io.err(`  warning: … and ${report.dropped.length - 20} more`);
}

/** `npm run import:gdelt -- FILE… [--into DIR]`: returns the exit code. */
export async function importGdeltCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliOutput = CONSOLE,
): Promise<number> {
  const started = performance.now();
  try {
    const { values, positionals } = parseImportArgs(args, {
      country: { type: 'string', multiple: true },
      actor: { type: 'string', multiple: true },
    });
    if (values.help) {
      io.out(IMPORT_GDELT_USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new ImportUsageError('give at least one GDELT export file');
    const filter = {
      countries: codes(values.country, /^[A-Z]{2}$/, '--country'),
      actors: codes(values.actor, /^[A-Z]{3}$/, '--actor'),
    };
    const into = sourcesRoot(values.into, env);
    const { sources, report } = await buildGdeltImport({
      files: positionals.map((file) => path.resolve(file)),
      into,
      filter,
    });
    printGdeltReport(report, io);
    const checked = await checkAndWrite(into, sources, GDELT_OWNERSHIP, values['dry-run'] ?? false);
    reportWrite(io, 'import:gdelt', into, checked);
    const total = performance.now() - started;
    io.out(
      `  throughput: ${report.linesRead} rows in ${seconds(total)} (${perSecond(report.linesRead, total)} rows/s); ` +
        `reading and converting ${seconds(report.convertMs)} (${perSecond(report.linesRead, report.convertMs)} rows/s), ` +
        `validating and writing ${seconds(checked.writeMs)}`,
    );
    return 0;
  } catch (error) {
    return reportFailure(io, 'import:gdelt', IMPORT_GDELT_USAGE, error);
  }
}

if (require.main === module) {
  void importGdeltCli(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  });
}
