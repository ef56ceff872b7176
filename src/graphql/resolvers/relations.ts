import type { EventRecord, TieRecord } from '../../domain/graph';
import { mergePlans, type HeavyNeeds, type ReadPlan } from '../../domain/read-plan';
import { rangeInWindow, tieInWindow } from '../../domain/time-window';
import type { EventType, TieType } from '../../domain/vocabulary';
import { checkWindow, dayBound } from '../../services/arguments';
import { type Page, type PageArgs } from '../../services/pagination';
import { whenLoaded, type Maybe } from '../../services/record-loader';
import { tiePage } from '../../services/tie-pages';
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

/** A page of an actor's ties (tiesAsOf), in type then id order, with how many there are. */
export function tiesPageAsOf(
  ctx: GraphContext,
  actorId: string,
  types: readonly TieType[],
  asOf: string | null,
  page: PageArgs,
): Maybe<Page<TieRecord>> {
  return whenLoaded(tiesAsOf(ctx, actorId, types, asOf), (ties) => tiePage(ties, page));
}

/**
 * A page of an actor's ties (tiesPageAsOf), and the far ends its selection
 * reads (`source`, `target`, with what is read below them: `farEnds`, from
 * afterPagePlan) read for the page's ties only, in one planned read that the
 * pages of sibling actors share; the tie resolvers then find them loaded.
 */
export async function tiesPageWithFarEnds(
  ctx: GraphContext,
  actorId: string,
  filter: { types: readonly TieType[]; asOf: string | null },
  page: PageArgs,
  farEnds: ReadPlan,
  needs: HeavyNeeds | undefined,
): Promise<Page<TieRecord>> {
  const cut = await tiesPageAsOf(ctx, actorId, filter.types, filter.asOf, page);
  const { source, target } = farEnds;
  const ids = new Set<string>();
  for (const { node: tie } of cut.edges) {
    if (source) ids.add(tie.sourceId);
    if (target) ids.add(tie.targetId);
  }
  if (ids.size > 0) {
    const plan = mergePlans(source ?? {}, target ?? {});
    await ctx.loaders.planned.of('actor', plan, needs).actorsByIds([...ids]);
  }
  return cut;
}
