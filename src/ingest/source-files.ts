import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ProblemCollector } from './problem-collector';
import { finishInterruptedWrites } from './source-write-set';

/** The raw contents of a sources folder, before any validation. */
export interface RawSources {
  /** The actor and place registry, possibly split over several files. */
  readonly registry: readonly RawFile[];
  readonly annotations: readonly RawFile[];
  /** Document id (file name without .txt) → text, exactly as received. */
  readonly documents: ReadonlyMap<string, string>;
  /** Review decisions (decisions/*.yaml): accepted and rejected proposals, actor merges and renames. */
  readonly decisions?: readonly RawFile[];
  /** Files in the folder that are not read (a .json among the annotations…): each named, never silently skipped. */
  readonly warnings?: readonly SourceWarning[];
}

export interface RawFile {
  /** Path relative to the sources folder, for error messages. */
  readonly file: string;
  /** Parsed YAML, or a parse error message. */
  readonly content: unknown;
  readonly parseError: string | null;
}

/** Something in the sources folder that is left out; the sources are still valid. */
export interface SourceWarning {
  /** Path relative to the sources folder. */
  readonly file: string;
  readonly message: string;
}

export function formatSourceWarning(warning: SourceWarning): string {
  return `${warning.file}: ${warning.message}`;
}

export const REGISTRY_DIR = 'registry';
export const ANNOTATIONS_DIR = 'annotations';
export const DOCUMENTS_DIR = 'documents';
/** Optional: the reviewer's decisions on extracted facts (see review-sources.ts). */
export const DECISIONS_DIR = 'decisions';
/** In DECISIONS_DIR: the actor merges and renames (a hyphen, so no document id can take the name). */
export const ACTOR_DECISIONS_FILE = 'actor-decisions.yaml';

/**
 * Largest registry or annotation file read (bytes). A larger one is refused
 * before it is parsed: a YAML parse holds several times the file in memory,
 * and the curated files are a few kilobytes each.
 */
export const MAX_YAML_FILE_BYTES = 5 * 1024 * 1024;
/** Largest document text read (bytes); a larger one is refused before it is read. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The sources folder of a command: its argument if given, else SEEDS_DIR, else ./seeds. */
export function sourcesRoot(argument: string | undefined, env: NodeJS.ProcessEnv): string {
  const given = [argument, env['SEEDS_DIR']].find((value) => value !== undefined && value.trim() !== '');
  return path.resolve(given ?? 'seeds');
}

const isYaml = (name: string) => name.endsWith('.yaml') || name.endsWith('.yml');
const isText = (name: string) => name.endsWith('.txt');

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A file a folder holds, checked (a file, not a folder; within its size limit) before it is read. */
interface Listed {
  /** Relative to the sources folder. */
  readonly file: string;
  readonly name: string;
}

/**
 * Lists one of the three folders: the files it reads, with a problem for each
 * that cannot be (a folder named like a file, a file over its size limit) and a
 * warning for each it leaves out. Hidden entries (.gitkeep…) are skipped.
 */
async function listFolder(
  root: string,
  folder: string,
  options: { reads: (name: string) => boolean; kind: string; maxBytes: number; limitName: string },
  problems: ProblemCollector,
  warnings: SourceWarning[],
): Promise<Listed[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(root, folder), { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.add(
      `${folder}/`,
      '(folder)',
      '(folder)',
      code === 'ENOENT'
        ? `missing: the sources folder ${root} must hold ${REGISTRY_DIR}/, ${ANNOTATIONS_DIR}/ and ${DOCUMENTS_DIR}/`
        : code === 'ENOTDIR'
          ? 'is a file, not a folder'
          : `cannot be read (${code ?? (error as Error).message})`,
    );
    return [];
  }
  const listed: Listed[] = [];
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const file = path.join(folder, entry.name);
    let info;
    try {
      info = await stat(path.join(root, file));
    } catch (error) {
      problems.add(
        file,
        '(file)',
        '(file)',
        `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`,
      );
      continue;
    }
    if (!options.reads(entry.name)) {
      warnings.push({
        file,
        message: info.isDirectory()
          ? `folder ignored: only ${options.kind} files directly in ${folder}/ are read`
          : `ignored: only ${options.kind} files are read in ${folder}/`,
      });
      continue;
    }
    if (!info.isFile()) {
      problems.add(
        file,
        '(file)',
        '(file)',
        `is ${info.isDirectory() ? 'a folder' : 'not a regular file'}, not a ${options.kind} file`,
      );
      continue;
    }
    if (info.size > options.maxBytes) {
      problems.add(
        file,
        '(file)',
        '(file)',
        `is ${megabytes(info.size)}, over the ${megabytes(options.maxBytes)} limit for ${options.limitName}; split it or shorten it`,
      );
      continue;
    }
    listed.push({ file, name: entry.name });
  }
  return listed;
}

async function readYaml(root: string, relative: string): Promise<RawFile> {
  const text = await readFile(path.join(root, relative), 'utf8');
  try {
    return { file: relative, content: parseYaml(text) as unknown, parseError: null };
  } catch (error) {
    return { file: relative, content: null, parseError: (error as Error).message };
  }
}

/**
 * Reads seeds/: the registry, every annotation file and every document text.
 * Checks the folder's shape first and throws SourceValidationError, naming
 * each path, before anything is parsed: a missing folder (the sources folder
 * itself, registry/, annotations/ or documents/), a folder named like a source
 * file, a file over its size limit (MAX_YAML_FILE_BYTES, MAX_DOCUMENT_BYTES).
 * Files that are not read are returned as warnings. A write of the sources a
 * kill interrupted is completed first (finishInterruptedWrites).
 */
export async function readSources(root: string): Promise<RawSources> {
  const problems = new ProblemCollector();
  const rootInfo = await stat(root).catch(() => null);
  if (!rootInfo?.isDirectory()) {
    problems.add(
      root,
      '(folder)',
      '(folder)',
      rootInfo
        ? 'is a file: the sources must be a folder (SEEDS_DIR, or the folder given to the command)'
        : 'the sources folder does not exist (SEEDS_DIR, or the folder given to the command)',
    );
    problems.throwIfAny();
  }
  // A reader that writes: a kill in the middle of a write set (source-write-set.ts) leaves files that
  // depend on each other half replaced, which would not ingest, and the server would not start. This
  // only completes a set that was already committed, or removes temporary files never committed: the
  // sources read are then exactly what the last write meant, and a folder with nothing interrupted is
  // only listed, never written.
  await finishInterruptedWrites(root);
  const warnings: SourceWarning[] = [];
  const yaml = { reads: isYaml, kind: '.yaml or .yml', maxBytes: MAX_YAML_FILE_BYTES };
  const registryFiles = await listFolder(
    root,
    REGISTRY_DIR,
    { ...yaml, limitName: 'registry and annotation files' },
    problems,
    warnings,
  );
  const annotationFiles = await listFolder(
    root,
    ANNOTATIONS_DIR,
    { ...yaml, limitName: 'registry and annotation files' },
    problems,
    warnings,
  );
  const documentFiles = await listFolder(
    root,
    DOCUMENTS_DIR,
    { reads: isText, kind: '.txt', maxBytes: MAX_DOCUMENT_BYTES, limitName: 'document texts' },
    problems,
    warnings,
  );
  // Decisions exist only once something was reviewed: a missing folder is no decision.
  const hasDecisions = (await stat(path.join(root, DECISIONS_DIR)).catch(() => null)) !== null;
  const decisionFiles = hasDecisions
    ? await listFolder(
        root,
        DECISIONS_DIR,
        { ...yaml, limitName: 'registry and annotation files' },
        problems,
        warnings,
      )
    : [];
  problems.throwIfAny();
  const registry = await Promise.all(registryFiles.map(({ file }) => readYaml(root, file)));
  const decisions = await Promise.all(decisionFiles.map(({ file }) => readYaml(root, file)));
  const annotations = await Promise.all(annotationFiles.map(({ file }) => readYaml(root, file)));
  const documents = new Map<string, string>();
  for (const { file, name } of documentFiles) {
    documents.set(name.replace(/\.txt$/, ''), await readFile(path.join(root, file), 'utf8'));
  }
  return { registry, annotations, documents, decisions, warnings };
}
