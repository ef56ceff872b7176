import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { StatementRecord } from '../../domain/graph';
import type { GraphContext } from '../context';
import { Actor } from '../types/actor.type';
import { Document } from '../types/document.type';
import { Event } from '../types/event.type';
import { Evidence } from '../types/evidence.type';
import { StatementFilter } from '../types/filters.input';
import { Statement, StatementConnection } from '../types/statement.type';
import { statementsCost } from '../query-cost';
import { operationNeeds } from '../selection-needs';
import { selectionPlan } from '../selection-plan';
import { FACT_STATUS_FIELD, FactStatusEnum } from '../enums';
import { actorOf, evidenceOf } from './pending';

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => FactStatusEnum, FACT_STATUS_FIELD)
  status(@Root() record: StatementRecord, @Ctx() ctx: GraphContext) {
    return ctx.services.review.statusOf(record.id);
  }

  @Query(() => Statement, { nullable: true })
  statement(@Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID) id: string) {
    return ctx.services.statements.find(
      id,
      ctx.loaders.planned.of('statement', selectionPlan(info), operationNeeds(info)),
    );
  }

  @Query(() => StatementConnection, {
    description: 'Statements in document order.',
    complexity: statementsCost,
  })
  statements(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => StatementFilter, { nullable: true }) filter: StatementFilter | null | undefined,
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
    const reads = ctx.loaders.planned.of('statement', selectionPlan(info), operationNeeds(info));
    return ctx.services.statements.list({ ...filter, includePending }, { first, after }, reads);
  }

  @FieldResolver(() => Actor)
  speaker(@Root() statement: StatementRecord, @Ctx() ctx: GraphContext) {
    return actorOf(ctx, statement.speakerId);
  }

  @FieldResolver(() => [Actor], { description: 'The actors the statement is about.' })
  async about(@Root() statement: StatementRecord, @Ctx() ctx: GraphContext) {
    const ids = await ctx.loaders.aboutActorIdsByStatement.load(statement.id);
    return ctx.loaders.many(ctx.loaders.actor, ids);
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'Where the statement was made, when the source says.',
  })
  event(@Root() statement: StatementRecord, @Ctx() ctx: GraphContext) {
    return statement.eventId === null ? null : ctx.loaders.event.load(statement.eventId);
  }

  @FieldResolver(() => Document)
  document(@Root() statement: StatementRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.document.load(statement.documentId);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() statement: StatementRecord, @Ctx() ctx: GraphContext) {
    return evidenceOf(ctx, statement);
  }
}
