import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormatId, findFormat } from './formats';
import type { ExportSelectionInput } from './selection';

export const EXPORT_USAGE = `usage: npm run export -- --format <format> [selection] [--out <file>]

formats: ${EXPORT_FORMATS.join(', ')}

selection (nothing: the whole graph):
  --actor <id>, --ids <id,id…>   neighbourhood of these actors or events (repeatable)
  --depth <n>                    relationship hops around them (default 1, max 3)
  --limit <n>                    node limit of the neighbourhood (default 500, max 2000)
  --from-id <id> --to-id <id>    the paths between two actors instead
  --max-hops <n> --first <n>     path length (default 4, max 6) and count (default 3, max 20)
  --from <YYYY-MM-DD> --to <YYYY-MM-DD>   a time window, with any of the above

--out <file>   write the file there (default: standard output; use npm run -s to keep npm's banner out)`;

export class CliUsageError extends Error {}

export interface ExportCliOptions {
  readonly format: ExportFormatId;
  readonly selection: ExportSelectionInput;
  readonly out: string | null;
  readonly help: boolean;
}

/** `--format gexf --actor alexander-lukashenko --depth 2 --out file.gexf` → format, selection, output. */
export function parseExportCliArgs(argv: readonly string[]): ExportCliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        format: { type: 'string', short: 'f' },
        actor: { type: 'string', multiple: true },
        ids: { type: 'string', multiple: true },
        depth: { type: 'string' },
        limit: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'from-id': { type: 'string' },
        'to-id': { type: 'string' },
        'max-hops': { type: 'string' },
        first: { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.help) return { format: 'graphml', selection: {}, out: null, help: true };
  if (v.format === undefined) throw new CliUsageError('--format is required');
  const spec = findFormat(v.format);
  if (spec === null)
    throw new CliUsageError(`unknown format "${v.format}"; use one of ${EXPORT_FORMATS.join(', ')}`);
  const int = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    if (!/^-?\d{1,9}$/.test(value)) throw new CliUsageError(`--${name} must be an integer`);
    return Number(value);
  };
  const ids = [...(v.actor ?? []), ...(v.ids ?? [])].flatMap((value) => value.split(','));
  const selection: ExportSelectionInput = {
    ...(ids.length > 0 ? { ids } : {}),
    ...(v.depth !== undefined ? { depth: int('depth', v.depth) } : {}),
    ...(v.limit !== undefined ? { limit: int('limit', v.limit) } : {}),
    ...(v.from !== undefined ? { from: v.from } : {}),
    ...(v.to !== undefined ? { to: v.to } : {}),
    ...(v['from-id'] !== undefined ? { fromId: v['from-id'] } : {}),
    ...(v['to-id'] !== undefined ? { toId: v['to-id'] } : {}),
    ...(v['max-hops'] !== undefined ? { maxHops: int('max-hops', v['max-hops']) } : {}),
    ...(v.first !== undefined ? { first: int('first', v.first) } : {}),
  };
  return { format: spec.id, selection, out: v.out ?? null, help: false };
}
