import type { ActorRecord, EventRecord, ParticipationRecord, TieRecord } from '../domain/graph';
import type { GraphContext } from './context';
import type { GraphEdge, GraphNode } from './types/graph-view.type';

/**
 * Records → the flat node and edge shapes visualisation tools take. Edge weights
 * count supporting documents, so an edge's evidence is resolved (in one batch) to
 * the documents it comes from.
 */
export function actorNode(actor: ActorRecord): GraphNode {
  return {
    id: actor.id,
    label: actor.name,
    type: 'ACTOR',
    kind: actor.kind,
    date: null,
    datePrecision: null,
    evidenceCount: actor.evidenceIds.length,
  };
}

export function eventNode(event: EventRecord): GraphNode {
  return {
    id: event.id,
    label: event.title,
    type: 'EVENT',
    kind: event.type,
    date: event.date,
    datePrecision: event.datePrecision,
    evidenceCount: event.evidenceIds.length,
  };
}

export type DocumentsOf = (evidenceIds: readonly string[]) => string[];

/** Loads the evidence of all the given edges at once and returns a lookup of their documents. */
export async function documentLookup(
  ctx: GraphContext,
  evidenceIds: readonly string[],
): Promise<DocumentsOf> {
  const evidence = await ctx.loaders.many(ctx.loaders.evidence, [...new Set(evidenceIds)]);
  const documentOf = new Map(evidence.map((e) => [e.id, e.documentId] as const));
  return (ids) =>
    [...new Set(ids.map((id) => documentOf.get(id)).filter((d): d is string => d !== undefined))].sort();
}

export function participationEdge(
  participation: ParticipationRecord,
  event: EventRecord | undefined,
  documentsOf: DocumentsOf,
): GraphEdge {
  const documentIds = documentsOf(participation.evidenceIds);
  return {
    id: participation.id,
    source: participation.actorId,
    target: participation.eventId,
    type: 'PARTICIPATION',
    label: participation.role,
    role: participation.role,
    weight: documentIds.length,
    evidenceCount: participation.evidenceIds.length,
    documentIds,
    since: event?.dateStart ?? null,
    until: event?.dateEnd ?? null,
    evidenceIds: participation.evidenceIds,
  };
}

export function tieEdge(tie: TieRecord, documentsOf: DocumentsOf): GraphEdge {
  const documentIds = documentsOf(tie.evidenceIds);
  return {
    id: tie.id,
    source: tie.sourceId,
    target: tie.targetId,
    type: 'TIE',
    label: tie.type,
    role: tie.role,
    weight: documentIds.length,
    evidenceCount: tie.evidenceIds.length,
    documentIds,
    since: tie.since,
    until: tie.until,
    evidenceIds: tie.evidenceIds,
  };
}
