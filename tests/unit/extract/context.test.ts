import { extract } from '../../../src/extract/extractor';
import type { Gazetteer } from '../../../src/extract/gazetteer';
import type { ExtractedEvent, Extraction } from '../../../src/extract/types';
import { fixture, seedGazetteer } from './helpers';

/**
 * Rules that read an article as a whole: dates taken from the events a sentence refers
 * back to, one event for several mentions of it, pronouns and unnamed sources as
 * speakers, reported speech without quotation marks. The articles are our own, with
 * spellings the seeds do not use (Alyaksandr Lukashenka, Svyatlana Tsikhanouskaya,
 * Syarhei Tsikhanouski) and people the registry does not know.
 */
let gazetteer: Gazetteer;
let coale: Extraction;
let swap: Extraction;
let tbilisi: Extraction;

beforeAll(async () => {
  gazetteer = await seedGazetteer();
  coale = extract(fixture('coale-minsk-releases.txt'), gazetteer, {
    documentId: 'coale_minsk_releases',
    published: '2025-11-20',
  });
  swap = extract(fixture('sanctions-and-swap.txt'), gazetteer, {
    documentId: 'sanctions_and_swap',
    published: '2025-12-19',
  });
  tbilisi = extract(fixture('tbilisi-talks.txt'), gazetteer, {
    documentId: 'tbilisi_talks',
    published: '2025-11-16',
  });
});

const said = (x: Extraction, span: { start: number; end: number }): string =>
  x.text.slice(span.start, span.end);
const statementOf = (x: Extraction, words: string) =>
  x.statements.find((s) => said(x, s.quote).includes(words));
const actors = (e?: ExtractedEvent): string[] => [...new Set(e?.participants.map((p) => p.actorId))].sort();
const eventsOf = (x: Extraction, type: string): ExtractedEvent[] => x.events.filter((e) => e.type === type);

describe('one event, however often the article tells it', () => {
  it('merges an arrival, the talks and "welcomed the delegation" into one dated meeting', () => {
    const meetings = eventsOf(coale, 'MEETING');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ date: { value: '2025-11-12' }, placeId: 'minsk' });
    expect(actors(meetings[0])).toEqual(['alexander-lukashenko', 'john-coale']);
    expect(meetings[0]?.participants).toContainEqual({ actorId: 'john-coale', role: 'VISITOR' });
  });

  it('reads "the prisoner swap took place on 8 December" as the date of the swap told before', () => {
    const swaps = eventsOf(swap, 'PRISONER_EXCHANGE');
    expect(swaps).toHaveLength(1);
    expect(swaps[0]?.date?.value).toBe('2025-12-08');
    expect(actors(swaps[0])).toEqual(['belarus', 'ukraine']);
  });

  it('keeps two releases apart when they free different people on different dates', () => {
    const releases = eventsOf(coale, 'RELEASE');
    expect(releases.map((r) => r.date?.value).sort()).toEqual(['2025-06', '2025-11', '2025-11-11']);
  });
});

describe('dates from the context', () => {
  it('"on the eve of the visit" is the day before the visit', () => {
    const eve = eventsOf(coale, 'RELEASE').find((r) => r.date?.value === '2025-11-11');
    expect(eve?.date?.inferred).toBe(true);
    expect(actors(eve)).toEqual(['alexander-lukashenko', 'ihar-losik']);
  });

  it('"a few days later" is the month of the event told just before, no finer', () => {
    const later = eventsOf(coale, 'RELEASE').find((r) => r.date?.value === '2025-11');
    expect(actors(later)).toEqual(['belarus']);
  });

  it('"who was released in June" dates and names the release of the man the clause is about', () => {
    const june = eventsOf(coale, 'RELEASE').find((r) => r.date?.value === '2025-06');
    expect(june?.participants).toEqual([{ actorId: 'siarhei-tsikhanouski', role: 'RELEASED' }]);
  });

  it('reads a weekday as the last one before publication, and "a week after" as no date of its own', () => {
    expect(eventsOf(swap, 'ARREST')[0]?.date?.value).toBe('2025-12-15');
    expect(eventsOf(swap, 'SANCTION').map((s) => s.date?.value ?? 'undated')).toEqual([
      '2025-12-15',
      'undated',
    ]);
  });

  it('dates "he had been detained in May" with the month and the man of the sentence before', () => {
    const arrest = eventsOf(tbilisi, 'ARREST')[0];
    expect(arrest?.date?.value).toBe('2025-05');
    expect(arrest?.participants).toEqual([{ actorId: 'narek-malyan', role: 'ARRESTED' }]);
  });
});

describe('participants and what is no event', () => {
  it('reads the subject of "as Minsk and Kyiv swap prisoners", not the actor before "as"', () => {
    expect(actors(eventsOf(swap, 'PRISONER_EXCHANGE')[0])).not.toContain('european-union');
  });

  it('reads two people named with their titles as the two sides of a meeting', () => {
    const meeting = eventsOf(tbilisi, 'MEETING')[0];
    expect(meeting?.date?.value).toBe('2025-11-14');
    expect(meeting?.participants.map((p) => p.actorId).sort()).toEqual(['ilham-aliyev', 'nikol-pashinyan']);
    expect(tbilisi.mentions.find((m) => m.text.includes('Pashinyan and'))).toBeUndefined();
  });

  it('labels eased sanctions and keeps the critic of the move out of them', () => {
    const eased = swap.events.find((e) => e.title.startsWith('Sanctions eased or lifted'));
    expect(eased?.participants).toEqual([{ actorId: 'united-states', role: 'SANCTIONING_AUTHORITY' }]);
  });

  it('proposes nothing for "welcomed the measures", "called premature", negations and plans', () => {
    expect(eventsOf(swap, 'MEETING')).toHaveLength(0);
    expect(eventsOf(swap, 'PHONE_CALL')).toHaveLength(0);
    expect(eventsOf(tbilisi, 'PRISONER_EXCHANGE')).toHaveLength(0);
    expect(eventsOf(tbilisi, 'NEGOTIATION')).toHaveLength(0);
  });
});

describe('speakers and reported speech', () => {
  it('reads "he" after a quotation as the subject of the sentence before', () => {
    expect(statementOf(swap, 'Europe does not decide')).toMatchObject({
      speakerId: 'alexander-lukashenko',
      mode: 'VERBATIM',
    });
    expect(statementOf(coale, 'honest and useful')?.speakerId).toBe('alexander-lukashenko');
  });

  it('reads "X dismissed Y’s claim that …" as two statements', () => {
    expect(statementOf(swap, 'dismissed the EU’s claim')?.speakerId).toBe('alexander-lukashenko');
    const claim = swap.statements.find((s) => said(swap, s.quote) === 'the judges had acted on his orders');
    expect(claim?.speakerId).toBe('european-union');
  });

  it('reads "described X as “…”" and "called for …" with the subject as the speaker', () => {
    expect(statementOf(coale, 'hostage diplomacy')).toMatchObject({
      speakerId: 'sviatlana-tsikhanouskaya',
      mode: 'VERBATIM',
    });
    expect(said(coale, statementOf(coale, 'called for')!.quote)).toBe(
      'called for all political prisoners to be freed',
    );
    expect(statementOf(coale, 'called for')?.speakerId).toBe('sviatlana-tsikhanouskaya');
  });

  it('reads "…, Ukrainian officials said." and "according to his lawyer" with unnamed sources', () => {
    const officials = statementOf(swap, 'The prisoner swap took place');
    expect(gazetteer.actors.has(officials!.speakerId)).toBe(false);
    expect(swap.proposals.find((p) => p.id === officials?.speakerId)?.kind).toBe('GROUP');
    expect(said(coale, statementOf(coale, 'held talks with')!.quote)).not.toMatch(/^MINSK/);
  });

  it('reads "accused X of …" and "warned that …" in one sentence as two statements', () => {
    expect(said(tbilisi, statementOf(tbilisi, 'accused')!.quote)).toBe('accused Yerevan of stalling');
    expect(statementOf(tbilisi, 'his patience was not unlimited')?.speakerId).toBe(
      statementOf(tbilisi, 'accused')?.speakerId,
    );
  });

  it('resolves a first name spelled otherwise, with the registered surname, to the registry person', () => {
    expect(coale.mentions.find((m) => m.text === 'Svyatlana Tsikhanouskaya')?.actorId).toBe(
      'sviatlana-tsikhanouskaya',
    );
    expect(coale.mentions.find((m) => m.text === 'Syarhei Tsikhanouski')?.actorId).toBe(
      'siarhei-tsikhanouski',
    );
  });
});
