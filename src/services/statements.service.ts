import type { StatementRecord } from '../domain/graph';
import type { GraphStore } from '../ports/graph-store.port';
import { nonBlank } from './arguments';
import { decodeCursor, pageLimit, toPage, type Page, type PageArgs } from './pagination';
import type { RootReads } from './planned-reads';

export interface StatementFilter {
  readonly speakerId?: string | null;
  readonly aboutId?: string | null;
  readonly text?: string | null;
}

export class StatementsService {
  constructor(private readonly store: GraphStore) {}

  async find(id: string, reads: RootReads = this.store): Promise<StatementRecord | null> {
    const [statement] = await reads.statementsByIds([id]);
    return statement ?? null;
  }

  async list(
    filter: StatementFilter,
    page: PageArgs,
    reads: RootReads = this.store,
  ): Promise<Page<StatementRecord>> {
    const after = page.after ? decodeCursor(page.after) : null;
    const slice = await reads.listStatements({
      speakerId: filter.speakerId ?? null,
      aboutId: filter.aboutId ?? null,
      text: nonBlank('filter.text', filter.text),
      after,
      limit: pageLimit(page.first),
    });
    return toPage(slice.items, slice.hasMore, slice.totalCount, after);
  }
}
