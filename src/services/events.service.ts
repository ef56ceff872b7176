import { NotFoundError } from '../domain/errors';
import type { EventRecord } from '../domain/graph';
import { isBody, leadingTies, ledTimeline, type TimelineEntry, type TimelineVia } from '../domain/led-bodies';
import { eventInWindow, OPEN_WINDOW } from '../domain/time-window';
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
  /** With a window: also list the events that have no date, after the dated ones. */
  readonly includeUndated?: boolean | null;
  /** Merge in the events pending proposals would add (status EXTRACTED), in the same order. */
  readonly includePending?: boolean | null;
}

/** A page of events; with a window, also how many matching events have no date at all. */
export type EventPage<P = Page<EventRecord>> = P & {
  /** Null without a window (undated events are then listed, last); otherwise their number. */
  readonly undated: number | null;
};

/** A timeline: the events' page, each edge saying through which led body it came (if any). */
export interface TimelinePage extends Omit<Page<EventRecord>, 'edges'> {
  readonly edges: readonly {
    readonly cursor: string;
    readonly node: EventRecord;
    readonly via: readonly TimelineVia[];
  }[];
  /** As EventPage: null without a window, else how many of the actor's events have no date. */
  readonly undated: number | null;
}

function timelinePage(
  entries: readonly TimelineEntry[],
  hasMore: boolean,
  totalCount: number,
  after: string | null,
  undated: number | null,
): TimelinePage {
  const page = toPage(
    entries.map((entry) => entry.event),
    hasMore,
    totalCount,
    after,
  );
  return { ...page, edges: page.edges.map((edge, i) => ({ ...edge, via: entries[i]?.via ?? [] })), undated };
}

function ownEntries(page: EventPage): TimelinePage {
  return { ...page, edges: page.edges.map((edge) => ({ ...edge, via: [] })) };
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
    options: { includeLed?: boolean | null; includeUndated?: boolean | null } = {},
  ): Promise<TimelinePage> {
    const check = actorId !== null && actorId !== undefined ? reads.actorsByIds([actorId]) : null;
    const listing =
      options.includeLed === true && actorId !== null && actorId !== undefined
        ? this.ledTimeline(actorId, window, page, reads, options.includeUndated === true)
        : this.list(
            {
              participantId: actorId ?? null,
              from: window.from ?? null,
              to: window.to ?? null,
              includeUndated: options.includeUndated ?? null,
              includePending: window.includePending ?? false,
            },
            page,
            reads,
          ).then(ownEntries);
    // Observed now: when the check fails first, the page's own failure is not reported.
    listing.catch(() => undefined);
    if (check !== null && (await check).length === 0) {
      throw new NotFoundError(`no actor with id "${actorId}"`);
    }
    return listing;
  }

  /**
   * The timeline with the acts of the bodies the actor leads or represents,
   * while the tie held (led-bodies.ts). Reviewed facts only: pending proposals
   * are merged into the actor's own timeline, not into the bodies'. A fixed number of store reads, whatever
   * the number of bodies or events: the actor's ties; the bodies' kinds and
   * every participation of the actor and the bodies; their events; then the
   * page's events again through the request's planned reads, so the fields
   * below them are read with them. Paged in memory over those events.
   */
  private async ledTimeline(
    actorId: string,
    window: { from?: string | null; to?: string | null },
    page: PageArgs,
    reads: RootReads,
    includeUndated: boolean,
  ): Promise<TimelinePage> {
    const after = page.after ? decodeCursor(page.after) : null;
    const limit = pageLimit(page.first);
    const from = dayBound('from', window.from);
    const to = dayBound('to', window.to);
    checkWindow(from, to);
    const ties = leadingTies(actorId, await this.store.tiesByActorIds([actorId]));
    const bodyIds = [...new Set(ties.map((tie) => tie.targetId))].sort();
    const [bodies, participations] = await Promise.all([
      bodyIds.length === 0 ? [] : this.store.actorsByIds(bodyIds),
      this.store.participationsByActorIds([actorId, ...bodyIds]),
    ]);
    const bodySet = new Set(bodies.filter(isBody).map((body) => body.id));
    const eventIds = [...new Set(participations.map((p) => p.eventId))].sort();
    const events = eventIds.length === 0 ? [] : await this.store.eventsByIds(eventIds);
    const all = ledTimeline({
      actorId,
      ties: ties.filter((tie) => bodySet.has(tie.targetId)),
      participations,
      events: new Map(events.map((event) => [event.id, event])),
      window: OPEN_WINDOW,
      types: [],
    });
    // As `list`: a window keeps the events in it, counts the undated ones, and lists them when asked.
    const windowed = from !== null || to !== null;
    const isUndated = (entry: TimelineEntry) => entry.event.dateStart === null;
    const entries = all.filter((entry) =>
      eventInWindow(entry.event.dateStart, entry.event.dateEnd, { from, to }, includeUndated),
    );
    const undated = windowed ? all.filter(isUndated).length : null;
    const rest = after === null ? entries : entries.filter((entry) => entry.event.sortKey > after);
    const slice = rest.slice(0, limit);
    // The page's events as the request's plan reads them (with what is nested below).
    const planned = new Map(
      (slice.length === 0 ? [] : await reads.eventsByIds(slice.map((entry) => entry.event.id))).map(
        (event) => [event.id, event],
      ),
    );
    const items = slice.map((entry) => ({ ...entry, event: planned.get(entry.event.id) ?? entry.event }));
    return timelinePage(items, rest.length > limit, entries.length, after, undated);
  }

  /**
   * Events in date order; a month-precision event sorts at the start of its
   * month, undated ones last. A window never drops undated events silently:
   * the page says how many there are (`undated`, one more count, read with
   * the page), and `includeUndated` lists them after the dated ones.
   */
  list(filter: EventFilter, page: PageArgs, reads: RootReads = this.store): Promise<EventPage> {
    return this.page(filter, page, reads, 'filter.');
  }

  /**
   * One actor's events, a page at a time (`Actor.eventsConnection`): as
   * `list` with the actor as participant, so the store reads the page's keys
   * and then the page, never all of a hub's events. Through the request's
   * planned reads, the pages of sibling actors go to the store in one call.
   */
  ofParticipant(
    actorId: string,
    filter: Omit<EventFilter, 'participantId' | 'includePending'>,
    page: PageArgs,
    reads: RootReads = this.store,
  ): Promise<EventPage> {
    return this.page({ ...filter, participantId: actorId, includePending: false }, page, reads, '');
  }

  /** `argumentPath` names the window's arguments in errors as the caller's field takes them. */
  private async page(
    filter: EventFilter,
    page: PageArgs,
    reads: RootReads,
    argumentPath: string,
  ): Promise<EventPage> {
    const after = page.after ? decodeCursor(page.after) : null;
    const from = dayBound(`${argumentPath}from`, filter.from);
    const to = dayBound(`${argumentPath}to`, filter.to);
    checkWindow(from, to);
    const query = {
      types: filter.types ?? [],
      participantId: filter.participantId ?? null,
      from,
      to,
      undated: filter.includeUndated === true ? ('INCLUDE' as const) : ('EXCLUDE' as const),
    };
    const windowed = from !== null || to !== null;
    const limit = pageLimit(page.first);
    // Asked in the same tick, the count goes to the store with the page (one planned read).
    const [stored, undated] = await Promise.all([
      reads.listEvents({ ...query, after, limit }),
      windowed
        ? reads.listEvents({ ...query, undated: 'ONLY', after: null, limit: 1 }).then((s) => s.totalCount)
        : null,
    ]);
    const slice = filter.includePending
      ? mergePending(stored, pendingEvents(await this.pending(), query), after, limit)
      : stored;
    return { ...toPage(slice.items, slice.hasMore, slice.totalCount, after), undated };
  }
}
