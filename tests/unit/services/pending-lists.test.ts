import type { StatementRecord } from '../../../src/domain/graph';
import { NO_PENDING } from '../../../src/domain/review';
import { pendingStatements } from '../../../src/services/pending-lists';

const statement = (id: string, text: string): StatementRecord => ({
  id,
  speakerId: 'kellogg',
  text,
  mode: 'VERBATIM',
  date: null,
  datePrecision: null,
  eventId: null,
  documentId: 'doc',
  sortKey: `doc|${id}`,
  evidenceIds: [],
});

describe('pending statements as the statements list filters them by words', () => {
  const pending = {
    ...NO_PENDING,
    statements: [
      statement('possessive', 'Tikhanovsky’s wife spoke.'),
      statement('dashed', 'The envoy—Kellogg—arrived.'),
      statement('plain', 'Nothing to see.'),
    ],
  };
  const found = (text: string | null) =>
    pendingStatements(pending, { speakerId: null, aboutId: null, text }).map((s) => s.id);

  it('matches a word beside typographic punctuation, in the text and in the query', () => {
    expect(found('Tikhanovsky')).toEqual(['possessive']);
    expect(found('“Kellogg”')).toEqual(['dashed']);
    expect(found('envoy, arrived')).toEqual(['dashed']);
  });

  it('matches nothing for a query without a word, everything without a query', () => {
    expect(found('“…”')).toEqual([]);
    expect(found(null)).toEqual(['possessive', 'dashed', 'plain']);
  });
});
