import type { StatementRecord } from '../domain/graph';
import { NO_PENDING } from '../domain/review';
import type { GraphStore } from '../ports/graph-store.port';
import { mergePending, pendingStatements, type PendingSource } from './pending-lists';
import { nonBlank } from './arguments';
import { decodeCursor, pageLimit, toPage, type Page, type PageArgs } from './pagination';
import type { RootReads } from './planned-reads';

export interface StatementFilter {
  readonly speakerId?: string | null;
  readonly aboutId?: string | null;
  readonly text?: string | null;
  /** Merge in the statements pending proposals would add (status EXTRACTED), in the same order. */
  readonly includePending?: boolean | null;
}

export class StatementsService {
  constructor(
    private readonly store: GraphStore,
    private readonly pending: PendingSource = () => Promise.resolve(NO_PENDING),
  ) {}

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
    const query = {
      speakerId: filter.speakerId ?? null,
      aboutId: filter.aboutId ?? null,
      text: nonBlank('filter.text', filter.text),
      after,
      limit: pageLimit(page.first),
    };
    const stored = await reads.listStatements(query);
    const slice = filter.includePending
      ? mergePending(stored, pendingStatements(await this.pending(), query), after, query.limit)
      : stored;
    return toPage(slice.items, slice.hasMore, slice.totalCount, after);
  }
}
