import { InvalidArgumentError } from '../domain/errors';
import { nameKey } from '../domain/text';
import { checkWindow, dayBound } from '../services/arguments';
import { DEFAULT_NEIGHBORHOOD_NODES } from '../services/neighborhood.service';

/** What to export, as the GraphQL input, the URL and the command line give it. All optional. */
export interface ExportSelectionInput {
  /** Actors or events whose neighbourhood to export. */
  readonly ids?: readonly string[] | null;
  readonly depth?: number | null;
  readonly limit?: number | null;
  /** Time window, YYYY-MM-DD, inclusive: events overlapping it, ties in force in it. */
  readonly from?: string | null;
  readonly to?: string | null;
  /** The paths between two actors. */
  readonly fromId?: string | null;
  readonly toId?: string | null;
  readonly maxHops?: number | null;
  readonly first?: number | null;
}

interface Window {
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * Exactly one of three subgraphs: the whole graph (no ids, no fromId/toId), the
 * neighbourhood of `ids`, or the union of the paths from `fromId` to `toId` —
 * each optionally limited to a time window.
 */
export type ResolvedSelection =
  | ({ readonly mode: 'GRAPH' } & Window)
  | ({
      readonly mode: 'NEIGHBORHOOD';
      readonly ids: readonly string[];
      readonly depth: number;
      readonly limit: number;
    } & Window)
  | ({
      readonly mode: 'PATHS';
      readonly fromId: string;
      readonly toId: string;
      readonly maxHops: number;
      readonly first: number;
    } & Window);

export const DEFAULT_EXPORT_DEPTH = 1;
export const DEFAULT_EXPORT_MAX_HOPS = 4;
export const DEFAULT_EXPORT_PATHS = 3;

/** Checks which subgraph is meant; ranges (depth ≤ 3…) are checked by the services that build it. */
export function resolveSelection(input: ExportSelectionInput | null | undefined): ResolvedSelection {
  const from = dayBound('from', input?.from);
  const to = dayBound('to', input?.to);
  checkWindow(from, to);
  const ids =
    input?.ids === null || input?.ids === undefined ? null : [...new Set(input.ids.map((id) => id.trim()))];
  const fromId = blankToNull(input?.fromId);
  const toId = blankToNull(input?.toId);
  const given = (value: unknown) => value !== null && value !== undefined;
  if (ids !== null && (fromId !== null || toId !== null)) {
    throw new InvalidArgumentError('give either ids (a neighbourhood) or fromId and toId (paths), not both');
  }
  if (ids !== null) {
    if (ids.length === 0 || ids.some((id) => id.length === 0)) {
      throw new InvalidArgumentError('ids must name at least one actor or event, without blanks');
    }
    if (given(input?.maxHops) || given(input?.first)) {
      throw new InvalidArgumentError('maxHops and first apply to paths (fromId and toId), not to ids');
    }
    return {
      mode: 'NEIGHBORHOOD',
      ids,
      depth: input?.depth ?? DEFAULT_EXPORT_DEPTH,
      limit: input?.limit ?? DEFAULT_NEIGHBORHOOD_NODES,
      from,
      to,
    };
  }
  if (given(input?.depth) || given(input?.limit)) {
    throw new InvalidArgumentError('depth and limit apply to a neighbourhood: give ids as well');
  }
  if (fromId !== null || toId !== null) {
    if (fromId === null || toId === null) throw new InvalidArgumentError('paths need both fromId and toId');
    return {
      mode: 'PATHS',
      fromId,
      toId,
      maxHops: input?.maxHops ?? DEFAULT_EXPORT_MAX_HOPS,
      first: input?.first ?? DEFAULT_EXPORT_PATHS,
      from,
      to,
    };
  }
  if (given(input?.maxHops) || given(input?.first)) {
    throw new InvalidArgumentError('maxHops and first apply to paths: give fromId and toId as well');
  }
  return { mode: 'GRAPH', from, to };
}

function blankToNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed.length === 0 ? null : trimmed;
}

/** "polgraph: neighbourhood of alexander-lukashenko (depth 2), from 2025-01-01". */
export function selectionTitle(selection: ResolvedSelection): string {
  const window = [
    selection.from !== null ? `from ${selection.from}` : null,
    selection.to !== null ? `to ${selection.to}` : null,
  ]
    .filter((part) => part !== null)
    .join(' ');
  const suffix = window.length > 0 ? `, ${window}` : '';
  switch (selection.mode) {
    case 'GRAPH':
      return `polgraph: the whole graph${suffix}`;
    case 'NEIGHBORHOOD':
      return `polgraph: neighbourhood of ${selection.ids.join(', ')} (depth ${selection.depth})${suffix}`;
    case 'PATHS':
      return (
        `polgraph: paths from ${selection.fromId} to ${selection.toId} ` +
        `(up to ${selection.first} of at most ${selection.maxHops} hops)${suffix}`
      );
  }
}

/** The selection as written into each file's metadata. */
export function selectionRecord(selection: ResolvedSelection): Record<string, string | number | string[]> {
  const window = {
    ...(selection.from !== null ? { from: selection.from } : {}),
    ...(selection.to !== null ? { to: selection.to } : {}),
  };
  switch (selection.mode) {
    case 'GRAPH':
      return { mode: 'graph', ...window };
    case 'NEIGHBORHOOD':
      return {
        mode: 'neighbourhood',
        ids: [...selection.ids],
        depth: selection.depth,
        limit: selection.limit,
        ...window,
      };
    case 'PATHS':
      return {
        mode: 'paths',
        fromId: selection.fromId,
        toId: selection.toId,
        maxHops: selection.maxHops,
        first: selection.first,
        ...window,
      };
  }
}

const MAX_NAMED_IDS = 3;

/**
 * A file name stem that says what is inside, safe on every file system and in
 * a Content-Disposition header (ASCII letters, digits, dots and hyphens):
 * polgraph-alexander-lukashenko-depth2, polgraph-paths-a-to-b, polgraph-graph-from-2025-01-01.
 */
export function selectionFileStem(selection: ResolvedSelection): string {
  const window = [
    selection.from !== null ? `from-${selection.from}` : null,
    selection.to !== null ? `to-${selection.to}` : null,
  ].filter((part): part is string => part !== null);
  let parts: string[];
  switch (selection.mode) {
    case 'GRAPH':
      parts = ['graph'];
      break;
    case 'NEIGHBORHOOD': {
      const named = selection.ids.slice(0, MAX_NAMED_IDS).map(fileSlug);
      const more = selection.ids.length - named.length;
      parts = [...named, ...(more > 0 ? [`and-${more}-more`] : []), `depth${selection.depth}`];
      break;
    }
    case 'PATHS':
      parts = ['paths', fileSlug(selection.fromId), 'to', fileSlug(selection.toId)];
      break;
  }
  return ['polgraph', ...parts, ...window].join('-');
}

function fileSlug(id: string): string {
  const slug = nameKey(id)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug.length > 0 ? slug : 'node';
}
