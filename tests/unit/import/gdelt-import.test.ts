import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { GraphBatch } from '../../../src/domain/graph';
import { sliceByCodePoints } from '../../../src/domain/text';
import { buildGdeltImport, GDELT_OWNERSHIP, type GdeltImport } from '../../../src/import/gdelt/gdelt-import';
import { GDELT_EVENT_COLUMNS } from '../../../src/import/gdelt/reader';
import { checkAndWrite, type CheckedImport } from '../../../src/import/run-import';
import { buildGraph } from '../../../src/ingest/graph-builder';
import { readSources } from '../../../src/ingest/source-files';
import type { RegistrySource } from '../../../src/ingest/source.schema';
import {
  annotationsOf,
  describeWithData,
  missingQuotes,
  readTree,
  seedsCopy,
  SHARED_DATA,
} from './import-helpers';

const EXPORT = path.join(SHARED_DATA, 'gdelt/gdelt2_20191024143000.export.CSV');
const HEADER = path.join(SHARED_DATA, 'gdelt/gdelt2_events_header.tsv');
const NO_FILTER = { countries: [], actors: [] };
const GDELT_DOCUMENT = /^gdelt_[0-9a-f]{16}$/;

describeWithData(EXPORT)('GDELT 2.0 import (the real export of ../shared/data)', () => {
  let sources: { root: string; dispose: () => Promise<void> };
  let imported: GdeltImport;
  let checked: CheckedImport;
  let rawRows: string[][];

  beforeAll(async () => {
    rawRows = readFileSync(EXPORT, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.split('\t'));
    sources = await seedsCopy();
    imported = await buildGdeltImport({ files: [EXPORT], into: sources.root, filter: NO_FILTER });
    checked = await checkAndWrite(sources.root, imported.sources, GDELT_OWNERSHIP, false);
  });
  afterAll(() => sources?.dispose());

  it('knows the 61 columns of the header file', () => {
    const header = readFileSync(HEADER, 'utf8').trim().split('\t');
    expect([...GDELT_EVENT_COLUMNS]).toEqual(header);
  });

  it('reads every row, one document per source URL, one event per row, typed by the CAMEO mapping', () => {
    const { report } = imported;
    expect(report.linesRead).toBe(2111);
    expect(report.rowsParsed).toBe(2111);
    expect(report.skipped.total).toBe(0);
    expect(report.rowsKept).toBe(2111);
    expect(report.documents).toBe(new Set(rawRows.map((fields) => fields[60])).size);
    expect(report.documents).toBe(425);
    expect(report.eventsByType.toObject()).toEqual({
      ARREST: 72,
      CEASEFIRE: 1,
      INCIDENT: 43,
      INFORMATION_EXCHANGE: 2,
      INVASION: 12,
      MEETING: 110,
      MILITARY_DEPLOYMENT: 6,
      NEGOTIATION: 78,
      OFFER: 169,
      OTHER: 1104,
      PROTEST: 31,
      RELEASE: 25,
      REPRESSION: 21,
      SANCTION: 5,
      STRIKE: 160,
      VISIT: 272,
    });
    // Cross-checked against the raw CAMEO codes.
    const codes = rawRows.map((fields) => fields[26] as string);
    const count = (test: (code: string) => boolean) => codes.filter(test).length;
    expect(report.eventsByType.get('VISIT')).toBe(count((c) => c === '042' || c === '043'));
    expect(report.eventsByType.get('MEETING')).toBe(count((c) => c === '040' || c === '044'));
    expect(report.eventsByType.get('OFFER')).toBe(count((c) => c.startsWith('03')));
    expect(report.eventsByType.get('ARREST')).toBe(count((c) => c === '173'));
    expect(report.eventsByType.get('SANCTION')).toBe(count((c) => c === '163'));
    expect(report.eventsByType.get('PROTEST')).toBe(count((c) => c.startsWith('14')));
    // Every actor field of every row became a participation (fewer only where one actor has the same role twice).
    const actorFields = rawRows.reduce((n, f) => n + (f[5] || f[6] ? 1 : 0) + (f[15] || f[16] ? 1 : 0), 0);
    expect(report.actorsByResolution.total).toBe(actorFields);
    expect(report.participations).toBeLessThanOrEqual(actorFields);
    expect(report.participations).toBeGreaterThan(actorFields - 20);
  });

  it('maps a known row: Belarus accuses Lithuania (event 881991161), in Minsk, with curated actors', async () => {
    const [doc] = (await annotationsOf(sources.root, GDELT_DOCUMENT)).filter(({ annotation }) =>
      annotation.events.some((event) => event.id === 'gdelt-881991161'),
    );
    expect(doc).toBeDefined();
    const event = doc!.annotation.events.find((e) => e.id === 'gdelt-881991161')!;
    expect(event).toMatchObject({
      type: 'OTHER',
      date: '2019-10-24',
      place: 'minsk',
      title: 'Belarus → Lithuania: Accuse',
      participants: [
        { actor: 'belarus', role: 'PARTICIPANT' },
        { actor: 'lithuania', role: 'TARGET' },
      ],
    });
    expect(event.quote).toBe(
      '2019-10-24 · GDELT event 881991161 · BELARUS (BLR: Belarus) → LITHUANIA (LTU: Lithuania) · ' +
        'CAMEO 112: Accuse, not specified below · in Minsk, Belarus (general), Belarus · ' +
        'https://belsat.eu/en/news/10-years-of-belarus-participating-in-eastern-partnership-what-is-to-come/',
    );
    // Russia → Belarus, CAMEO 030: an expressed intent is an OFFER; the place is new, in the curated Russia.
    const offer = doc!.annotation.events.find((e) => e.id === 'gdelt-881992360')!;
    expect(offer).toMatchObject({
      type: 'OFFER',
      place: 'gdelt-place-makei-pskovskaya-oblast-russia',
      participants: [
        { actor: 'russia', role: 'OFFERER' },
        { actor: 'belarus', role: 'RECEIVING_PARTY' },
      ],
    });
    // "THE EU" (IGOEUREEC) is the curated European Union; BLRGOV is the state of Belarus.
    expect(doc!.annotation.events.find((e) => e.id === 'gdelt-881990833')!.participants).toEqual([
      { actor: 'european-union', role: 'PARTICIPANT' },
    ]);
    expect(doc!.annotation.events.find((e) => e.id === 'gdelt-881991169')!.participants[0]).toEqual({
      actor: 'belarus',
      role: 'PROTESTER',
    });
    expect(doc!.annotation.mentions).toContainEqual({ actor: 'belarus', quote: 'BELARUS (BLR: Belarus)' });
    const registry = parseYaml(
      await readFile(path.join(sources.root, 'registry/gdelt.yaml'), 'utf8'),
    ) as RegistrySource;
    expect(registry.places).toContainEqual({
      id: 'gdelt-place-makei-pskovskaya-oblast-russia',
      name: 'Makei',
      kind: 'CITY',
      country: 'russia-country',
      aliases: ["Makei, Pskovskaya Oblast', Russia"],
    });
  });

  it('resolves states by code, people by name, roles per article, and never reuses a curated spelling', async () => {
    const registry = parseYaml(
      await readFile(path.join(sources.root, 'registry/gdelt.yaml'), 'utf8'),
    ) as RegistrySource;
    const byId = new Map(registry.actors.map((actor) => [actor.id, actor]));
    expect(byId.get('gdelt-canada')).toMatchObject({ name: 'Canada', kind: 'STATE' });
    expect(byId.get('gdelt-hillary-clinton')).toMatchObject({ name: 'HILLARY CLINTON', kind: 'PERSON' });
    expect(byId.get('gdelt-world-bank')).toMatchObject({ name: 'World Bank', kind: 'ORGANISATION' });
    // "PRESIDENT" without a country is another actor in each article: the spelling is declared ambiguous.
    const presidents = registry.actors.filter((actor) => actor.name === 'PRESIDENT');
    expect(presidents.length).toBeGreaterThan(10);
    expect(registry.ambiguousAliases.find((entry) => entry.alias === 'PRESIDENT')?.actors.sort()).toEqual(
      presidents.map((actor) => actor.id).sort(),
    );
    // No imported actor holds a spelling of a curated one.
    const curated = await readSources(path.resolve(__dirname, '../../../seeds'));
    const curatedGraph = buildGraph(curated);
    const curatedKeys = new Set(curatedGraph.actors.flatMap((actor) => actor.aliasKeys));
    const declared = checked.graph.actors.filter((actor) => actor.id.startsWith('gdelt-'));
    expect(declared).toHaveLength(imported.report.newActorsByKind.total);
    expect(declared.filter((actor) => actor.aliasKeys.some((key) => curatedKeys.has(key)))).toEqual([]);
    // The curated states are used, not declared again (Belarus, Russia, the United States…).
    expect(imported.report.registryActors).toBe(16);
    expect(byId.has('gdelt-united-states')).toBe(false);
    expect(byId.has('gdelt-belarus')).toBe(false);
  });

  it('is accepted by the ingest validator, seeds and import together, every quote at its offsets', async () => {
    const graph: GraphBatch = buildGraph(await readSources(sources.root));
    expect(graph.documents.filter((d) => GDELT_DOCUMENT.test(d.id))).toHaveLength(425);
    expect(graph.events.filter((e) => e.id.startsWith('gdelt-'))).toHaveLength(2111);
    const texts = new Map(graph.documents.map((d) => [d.id, d.text]));
    const spans = graph.evidence.filter((e) => GDELT_DOCUMENT.test(e.documentId));
    expect(spans.length).toBeGreaterThan(2111 * 2);
    for (const span of spans)
      expect(sliceByCodePoints(texts.get(span.documentId)!, span.start, span.end)).toBe(span.quote);
    // Every event is traceable to its row: its quote is the row's line, with its GLOBALEVENTID.
    const byFact = new Map<string, string[]>();
    for (const span of spans) byFact.set(span.factId, [...(byFact.get(span.factId) ?? []), span.quote]);
    for (const event of graph.events.filter((e) => e.id.startsWith('gdelt-'))) {
      const quotes = byFact.get(event.id) ?? [];
      expect(quotes).toHaveLength(1);
      expect(quotes[0]).toContain(`GDELT event ${event.id.slice('gdelt-'.length)} · `);
    }
  });

  it('quotes every fact verbatim from its document', async () => {
    const docs = await annotationsOf(sources.root, GDELT_DOCUMENT);
    expect(docs).toHaveLength(425);
    expect(docs.flatMap(({ annotation, text }) => missingQuotes(annotation, text))).toEqual([]);
  });

  it('is idempotent: a second import writes nothing, and the files are byte for byte the same', async () => {
    const before = await readTree(sources.root);
    const again = await buildGdeltImport({ files: [EXPORT], into: sources.root, filter: NO_FILTER });
    const second = await checkAndWrite(sources.root, again.sources, GDELT_OWNERSHIP, false);
    expect(second.summary?.created).toEqual([]);
    expect(second.summary?.updated).toEqual([]);
    expect(second.summary?.removed).toEqual([]);
    expect(second.summary?.unchanged).toHaveLength(851);
    expect(await readTree(sources.root)).toEqual(before);
    // A fresh folder gets the same bytes too.
    const other = await seedsCopy();
    try {
      const third = await buildGdeltImport({ files: [EXPORT], into: other.root, filter: NO_FILTER });
      await checkAndWrite(other.root, third.sources, GDELT_OWNERSHIP, false);
      expect(await readTree(other.root)).toEqual(before);
    } finally {
      await other.dispose();
    }
  });

  it('filters to the rows touching Belarus, and a re-import replaces exactly its own files', async () => {
    const curatedBefore = [...(await readTree(sources.root))].filter(([file]) => !/gdelt/.test(file));
    const filtered = await buildGdeltImport({
      files: [EXPORT],
      into: sources.root,
      filter: { countries: ['BO'], actors: ['BLR'] },
    });
    expect(filtered.report.rowsKept).toBe(22);
    expect(filtered.report.filteredOut).toBe(2089);
    expect(filtered.report.documents).toBe(2);
    const written = await checkAndWrite(sources.root, filtered.sources, GDELT_OWNERSHIP, false);
    // 2 documents and their annotations stay (rewritten: fewer lines), the 423 others go; the registry shrinks.
    expect(written.summary?.removed).toHaveLength(423 * 2);
    const after = await readTree(sources.root);
    expect([...after.keys()].filter((file) => /gdelt/.test(file)).sort()).toEqual(
      [...filtered.sources.documents.keys()]
        .flatMap((id) => [`annotations/${id}.yaml`, `documents/${id}.txt`])
        .concat('registry/gdelt.yaml')
        .sort(),
    );
    expect([...after].filter(([file]) => !/gdelt/.test(file))).toEqual(curatedBefore);
    await expect(readSources(sources.root).then(buildGraph)).resolves.toBeDefined();
  });
});
