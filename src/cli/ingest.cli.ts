import 'reflect-metadata';
import { openStore } from '../app';
import { ConfigError, loadConfig } from '../config';
import { DomainError } from '../domain/errors';
import { IngestService } from '../services/ingest.service';

/**
 * `npm run ingest [-- <sources folder>]`: validates the sources and writes them to
 * the configured store in one transaction. Exit 1 with every problem listed when
 * the sources are invalid; the store is then unchanged.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const root = process.argv[2] ?? config.seedsDir;
  const store = await openStore(config);
  try {
    await store.initSchema();
    const summary = await new IngestService(store).ingestFolder(root, (line) => console.log(`  ${line}`));
    // Decided by what was written, not by counts: an edit can change records without changing any count.
    console.log(
      `ingest: ${summary.changed ? 'graph updated' : 'no change (the store already holds these sources)'}`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DomainError) console.error(`ingest: ${error.message}`);
  else console.error('ingest failed:', error);
  process.exitCode = error instanceof ConfigError ? 2 : 1;
});
