import type { EventSummary, TieRecord } from '../domain/graph';
import { rangeInWindow, tieInWindow, type TimeWindow } from '../domain/time-window';
import type { EventType, TieType } from '../domain/vocabulary';
import { checkWindow, dayBound } from './arguments';

/** Which events and ties a graph exploration may walk through. */
export interface GraphFilter {
  readonly eventTypes: readonly EventType[];
  readonly tieTypes: readonly TieType[];
  readonly window: TimeWindow;
}

export interface GraphFilterArgs {
  readonly eventTypes?: readonly EventType[] | null;
  readonly tieTypes?: readonly TieType[] | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

export function toGraphFilter(args: GraphFilterArgs | null | undefined): GraphFilter {
  const from = dayBound('filter.from', args?.from);
  const to = dayBound('filter.to', args?.to);
  checkWindow(from, to);
  return { eventTypes: args?.eventTypes ?? [], tieTypes: args?.tieTypes ?? [], window: { from, to } };
}

/** Whether the filter can turn an event away: if not, events need not be read to apply it. */
export function filtersEvents(filter: GraphFilter): boolean {
  return filter.eventTypes.length > 0 || filter.window.from !== null || filter.window.to !== null;
}

/** Whether the filter can turn a tie away. */
export function filtersTies(filter: GraphFilter): boolean {
  return filter.tieTypes.length > 0 || filter.window.from !== null || filter.window.to !== null;
}

export function eventPasses(event: EventSummary, filter: GraphFilter): boolean {
  return (
    (filter.eventTypes.length === 0 || filter.eventTypes.includes(event.type)) &&
    rangeInWindow(event.dateStart, event.dateEnd, filter.window)
  );
}

export function tiePasses(tie: TieRecord, filter: GraphFilter): boolean {
  return (
    (filter.tieTypes.length === 0 || filter.tieTypes.includes(tie.type)) && tieInWindow(tie, filter.window)
  );
}
