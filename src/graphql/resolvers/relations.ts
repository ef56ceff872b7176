import type { EventRecord, TieRecord } from '../../domain/graph';
import { rangeInWindow, tieInWindow } from '../../domain/time-window';
import type { EventType, TieType } from '../../domain/vocabulary';
import { checkWindow, dayBound } from '../../services/arguments';
import { whenLoaded, type Maybe } from '../../services/record-loader';
import type { GraphContext } from '../context';

/**
 * Relation helpers shared by field resolvers: they read through the request's
 * loaders (one batched store call per level) and filter in memory.
 */
export async function actorEvents(
  ctx: GraphContext,
  actorId: string,
  filter: { types: readonly EventType[]; from: string | null; to: string | null },
): Promise<EventRecord[]> {
  const from = dayBound('from', filter.from);
  const to = dayBound('to', filter.to);
  checkWindow(from, to);
  return (await eventsOfType(ctx, actorId, filter.types))
    .filter((event) => rangeInWindow(event.dateStart, event.dateEnd, { from, to }))
    .sort(bySortKey);
}

async function eventsOfType(
  ctx: GraphContext,
  actorId: string,
  types: readonly EventType[],
): Promise<EventRecord[]> {
  const participations = await ctx.loaders.participationsByActor.load(actorId);
  const events = await ctx.loaders.many(ctx.loaders.event, [
    ...new Set(participations.map((p) => p.eventId)),
  ]);
  return events.filter((event) => types.length === 0 || types.includes(event.type));
}

const bySortKey = (a: EventRecord, b: EventRecord) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;

/** Ties of an actor, optionally only those in force on a day (`asOf`); at once when loaded already. */
export function tiesAsOf(
  ctx: GraphContext,
  actorId: string,
  types: readonly TieType[],
  asOf: string | null,
): Maybe<TieRecord[]> {
  const day = dayBound('asOf', asOf);
  return whenLoaded(ctx.loaders.tiesByActor.load(actorId), (ties) =>
    ties
      .filter((tie) => types.length === 0 || types.includes(tie.type))
      .filter((tie) => day === null || tieInWindow(tie, { from: day, to: day })),
  );
}
