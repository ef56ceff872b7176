import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { GraphBatch } from '../domain/graph';
import { buildGraph } from '../ingest/graph-builder';
import {
  ANNOTATIONS_DIR,
  DOCUMENTS_DIR,
  MAX_DOCUMENT_BYTES,
  MAX_YAML_FILE_BYTES,
  readSources,
  REGISTRY_DIR,
  type RawFile,
  type RawSources,
} from '../ingest/source-files';
import {
  commitSourceWrites,
  finishInterruptedWrites,
  FILE_SYSTEM_STEPS,
  type WriteSteps,
} from '../ingest/source-write-set';
import { compareStrings } from './text-utils';
import { toSourceYaml } from './yaml-out';

/**
 * What an import produces: source files in the format of seeds/, never store
 * records. The ingest brings them into the store like curated sources.
 */
export interface ImportedSources {
  /** Document id → text (documents/<id>.txt). */
  readonly documents: Map<string, string>;
  /** Document id → annotation YAML (annotations/<id>.yaml). */
  readonly annotations: Map<string, string>;
  /** File name → registry YAML (registry/<name>). */
  readonly registry: Map<string, string>;
}

/** The files an importer owns in a sources folder: a re-import replaces exactly these. */
export interface Ownership {
  readonly importer: string;
  ownsDocument(id: string): boolean;
  ownsRegistryFile(name: string): boolean;
}

export function ownership(importer: string, document: RegExp, registry: RegExp): Ownership {
  return {
    importer,
    ownsDocument: (id) => document.test(id),
    ownsRegistryFile: (name) => registry.test(name),
  };
}

/** What writing changed, file by file (relative paths). */
export interface WriteSummary {
  readonly created: string[];
  readonly updated: string[];
  readonly unchanged: string[];
  readonly removed: string[];
}

export function formatWriteSummary(summary: WriteSummary): string {
  return (
    `${summary.created.length} created, ${summary.updated.length} updated, ` +
    `${summary.unchanged.length} unchanged, ${summary.removed.length} removed`
  );
}

const YAML_FILE = /\.ya?ml$/;

/** A registry split in files under the YAML size limit: <base>.yaml, <base>-2.yaml… */
export function registryFiles(
  base: string,
  header: readonly string[],
  content: { actors: readonly object[]; places: readonly object[]; ambiguousAliases: readonly object[] },
  maxBytes = Math.floor(MAX_YAML_FILE_BYTES * 0.8),
): Map<string, string> {
  const files = new Map<string, string>();
  const whole = toSourceYaml(content, header);
  if (Buffer.byteLength(whole) <= maxBytes) {
    files.set(`${base}.yaml`, whole);
    return files;
  }
  // Actors are the bulk: split them, keeping places and ambiguous spellings in the first file.
  const chunks: object[][] = [[]];
  let size = Buffer.byteLength(
    toSourceYaml({ places: content.places, ambiguousAliases: content.ambiguousAliases }, header),
  );
  for (const actor of content.actors) {
    const bytes = Buffer.byteLength(toSourceYaml({ actors: [actor] }, [])) + 16;
    if (size + bytes > maxBytes && (chunks[chunks.length - 1] as object[]).length > 0) {
      chunks.push([]);
      size = 0;
    }
    (chunks[chunks.length - 1] as object[]).push(actor);
    size += bytes;
  }
  chunks.forEach((actors, index) => {
    const name = index === 0 ? `${base}.yaml` : `${base}-${index + 1}.yaml`;
    const part =
      index === 0
        ? { actors, places: content.places, ambiguousAliases: content.ambiguousAliases }
        : { actors };
    files.set(name, toSourceYaml(part, [...header, `Part ${index + 1} of ${chunks.length}.`]));
  });
  return files;
}

/** Refuses files the reader would refuse (over its size limits) before anything is written. */
function checkSizes(sources: ImportedSources): void {
  const over: string[] = [];
  for (const [id, text] of sources.documents) {
    if (Buffer.byteLength(text) > MAX_DOCUMENT_BYTES) over.push(`${DOCUMENTS_DIR}/${id}.txt`);
  }
  for (const [id, yaml] of sources.annotations) {
    if (Buffer.byteLength(yaml) > MAX_YAML_FILE_BYTES) over.push(`${ANNOTATIONS_DIR}/${id}.yaml`);
  }
  for (const [name, yaml] of sources.registry) {
    if (Buffer.byteLength(yaml) > MAX_YAML_FILE_BYTES) over.push(`${REGISTRY_DIR}/${name}`);
  }
  if (over.length > 0) throw new Error(`generated files over the sources' size limits: ${over.join(', ')}`);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function listFiles(folder: string, accept: (name: string) => boolean): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && accept(entry.name))
      .map((entry) => entry.name)
      .sort(compareStrings);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function parsed(file: string, text: string): RawFile {
  try {
    return { file, content: parseYaml(text) as unknown, parseError: null };
  } catch (error) {
    return { file, content: null, parseError: (error as Error).message };
  }
}

/**
 * The sources folder as it will be once the import is written: its current
 * files, the importer's own replaced by the new ones. A folder without
 * registry/, annotations/ or documents/ yet counts as empty there.
 */
export async function sourcesAfterImport(
  root: string,
  sources: ImportedSources,
  owner: Ownership,
): Promise<RawSources> {
  const folders = [REGISTRY_DIR, ANNOTATIONS_DIR, DOCUMENTS_DIR].map((dir) => path.join(root, dir));
  let current: RawSources;
  if ((await Promise.all(folders.map(exists))).every(Boolean)) {
    current = await readSources(root);
  } else {
    const registry: RawFile[] = [];
    for (const name of await listFiles(path.join(root, REGISTRY_DIR), (n) => YAML_FILE.test(n))) {
      const file = path.join(REGISTRY_DIR, name);
      registry.push(parsed(file, await readFile(path.join(root, file), 'utf8')));
    }
    const annotations: RawFile[] = [];
    for (const name of await listFiles(path.join(root, ANNOTATIONS_DIR), (n) => YAML_FILE.test(n))) {
      const file = path.join(ANNOTATIONS_DIR, name);
      annotations.push(parsed(file, await readFile(path.join(root, file), 'utf8')));
    }
    const documents = new Map<string, string>();
    for (const name of await listFiles(path.join(root, DOCUMENTS_DIR), (n) => n.endsWith('.txt'))) {
      documents.set(name.slice(0, -4), await readFile(path.join(root, DOCUMENTS_DIR, name), 'utf8'));
    }
    current = { registry, annotations, documents, warnings: [] };
  }
  const ownAnnotation = (file: string) => owner.ownsDocument(path.basename(file).replace(YAML_FILE, ''));
  const registry = [
    ...current.registry.filter((raw) => !owner.ownsRegistryFile(path.basename(raw.file))),
    ...[...sources.registry].map(([name, yaml]) => parsed(path.join(REGISTRY_DIR, name), yaml)),
  ].sort((a, b) => compareStrings(a.file, b.file));
  const annotations = [
    ...current.annotations.filter((raw) => !ownAnnotation(raw.file)),
    ...[...sources.annotations].map(([id, yaml]) => parsed(path.join(ANNOTATIONS_DIR, `${id}.yaml`), yaml)),
  ].sort((a, b) => compareStrings(a.file, b.file));
  const documents = new Map([...current.documents].filter(([id]) => !owner.ownsDocument(id)));
  for (const [id, text] of sources.documents) documents.set(id, text);
  return { registry, annotations, documents, warnings: current.warnings ?? [] };
}

/**
 * Checks the sources folder as the import would leave it with the validator of
 * the ingest (buildGraph): throws SourceValidationError, listing every problem,
 * when it would not ingest. Nothing is written either way.
 */
export async function validateImport(
  root: string,
  sources: ImportedSources,
  owner: Ownership,
): Promise<GraphBatch> {
  checkSizes(sources);
  return buildGraph(await sourcesAfterImport(root, sources, owner));
}

/**
 * Writes the import into the sources folder as one write set (every file or
 * none, even across a kill: see source-write-set.ts): each file only when its
 * bytes change, and the removal of the importer's files the import no longer
 * produces. Files the importer does not own are never touched. `steps` is for
 * tests, which stop the write partway as a kill would.
 */
export async function writeImport(
  root: string,
  sources: ImportedSources,
  owner: Ownership,
  steps: WriteSteps = FILE_SYSTEM_STEPS,
): Promise<WriteSummary> {
  checkSizes(sources);
  // The files are compared with the sources as the last write meant them, not as a kill left them.
  await finishInterruptedWrites(root, steps);
  const summary: WriteSummary = { created: [], updated: [], unchanged: [], removed: [] };
  const replace: { file: string; content: string }[] = [];
  const write = async (dir: string, name: string, content: string) => {
    const file = path.join(dir, name);
    const previous = await readFile(path.join(root, file), 'utf8').catch(() => undefined);
    if (previous === content) {
      summary.unchanged.push(file);
      return;
    }
    replace.push({ file, content });
    (previous === undefined ? summary.created : summary.updated).push(file);
  };
  for (const [id, text] of [...sources.documents].sort(([a], [b]) => compareStrings(a, b))) {
    await write(DOCUMENTS_DIR, `${id}.txt`, text);
  }
  for (const [id, yaml] of [...sources.annotations].sort(([a], [b]) => compareStrings(a, b))) {
    await write(ANNOTATIONS_DIR, `${id}.yaml`, yaml);
  }
  for (const [name, yaml] of [...sources.registry].sort(([a], [b]) => compareStrings(a, b))) {
    await write(REGISTRY_DIR, name, yaml);
  }
  const stale = async (dir: string, accept: (name: string) => boolean, keep: (name: string) => boolean) => {
    for (const name of await listFiles(path.join(root, dir), accept)) {
      if (!keep(name)) summary.removed.push(path.join(dir, name));
    }
  };
  await stale(
    DOCUMENTS_DIR,
    (name) => name.endsWith('.txt') && owner.ownsDocument(name.slice(0, -4)),
    (name) => sources.documents.has(name.slice(0, -4)),
  );
  await stale(
    ANNOTATIONS_DIR,
    (name) => YAML_FILE.test(name) && owner.ownsDocument(name.replace(YAML_FILE, '')),
    (name) => name.endsWith('.yaml') && sources.annotations.has(name.slice(0, -5)),
  );
  await stale(
    REGISTRY_DIR,
    (name) => owner.ownsRegistryFile(name),
    (name) => sources.registry.has(name),
  );
  // An import always leaves the three folders a sources folder must hold, even those it writes nothing to.
  for (const dir of [REGISTRY_DIR, ANNOTATIONS_DIR, DOCUMENTS_DIR])
    await mkdir(path.join(root, dir), { recursive: true });
  await commitSourceWrites(root, { replace, remove: summary.removed }, steps);
  return summary;
}
