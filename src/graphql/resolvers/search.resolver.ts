import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { nameKey } from '../../domain/text';
import type { SearchHitRecord } from '../../services/search.service';
import { excerpt, truncate } from '../../services/snippets';
import type { GraphContext } from '../context';
import { Actor } from '../types/actor.type';
import { Document } from '../types/document.type';
import { Event } from '../types/event.type';
import { SearchHit } from '../types/search.type';
import { Statement } from '../types/statement.type';
import { searchCost } from '../query-cost';

const LABEL_LENGTH = 120;

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    complexity: searchCost,
    description:
      'Ranked search over actors (every spelling; tolerant of case, diacritics, typos and ' +
      'transliteration), statements, events and documents (their words). Actors whose name matches come ' +
      'first. `first`: 1–50 (default 10).',
  })
  search(
    @Ctx() ctx: GraphContext,
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
  ) {
    return ctx.services.search.search(text, first);
  }

  @FieldResolver(() => String, { description: 'Display text: a name, a title, or the words said.' })
  async label(@Root() hit: SearchHitRecord, @Ctx() ctx: GraphContext): Promise<string> {
    switch (hit.kind) {
      case 'ACTOR':
        return (await ctx.loaders.actor.load(hit.id))?.name ?? hit.id;
      case 'EVENT':
        return (await ctx.loaders.event.load(hit.id))?.title ?? hit.id;
      case 'STATEMENT': {
        const statement = await ctx.loaders.statement.load(hit.id);
        return statement ? truncate(statement.text, LABEL_LENGTH) : hit.id;
      }
      case 'DOCUMENT': {
        const document = await ctx.loaders.document.load(hit.id);
        return document ? (document.title ?? truncate(document.text, LABEL_LENGTH)) : hit.id;
      }
    }
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The passage around the first word searched for (an actor's description, an event's description, " +
      "a statement's or document's text).",
  })
  async snippet(@Root() hit: SearchHitRecord, @Ctx() ctx: GraphContext): Promise<string | null> {
    switch (hit.kind) {
      case 'ACTOR': {
        const actor = await ctx.loaders.actor.load(hit.id);
        return actor ? excerpt(actor.description, hit.terms) || null : null;
      }
      case 'EVENT': {
        const event = await ctx.loaders.event.load(hit.id);
        return event?.description ? excerpt(event.description, hit.terms) : null;
      }
      case 'STATEMENT': {
        const statement = await ctx.loaders.statement.load(hit.id);
        return statement ? excerpt(statement.text, hit.terms) : null;
      }
      case 'DOCUMENT': {
        const document = await ctx.loaders.document.load(hit.id);
        return document ? excerpt(document.text, hit.terms) : null;
      }
    }
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'For an actor found by name: the spelling that matched, as the sources write it.',
  })
  async matchedAlias(@Root() hit: SearchHitRecord, @Ctx() ctx: GraphContext): Promise<string | null> {
    if (hit.kind !== 'ACTOR' || hit.matchedKey === null) return null;
    const actor = await ctx.loaders.actor.load(hit.id);
    return actor?.aliases.find((alias) => nameKey(alias) === hit.matchedKey) ?? hit.matchedKey;
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The actor, for an ACTOR hit.' })
  actor(@Root() hit: SearchHitRecord, @Ctx() ctx: GraphContext) {
    return hit.kind === 'ACTOR' ? ctx.loaders.actor.load(hit.id) : null;
  }

  @FieldResolver(() => Statement, { nullable: true, description: 'The statement, for a STATEMENT hit.' })
  statement(@Root() hit: SearchHitRecord, @Ctx() ctx: GraphContext) {
    return hit.kind === 'STATEMENT' ? ctx.loaders.statement.load(hit.id) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event, for an EVENT hit.' })
  event(@Root() hit: SearchHitRecord, @Ctx() ctx: GraphContext) {
    return hit.kind === 'EVENT' ? ctx.loaders.event.load(hit.id) : null;
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document, for a DOCUMENT hit.' })
  document(@Root() hit: SearchHitRecord, @Ctx() ctx: GraphContext) {
    return hit.kind === 'DOCUMENT' ? ctx.loaders.document.load(hit.id) : null;
  }
}
