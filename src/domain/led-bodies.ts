import type { ActorSummary, EventRecord, ParticipationRecord, TieRecord } from './graph';
import { isPartialDate, parsePartialDate } from './partial-date';
import { rangeInWindow, type TimeWindow } from './time-window';
import type { EventType, TieType } from './vocabulary';

/**
 * An actor's timeline through the states and bodies he leads or represents:
 * what Belarus did while Lukashenko led it. Such an entry is the body's act,
 * not the person's, and always says through which tie it came.
 */
export const LEADING_TIE_TYPES: readonly TieType[] = ['LEADER_OF', 'REPRESENTATIVE_OF'];

/** One way an event reached an actor's timeline: a body he leads took part, and the tie that says so. */
export interface TimelineVia {
  readonly bodyId: string;
  readonly tie: TieRecord;
}

export interface TimelineEntry {
  readonly event: EventRecord;
  /** Empty when the actor took part himself; otherwise every body (and tie) that brought it. */
  readonly via: readonly TimelineVia[];
}

/**
 * The ties through which a body's acts count for the actor: his own LEADER_OF
 * or REPRESENTATIVE_OF ties to a state, organisation or group (a spokeswoman
 * who represents a person does not inherit that person's acts).
 */
export function leadingTies(actorId: string, ties: readonly TieRecord[]): TieRecord[] {
  return ties.filter(
    (tie) => tie.sourceId === actorId && tie.targetId !== actorId && LEADING_TIE_TYPES.includes(tie.type),
  );
}

export function isBody(actor: Pick<ActorSummary, 'kind'>): boolean {
  return actor.kind !== 'PERSON';
}

/**
 * Whether the tie held when the event happened. A tie the sources bound
 * (`since`, `until`, at their precision) holds over the days those bounds
 * cover, and an event counts when its days overlap them; an undated event
 * cannot be placed against such bounds and does not count. A tie stated
 * without bounds holds at every date, as the sources state it (and as
 * `tieInWindow` takes it), unless it is called `former` with no end date:
 * then nothing says when it held, and it brings nothing.
 */
export function tieHeldDuring(
  tie: Pick<TieRecord, 'since' | 'until' | 'former'>,
  event: Pick<EventRecord, 'dateStart' | 'dateEnd'>,
): boolean {
  if (tie.former && tie.until === null) return false;
  const since = bounds(tie.since);
  const until = bounds(tie.until);
  if (since === null && until === null) return true;
  if (event.dateStart === null || event.dateEnd === null) return false;
  return (since === null || event.dateEnd >= since.start) && (until === null || event.dateStart <= until.end);
}

function bounds(value: string | null): { start: string; end: string } | null {
  if (value === null) return null;
  const parsed = parsePartialDate(value);
  return isPartialDate(parsed) ? parsed : null;
}

export interface LedTimelineInput {
  readonly actorId: string;
  /** The actor's leading ties whose targets are bodies (see `leadingTies`, `isBody`). */
  readonly ties: readonly TieRecord[];
  /** Participations of the actor and of the bodies those ties lead to. */
  readonly participations: readonly ParticipationRecord[];
  readonly events: ReadonlyMap<string, EventRecord>;
  readonly window: TimeWindow;
  readonly types: readonly EventType[];
}

/**
 * Every entry of the timeline in date order (the events' sort keys): the
 * actor's own events, then added, those a led body took part in while the tie
 * held. An event the actor took part in himself is his, with no `via`.
 */
export function ledTimeline(input: LedTimelineInput): TimelineEntry[] {
  const tiesByBody = new Map<string, TieRecord[]>();
  for (const tie of input.ties) tiesByBody.set(tie.targetId, [...(tiesByBody.get(tie.targetId) ?? []), tie]);
  const own = new Set<string>();
  const via = new Map<string, Map<string, TimelineVia>>();
  for (const participation of input.participations) {
    const event = input.events.get(participation.eventId);
    if (event === undefined) continue;
    if (participation.actorId === input.actorId) {
      own.add(event.id);
      continue;
    }
    for (const tie of tiesByBody.get(participation.actorId) ?? []) {
      if (!tieHeldDuring(tie, event)) continue;
      const found = via.get(event.id) ?? new Map<string, TimelineVia>();
      found.set(tie.id, { bodyId: participation.actorId, tie });
      via.set(event.id, found);
    }
  }
  const entries: TimelineEntry[] = [];
  for (const id of new Set([...own, ...via.keys()])) {
    const event = input.events.get(id) as EventRecord;
    if (input.types.length > 0 && !input.types.includes(event.type)) continue;
    if (!rangeInWindow(event.dateStart, event.dateEnd, input.window)) continue;
    const through = own.has(id)
      ? []
      : [...(via.get(id)?.values() ?? [])].sort((a, b) => (a.tie.id < b.tie.id ? -1 : 1));
    entries.push({ event, via: through });
  }
  return entries.sort((a, b) => (a.event.sortKey < b.event.sortKey ? -1 : 1));
}
