import { NotFoundError } from '../domain/errors';
import type { EventRecord } from '../domain/graph';
import type { EventType } from '../domain/vocabulary';
import { NO_PENDING } from '../domain/review';
import type { GraphStore } from '../ports/graph-store.port';
import { mergePending, pendingEvents, type PendingSource } from './pending-lists';
import { checkWindow, dayBound } from './arguments';
import { decodeCursor, pageLimit, toPage, type Page, type PageArgs } from './pagination';
import type { RootReads } from './planned-reads';

export interface EventFilter {
  readonly types?: readonly EventType[] | null;
  readonly participantId?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  /** Merge in the events pending proposals would add (status EXTRACTED), in the same order. */
  readonly includePending?: boolean | null;
}

export class EventsService {
  constructor(
    private readonly store: GraphStore,
    private readonly pending: PendingSource = () => Promise.resolve(NO_PENDING),
  ) {}

  async find(id: string, reads: RootReads = this.store): Promise<EventRecord | null> {
    const [event] = await reads.eventsByIds([id]);
    return event ?? null;
  }

  /**
   * An actor's events (or all events) in date order within a window: the
   * timeline. Same ordering and keyset paging as `list`. The actor check and
   * the page are read together (one planned read), and the check answers first.
   */
  async timeline(
    actorId: string | null | undefined,
    window: { from?: string | null; to?: string | null; includePending?: boolean | null },
    page: PageArgs,
    reads: RootReads = this.store,
  ): Promise<Page<EventRecord>> {
    const check = actorId !== null && actorId !== undefined ? reads.actorsByIds([actorId]) : null;
    const listing = this.list(
      {
        participantId: actorId ?? null,
        from: window.from ?? null,
        to: window.to ?? null,
        includePending: window.includePending ?? false,
      },
      page,
      reads,
    );
    // Observed now: when the check fails first, the page's own failure is not reported.
    listing.catch(() => undefined);
    if (check !== null && (await check).length === 0) {
      throw new NotFoundError(`no actor with id "${actorId}"`);
    }
    return listing;
  }

  /** Events in date order; a month-precision event sorts at the start of its month. */
  async list(filter: EventFilter, page: PageArgs, reads: RootReads = this.store): Promise<Page<EventRecord>> {
    const after = page.after ? decodeCursor(page.after) : null;
    const from = dayBound('filter.from', filter.from);
    const to = dayBound('filter.to', filter.to);
    checkWindow(from, to);
    const query = {
      types: filter.types ?? [],
      participantId: filter.participantId ?? null,
      from,
      to,
      after,
      limit: pageLimit(page.first),
    };
    const stored = await reads.listEvents(query);
    const slice = filter.includePending
      ? mergePending(stored, pendingEvents(await this.pending(), query), after, query.limit)
      : stored;
    return toPage(slice.items, slice.hasMore, slice.totalCount, after);
  }
}
