import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { replaceFileWhole } from '../ingest/source-file-write';
import { openStoreToRead } from './command-store';
import { type AppConfig, ConfigError, loadConfig } from '../config';
import { DomainError, StoreUnavailableError } from '../domain/errors';
import { CliUsageError, EXPORT_USAGE, parseExportCliArgs } from '../export/cli-args';
import { ExportService } from '../export/export.service';

export interface ExportCliOutput {
  /** Standard output: the file itself when there is no --out. */
  readonly write: (text: string) => void;
  /** Messages (standard error). */
  readonly err: (line: string) => void;
}

const CONSOLE: ExportCliOutput = {
  write: (text) => process.stdout.write(text),
  err: (line) => console.error(line),
};

/**
 * The embedded store's database must exist: opening a missing path would
 * create an empty database (and its folder), and export nothing from it.
 */
export function checkStoreExists(config: AppConfig): void {
  if (config.graphStore !== 'kuzu' || existsSync(config.kuzuPath)) return;
  throw new StoreUnavailableError(
    `no Kuzu database at ${config.kuzuPath} (KUZU_PATH); run \`npm run ingest\` or \`npm start\` ` +
      'first, or set KUZU_PATH to an existing store',
  );
}

/**
 * `npm run export -- --format gexf --actor alexander-lukashenko --depth 2 --out file.gexf`:
 * a subgraph of the configured store (KUZU_PATH or Neo4j) as a graph file, on
 * standard output without --out. Returns exit code 2 on usage or configuration
 * errors, 1 when the export fails (no store at KUZU_PATH, an unknown id, an
 * invalid window…).
 */
export async function runExport(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: ExportCliOutput = CONSOLE,
): Promise<number> {
  try {
    await exportGraph(argv, env, io);
    return 0;
  } catch (error) {
    if (error instanceof CliUsageError) io.err(`export: ${error.message}\n\n${EXPORT_USAGE}`);
    else if (error instanceof ConfigError || error instanceof DomainError) io.err(`export: ${error.message}`);
    else io.err(`export failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return error instanceof CliUsageError || error instanceof ConfigError ? 2 : 1;
  }
}

async function exportGraph(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: ExportCliOutput,
): Promise<void> {
  const options = parseExportCliArgs(argv);
  if (options.help) {
    io.write(`${EXPORT_USAGE}\n`);
    return;
  }
  const config = loadConfig(env);
  checkStoreExists(config);
  const store = await openStoreToRead(config, (line) => io.err(`export: warning: ${line}`));
  try {
    const counts = await store.counts();
    if (counts.actors === 0 && counts.events === 0) {
      io.err('export: the graph is empty; run `npm run ingest` (or `npm start`) first');
    }
    const document = await new ExportService(store).export(options.format, options.selection);
    const summary = `${document.nodeCount} nodes, ${document.edgeCount} edges${
      document.truncated ? ' (truncated by the node limit)' : ''
    }`;
    if (options.out === null) {
      io.write(document.content);
      io.err(`export: ${document.fileName}: ${summary}`);
    } else {
      const target = path.resolve(options.out);
      // A failed export (a full disk, a kill) leaves the previous file whole.
      await replaceFileWhole(target, document.content);
      io.err(`export: ${summary} written to ${target}`);
    }
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  void runExport(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  });
}
