import {
  tieSortKey,
  type ActorRecord,
  type ActorSummary,
  type ClaimRecord,
  type DocumentRecord,
  type EventRecord,
  type EventSummary,
  type EvidenceRecord,
  type GraphPath,
  type GraphCounts,
  type ParticipationRecord,
  type PlaceRecord,
  type StatementAboutRecord,
  type StatementRecord,
  type TieRecord,
} from '../../domain/graph';

/**
 * Store rows → domain records. Adapters first turn driver values into plain
 * JavaScript (numbers, strings, arrays, null); these mappers then pick the
 * fields by name, so a missing or extra property never leaks into the domain.
 */
export type Row = Record<string, unknown>;

const str = (row: Row, key: string): string => String(row[key]);
const optStr = (row: Row, key: string): string | null => {
  const value = row[key];
  return value === null || value === undefined ? null : String(value);
};
const num = (row: Row, key: string): number => Number(row[key]);
const optNum = (row: Row, key: string): number | null => {
  const value = row[key];
  return value === null || value === undefined ? null : Number(value);
};
const bool = (row: Row, key: string): boolean => row[key] === true;
/**
 * A list, or the JSON text of one: Kuzu keeps a relationship's lists as JSON
 * text (cypher/kuzu/schema.cypher says why). Kuzu stores an empty list as null.
 */
const list = (row: Row, key: string): string[] => {
  const value = typeof row[key] === 'string' ? (JSON.parse(row[key]) as unknown) : row[key];
  return Array.isArray(value) ? value.map(String) : [];
};

export function toDocument(row: Row): DocumentRecord {
  return {
    id: str(row, 'id'),
    title: optStr(row, 'title'),
    author: optStr(row, 'author'),
    authorActorId: optStr(row, 'authorActorId'),
    publishedDate: optStr(row, 'publishedDate'),
    publishedPrecision: optStr(row, 'publishedPrecision') as DocumentRecord['publishedPrecision'],
    publishedInferred: bool(row, 'publishedInferred'),
    publishedBasis: optStr(row, 'publishedBasis'),
    text: str(row, 'text'),
    sortKey: str(row, 'sortKey'),
    evidenceIds: list(row, 'evidenceIds'),
  };
}

export function toActorSummary(row: Row): ActorSummary {
  return {
    id: str(row, 'id'),
    name: str(row, 'name'),
    kind: str(row, 'kind') as ActorRecord['kind'],
    evidenceIds: list(row, 'evidenceIds'),
  };
}

export function toActor(row: Row): ActorRecord {
  return {
    ...toActorSummary(row),
    aliases: list(row, 'aliases'),
    aliasKeys: list(row, 'aliasKeys'),
    description: str(row, 'description'),
    sortKey: str(row, 'sortKey'),
  };
}

export function toPlace(row: Row): PlaceRecord {
  return {
    id: str(row, 'id'),
    name: str(row, 'name'),
    kind: str(row, 'kind') as PlaceRecord['kind'],
    countryId: optStr(row, 'countryId'),
    aliases: list(row, 'aliases'),
  };
}

export function toEventSummary(row: Row): EventSummary {
  return {
    id: str(row, 'id'),
    type: str(row, 'type') as EventRecord['type'],
    title: str(row, 'title'),
    date: optStr(row, 'date'),
    datePrecision: optStr(row, 'datePrecision') as EventRecord['datePrecision'],
    dateStart: optStr(row, 'dateStart'),
    dateEnd: optStr(row, 'dateEnd'),
    evidenceIds: list(row, 'evidenceIds'),
  };
}

export function toEvent(row: Row): EventRecord {
  return {
    ...toEventSummary(row),
    description: optStr(row, 'description'),
    dateInferred: bool(row, 'dateInferred'),
    dateBasis: optStr(row, 'dateBasis'),
    placeId: optStr(row, 'placeId'),
    sortKey: str(row, 'sortKey'),
  };
}

export function toStatement(row: Row): StatementRecord {
  return {
    id: str(row, 'id'),
    speakerId: str(row, 'speakerId'),
    text: str(row, 'text'),
    mode: str(row, 'mode') as StatementRecord['mode'],
    date: optStr(row, 'date'),
    datePrecision: optStr(row, 'datePrecision') as StatementRecord['datePrecision'],
    eventId: optStr(row, 'eventId'),
    documentId: str(row, 'documentId'),
    sortKey: str(row, 'sortKey'),
    evidenceIds: list(row, 'evidenceIds'),
  };
}

export function toClaim(row: Row): ClaimRecord {
  return {
    id: str(row, 'id'),
    subjectId: str(row, 'subjectId'),
    subjectKind: str(row, 'subjectKind') as ClaimRecord['subjectKind'],
    property: str(row, 'property') as ClaimRecord['property'],
    wording: str(row, 'wording'),
    accordingToId: optStr(row, 'accordingToId'),
    value: str(row, 'value'),
    minimum: optNum(row, 'minimum'),
    maximum: optNum(row, 'maximum'),
    documentId: str(row, 'documentId'),
    evidenceIds: list(row, 'evidenceIds'),
  };
}

export function toEvidence(row: Row): EvidenceRecord {
  return {
    id: str(row, 'id'),
    documentId: str(row, 'documentId'),
    quote: str(row, 'quote'),
    start: num(row, 'startOffset'),
    end: num(row, 'endOffset'),
    factId: str(row, 'factId'),
    factKind: str(row, 'factKind') as EvidenceRecord['factKind'],
  };
}

export function toParticipation(row: Row): ParticipationRecord {
  return {
    id: str(row, 'id'),
    eventId: str(row, 'eventId'),
    actorId: str(row, 'actorId'),
    roles: list(row, 'roles') as ParticipationRecord['roles'][number][],
    evidenceIds: list(row, 'evidenceIds'),
    documentIds: list(row, 'documentIds'),
  };
}

export function toTie(row: Row): TieRecord {
  return {
    id: str(row, 'id'),
    sourceId: str(row, 'sourceId'),
    targetId: str(row, 'targetId'),
    type: str(row, 'type') as TieRecord['type'],
    role: optStr(row, 'role'),
    since: optStr(row, 'since'),
    until: optStr(row, 'until'),
    former: bool(row, 'former'),
    evidenceIds: list(row, 'evidenceIds'),
    documentIds: list(row, 'documentIds'),
  };
}

/** A tie row's tieSortKey, from its type and id columns: where it stands in an actor's page of ties. */
export function tieSortKeyOf(row: Row): string {
  return tieSortKey({ type: str(row, 'type'), id: str(row, 'id') });
}

export function toAbout(row: Row): StatementAboutRecord {
  return { statementId: str(row, 'statementId'), actorId: str(row, 'actorId') };
}

export function toCounts(row: Row): GraphCounts {
  return {
    documents: num(row, 'documents'),
    actors: num(row, 'actors'),
    places: num(row, 'places'),
    events: num(row, 'events'),
    participations: num(row, 'participations'),
    statements: num(row, 'statements'),
    statementAbout: num(row, 'statementAbout'),
    ties: num(row, 'ties'),
    claims: num(row, 'claims'),
    evidence: num(row, 'evidence'),
  };
}

/** Keeps the first record of each id, in order (UNWIND over ids can repeat). */
export function uniqueById<T extends { id: string }>(records: readonly T[]): T[] {
  const seen = new Set<string>();
  return records.filter((record) => (seen.has(record.id) ? false : (seen.add(record.id), true)));
}

/**
 * A path as both dialects return it: nodes as `{id, kind: 'Actor' | 'Event'}`,
 * relationships as their properties plus `kind` (TIE or PARTICIPATED) and the ids
 * of their start (`src`) and end (`dst`) nodes.
 */
export function toPath(nodes: readonly Row[], rels: readonly Row[]): GraphPath {
  return {
    nodes: nodes.map((n) => ({ id: str(n, 'id'), kind: n['kind'] === 'Actor' ? 'ACTOR' : 'EVENT' })),
    steps: rels.map((r) =>
      r['kind'] === 'TIE'
        ? { kind: 'TIE', tie: toTie({ ...r, sourceId: r['src'], targetId: r['dst'] }) }
        : {
            kind: 'PARTICIPATION',
            participation: toParticipation({ ...r, actorId: r['src'], eventId: r['dst'] }),
          },
    ),
  };
}
