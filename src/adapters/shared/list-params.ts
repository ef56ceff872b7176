import type {
  ActorListQuery,
  ClaimListQuery,
  EventListQuery,
  StatementListQuery,
} from '../../ports/graph-store.port';

/**
 * Parameters of the list queries, the same for every dialect. Absent filters are
 * sent as '' or as a flag beside a non-empty list, never as null or [] — Kuzu
 * cannot infer the type of a null or empty-list parameter.
 */
const NO_VALUE = '\u0000';
const listParam = (values: readonly string[]): string[] => (values.length > 0 ? [...values] : [NO_VALUE]);

export function actorListParams(query: ActorListQuery, withPage: boolean): Record<string, unknown> {
  return {
    anyKind: query.kinds.length === 0,
    kinds: listParam(query.kinds),
    nameContains: query.nameContains ?? '',
    ...(withPage ? { after: query.after ?? '', limit: query.limit } : {}),
  };
}

export function eventListParams(query: EventListQuery, withPage: boolean): Record<string, unknown> {
  return {
    anyType: query.types.length === 0,
    types: listParam(query.types),
    from: query.from ?? '',
    to: query.to ?? '',
    ...undatedParams(query),
    ...(query.participantId !== null ? { participantId: query.participantId } : {}),
    ...(withPage ? { after: query.after ?? '', limit: query.limit } : {}),
  };
}

export function statementListParams(query: StatementListQuery, withPage: boolean): Record<string, unknown> {
  return {
    speakerId: query.speakerId ?? '',
    aboutId: query.aboutId ?? '',
    ...(query.text !== null ? { text: query.text } : {}),
    ...(withPage ? { after: query.after ?? '', limit: query.limit } : {}),
  };
}

export function claimListParams(query: ClaimListQuery, withPage: boolean): Record<string, unknown> {
  return {
    property: query.property ?? '',
    subjectId: query.subjectId ?? '',
    documentId: query.documentId ?? '',
    attributedToId: query.attributedToId ?? '',
    ...(withPage ? { after: query.after ?? '', limit: query.limit } : {}),
  };
}

/** Which events without a date match (see EventListQuery.undated). */
function undatedParams(query: EventListQuery): { withUndated: boolean; withDated: boolean } {
  const mode = query.undated ?? 'EXCLUDE';
  const open = query.from === null && query.to === null;
  return { withUndated: open || mode !== 'EXCLUDE', withDated: mode !== 'ONLY' };
}
