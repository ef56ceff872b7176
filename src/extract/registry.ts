import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { nameKey } from '../domain/text';
import { ProblemCollector } from '../ingest/problem-collector';
import { buildRegistry } from '../ingest/registry-builder';
import { readSources, REGISTRY_DIR, type RawSources } from '../ingest/source-files';
import { registrySchema } from '../ingest/source.schema';
import { Gazetteer } from './gazetteer';

/**
 * The registry of a sources folder (seeds/ by default) as the extractor's gazetteer.
 * It is validated by the ingest's own registry builder; problems stop the extractor.
 */
export async function loadGazetteer(root: string): Promise<Gazetteer> {
  await readdir(path.join(root, REGISTRY_DIR));
  return gazetteerOf(await readSources(root));
}

/** The gazetteer of sources already read (the review service leaves a document's own proposals out). */
export function gazetteerOf(sources: RawSources): Gazetteer {
  const problems = new ProblemCollector();
  const registry = buildRegistry(sources.registry, problems);
  problems.throwIfAny();
  if (!registry) throw new Error('no registry in the sources');
  const ambiguous = new Map<string, string[]>();
  for (const file of sources.registry) {
    const parsed = registrySchema.safeParse(file.content);
    if (!parsed.success) continue;
    for (const entry of parsed.data.ambiguousAliases) ambiguous.set(nameKey(entry.alias), entry.actors);
  }
  return new Gazetteer({ actors: registry.actors, places: registry.places, ambiguous });
}
