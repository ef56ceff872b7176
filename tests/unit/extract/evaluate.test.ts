import type { DocumentAnnotation } from '../../../src/ingest/source.schema';
import { judgeDocument, metrics, scoreDocument } from '../../../src/extract/evaluate';
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
      property: 'PRISONERS_RELEASED',
      wording: 'prisoners released',
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

  it('read a gold quote that takes in its attribution against the proposal with its attribution', async () => {
    const gazetteer = await seedGazetteer();
    const spoken = 'Experts believe that the release was part of a long political game with the West.';
    const at = (words: string) => ({
      start: spoken.indexOf(words),
      end: spoken.indexOf(words) + words.length,
    });
    const annotation: DocumentAnnotation = {
      document: 'doc',
      mentions: [],
      events: [],
      statements: [{ speaker: 'keith-kellogg', mode: 'PARAPHRASE', quote: spoken.slice(0, -1), about: [] }],
      ties: [],
      claims: [],
    };
    const proposal = (attribution?: { start: number; end: number }) => ({
      ...base,
      text: spoken,
      statements: [
        {
          speakerId: 'keith-kellogg',
          mode: 'PARAPHRASE' as const,
          quote: at('the release was part'),
          ...(attribution ? { attribution } : {}),
          about: [],
        },
      ],
    });
    const score = (x: Extraction) =>
      scoreDocument({ id: 'doc', text: spoken, annotation }, x, gazetteer)['quotes with speaker'].matchedGold;
    // The clause alone covers less than half of the gold span; with "Experts believe" (adjacent) it is the same.
    expect(score(proposal())).toBe(0);
    expect(score(proposal(at('Experts believe')))).toBe(1);
    // An attribution elsewhere in the sentence is not joined to the quote.
    expect(score(proposal(at('the West')))).toBe(0);
  });

  it('count a proposed unnamed source as the registry entry only for that entry’s own phrase', async () => {
    const gazetteer = await seedGazetteer();
    const spoken = '“We have not achieved our goals,” one EU diplomat admitted.';
    const annotation: DocumentAnnotation = {
      document: 'doc',
      mentions: [],
      events: [],
      statements: [
        { speaker: 'one-eu-diplomat', mode: 'VERBATIM', quote: 'We have not achieved our goals', about: [] },
      ],
      ties: [],
      claims: [],
    };
    const proposed = (name: string) => ({
      ...base,
      text: spoken,
      proposals: [
        {
          id: 'one-eu-diplomat-2',
          name,
          kind: 'PERSON' as const,
          aliases: [],
          description: '',
          candidates: ['one-eu-diplomat'],
        },
      ],
      statements: [
        {
          speakerId: 'one-eu-diplomat-2',
          mode: 'VERBATIM' as const,
          quote: { start: 1, end: 1 + 'We have not achieved our goals'.length },
          about: [],
        },
      ],
    });
    const judged = (x: Extraction) => judgeDocument({ id: 'doc', text: spoken, annotation }, x, gazetteer);
    expect(judged(proposed('one EU diplomat (doc)'))['quotes with speaker'].score.matchedGold).toBe(1);
    const other = judged(proposed('a senior EU official'))['quotes with speaker'];
    expect(other.score.matchedGold).toBe(0);
    // --details lists what the gold has and no proposal matched, and the reverse.
    expect(other.missed).toEqual(['one-eu-diplomat «We have not achieved our goals»']);
    expect(other.wrong).toEqual(['one-eu-diplomat-2 «We have not achieved our goals»']);
  });
});
