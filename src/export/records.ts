import type { ActorSummary, EventSummary, ParticipationRecord, TieRecord } from '../domain/graph';
import { isPartialDate, parsePartialDate } from '../domain/partial-date';
import { isSymmetricTieType } from '../domain/vocabulary';
import type { ExportEdge, ExportNode } from './model';

/** The documents an element's evidence comes from, sorted and distinct. */
export type DocumentsOf = (evidenceIds: readonly string[]) => string[];

/** A lookup from evidence ids to their documents, given the evidence → document pairs. */
export function documentsOfEvidence(evidence: Iterable<{ id: string; documentId: string }>): DocumentsOf {
  const documentOf = new Map<string, string>();
  for (const e of evidence) documentOf.set(e.id, e.documentId);
  return (ids) =>
    [...new Set(ids.map((id) => documentOf.get(id)).filter((d): d is string => d !== undefined))].sort();
}

export function actorExportNode(actor: ActorSummary, documentsOf: DocumentsOf): ExportNode {
  const documentIds = documentsOf(actor.evidenceIds);
  return {
    id: actor.id,
    label: actor.name,
    type: 'ACTOR',
    kind: actor.kind,
    date: null,
    datePrecision: null,
    dateStart: null,
    dateEnd: null,
    weight: documentIds.length,
    evidenceCount: actor.evidenceIds.length,
    documentIds,
  };
}

export function eventExportNode(event: EventSummary, documentsOf: DocumentsOf): ExportNode {
  const documentIds = documentsOf(event.evidenceIds);
  return {
    id: event.id,
    label: event.title,
    type: 'EVENT',
    kind: event.type,
    date: event.date,
    datePrecision: event.datePrecision,
    dateStart: event.dateStart,
    dateEnd: event.dateEnd,
    weight: documentIds.length,
    evidenceCount: event.evidenceIds.length,
    documentIds,
  };
}

/** A participation lasts as long as its event: the event's days are its spell. */
export function participationExportEdge(
  participation: ParticipationRecord,
  event: EventSummary | undefined,
  documentsOf: DocumentsOf,
): ExportEdge {
  const documentIds = documentsOf(participation.evidenceIds);
  return {
    id: participation.id,
    source: participation.actorId,
    target: participation.eventId,
    type: 'PARTICIPATION',
    // Several roles (VISITOR and ENVOY) are one edge; the cell lists them.
    kind: participation.roles.join(', '),
    label: participation.roles.join(', '),
    role: participation.roles.join(', '),
    directed: true,
    date: event?.date ?? null,
    datePrecision: event?.datePrecision ?? null,
    since: event?.dateStart ?? null,
    until: event?.dateEnd ?? null,
    dateStart: event?.dateStart ?? null,
    dateEnd: event?.dateEnd ?? null,
    weight: documentIds.length,
    evidenceCount: participation.evidenceIds.length,
    documentIds,
  };
}

/** A tie holds from the first day of `since` to the last day of `until`, each when known. */
export function tieExportEdge(tie: TieRecord, documentsOf: DocumentsOf): ExportEdge {
  const documentIds = documentsOf(tie.evidenceIds);
  const dateStart = dayBounds(tie.since)?.start ?? null;
  let dateEnd = dayBounds(tie.until)?.end ?? null;
  // Contradictory bounds cannot make a spell; keep the start, which the sources state first.
  if (dateStart !== null && dateEnd !== null && dateStart > dateEnd) dateEnd = null;
  return {
    id: tie.id,
    source: tie.sourceId,
    target: tie.targetId,
    type: 'TIE',
    kind: tie.type,
    label: tie.type,
    role: tie.role,
    directed: !isSymmetricTieType(tie.type),
    date: null,
    datePrecision: null,
    since: tie.since,
    until: tie.until,
    dateStart,
    dateEnd,
    weight: documentIds.length,
    evidenceCount: tie.evidenceIds.length,
    documentIds,
  };
}

function dayBounds(value: string | null): { start: string; end: string } | null {
  if (value === null) return null;
  const parsed = parsePartialDate(value);
  return isPartialDate(parsed) ? parsed : null;
}
