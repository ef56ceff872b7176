import type { ClaimRecord } from '../domain/graph';
import type { ClaimProperty } from '../domain/vocabulary';
import type { GraphStore } from '../ports/graph-store.port';
import { nonBlank } from './arguments';
import { decodeCursor, pageLimit, toPage, type Page, type PageArgs } from './pagination';

export interface ClaimFilter {
  readonly property?: ClaimProperty | null;
  readonly subjectId?: string | null;
  readonly documentId?: string | null;
  readonly attributedToId?: string | null;
}

/** A claim with its keyset: claims page in id order. */
export type PagedClaim = ClaimRecord & { readonly sortKey: string };

export class ClaimsService {
  constructor(private readonly store: GraphStore) {}

  /**
   * Claims across every document, by vocabulary property, subject, document or
   * the source a document attributes them to. Disagreeing figures are separate
   * claims, so a filter on property and subject lists every source's figure.
   */
  async list(filter: ClaimFilter, page: PageArgs): Promise<Page<PagedClaim>> {
    const after = page.after ? decodeCursor(page.after) : null;
    const slice = await this.store.listClaims({
      property: filter.property ?? null,
      subjectId: nonBlank('filter.subjectId', filter.subjectId),
      documentId: nonBlank('filter.documentId', filter.documentId),
      attributedToId: nonBlank('filter.attributedToId', filter.attributedToId),
      after,
      limit: pageLimit(page.first),
    });
    const items = slice.items.map((claim) => ({ ...claim, sortKey: claim.id }));
    return toPage(items, slice.hasMore, slice.totalCount, after);
  }
}
