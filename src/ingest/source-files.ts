import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The raw contents of a sources folder, before any validation. */
export interface RawSources {
  /** The actor and place registry, possibly split over several files. */
  readonly registry: readonly RawFile[];
  readonly annotations: readonly RawFile[];
  /** Document id (file name without .txt) → text, exactly as received. */
  readonly documents: ReadonlyMap<string, string>;
}

export interface RawFile {
  /** Path relative to the sources folder, for error messages. */
  readonly file: string;
  /** Parsed YAML, or a parse error message. */
  readonly content: unknown;
  readonly parseError: string | null;
}

export const REGISTRY_DIR = 'registry';
export const ANNOTATIONS_DIR = 'annotations';
export const DOCUMENTS_DIR = 'documents';

async function readYaml(root: string, relative: string): Promise<RawFile> {
  const text = await readFile(path.join(root, relative), 'utf8');
  try {
    return { file: relative, content: parseYaml(text) as unknown, parseError: null };
  } catch (error) {
    return { file: relative, content: null, parseError: (error as Error).message };
  }
}

async function readYamlFolder(root: string, folder: string): Promise<RawFile[]> {
  const names = (await readdir(path.join(root, folder)))
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
  return Promise.all(names.map((name) => readYaml(root, path.join(folder, name))));
}

/** Reads seeds/: the registry, every annotation file and every document text. */
export async function readSources(root: string): Promise<RawSources> {
  const registry = await readYamlFolder(root, REGISTRY_DIR);
  const annotations = await readYamlFolder(root, ANNOTATIONS_DIR);
  const documentNames = (await readdir(path.join(root, DOCUMENTS_DIR)))
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const documents = new Map<string, string>();
  for (const name of documentNames) {
    documents.set(name.replace(/\.txt$/, ''), await readFile(path.join(root, DOCUMENTS_DIR, name), 'utf8'));
  }
  return { registry, annotations, documents };
}
