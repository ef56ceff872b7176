import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { GdeltActorResolver, type ActorRef } from '../../../src/import/gdelt/actors';
import { describeCode } from '../../../src/import/gdelt/cameo-actors';
import { cameoLabel, mapCameoEvent } from '../../../src/import/gdelt/cameo-events';
import { parseGdeltLine, rowMatches, type GdeltActor, type GdeltRow } from '../../../src/import/gdelt/reader';
import { ftmSlug } from '../../../src/import/ftm/mapping';
import { parseFtmLine } from '../../../src/import/ftm/reader';
import { isProperName, RegistryContext } from '../../../src/import/registry-context';
import { allocateSpellings } from '../../../src/import/spellings';
import { registryFiles } from '../../../src/import/imported-sources';
import { quoteAt } from '../../../src/import/text-utils';
import { SEEDS } from './import-helpers';

/** The curated registry of seeds/, as an importer sees it. */
function seedsContext(extra: { name: string; content: unknown }[] = []): RegistryContext {
  const folder = path.join(SEEDS, 'registry');
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ name, content: parseYaml(readFileSync(path.join(folder, name), 'utf8')) as unknown }));
  return new RegistryContext([...files, ...extra], (name) => name === 'gdelt.yaml');
}

const actor = (code: string, name: string, countryCode = '', knownGroupCode = ''): GdeltActor => ({
  code,
  name,
  countryCode,
  knownGroupCode,
});

function id(ref: ActorRef): string {
  return 'registryId' in ref ? ref.registryId : ref.newActor.desiredId;
}

describe('CAMEO event codes → event types and roles', () => {
  it.each([
    ['040', 'MEETING', 'PARTICIPANT', 'PARTICIPANT'],
    ['041', 'PHONE_CALL', 'CALLER', 'CALLEE'],
    ['042', 'VISIT', 'VISITOR', 'HOST'],
    ['043', 'VISIT', 'HOST', 'VISITOR'],
    ['046', 'NEGOTIATION', 'NEGOTIATOR', 'NEGOTIATOR'],
    ['036', 'OFFER', 'OFFERER', 'RECEIVING_PARTY'],
    ['0841', 'RELEASE', 'RELEASING_AUTHORITY', 'RELEASED'],
    ['0842', 'OTHER', 'PARTICIPANT', 'RECEIVING_PARTY'],
    ['112', 'OTHER', 'PARTICIPANT', 'TARGET'],
    ['116', 'SENTENCE', 'SENTENCING_AUTHORITY', 'SENTENCED'],
    ['1412', 'PROTEST', 'PROTESTER', 'TARGET'],
    ['163', 'SANCTION', 'SANCTIONING_AUTHORITY', 'SANCTIONED'],
    ['161', 'OTHER', 'PARTICIPANT', 'TARGET'],
    ['173', 'ARREST', 'ARRESTING_AUTHORITY', 'ARRESTED'],
    ['192', 'INVASION', 'ATTACKER', 'TARGET'],
    ['1951', 'STRIKE', 'ATTACKER', 'TARGET'],
  ])('%s → %s (%s, %s)', (code, type, actor1, actor2) => {
    expect(mapCameoEvent(code)).toMatchObject({ type, actor1, actor2 });
  });

  it('labels codes from the codebook, down to the protests for a cause', () => {
    expect(cameoLabel('042')).toBe('Make a visit');
    expect(cameoLabel('1412')).toBe('Demonstrate for policy change');
    expect(cameoLabel('1443')).toBe('Obstruct passage to demand rights');
    expect(cameoLabel('0489')).toBe('Consult');
    expect(describeCode('IGOEUREEC')).toBe('intergovernmental organisation, Europe, European Union');
    expect(describeCode('BLRGOV')).toBe('Belarus, government');
  });
});

describe('GDELT actors → the registry', () => {
  const resolver = new GdeltActorResolver(seedsContext());
  const resolve = (a: GdeltActor) => resolver.resolve(a, 'gdelt_0123456789abcdef', 'https://example.org/a');

  it('takes a curated actor by a proper-name spelling, with or without "THE"', () => {
    expect(id(resolve(actor('BLR', 'BELARUS', 'BLR')))).toBe('belarus');
    expect(id(resolve(actor('USA', 'WASHINGTON', 'USA')))).toBe('united-states');
    expect(id(resolve(actor('USA', 'THE US', 'USA')))).toBe('united-states');
    expect(id(resolve(actor('RUSGOV', 'VLADIMIR PUTIN', 'RUS')))).toBe('vladimir-putin');
  });

  it('never by a descriptive phrase, nor a state of another country', () => {
    // "the opposition" names the Belarusian opposition in the curated texts only.
    expect(id(resolve(actor('OPP', 'THE OPPOSITION')))).toBe('gdelt-the-opposition-opp-89abcdef');
    // "Minsk" is a spelling of the curated state Belarus; a Canadian actor so named is not Belarus.
    expect(id(resolve(actor('CAN', 'MINSK', 'CAN')))).toBe('gdelt-canada');
  });

  it('takes states by their CAMEO country code (bare or government), declaring those the registry lacks', () => {
    expect(id(resolve(actor('BLR', 'BELARUSIAN', 'BLR')))).toBe('belarus');
    expect(id(resolve(actor('BLRGOV', 'BELARUSIAN', 'BLR')))).toBe('belarus');
    const canada = resolve(actor('CAN', 'OTTAWA', 'CAN'));
    expect('newActor' in canada && canada.newActor).toMatchObject({
      key: 'state:CAN',
      kind: 'STATE',
      spelling: 'Canada',
    });
  });

  it('takes known groups by code, people by name, and roles without a country per article', () => {
    expect(id(resolve(actor('IGOEUREEC', 'EUROPEAN PARLIAMENT', 'EUR', 'EEC')))).toBe('european-union');
    const bank = resolve(actor('IGOUNODEVWBK', 'WORLD BANK', '', 'UNO'));
    expect('newActor' in bank && bank.newActor).toMatchObject({
      desiredId: 'gdelt-world-bank',
      spelling: 'World Bank',
    });
    const clinton = resolve(actor('USAGOV', 'HILLARY CLINTON', 'USA'));
    expect('newActor' in clinton && clinton.newActor).toMatchObject({
      key: 'person:hillary clinton',
      kind: 'PERSON',
    });
    const president = resolve(actor('GOV', 'PRESIDENT'));
    expect('newActor' in president && president.newActor).toMatchObject({
      resolution: 'role',
      desiredId: 'gdelt-president-gov-89abcdef',
      kind: 'PERSON',
    });
    const reuters = resolve(actor('USAMED', 'REUTERS', 'USA'));
    expect('newActor' in reuters && reuters.newActor).toMatchObject({
      resolution: 'coded',
      desiredId: 'gdelt-reuters-usamed',
      kind: 'MEDIA',
    });
    // A single word is a person only with a country: "FISHER" (AGR) is a role.
    const fisher = resolve(actor('AGR', 'FISHER'));
    expect('newActor' in fisher && fisher.newActor.resolution).toBe('role');
  });
});

describe('GDELT rows', () => {
  const fields = (overrides: Record<number, string>) => {
    const row = Array.from({ length: 61 }, () => '');
    Object.assign(
      row,
      { 0: '1', 1: '20191024', 5: 'BLR', 6: 'BELARUS', 7: 'BLR', 26: '042', 60: 'https://x' },
      overrides,
    );
    return row.join('\t');
  };

  it('skips malformed lines, with the reason', () => {
    expect(parseGdeltLine('a\tb', 'f')).toEqual({ skip: '2 fields instead of 61' });
    expect(parseGdeltLine(fields({ 1: '20190231' }), 'f')).toEqual({ skip: 'SQLDATE is not a date' });
    expect(parseGdeltLine(fields({ 60: '' }), 'f')).toEqual({ skip: 'no SOURCEURL' });
    expect(parseGdeltLine(fields({ 5: '', 6: '', 7: '' }), 'f')).toEqual({ skip: 'no actor' });
  });

  it('filters by FIPS place or CAMEO actor code, any of them', () => {
    const row = (parseGdeltLine(fields({ 53: 'BO', 51: '4', 52: 'Minsk' }), 'f') as { row: GdeltRow }).row;
    expect(row.date).toBe('2019-10-24');
    expect(rowMatches(row, { countries: [], actors: [] })).toBe(true);
    expect(rowMatches(row, { countries: ['BO'], actors: [] })).toBe(true);
    expect(rowMatches(row, { countries: ['UP'], actors: ['BLR'] })).toBe(true);
    expect(rowMatches(row, { countries: ['UP'], actors: ['UKR'] })).toBe(false);
  });
});

describe('spellings of imported actors', () => {
  it('drops those other files hold, declares those several imported actors share, names the rest', () => {
    const context = seedsContext([
      {
        name: 'ftm.yaml',
        content: { actors: [{ id: 'ftm-x', name: 'Bar Holdings', kind: 'ORGANISATION', description: 'x' }] },
      },
    ]);
    const result = allocateSpellings(
      [
        {
          id: 'gdelt-a',
          kind: 'PERSON',
          description: 'a',
          spellings: ['Lukashenka', 'Alyaksandr Lukashenka'],
          fallbackName: 'A (gdelt-a)',
        },
        {
          id: 'gdelt-b',
          kind: 'ORGANISATION',
          description: 'b',
          spellings: ['BAR HOLDINGS'],
          fallbackName: 'B (gdelt-b)',
        },
        {
          id: 'gdelt-c',
          kind: 'PERSON',
          description: 'c',
          spellings: ['Alyaksandr Lukashenka'],
          fallbackName: 'C (gdelt-c)',
        },
      ],
      context,
      (alias, ids) => `${alias}: ${ids.join(', ')}`,
    );
    expect(result.dropped).toEqual([
      { actorId: 'gdelt-a', spelling: 'Lukashenka', heldBy: ['alexander-lukashenko'] },
      { actorId: 'gdelt-b', spelling: 'BAR HOLDINGS', heldBy: ['ftm-x'] },
    ]);
    expect(result.actors.map((a) => [a.id, a.name, a.aliases])).toEqual([
      ['gdelt-a', 'Alyaksandr Lukashenka', []],
      ['gdelt-b', 'B (gdelt-b)', []],
      ['gdelt-c', 'Alyaksandr Lukashenka', []],
    ]);
    expect(result.ambiguousAliases).toEqual([
      {
        alias: 'Alyaksandr Lukashenka',
        actors: ['gdelt-a', 'gdelt-c'],
        note: 'Alyaksandr Lukashenka: gdelt-a, gdelt-c',
      },
    ]);
  });

  it('tells proper names from descriptive phrases', () => {
    expect(isProperName('White House')).toBe(true);
    expect(isProperName('President of Belarus')).toBe(true);
    expect(isProperName('the opposition')).toBe(false);
    expect(isProperName('Kellogg’s deputy')).toBe(false);
  });
});

describe('FtM records and quotes', () => {
  it('reads entity lines, and keeps case-sensitive ids apart in slugs', () => {
    expect(parseFtmLine('{"id": "x", "schema": "Person", "properties": {"name": ["A", 1]}}')).toEqual({
      entity: { id: 'x', schema: 'Person', properties: {} },
    });
    expect(parseFtmLine('not json')).toEqual({ skip: 'not JSON' });
    expect(ftmSlug('ofac-6d02')).toBe('ofac-6d02'.replace(/^/, 'ftm-'));
    expect(ftmSlug('NK-abc')).not.toBe(ftmSlug('NK-ABC'));
    expect(ftmSlug('NK-abc')).toMatch(/^ftm-nk-abc-[0-9a-f]{6}$/);
  });

  it('names the occurrence of a quote that comes twice', () => {
    const text = 'Belarus and Belarus';
    expect(quoteAt(text, 0, 7)).toEqual({ quote: 'Belarus' });
    expect(quoteAt(text, 12, 19)).toEqual({ quote: 'Belarus', occurrence: 2 });
  });
});

describe('registry files', () => {
  it('are split under the size limit, places and ambiguous spellings in the first', () => {
    const actors = Array.from({ length: 50 }, (_, i) => ({
      id: `gdelt-a${i}`,
      name: `Actor ${i}`,
      kind: 'OTHER',
      aliases: [],
      description: 'x'.repeat(200),
    }));
    const files = registryFiles('gdelt', ['header'], { actors, places: [], ambiguousAliases: [] }, 4000);
    expect([...files.keys()].slice(0, 3)).toEqual(['gdelt.yaml', 'gdelt-2.yaml', 'gdelt-3.yaml']);
    const parsed = [...files.values()].map((yaml) => parseYaml(yaml) as { actors: { id: string }[] });
    expect(parsed.flatMap((file) => file.actors.map((a) => a.id))).toEqual(actors.map((a) => a.id));
    for (const yaml of files.values()) expect(Buffer.byteLength(yaml)).toBeLessThanOrEqual(4000);
  });
});
