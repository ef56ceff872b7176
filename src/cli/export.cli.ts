import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openStore } from '../app';
import { ConfigError, loadConfig } from '../config';
import { DomainError } from '../domain/errors';
import { CliUsageError, EXPORT_USAGE, parseExportCliArgs } from '../export/cli-args';
import { ExportService } from '../export/export.service';

/**
 * `npm run export -- --format gexf --actor alexander-lukashenko --depth 2 --out file.gexf`:
 * a subgraph of the configured store (KUZU_PATH or Neo4j) as a graph file, on
 * standard output without --out. Exit 2 on usage or configuration errors, 1 when
 * the export fails (an unknown id, an invalid window…).
 */
async function main(): Promise<void> {
  const options = parseExportCliArgs(process.argv.slice(2));
  if (options.help) {
    console.log(EXPORT_USAGE);
    return;
  }
  const config = loadConfig(process.env);
  const store = await openStore(config);
  try {
    await store.initSchema();
    const counts = await store.counts();
    if (counts.actors === 0 && counts.events === 0) {
      console.error('export: the graph is empty; run `npm run ingest` (or `npm start`) first');
    }
    const document = await new ExportService(store).export(options.format, options.selection);
    const summary = `${document.nodeCount} nodes, ${document.edgeCount} edges${
      document.truncated ? ' (truncated by the node limit)' : ''
    }`;
    if (options.out === null) {
      process.stdout.write(document.content);
      console.error(`export: ${document.fileName}: ${summary}`);
    } else {
      const target = path.resolve(options.out);
      await writeFile(target, document.content, 'utf8');
      console.error(`export: ${summary} written to ${target}`);
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof CliUsageError) console.error(`export: ${error.message}\n\n${EXPORT_USAGE}`);
  else if (error instanceof ConfigError || error instanceof DomainError)
    console.error(`export: ${error.message}`);
  else console.error('export failed:', error);
  process.exitCode = error instanceof CliUsageError || error instanceof ConfigError ? 2 : 1;
});
