import type { ActorSummary, EventSummary, ParticipationRecord, TieRecord } from '../domain/graph';
import type { GraphEdge, GraphNode } from './types/graph-view.type';

/**
 * Records → the flat node and edge shapes visualisation tools take. An edge's
 * weight counts the independent documents behind it, which its record carries.
 */
export function actorNode(actor: ActorSummary): GraphNode {
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

export function eventNode(event: EventSummary): GraphNode {
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

export function participationEdge(
  participation: ParticipationRecord,
  event: EventSummary | undefined,
): GraphEdge {
  const documentIds = [...participation.documentIds];
  return {
    id: participation.id,
    source: participation.actorId,
    target: participation.eventId,
    type: 'PARTICIPATION',
    // One edge per actor and event; its label lists every role.
    label: participation.roles.join(', '),
    role: participation.roles.join(', '),
    weight: documentIds.length,
    evidenceCount: participation.evidenceIds.length,
    documentIds,
    since: event?.dateStart ?? null,
    until: event?.dateEnd ?? null,
    evidenceIds: participation.evidenceIds,
  };
}

export function tieEdge(tie: TieRecord): GraphEdge {
  const documentIds = [...tie.documentIds];
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
