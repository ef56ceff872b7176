import { openStore } from '../adapters/open-store';
import { ConfigError, loadConfig } from '../config';
import { SourceValidationError, StoreInUseError } from '../domain/errors';
import { countsOf } from '../domain/graph-diff';
import { buildGraph } from '../ingest/graph-builder';
import { formatSourceWarning, readSources } from '../ingest/source-files';
import { IngestService } from '../services/ingest.service';
import { StoreHealthService } from '../services/store-health.service';
import type { PreparationMessage } from '../startup/preparation-messages';

/**
 * The embedded store's start-up work, run in a child process by the server
 * (src/startup/prepare-embedded-store.ts) so that a crash of the native store,
 * opening a damaged file or mid-ingest, ends this process and not the API's:
 * open the store, create or repair its tables and indexes, ingest the sources
 * (PREPARE_INGEST=true), check the invariants, and close it. Each step is
 * reported to the parent as a message; the exit code says how it ended.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const ingest = process.env['PREPARE_INGEST'] === 'true';
  // Sources first: invalid sources are the curator's to fix, and leave the store untouched.
  const sources = ingest ? await readSources(config.seedsDir) : null;
  for (const warning of sources?.warnings ?? [])
    send({ kind: 'progress', line: `warning: ${formatSourceWarning(warning)}` });
  const graph = sources ? buildGraph(sources) : null;
  const store = await openStore(config);
  try {
    await store.initSchema();
    // What initSchema cannot create is beyond repair in place (it refuses the one
    // case known, a full-text index whose build a kill cut short); anything else
    // still missing fails here too, and the server keeps this file aside and
    // rebuilds from the sources.
    const { missing } = await store.schemaStatus();
    if (missing.length > 0)
      throw new Error(`the store cannot be repaired in place: missing ${missing.join(', ')}`);
    if (graph) {
      await new IngestService(store).ingestGraph(graph, (line) => send({ kind: 'progress', line }));
      const stored = await store.counts();
      const expected = countsOf(graph);
      const differing = (Object.keys(expected) as (keyof typeof expected)[]).filter(
        (key) => stored[key] !== expected[key],
      );
      if (differing.length > 0) {
        throw new Error(
          `after the ingest the store's counts differ from the sources' in ${differing.join(', ')}`,
        );
      }
    }
    const health = await new StoreHealthService(store).checkAndRepair();
    if (health.status !== 'ok') throw new Error(`the store is not whole: ${health.reasons.join('; ')}`);
    send({ kind: 'done', health });
  } finally {
    await store.close();
  }
}

function send(message: PreparationMessage): void {
  process.send?.(message);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof SourceValidationError || error instanceof ConfigError) {
      send({ kind: 'invalid-input', message });
      process.exit(3);
    }
    // Told apart from a failure: the server would set a failed store aside, and
    // renaming a file another process has open splits its writes from the store.
    if (error instanceof StoreInUseError) {
      send({ kind: 'in-use', message });
      process.exit(4);
    }
    send({ kind: 'failed', message });
    process.exit(1);
  },
);
