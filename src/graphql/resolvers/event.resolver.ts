import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { EventRecord } from '../../domain/graph';
import { formatPartialDate } from '../../domain/partial-date';
import type { GraphContext } from '../context';
import { Claim } from '../types/claim.type';
import { Document } from '../types/document.type';
import { Event, EventConnection } from '../types/event.type';
import { Evidence } from '../types/evidence.type';
import { EventFilter } from '../types/filters.input';
import { Participation } from '../types/participation.type';
import { Place } from '../types/place.type';
import { Statement } from '../types/statement.type';
import { TimelineConnection } from '../types/timeline.type';
import { connectionCost } from '../query-cost';
import { operationNeeds } from '../selection-needs';
import { selectionPlan } from '../selection-plan';
import { FACT_STATUS_FIELD, FactStatusEnum } from '../enums';
import { claimsOf, evidenceOf, participantsOf } from './pending';

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => FactStatusEnum, FACT_STATUS_FIELD)
  status(@Root() record: EventRecord, @Ctx() ctx: GraphContext) {
    return ctx.services.review.statusOf(record.id);
  }

  @Query(() => Event, { nullable: true })
  event(@Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID) id: string) {
    return ctx.services.events.find(
      id,
      ctx.loaders.planned.of('event', selectionPlan(info), operationNeeds(info)),
    );
  }

  @Query(() => EventConnection, {
    complexity: connectionCost,
    description:
      'Events in date order (a month-precision event sorts at the start of its month; undated last).',
  })
  events(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | null | undefined,
    @Arg('includePending', () => Boolean, {
      defaultValue: false,
      description:
        'Also list the facts proposed by assisted extraction and not yet reviewed (status EXTRACTED), in the same order. Default: accepted and curated facts only.',
    })
    includePending: boolean,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    const reads = ctx.loaders.planned.of('event', selectionPlan(info), operationNeeds(info));
    return ctx.services.events.list({ ...filter, includePending }, { first, after }, reads);
  }

  @Query(() => TimelineConnection, {
    complexity: connectionCost,
    description:
      "An actor's events (or all events) in date order within an optional window. Each event keeps its precision: a month-precision event sorts at the start of its month and shows as that month (`dateLabel`). With `includeLed`, also what the states and bodies the actor leads or represents did while the tie held, each such entry marked by `via`.",
  })
  timeline(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('actorId', () => ID, { nullable: true }) actorId: string | null | undefined,
    @Arg('from', () => String, { nullable: true, description: 'YYYY-MM-DD' }) from: string | null | undefined,
    @Arg('to', () => String, { nullable: true, description: 'YYYY-MM-DD' }) to: string | null | undefined,
    @Arg('includePending', () => Boolean, {
      defaultValue: false,
      description:
        'Also list the facts proposed by assisted extraction and not yet reviewed (status EXTRACTED), in the same order. Default: accepted and curated facts only.',
    })
    includePending: boolean,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('includeLed', () => Boolean, {
      defaultValue: false,
      description:
        'Add the events in which a state, organisation or group the actor leads (LEADER_OF) or represents (REPRESENTATIVE_OF) took part, while the tie held: an undated tie holds always, a `former` one without an end never, a dated one over its days (undated events excluded). Each such edge lists the body and tie in `via`.',
    })
    includeLed?: boolean,
    @Arg('includeUndated', () => Boolean, {
      defaultValue: false,
      description: 'With a window: also list the events that have no date, after the dated ones.',
    })
    includeUndated?: boolean,
  ) {
    const reads = ctx.loaders.planned.of('event', selectionPlan(info), operationNeeds(info));
    return ctx.services.events.timeline(actorId, { from, to, includePending }, { first, after }, reads, {
      includeLed,
      includeUndated,
    });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The date as precise as the sources give it: "21 June 2025", "June 2025" or "2025".',
  })
  dateLabel(@Root() event: EventRecord) {
    return event.date === null ? null : formatPartialDate(event.date);
  }

  @FieldResolver(() => Place, { nullable: true })
  place(@Root() event: EventRecord, @Ctx() ctx: GraphContext) {
    return event.placeId === null ? null : ctx.loaders.place.load(event.placeId);
  }

  @FieldResolver(() => [Participation])
  participants(@Root() event: EventRecord, @Ctx() ctx: GraphContext) {
    return participantsOf(ctx, event);
  }

  @FieldResolver(() => [Claim], {
    description: 'What each source says about this event (e.g. how many were freed).',
  })
  claims(@Root() event: EventRecord, @Ctx() ctx: GraphContext) {
    return claimsOf(ctx, event);
  }

  @FieldResolver(() => [Statement], { description: 'Statements made at this event.' })
  statements(@Root() event: EventRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.statementsByEvent.load(event.id);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() event: EventRecord, @Ctx() ctx: GraphContext) {
    return evidenceOf(ctx, event);
  }

  @FieldResolver(() => [Document], { description: 'The documents that report this event.' })
  async documents(@Root() event: EventRecord, @Ctx() ctx: GraphContext) {
    const evidence = await evidenceOf(ctx, event);
    return ctx.loaders.many(ctx.loaders.document, [...new Set(evidence.map((e) => e.documentId))].sort());
  }
}
