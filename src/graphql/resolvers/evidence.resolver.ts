import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EvidenceRecord } from '../../domain/graph';
import type { GraphContext } from '../context';
import { Document } from '../types/document.type';
import { Evidence } from '../types/evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document)
  document(@Root() evidence: EvidenceRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.document.load(evidence.documentId);
  }
}
