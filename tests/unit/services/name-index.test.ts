import { NameIndex, similarity, skeleton } from '../../../src/services/name-index';

const links = (actors: Record<string, string[]>) =>
  Object.entries(actors).flatMap(([actorId, keys]) => keys.map((key) => ({ key, actorId })));

describe('NameIndex', () => {
  let index: NameIndex;
  const build = () =>
    NameIndex.build(
      links({
        'siarhei-tsikhanouski': ['siarhei tsikhanouski', 'tsikhanouski', 'tikhanovsky', 'sergei tikhanovsky'],
        'sviatlana-tsikhanouskaya': ['sviatlana tsikhanouskaya', 'tsikhanouskaya', 'tikhanovskaya'],
        'alexander-lukashenko': ['alexander lukashenko', 'lukashenko', 'lukashenka'],
        'lukashenko-spokeswoman': ["lukashenko's spokeswoman"],
        'keith-kellogg': ['keith kellogg', 'kellogg', 'general kellogg'],
        'john-coale': ['john coale', 'coale', "kellogg's deputy"],
        'european-union': ['european union', 'eu'],
        'united-states': ['united states', 'us'],
      }),
    );
  beforeAll(async () => {
    index = await build();
  });
  const ids = (query: string) => index.match(query, 10).map((m) => m.actorId);

  it('reduces romanisation variants to one skeleton', () => {
    expect(skeleton('tsikhanousky')).toBe(skeleton('tsikhanouski'));
    expect(skeleton('kellog')).toBe(skeleton('kellogg'));
    expect(skeleton('лукашенко')).toBe(skeleton('lukashenko'));
    expect(skeleton("kellogg's  deputy")).toBe('kelog s deputi');
  });

  it('measures similarity as 1 − edit distance / longer length', () => {
    expect(similarity('kellog', 'kellogg')).toBeCloseTo(1 - 1 / 7);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
  });

  it.each([
    ['Tsikhanousky', 'siarhei-tsikhanouski'],
    ['Lukashenka', 'alexander-lukashenko'],
    ['Kellog', 'keith-kellogg'],
    ['Tikhanovskaya', 'sviatlana-tsikhanouskaya'],
    ['TSIKHANOŬSKI', 'siarhei-tsikhanouski'],
    ['Лукашенко', 'alexander-lukashenko'],
    ['Ціханоўскі', 'siarhei-tsikhanouski'],
    ['Тихановский', 'siarhei-tsikhanouski'],
    ['Sergey Tikhanovski', 'siarhei-tsikhanouski'],
  ])('finds %p first as %p', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it('scores an exact spelling 1, a typo less, a word of a longer alias less still', () => {
    const [exact] = index.match('lukashenka', 1);
    expect(exact).toEqual({ actorId: 'alexander-lukashenko', similarity: 1, key: 'lukashenka' });
    const kellog = index.match('kellog', 10);
    expect(kellog[0]).toMatchObject({ actorId: 'keith-kellogg', key: 'kellogg' });
    expect(kellog[0]!.similarity).toBeLessThan(1);
    const coale = kellog.find((m) => m.actorId === 'john-coale');
    expect(coale?.key).toBe("kellogg's deputy");
    expect(coale!.similarity).toBeLessThan(kellog[0]!.similarity);
  });

  it('matches short spellings only exactly', () => {
    expect(ids('EU')).toEqual(['european-union']);
    expect(ids('US')).toEqual(['united-states']);
    expect(ids('UK')).toEqual([]);
  });

  it('finds each actor a multi-word query names', () => {
    expect(ids('Kellogg meets Lukashenko').slice(0, 2).sort()).toEqual([
      'alexander-lukashenko',
      'keith-kellogg',
    ]);
  });

  it('finds nothing for a name unlike any other, and respects the limit', () => {
    expect(ids('Zeppelin')).toEqual([]);
    expect(index.match('tsikhanouski', 1)).toHaveLength(1);
  });

  it('breaks equal scores by actor id, and lists the keys of an actor', async () => {
    const twins = await NameIndex.build(links({ b: ['smith'], a: ['smith'] }));
    expect(twins.match('smith', 5).map((m) => m.actorId)).toEqual(['a', 'b']);
    expect(index.keysOf('alexander-lukashenko')).toEqual([
      'alexander lukashenko',
      'lukashenko',
      'lukashenka',
    ]);
    expect(index.keysOf('nobody')).toEqual([]);
    expect(index.size).toBe(8);
  });

  it('builds a large index in slices, yielding to the event loop', async () => {
    const many = Array.from({ length: 45_000 }, (_, i) => ({ key: `name ${i}`, actorId: `a${i}` }));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const built = await NameIndex.build(many);
    clearInterval(timer);
    expect(built.size).toBe(45_000);
    expect(ticks).toBeGreaterThan(0);
    expect(built.match('name 44999', 1)[0]?.actorId).toBe('a44999');
  });
});
