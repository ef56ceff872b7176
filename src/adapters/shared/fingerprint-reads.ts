import {
  aboutLinkId,
  fingerprintOf,
  RECORD_KINDS,
  type GraphFingerprints,
  type RecordKind,
} from '../../domain/graph-diff';
import type { QueryName } from './cypher-catalog';
import type { Row } from './record-mappers';

/** The query that reads each kind's ids and fingerprints. */
export const FINGERPRINT_QUERIES: { readonly [K in RecordKind]: QueryName } = {
  documents: 'fingerprints_documents',
  actors: 'fingerprints_actors',
  places: 'fingerprints_places',
  events: 'fingerprints_events',
  participations: 'fingerprints_participations',
  statements: 'fingerprints_statements',
  statementAbout: 'fingerprints_statement_about',
  ties: 'fingerprints_ties',
  claims: 'fingerprints_claims',
  evidence: 'fingerprints_evidence',
};

/**
 * Rows of the fingerprint queries as maps. A record written before fingerprints
 * existed has none: it reads as '' and so as changed, and is rewritten once.
 * An "about" link is its own content, so its fingerprint is computed here as the
 * ingest computes it.
 */
export function toFingerprints(rowsOf: (kind: RecordKind) => readonly Row[]): GraphFingerprints {
  const result: Record<string, Map<string, string>> = {};
  for (const kind of RECORD_KINDS) {
    const map = new Map<string, string>();
    for (const row of rowsOf(kind)) {
      if (kind === 'statementAbout') {
        const link = { statementId: String(row['statementId']), actorId: String(row['actorId']) };
        map.set(aboutLinkId(link), fingerprintOf(link));
      } else {
        const fingerprint = row['fingerprint'];
        map.set(String(row['id']), typeof fingerprint === 'string' ? fingerprint : '');
      }
    }
    result[kind] = map;
  }
  return result as unknown as GraphFingerprints;
}
