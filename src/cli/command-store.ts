import { openStore } from '../adapters/open-store';
import type { AppConfig } from '../config';
import { StoreNeedsRebuildError } from '../domain/errors';
import type { GraphStore } from '../ports/graph-store.port';
import { setAside } from '../startup/prepare-embedded-store';

/**
 * The configured store with its schema, for a command that writes the sources
 * into it (ingest, extract). An embedded store that cannot get its schema back
 * in place is kept aside under a new name, as the server's start-up does, and
 * a new one is created: the command then writes the sources, which are the
 * truth, into it. Going on with the old one would leave it without the index
 * until a server start noticed.
 */
export async function openStoreToWrite(config: AppConfig, log: (line: string) => void): Promise<GraphStore> {
  try {
    return await openWithSchema(config);
  } catch (error) {
    if (!(error instanceof StoreNeedsRebuildError) || config.graphStore !== 'kuzu') throw error;
    const kept = setAside(config.kuzuPath);
    log(`${error.message}. Kept the store as ${kept ?? '(no file)'}; rebuilding it from the sources`);
    return openWithSchema(config);
  }
}

/** The configured store with its schema created or repaired; closed again when that fails. */
async function openWithSchema(config: AppConfig): Promise<GraphStore> {
  const store = await openStore(config);
  try {
    await store.initSchema();
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * The configured store, for a command that only reads it (export). A store
 * that lacks a full-text index still holds every record, and reading them
 * needs no index: the command goes on and says what the store lacks and how it
 * comes back, leaving the file as it is.
 */
export async function openStoreToRead(config: AppConfig, warn: (line: string) => void): Promise<GraphStore> {
  const store = await openStore(config);
  try {
    await store.initSchema();
  } catch (error) {
    if (!(error instanceof StoreNeedsRebuildError)) {
      await store.close();
      throw error;
    }
    warn(error.message);
  }
  return store;
}
