import type { DocumentAnnotation } from '../../../src/ingest/source.schema';
import { metrics, scoreDocument } from '../../../src/extract/evaluate';
import type { Extraction } from '../../../src/extract/types';
import { seedGazetteer } from './helpers';

const text =
  'Keith Kellogg met Alexander Lukashenko in Minsk on June 21. “We talked for hours,” Kellogg said. ' +
  'Lukashenko released 14 prisoners.';

const gold: DocumentAnnotation = {
  document: 'doc',
  mentions: [{ actor: 'keith-kellogg', quote: 'Keith Kellogg met' }],
  events: [
    {
      id: 'meeting',
      type: 'MEETING',
      title: 'Meeting',
      date: '2025-06-21',
      quote: 'Keith Kellogg met Alexander Lukashenko',
      participants: [
        { actor: 'keith-kellogg', role: 'VISITOR' },
        { actor: 'alexander-lukashenko', role: 'HOST' },
      ],
    },
  ],
  statements: [{ speaker: 'keith-kellogg', mode: 'VERBATIM', quote: 'We talked for hours', about: [] }],
  ties: [],
  claims: [
    {
      subject: 'meeting',
      property: 'prisonersReleased',
      value: '14',
      minimum: 14,
      maximum: 14,
      quote: '14 prisoners',
    },
  ],
};

const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const base: Extraction = {
  documentId: 'doc',
  text,
  mentions: [],
  proposals: [],
  statements: [],
  events: [],
  claims: [],
  notes: [],
};

describe('extraction scores', () => {
  it('match quotes that overlap by half of the longer span, with the same speaker', async () => {
    const gazetteer = await seedGazetteer();
    const right = {
      ...base,
      statements: [
        {
          speakerId: 'keith-kellogg',
          mode: 'VERBATIM' as const,
          quote: span('We talked for hours'),
          about: [],
        },
      ],
    };
    const wrongSpeaker = {
      ...base,
      statements: [{ ...right.statements[0]!, speakerId: 'alexander-lukashenko' }],
    };
    const tooLong = {
      ...base,
      statements: [{ ...right.statements[0]!, quote: { start: span('We talked').start, end: text.length } }],
    };
    expect(
      metrics(scoreDocument({ id: 'doc', text, annotation: gold }, right, gazetteer)['quotes with speaker'])
        .f1,
    ).toBe(1);
    expect(
      scoreDocument({ id: 'doc', text, annotation: gold }, wrongSpeaker, gazetteer)['quotes with speaker']
        .matchedGold,
    ).toBe(0);
    expect(
      scoreDocument({ id: 'doc', text, annotation: gold }, tooLong, gazetteer)['quotes with speaker']
        .matchedGold,
    ).toBe(0);
  });

  it('match events by type, nested dates and a shared participant', async () => {
    const gazetteer = await seedGazetteer();
    const event = (value: string | undefined, actor: string) => ({
      ...base,
      events: [
        {
          id: 'e',
          type: 'MEETING' as const,
          title: 'Meeting',
          ...(value ? { date: { value, inferred: true, span: span('June 21') } } : {}),
          quote: span('Keith Kellogg met Alexander Lukashenko'),
          participants: [{ actorId: actor, role: 'PARTICIPANT' as const }],
        },
      ],
    });
    const score = (x: Extraction) =>
      scoreDocument({ id: 'doc', text, annotation: gold }, x, gazetteer).events.matchedGold;
    expect(score(event('2025-06-21', 'keith-kellogg'))).toBe(1);
    expect(score(event('2025-06', 'alexander-lukashenko'))).toBe(1);
    expect(score(event('2025-07', 'keith-kellogg'))).toBe(0);
    expect(score(event(undefined, 'keith-kellogg'))).toBe(0);
    expect(score(event('2025-06-21', 'donald-trump'))).toBe(0);
  });

  it('match mentions at the anchor of the gold spelling, and claims by span and number', async () => {
    const gazetteer = await seedGazetteer();
    const mention = (actorId: string) => ({
      ...base,
      mentions: [
        {
          ...span('Keith Kellogg'),
          text: 'Keith Kellogg',
          actorId,
          kind: 'PERSON' as const,
          resolution: 'REGISTRY' as const,
          candidates: [],
          possessive: false,
        },
      ],
      claims: [
        {
          subject: 'x',
          property: 'prisonersReleased',
          value: '14',
          minimum: 14,
          maximum: 14,
          quote: span('14 prisoners'),
        },
      ],
    });
    const right = scoreDocument({ id: 'doc', text, annotation: gold }, mention('keith-kellogg'), gazetteer);
    expect(right['actor mentions']).toMatchObject({
      gold: 1,
      proposed: 1,
      matchedGold: 1,
      matchedProposed: 1,
    });
    expect(right.claims.matchedGold).toBe(1);
    const wrong = scoreDocument({ id: 'doc', text, annotation: gold }, mention('john-coale'), gazetteer);
    expect(wrong['actor mentions']).toMatchObject({ proposed: 1, matchedProposed: 0 });
  });
});
