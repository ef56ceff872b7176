import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { ActorRecord } from '../../domain/graph';
import type { EventType, TieType } from '../../domain/vocabulary';
import type { GraphContext } from '../context';
import { EventTypeEnum, TieTypeEnum } from '../enums';
import { Actor, ActorConnection } from '../types/actor.type';
import { Claim } from '../types/claim.type';
import { Event, EventConnection } from '../types/event.type';
import { Evidence } from '../types/evidence.type';
import { ActorFilter } from '../types/filters.input';
import { Participation } from '../types/participation.type';
import { Statement } from '../types/statement.type';
import { Tie, TieConnection } from '../types/tie.type';
import { actorEvents, tiesAsOf } from './relations';
import { connectionCost } from '../query-cost';
import { operationNeeds } from '../selection-needs';
import { selectionPlan } from '../selection-plan';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, {
    nullable: true,
    description: 'One actor by id, or by any spelling of its name (case- and diacritic-insensitive).',
  })
  actor(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('name', () => String, { nullable: true }) name?: string | null,
  ): Promise<ActorRecord | null> {
    return ctx.services.actors.find(
      id,
      name,
      ctx.loaders.planned.of('actor', selectionPlan(info), operationNeeds(info)),
    );
  }

  @Query(() => ActorConnection, { description: 'Actors in name order.', complexity: connectionCost })
  actors(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ActorFilter, { nullable: true }) filter?: ActorFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    const reads = ctx.loaders.planned.of('actor', selectionPlan(info), operationNeeds(info));
    return ctx.services.actors.list(filter ?? {}, { first, after }, reads);
  }

  @FieldResolver(() => [Tie], {
    description: 'Ties in either direction; `asOf` (YYYY-MM-DD) keeps those in force that day.',
  })
  ties(
    @Root() actor: ActorRecord,
    @Ctx() ctx: GraphContext,
    @Arg('types', () => [TieTypeEnum], { nullable: true }) types?: TieType[] | null,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ) {
    return tiesAsOf(ctx, actor.id, types ?? [], asOf ?? null);
  }

  @FieldResolver(() => TieConnection, {
    description:
      'Ties in either direction, a page at a time, grouped by type (type, then id order), with how many ' +
      'there are: for actors with hundreds of ties. `types` and `asOf` as for `ties`.',
    complexity: connectionCost,
  })
  tiesConnection(
    @Root() actor: ActorRecord,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('types', () => [TieTypeEnum], { nullable: true }) types?: TieType[] | null,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    // A page the store cuts, with what is read below its ties: the siblings' pages share one planned read.
    const reads = ctx.loaders.planned.of('tie', selectionPlan(info), operationNeeds(info));
    return ctx.services.actors.ties(
      actor.id,
      { types: types ?? [], asOf: asOf ?? null },
      { first, after },
      reads,
    );
  }

  @FieldResolver(() => [Participation], {
    description: 'Every event this actor took part in, with its role.',
  })
  participations(@Root() actor: ActorRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.participationsByActor.load(actor.id);
  }

  @FieldResolver(() => [Event], {
    description:
      'Events this actor took part in, in date order (undated last). With `from`/`to`, undated events ' +
      'are left out: `eventsConnection` counts them (`undated`) and lists them on request.',
  })
  events(
    @Root() actor: ActorRecord,
    @Ctx() ctx: GraphContext,
    @Arg('types', () => [EventTypeEnum], { nullable: true }) types?: EventType[] | null,
    @Arg('from', () => String, { nullable: true }) from?: string | null,
    @Arg('to', () => String, { nullable: true }) to?: string | null,
  ) {
    return actorEvents(ctx, actor.id, { types: types ?? [], from: from ?? null, to: to ?? null });
  }

  @FieldResolver(() => EventConnection, {
    description:
      'Events this actor took part in, a page at a time, in date order (undated last), with how many ' +
      'match: for actors in thousands of events. `types`, `from` and `to` as for `events`; with a window, ' +
      '`undated` counts the matching events without a date, and `includeUndated` lists them too.',
    complexity: connectionCost,
  })
  eventsConnection(
    @Root() actor: ActorRecord,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('types', () => [EventTypeEnum], { nullable: true }) types?: EventType[] | null,
    @Arg('from', () => String, { nullable: true }) from?: string | null,
    @Arg('to', () => String, { nullable: true }) to?: string | null,
    @Arg('includeUndated', () => Boolean, { defaultValue: false }) includeUndated?: boolean,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    // A page the store cuts, as for the root `events`: the siblings' pages share one planned read.
    const reads = ctx.loaders.planned.of('event', selectionPlan(info), operationNeeds(info));
    return ctx.services.events.ofParticipant(
      actor.id,
      { types: types ?? [], from: from ?? null, to: to ?? null, includeUndated: includeUndated ?? false },
      { first, after },
      reads,
    );
  }

  @FieldResolver(() => [Statement], { description: 'What this actor said.' })
  statements(@Root() actor: ActorRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.statementsBySpeaker.load(actor.id);
  }

  @FieldResolver(() => [Statement], { description: 'What others (or the actor) said about this actor.' })
  async statementsAbout(@Root() actor: ActorRecord, @Ctx() ctx: GraphContext) {
    const ids = await ctx.loaders.statementIdsAboutActor.load(actor.id);
    return ctx.loaders.many(ctx.loaders.statement, ids);
  }

  @FieldResolver(() => [Claim], {
    description: 'Sourced values about this actor, e.g. political prisoners held.',
  })
  claims(@Root() actor: ActorRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.claimsBySubject.load(actor.id);
  }

  @FieldResolver(() => [Evidence], { description: 'Every span that names or involves this actor.' })
  evidence(@Root() actor: ActorRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.many(ctx.loaders.evidence, actor.evidenceIds);
  }
}
