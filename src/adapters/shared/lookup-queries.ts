import type { LookupName, PlanKind, PlanRecord, PlanRecordTypes } from '../../domain/read-plan';
import type {
  ActorListQuery,
  EventListQuery,
  PlanRoot,
  StatementListQuery,
  TieListQuery,
} from '../../ports/graph-store.port';
import type { QueryName } from './cypher-catalog';
import { actorListParams, eventListParams, statementListParams, tieListParams } from './list-params';
import * as map from './record-mappers';
import type { Row } from './record-mappers';

/**
 * The catalogue query behind each lookup of a read plan (the one its by-ids
 * port method runs), and whether it returns its record as one value in column
 * `n` (a node or struct) or as the row's columns.
 */
export const LOOKUP_QUERIES: {
  readonly [L in LookupName]: { readonly query: QueryName; readonly node: boolean };
} = {
  actors: { query: 'actors_by_ids', node: true },
  events: { query: 'events_by_ids', node: true },
  statements: { query: 'statements_by_ids', node: true },
  documents: { query: 'documents_by_ids', node: true },
  places: { query: 'places_by_ids', node: true },
  evidence: { query: 'evidence_by_ids', node: false },
  claims: { query: 'claims_by_ids', node: true },
  participationsByEvent: { query: 'participations_by_event_ids', node: false },
  participationsByActor: { query: 'participations_by_actor_ids', node: false },
  ties: { query: 'ties_by_ids', node: false },
  tiesByActor: { query: 'ties_by_actor_ids', node: false },
  statementsBySpeaker: { query: 'statements_by_speaker_ids', node: true },
  statementsByEvent: { query: 'statements_by_event_ids', node: true },
  aboutByStatement: { query: 'about_by_statement_ids', node: false },
  aboutByActor: { query: 'about_by_actor_ids', node: false },
  claimsBySubject: { query: 'claims_by_subject_ids', node: true },
  evidenceByDocument: { query: 'evidence_by_document_ids', node: false },
};

/** Row → record, by record kind: the mappers the by-ids methods use. */
export const RECORD_MAPPERS: { readonly [K in PlanKind]: (row: Row) => PlanRecordTypes[K] } = {
  actor: map.toActor,
  event: map.toEvent,
  statement: map.toStatement,
  document: map.toDocument,
  place: map.toPlace,
  evidence: map.toEvidence,
  claim: map.toClaim,
  participation: map.toParticipation,
  tie: map.toTie,
  about: map.toAbout,
};

export function toRecord(kind: PlanKind, row: Row): PlanRecord {
  return (RECORD_MAPPERS[kind] as (row: Row) => PlanRecord)(row);
}

export type PageRoot = Exclude<PlanRoot, { by: 'ids' }>;

/** The list and count queries of a root page, with their parameters, as the list methods run them. */
export interface PageQueries {
  readonly kind: 'actor' | 'event' | 'statement' | 'tie';
  readonly list: QueryName;
  readonly count: QueryName;
  /** Without `limit`: adapters ask for one more row than the page, in their integer type. */
  readonly listParams: Record<string, unknown>;
  readonly countParams: Record<string, unknown>;
  readonly limit: number;
  /** Whether the list goes through a full-text index. */
  readonly fullText: boolean;
}

export function pageQueries(root: PageRoot): PageQueries {
  const page = <Q extends { limit: number }>(query: Q, params: (query: Q, withPage: boolean) => Row) => {
    const { limit: _limit, ...listParams } = params(query, true);
    return { listParams, countParams: params(query, false), limit: query.limit };
  };
  switch (root.by) {
    case 'actorPage':
      return {
        kind: 'actor',
        list: 'list_actors',
        count: 'count_actors',
        fullText: false,
        ...page<ActorListQuery>(root.query, actorListParams),
      };
    case 'eventPage': {
      const byParticipant = root.query.participantId !== null;
      return {
        kind: 'event',
        list: byParticipant ? 'list_events_by_participant' : 'list_events',
        count: byParticipant ? 'count_events_by_participant' : 'count_events',
        fullText: false,
        ...page<EventListQuery>(root.query, eventListParams),
      };
    }
    case 'statementPage': {
      const byText = root.query.text !== null;
      return {
        kind: 'statement',
        list: byText ? 'search_statements' : 'list_statements',
        count: byText ? 'count_search_statements' : 'count_statements',
        fullText: byText,
        ...page<StatementListQuery>(root.query, statementListParams),
      };
    }
    case 'tiePage':
      return {
        kind: 'tie',
        list: 'list_ties_by_actor',
        count: 'count_ties_by_actor',
        fullText: false,
        ...page<TieListQuery>(root.query, tieListParams),
      };
  }
}
