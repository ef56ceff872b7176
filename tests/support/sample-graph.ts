import type { GraphBatch } from '../../src/domain/graph';
import { actorSortKey, nameKey } from '../../src/domain/text';

/**
 * A small hand-built graph for store and service tests: two documents, four
 * actors, two events, a statement, a tie and two disagreeing claims. Offsets are
 * real: every quote is the document text between them.
 */
const DOC_A =
  'Kellogg met Lukashenko in Minsk on June 21. Fourteen prisoners were freed. "Sanctions will be eased," Shraibman warns.';
const DOC_B = 'About 20 prisoners walked free, including Tsikhanouski, husband of Tsikhanouskaya.';

function span(
  documentId: string,
  text: string,
  quote: string,
  factId: string,
  factKind: GraphBatch['evidence'][number]['factKind'],
  id: string,
) {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`sample quote not in text: ${quote}`);
  return { id, documentId, quote, start: at, end: at + quote.length, factId, factKind };
}

function actor(
  id: string,
  name: string,
  kind: GraphBatch['actors'][number]['kind'],
  aliases: string[],
  evidenceIds: string[],
) {
  const all = [name, ...aliases];
  return {
    id,
    name,
    kind,
    aliases: all,
    aliasKeys: [...new Set(all.map(nameKey))],
    description: `${name} (sample)`,
    sortKey: actorSortKey(name, id),
    evidenceIds,
  };
}

export function sampleGraph(): GraphBatch {
  const evidence = [
    span('doc-a', DOC_A, 'Kellogg met Lukashenko in Minsk on June 21.', 'meeting', 'EVENT', 'ev-meeting'),
    span('doc-a', DOC_A, 'Fourteen prisoners were freed.', 'claim-14', 'CLAIM', 'ev-claim-14'),
    span('doc-a', DOC_A, 'Sanctions will be eased,', 'st-sanctions', 'STATEMENT', 'ev-statement'),
    span('doc-a', DOC_A, 'Kellogg met Lukashenko', 'doc-a', 'DOCUMENT_METADATA', 'ev-doc-a'),
    span(
      'doc-b',
      DOC_B,
      'About 20 prisoners walked free, including Tsikhanouski',
      'release',
      'EVENT',
      'ev-release',
    ),
    span('doc-b', DOC_B, 'About 20 prisoners walked free', 'claim-20', 'CLAIM', 'ev-claim-20'),
    span('doc-b', DOC_B, 'Tsikhanouski, husband of Tsikhanouskaya', 'tie-spouse', 'TIE', 'ev-tie'),
    span('doc-b', DOC_B, 'About 20 prisoners', 'doc-b', 'DOCUMENT_METADATA', 'ev-doc-b'),
  ];
  return {
    documents: [
      {
        id: 'doc-a',
        title: 'Envoy in Minsk',
        author: null,
        authorActorId: null,
        publishedDate: '2025-06',
        publishedPrecision: 'MONTH',
        publishedInferred: true,
        publishedBasis: 'latest event',
        text: DOC_A,
        sortKey: 'doc-a',
        evidenceIds: ['ev-doc-a'],
      },
      {
        id: 'doc-b',
        title: null,
        author: 'Artyom Shraibman',
        authorActorId: 'shraibman',
        publishedDate: '2025',
        publishedPrecision: 'YEAR',
        publishedInferred: true,
        publishedBasis: 'context',
        text: DOC_B,
        sortKey: 'doc-b',
        evidenceIds: ['ev-doc-b'],
      },
    ],
    actors: [
      actor('kellogg', 'Keith Kellogg', 'PERSON', ['Kellogg'], ['ev-meeting']),
      actor(
        'lukashenko',
        'Alexander Lukashenko',
        'PERSON',
        ['Lukashenko', 'Lukashenka'],
        ['ev-meeting', 'ev-release'],
      ),
      actor(
        'tsikhanouski',
        'Siarhei Tsikhanouski',
        'PERSON',
        ['Tsikhanouski', 'Tikhanovsky', 'Tykhanovsky'],
        ['ev-release', 'ev-tie'],
      ),
      actor(
        'tsikhanouskaya',
        'Sviatlana Tsikhanouskaya',
        'PERSON',
        ['Tikhanovskaya', 'Svitlana Tykhanovsky'],
        ['ev-tie'],
      ),
      actor('shraibman', 'Artyom Shraibman', 'PERSON', ['Shraibman'], ['ev-statement', 'ev-doc-b']),
    ],
    places: [
      { id: 'belarus-country', name: 'Belarus', kind: 'COUNTRY', countryId: null, aliases: ['Belarus'] },
      { id: 'minsk', name: 'Minsk', kind: 'CITY', countryId: 'belarus-country', aliases: ['Minsk'] },
    ],
    events: [
      {
        id: 'meeting',
        type: 'MEETING',
        title: 'Kellogg meets Lukashenko',
        description: null,
        date: '2025-06-21',
        datePrecision: 'DAY',
        dateStart: '2025-06-21',
        dateEnd: '2025-06-21',
        dateInferred: true,
        dateBasis: 'the year from the publication date',
        placeId: 'minsk',
        sortKey: '2025-06-21|meeting',
        evidenceIds: ['ev-meeting'],
      },
      {
        id: 'release',
        type: 'RELEASE',
        title: 'Prisoners released',
        description: 'The June release',
        date: '2025-06',
        datePrecision: 'MONTH',
        dateStart: '2025-06-01',
        dateEnd: '2025-06-30',
        dateInferred: false,
        dateBasis: null,
        placeId: null,
        sortKey: '2025-06-01|release',
        evidenceIds: ['ev-release'],
      },
    ],
    participations: [
      {
        id: 'p-kellogg',
        eventId: 'meeting',
        actorId: 'kellogg',
        roles: ['VISITOR'],
        evidenceIds: ['ev-meeting'],
        documentIds: ['doc-a'],
      },
      {
        id: 'p-lukashenko',
        eventId: 'meeting',
        actorId: 'lukashenko',
        roles: ['HOST'],
        evidenceIds: ['ev-meeting'],
        documentIds: ['doc-a'],
      },
      {
        id: 'p-released',
        eventId: 'release',
        actorId: 'tsikhanouski',
        roles: ['RELEASED'],
        evidenceIds: ['ev-release'],
        documentIds: ['doc-b'],
      },
      {
        id: 'p-releaser',
        eventId: 'release',
        actorId: 'lukashenko',
        roles: ['RELEASING_AUTHORITY'],
        evidenceIds: ['ev-release'],
        documentIds: ['doc-b'],
      },
    ],
    statements: [
      {
        id: 'st-sanctions',
        speakerId: 'shraibman',
        text: 'Sanctions will be eased,',
        mode: 'VERBATIM',
        date: null,
        datePrecision: null,
        eventId: 'meeting',
        documentId: 'doc-a',
        sortKey: 'doc-a|00000077',
        evidenceIds: ['ev-statement'],
      },
    ],
    statementAbout: [{ statementId: 'st-sanctions', actorId: 'lukashenko' }],
    ties: [
      {
        id: 'tie-spouse',
        sourceId: 'tsikhanouskaya',
        targetId: 'tsikhanouski',
        type: 'SPOUSE_OF',
        role: 'wife',
        since: null,
        until: null,
        former: false,
        evidenceIds: ['ev-tie'],
        documentIds: ['doc-b'],
      },
    ],
    claims: [
      {
        id: 'claim-14',
        subjectId: 'release',
        subjectKind: 'EVENT',
        property: 'PRISONERS_RELEASED',
        wording: 'prisoners released',
        accordingToId: null,
        value: '14',
        minimum: 14,
        maximum: 14,
        documentId: 'doc-a',
        evidenceIds: ['ev-claim-14'],
      },
      {
        id: 'claim-20',
        subjectId: 'release',
        subjectKind: 'EVENT',
        property: 'PRISONERS_RELEASED',
        wording: 'prisoners walked free',
        accordingToId: 'shraibman',
        value: 'about 20',
        minimum: null,
        maximum: null,
        documentId: 'doc-b',
        evidenceIds: ['ev-claim-20'],
      },
    ],
    evidence,
  };
}
