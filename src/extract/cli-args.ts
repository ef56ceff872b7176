import { parseArgs } from 'node:util';
import path from 'node:path';

export const EXTRACT_USAGE = `usage: npm run extract -- FILE.txt [--title T] [--published YYYY[-MM[-DD]]] [--out annotations.yaml]
                          [--proposals actors.yaml] [--registry seeds] [--id DOCUMENT_ID]

Reads a raw article and proposes its annotations (status EXTRACTED) in the format of
seeds/annotations, with every quote verbatim and its code-point offsets in comments.
New actors are proposed in a registry file (default: next to --out, *.proposed-actors.yaml).
Without --out the annotation is printed on standard output.`;

export interface ExtractCliOptions {
  readonly help: boolean;
  readonly file: string;
  readonly documentId: string;
  readonly title?: string;
  readonly published?: string;
  readonly out?: string;
  readonly proposals?: string;
  readonly registry: string;
}

export class CliUsageError extends Error {}

/** The annotation's document id from a file name: lower case, [0-9a-z_] only. */
export function documentIdOf(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const id = base
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^0-9a-z_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return id.length > 0 ? id : 'document';
}

export function parseExtractCliArgs(argv: readonly string[]): ExtractCliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        title: { type: 'string' },
        published: { type: 'string' },
        out: { type: 'string' },
        proposals: { type: 'string' },
        registry: { type: 'string' },
        id: { type: 'string' },
      },
    });
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true, file: '', documentId: '', registry: '' };
  if (positionals.length !== 1) throw new CliUsageError('give exactly one article file (.txt)');
  const file = positionals[0] as string;
  if (values.published !== undefined && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(values.published)) {
    throw new CliUsageError('--published must be YYYY, YYYY-MM or YYYY-MM-DD');
  }
  const out = values.out;
  const proposals =
    values.proposals ?? (out ? out.replace(/(\.ya?ml)?$/, '.proposed-actors.yaml') : undefined);
  return {
    help: false,
    file,
    documentId: values.id ?? documentIdOf(file),
    registry: values.registry ?? process.env['SEEDS_DIR'] ?? 'seeds',
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values.published !== undefined ? { published: values.published } : {}),
    ...(out !== undefined ? { out } : {}),
    ...(proposals !== undefined ? { proposals } : {}),
  };
}
