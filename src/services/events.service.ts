import { NotFoundError } from '../domain/errors';
import type { EventRecord } from '../domain/graph';
import type { EventType } from '../domain/vocabulary';
import type { GraphStore } from '../ports/graph-store.port';
import { checkWindow, dayBound } from './arguments';
import { decodeCursor, pageLimit, toPage, type Page, type PageArgs } from './pagination';

export interface EventFilter {
  readonly types?: readonly EventType[] | null;
  readonly participantId?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

export class EventsService {
  constructor(private readonly store: GraphStore) {}

  async find(id: string): Promise<EventRecord | null> {
    const [event] = await this.store.eventsByIds([id]);
    return event ?? null;
  }

  /**
   * An actor's events (or all events) in date order within a window: the
   * timeline. Same ordering and keyset paging as `list`.
   */
  async timeline(
    actorId: string | null | undefined,
    window: { from?: string | null; to?: string | null },
    page: PageArgs,
  ): Promise<Page<EventRecord>> {
    if (actorId !== null && actorId !== undefined && (await this.store.actorsByIds([actorId])).length === 0) {
      throw new NotFoundError(`no actor with id "${actorId}"`);
    }
    return this.list(
      { participantId: actorId ?? null, from: window.from ?? null, to: window.to ?? null },
      page,
    );
  }

  /** Events in date order; a month-precision event sorts at the start of its month. */
  async list(filter: EventFilter, page: PageArgs): Promise<Page<EventRecord>> {
    const after = page.after ? decodeCursor(page.after) : null;
    const from = dayBound('filter.from', filter.from);
    const to = dayBound('filter.to', filter.to);
    checkWindow(from, to);
    const slice = await this.store.listEvents({
      types: filter.types ?? [],
      participantId: filter.participantId ?? null,
      from,
      to,
      after,
      limit: pageLimit(page.first),
    });
    return toPage(slice.items, slice.hasMore, slice.totalCount, after);
  }
}
