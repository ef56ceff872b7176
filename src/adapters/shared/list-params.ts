import { tieOfSortKey } from '../../domain/graph';
import type {
  ActorListQuery,
  ClaimListQuery,
  EventListQuery,
  StatementListQuery,
  TieListQuery,
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

/**
 * An actor's ties. The cursor (a tieSortKey) comes as its type and id, compared
 * in that order. `asOf` comes with its year and month: a tie's since and until
 * are partial dates (YYYY, YYYY-MM or YYYY-MM-DD), and one began after the day
 * (or ended before it) exactly when it sorts after (before) the day cut to its
 * own precision; the queries pick the cut by the date's length.
 */
export function tieListParams(query: TieListQuery, withPage: boolean): Record<string, unknown> {
  const asOf = query.asOf ?? '';
  const { type: afterType, id: afterId } = tieOfSortKey(query.after ?? '');
  return {
    actorId: query.actorId,
    anyType: query.types.length === 0,
    types: listParam(query.types),
    asOf,
    asOfYear: asOf.slice(0, 4),
    asOfMonth: asOf.slice(0, 7),
    ...(withPage ? { afterType, afterId, limit: query.limit } : {}),
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
