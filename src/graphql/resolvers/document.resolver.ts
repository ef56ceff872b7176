import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { documentLabel } from '../../domain/document-label';
import type { DocumentRecord } from '../../domain/graph';
import type { FactKind } from '../../domain/vocabulary';
import type { GraphContext } from '../context';
import { FactKindEnum } from '../enums';
import { Actor } from '../types/actor.type';
import { Claim } from '../types/claim.type';
import { Document } from '../types/document.type';
import { Event } from '../types/event.type';
import { Evidence } from '../types/evidence.type';
import { Statement } from '../types/statement.type';
import { operationNeeds } from '../selection-needs';
import { selectionPlan } from '../selection-plan';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => [Document], { description: 'All source documents, in id order.' })
  documents(@Ctx() ctx: GraphContext) {
    return ctx.services.documents.list();
  }

  @Query(() => Document, { nullable: true })
  document(@Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID) id: string) {
    return ctx.services.documents.find(
      id,
      ctx.loaders.planned.of('document', selectionPlan(info), operationNeeds(info)),
    );
  }

  @FieldResolver(() => String, {
    description:
      'What to show for the document: its printed `title`, or, when the text prints none, its lead sentence (cut at a word, with an ellipsis) and `titleInferred` true. Never an invented title.',
  })
  displayTitle(@Root() document: DocumentRecord) {
    return documentLabel(document).text;
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the text prints no title and `displayTitle` is its lead sentence.',
  })
  titleInferred(@Root() document: DocumentRecord) {
    return documentLabel(document).inferred;
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The author, when the registry knows them.' })
  authorActor(@Root() document: DocumentRecord, @Ctx() ctx: GraphContext) {
    return document.authorActorId === null ? null : ctx.loaders.actor.load(document.authorActorId);
  }

  @FieldResolver(() => [Evidence], { description: 'Every evidence span in this document, in text order.' })
  async evidence(
    @Root() document: DocumentRecord,
    @Ctx() ctx: GraphContext,
    @Arg('factKinds', () => [FactKindEnum], { nullable: true }) factKinds?: FactKind[] | null,
  ) {
    const spans = await ctx.loaders.evidenceByDocument.load(document.id);
    return factKinds && factKinds.length > 0
      ? spans.filter((span) => factKinds.includes(span.factKind))
      : spans;
  }

  @FieldResolver(() => [Event], { description: 'Events this document reports.' })
  async events(@Root() document: DocumentRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.many(ctx.loaders.event, await factIds(ctx, document.id, 'EVENT'));
  }

  @FieldResolver(() => [Statement], { description: 'Statements this document quotes or reports.' })
  async statements(@Root() document: DocumentRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.many(ctx.loaders.statement, await factIds(ctx, document.id, 'STATEMENT'));
  }

  @FieldResolver(() => [Claim], { description: 'Claims this document makes.' })
  async claims(@Root() document: DocumentRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.many(ctx.loaders.claim, await factIds(ctx, document.id, 'CLAIM'));
  }

  @FieldResolver(() => [Actor], { description: 'Actors this document names (its mention spans).' })
  async actors(@Root() document: DocumentRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.many(ctx.loaders.actor, await factIds(ctx, document.id, 'ACTOR_MENTION'));
  }
}

/** Ids of the facts of one kind that a document's evidence supports, in text order. */
async function factIds(ctx: GraphContext, documentId: string, kind: FactKind): Promise<string[]> {
  const spans = await ctx.loaders.evidenceByDocument.load(documentId);
  return [...new Set(spans.filter((span) => span.factKind === kind).map((span) => span.factId))];
}
