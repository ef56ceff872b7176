import { extract } from '../../../src/extract/extractor';
import type { Gazetteer } from '../../../src/extract/gazetteer';
import { locate } from '../../../src/extract/annotation-yaml';
import type { Extraction } from '../../../src/extract/types';
import { byCodePoints, fixture, seedGazetteer } from './helpers';

let gazetteer: Gazetteer;
let vilnius: Extraction;
let call: Extraction;

beforeAll(async () => {
  gazetteer = await seedGazetteer();
  vilnius = extract(fixture('vilnius-prisoners.txt'), gazetteer, {
    documentId: 'vilnius_prisoners',
    published: '2025-10-09',
  });
  call = extract(fixture('envoy-call.txt'), gazetteer, { documentId: 'envoy_call', published: '2025-10-05' });
});

const said = (x: Extraction, start: number, end: number): string => x.text.slice(start, end);
const mentionsOf = (x: Extraction, text: string) => x.mentions.filter((m) => m.text === text);
const statementOf = (x: Extraction, words: string) =>
  x.statements.find((s) => said(x, s.quote.start, s.quote.end).includes(words));

describe('actor mentions and resolution', () => {
  it('resolves spellings the registry does not have to the right people', () => {
    expect(mentionsOf(vilnius, 'Sviatlana Tsikhanovskaya')[0]?.actorId).toBe('sviatlana-tsikhanouskaya');
    expect(mentionsOf(vilnius, 'Tsikhanovskaya').every((m) => m.actorId === 'sviatlana-tsikhanouskaya')).toBe(
      true,
    );
    expect(mentionsOf(vilnius, 'Sergei Tsikhanovsky')[0]?.actorId).toBe('siarhei-tsikhanouski');
    expect(mentionsOf(vilnius, 'Lukashenka')[0]?.actorId).toBe('alexander-lukashenko');
    expect(
      mentionsOf(call, 'Aliaksandr Lukashenka').length + mentionsOf(call, 'Lukashenka').length,
    ).toBeGreaterThan(0);
    expect(
      call.mentions
        .filter((m) => /Lukashenka/.test(m.text))
        .every((m) => m.actorId === 'alexander-lukashenko'),
    ).toBe(true);
  });

  it('never merges a wife into her husband, nor a namesake into either', () => {
    const husband = vilnius.mentions.filter((m) => m.actorId === 'siarhei-tsikhanouski').map((m) => m.text);
    const wife = vilnius.mentions.filter((m) => m.actorId === 'sviatlana-tsikhanouskaya').map((m) => m.text);
    expect(husband.some((t) => /skaya$/.test(t))).toBe(false);
    expect(wife.some((t) => /sky$/.test(t))).toBe(false);
    // Another woman of that surname is proposed as new, with the close registry actor named for review.
    const anastasia = vilnius.mentions.find((m) => m.text === 'Anastasia Tsikhanouskaya');
    expect(anastasia?.resolution).toBe('AMBIGUOUS');
    expect(anastasia?.candidates).toEqual(['sviatlana-tsikhanouskaya']);
    expect(anastasia?.actorId).not.toBe('sviatlana-tsikhanouskaya');
    // "Ms Tsikhanouski": the title says a woman, so not the husband whose registered surname it is.
    const ms = call.mentions.find((m) => m.text.endsWith('Tsikhanouski'));
    expect(ms?.actorId).not.toBe('siarhei-tsikhanouski');
  });

  it('proposes new names as new actors and links their short name back', () => {
    const budrys = vilnius.proposals.find((p) => p.name === 'Kęstutis Budrys');
    expect(budrys).toMatchObject({ kind: 'PERSON', aliases: ['Budrys'] });
    expect(mentionsOf(vilnius, 'Budrys')[0]?.actorId).toBe(budrys?.id);
    expect(vilnius.proposals.every((p) => !gazetteer.actors.has(p.id))).toBe(true);
  });

  it('does not read a registry actor in a place ("in Vilnius") or a longer name', () => {
    const lithuania = vilnius.mentions.filter((m) => m.actorId === 'lithuania').map((m) => m.text);
    expect(lithuania).toEqual(['Lithuania']);
  });
});

describe('quotes', () => {
  it('attributes direct speech to the speaker named next to it', () => {
    expect(statementOf(vilnius, 'Every release is a victory')).toMatchObject({
      speakerId: 'sviatlana-tsikhanouskaya',
      mode: 'VERBATIM',
    });
    expect(statementOf(call, 'productive')?.speakerId).toBe('keith-kellogg');
  });

  it('refers "he said" back to the last named speaker, not to a name inside the quotation', () => {
    const budrys = vilnius.proposals.find((p) => p.name === 'Kęstutis Budrys')?.id;
    expect(statementOf(vilnius, 'We will not recognise Lukashenka')?.speakerId).toBe(budrys);
  });

  it('reads "the Belarusian leader" as the Belarusian leader the article named', () => {
    expect(statementOf(call, 'We are ready to continue the dialogue')?.speakerId).toBe(
      'alexander-lukashenko',
    );
  });

  it('reads reported speech: "X said that …", "according to X", with the clause as quote', () => {
    const said = statementOf(vilnius, 'had not changed their methods');
    expect(said).toMatchObject({ speakerId: 'siarhei-tsikhanouski', mode: 'PARAPHRASE' });
    expect(vilnius.text.slice(said!.quote.start, said!.quote.end)).toBe(
      'the authorities in Minsk had not changed their methods',
    );
    expect(statementOf(vilnius, 'about 20 prisoners were pardoned')?.speakerId).toBe(
      'vesna-human-rights-centre',
    );
  });

  it('proposes unnamed sources as new actors rather than guessing a person', () => {
    const press = statementOf(call, 'the humanitarian track');
    expect(press?.speakerId).not.toBe('alexander-lukashenko');
    expect(call.proposals.find((p) => p.id === press?.speakerId)).toBeDefined();
  });
});

describe('events, dates and claims', () => {
  it('dates a meeting "on Tuesday" to the day, with its place and participants', () => {
    const meeting = vilnius.events.find((e) => e.type === 'MEETING');
    expect(meeting?.date).toMatchObject({ value: '2025-10-07', inferred: true });
    expect(meeting?.placeId).toBe('vilnius');
    expect(meeting?.participants.map((p) => p.actorId)).toContain('sviatlana-tsikhanouskaya');
  });

  it('keeps month precision and week spans', () => {
    expect(vilnius.events.find((e) => e.type === 'SANCTION')).toMatchObject({
      date: { value: '2025-09', inferred: true },
      participants: [
        { actorId: 'european-union', role: 'SANCTIONING_AUTHORITY' },
        { actorId: 'belarus', role: 'SANCTIONED' },
      ],
    });
    // The article tells two releases: his, "in June", and the pardons of "last week".
    const releases = vilnius.events.filter((e) => e.type === 'RELEASE');
    expect(
      releases.find((e) => said(vilnius, e.quote.start, e.quote.end).includes('pardoned'))?.date,
    ).toMatchObject({
      value: '2025-09-29',
      endValue: '2025-10-05',
    });
    expect(releases.find((e) => e.date?.value === '2025-06')?.participants).toEqual([
      { actorId: 'siarhei-tsikhanouski', role: 'RELEASED' },
    ]);
  });

  it('reads a phone call with a written date', () => {
    const phone = call.events.find((e) => e.type === 'PHONE_CALL');
    expect(phone?.date?.value).toBe('2025-10-03');
    expect(phone?.participants.map((p) => p.actorId).sort()).toEqual([
      'alexander-lukashenko',
      'keith-kellogg',
    ]);
  });

  it('keeps figures as the text states them', () => {
    expect(vilnius.claims.find((c) => c.value === 'about 20')).toMatchObject({
      property: 'prisonersReleased',
    });
    expect(vilnius.claims.find((c) => c.value === 'more than 1,100')).toMatchObject({ minimum: 1101 });
  });
});

describe('offsets', () => {
  it('locates every quote by code points, so slicing the text gives the quote back', () => {
    for (const x of [vilnius, call]) {
      const spans = [
        ...x.mentions,
        ...x.statements.map((s) => s.quote),
        ...x.events.map((e) => e.quote),
        ...x.claims.map((c) => c.quote),
      ];
      for (const span of spans) {
        const located = locate(x.text, span);
        expect(byCodePoints(x.text, located.start, located.end)).toBe(located.quote);
      }
    }
  });

  it('counts code points, not UTF-16 units, after a character outside the BMP', () => {
    const kellogg = statementOf(call, 'productive');
    const located = locate(call.text, kellogg!.quote);
    expect(call.text.indexOf('𝕏')).toBeLessThan(kellogg!.quote.start);
    expect(located.start).toBe(kellogg!.quote.start - 1);
    expect(byCodePoints(call.text, located.start, located.end)).toBe('productive');
  });
});
