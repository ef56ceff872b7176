import { InvalidArgumentError } from '../domain/errors';

/** The largest page a list returns; documented in the README and the schema. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  readonly first?: number | null | undefined;
  readonly after?: string | null | undefined;
}

export interface Page<T> {
  readonly edges: readonly { readonly cursor: string; readonly node: T }[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
  readonly totalCount: number;
}

/**
 * Cursors are opaque to clients: the base64url of the record's sort key. Keyset
 * pagination ("after this key") costs the same on page 1 and page 1000, unlike
 * offsets over a collected list.
 */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(sortKey, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (decoded.length === 0 || encodeCursor(decoded) !== cursor) {
    throw new InvalidArgumentError(`"${cursor}" is not a cursor returned by this API`);
  }
  return decoded;
}

export function pageLimit(first: number | null | undefined): number {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new InvalidArgumentError(`first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return limit;
}

export function toPage<T extends { sortKey: string }>(
  items: readonly T[],
  hasMore: boolean,
  totalCount: number,
  after: string | null,
): Page<T> {
  return pageOf(items, (item) => item.sortKey, hasMore, totalCount, after);
}

/** As toPage, for records whose place in their order is `keyOf` rather than a stored sort key. */
export function pageOf<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  hasMore: boolean,
  totalCount: number,
  after: string | null,
): Page<T> {
  const edges = items.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: hasMore,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
