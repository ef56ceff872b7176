import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { sourcesRoot } from '../ingest/source-files';
import { buildFtmImport, FTM_OWNERSHIP, type FtmImportReport } from '../import/ftm/ftm-import';
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

export const IMPORT_FTM_USAGE = `usage: npm run import:ftm -- FILE.ftm.json|FOLDER... [--into DIR] [--dry-run]

Converts FollowTheMoney entity files (one JSON entity per line; a folder means its *.json files)
into source files in DIR (default SEEDS_DIR or ./seeds): per file documents/ftm_<name>.txt and
annotations/ftm_<name>.yaml, and registry/ftm.yaml. The import owns these files: a run replaces
all of them with what the files given now produce, so give every file you want in the sources at once.
  --dry-run      convert and validate, write nothing
Then \`npm run ingest\` brings the sources into the store.`;

/** The entity files of the arguments: files as given, folders' *.json / *.jsonl files in name order. */
async function entityFiles(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const resolved = path.resolve(arg);
    const info = await stat(resolved).catch(() => undefined);
    if (!info) throw new ImportUsageError(`${arg}: no such file or folder`);
    if (info.isDirectory()) {
      const names = (await readdir(resolved))
        .filter((name) => /\.jsonl?$/.test(name) && !name.startsWith('.'))
        .sort();
      files.push(...names.map((name) => path.join(resolved, name)));
    } else {
      files.push(resolved);
    }
  }
  if (files.length === 0) throw new ImportUsageError('no entity files found');
  return [...new Set(files)];
}

export function printFtmReport(report: FtmImportReport, io: CliOutput): void {
  io.out(
    `import:ftm: read ${report.linesRead} lines of ${report.files.join(', ')}: ${report.entities} entities ` +
      `(${report.bySchema.format()})`,
  );
  io.out(`  imported: ${report.imported.format()}`);
  io.out(`  skipped: ${report.skipped.total}${report.skipped.total > 0 ? '' : ' (none)'}`);
  for (const [reason, count] of report.skipped.entries()) io.out(`    ${count} × ${reason}`);
  io.out(`  documents: ${report.documents}`);
  io.out(`  actors: ${report.actors} (${report.actorsByKind.format()})`);
  io.out(`  ties: ${report.ties} (${report.tiesByType.format()}); events: ${report.events} (SANCTION)`);
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
  for (const note of report.notes.slice(0, 20)) io.err(`  note: ${note}`);
  if (report.notes.length > 20) io.err(`  note: … and ${report.notes.length - 20} more`);
}

/** `npm run import:ftm -- FILE… [--into DIR]`: returns the exit code. */
export async function importFtmCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliOutput = CONSOLE,
): Promise<number> {
  const started = performance.now();
  try {
    const { values, positionals } = parseImportArgs(args, {});
    if (values.help) {
      io.out(IMPORT_FTM_USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new ImportUsageError('give at least one FollowTheMoney entity file');
    const into = sourcesRoot(values.into, env);
    const { sources, report } = await buildFtmImport({ files: await entityFiles(positionals), into });
    printFtmReport(report, io);
    const checked = await checkAndWrite(into, sources, FTM_OWNERSHIP, values['dry-run'] ?? false);
    reportWrite(io, 'import:ftm', into, checked);
    const total = performance.now() - started;
    io.out(
      `  throughput: ${report.linesRead} lines in ${seconds(total)} (${perSecond(report.linesRead, total)} lines/s); ` +
        `reading and converting ${seconds(report.convertMs)}, validating and writing ${seconds(checked.writeMs)}`,
    );
    return 0;
  } catch (error) {
    return reportFailure(io, 'import:ftm', IMPORT_FTM_USAGE, error);
  }
}

if (require.main === module) {
  void importFtmCli(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  });
}
