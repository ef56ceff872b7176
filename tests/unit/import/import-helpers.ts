import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findAll } from '../../../src/domain/text';
import type { DocumentAnnotation } from '../../../src/ingest/source.schema';

export const SHARED_DATA = path.resolve(__dirname, '../../../../shared/data');
export const SEEDS = path.resolve(__dirname, '../../../seeds');

/** `describe`, or `describe.skip` with the reason printed when a data file is missing. */
export function describeWithData(file: string): jest.Describe {
  if (existsSync(file)) return describe;
  console.warn(`skipped: ${file} is missing (the real data of ../shared/data)`);
  return describe.skip;
}

/** A temporary copy of seeds/ (the curated sources), to import into. */
export async function seedsCopy(): Promise<{ root: string; dispose: () => Promise<void> }> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'polgraph-import-'));
  const root = path.join(base, 'sources');
  await cp(SEEDS, root, { recursive: true });
  return { root, dispose: () => rm(base, { recursive: true, force: true }) };
}

/** Every file under a folder, hidden ones included: relative path → content. */
export async function readTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files.set(path.relative(root, full), await readFile(full, 'utf8'));
    }
  };
  await walk(root);
  return files;
}

/** The annotations of a folder whose document id matches, parsed. */
export async function annotationsOf(
  root: string,
  documentId: RegExp,
): Promise<{ annotation: DocumentAnnotation; text: string }[]> {
  const names = (await readdir(path.join(root, 'annotations'))).filter((name) =>
    documentId.test(name.replace(/\.yaml$/, '')),
  );
  return Promise.all(
    names.sort().map(async (name) => {
      const annotation = parseYaml(
        await readFile(path.join(root, 'annotations', name), 'utf8'),
      ) as DocumentAnnotation;
      const text = await readFile(path.join(root, 'documents', `${annotation.document}.txt`), 'utf8');
      return { annotation, text };
    }),
  );
}

interface Quoted {
  quote: string;
  occurrence?: number;
}

/** Every quote of an annotation, with where it sits. */
export function quotesOf(annotation: DocumentAnnotation): { where: string; ref: Quoted }[] {
  const quotes: { where: string; ref: Quoted }[] = [];
  if (annotation.title) quotes.push({ where: 'title', ref: annotation.title });
  if (annotation.published) quotes.push({ where: 'published', ref: annotation.published });
  annotation.mentions.forEach((m, i) => quotes.push({ where: `mentions[${i}]`, ref: m }));
  annotation.events.forEach((e, i) => {
    quotes.push({ where: `events[${i}]`, ref: e });
    e.participants.forEach((p, j) => {
      if (p.quote !== undefined)
        quotes.push({ where: `events[${i}].participants[${j}]`, ref: { quote: p.quote } });
    });
  });
  annotation.ties.forEach((t, i) => quotes.push({ where: `ties[${i}]`, ref: t }));
  annotation.claims.forEach((c, i) => quotes.push({ where: `claims[${i}]`, ref: c }));
  return quotes;
}

/** Quotes that are not in their document verbatim (at the occurrence they name). */
export function missingQuotes(annotation: DocumentAnnotation, text: string): string[] {
  return quotesOf(annotation)
    .filter(({ ref }) => findAll(text, ref.quote).length < (ref.occurrence ?? 1))
    .map(({ where, ref }) => `${annotation.document} ${where}: ${ref.quote}`);
}
