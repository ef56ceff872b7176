import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { sliceByCodePoints } from '../../../src/domain/text';
import { buildFtmImport, FTM_OWNERSHIP, type FtmImport } from '../../../src/import/ftm/ftm-import';
import { ftmSlug } from '../../../src/import/ftm/mapping';
import { buildGdeltImport, GDELT_OWNERSHIP } from '../../../src/import/gdelt/gdelt-import';
import { checkAndWrite } from '../../../src/import/run-import';
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

const ZALA = path.join(SHARED_DATA, 'ftm/yente_zala.entities.ftm.json');
const DONATIONS = path.join(SHARED_DATA, 'ftm/yente_parteispenden.entities.ftm.json');
const GDELT_EXPORT = path.join(SHARED_DATA, 'gdelt/gdelt2_20191024143000.export.CSV');
const FTM_DOCUMENT = /^ftm_[0-9a-z_]+$/;

describeWithData(ZALA)('FollowTheMoney import (the real entity files of ../shared/data)', () => {
  let sources: { root: string; dispose: () => Promise<void> };
  let imported: FtmImport;
  let registry: RegistrySource;

  beforeAll(async () => {
    sources = await seedsCopy();
    imported = await buildFtmImport({ files: [DONATIONS, ZALA], into: sources.root });
    await checkAndWrite(sources.root, imported.sources, FTM_OWNERSHIP, false);
    registry = parseYaml(
      await readFile(path.join(sources.root, 'registry/ftm.yaml'), 'utf8'),
    ) as RegistrySource;
  });
  afterAll(() => sources?.dispose());

  it('counts every schema, what it became and what was skipped, and why', () => {
    const { report } = imported;
    expect(report.entities).toBe(566);
    expect(report.bySchema.toObject()).toEqual({
      Address: 100,
      Company: 67,
      Directorship: 3,
      Family: 4,
      Organization: 18,
      Ownership: 14,
      Passport: 1,
      Payment: 290,
      Person: 28,
      Sanction: 41,
    });
    expect(report.imported.toObject()).toEqual({
      'Company → actor': 67,
      'Directorship → LEADER_OF tie': 3,
      'Family → FAMILY_OF tie': 4,
      'Organization → actor': 18,
      'Ownership → AFFILIATED_WITH tie': 14,
      'Payment → SUPPORTS tie': 290,
      'Person → actor': 28,
      'Sanction → SANCTION event': 41,
    });
    expect(report.skipped.toObject()).toEqual({
      'Address: not an actor, a relationship or an event the graph models': 100,
      'Passport: not an actor, a relationship or an event the graph models': 1,
    });
    expect(report.actors).toBe(113);
    expect(report.actorsByKind.toObject()).toEqual({ ORGANISATION: 85, PERSON: 28 });
    // 290 payments, 291 SUPPORTS ties: payment 98a5… names two beneficiaries (CDU, and "fake-org", an
    // organisation of this test fixture), and each payer–beneficiary pair is a tie quoting the same line.
    expect(report.tiesByType.toObject()).toEqual({
      AFFILIATED_WITH: 14,
      FAMILY_OF: 4,
      LEADER_OF: 3,
      SUPPORTS: 291,
    });
    expect(report.notes).toEqual([]);
    expect(report.events).toBe(41);
    expect(report.documents).toBe(2);
    expect(report.mentions).toBe(113);
  });

  it('maps a known person with every name in every script, and his ties with their dates', async () => {
    const zakharov = registry.actors.find((actor) => actor.id === ftmSlug('NK-aU5ybkbRFJucf8YMwsJvDw'));
    expect(zakharov).toMatchObject({ name: 'Alexander Vyacheslavovich ZAKHAROV', kind: 'PERSON' });
    expect(zakharov!.aliases).toEqual(
      expect.arrayContaining([
        'Александр Вячеславович Захаров',
        "Захаров Олександр В'ячеславович",
        'Aleksandr Vjačeslavovič Zacharov',
        'Zakharov Oleksandr Viacheslavovych',
      ]),
    );
    expect(zakharov!.description).toContain('FollowTheMoney Person NK-aU5ybkbRFJucf8YMwsJvDw');
    const [zala] = await annotationsOf(sources.root, /^ftm_yente_zala$/);
    const { ties, mentions, events } = zala!.annotation;
    // Ownership ru-1099…: Zakharov owned Bespilotnye Sistemy from 16 September to 3 November 2005.
    expect(
      ties.find((tie) => tie.quote.startsWith('Ownership ru-1099d5efed93ff280a45471ee42a16e6a2960c98:')),
    ).toEqual({
      source: ftmSlug('NK-aU5ybkbRFJucf8YMwsJvDw'),
      type: 'AFFILIATED_WITH',
      target: ftmSlug('NK-cWSvGMvufNH5KwEV88FwTA'),
      role: 'owner',
      since: '2005-09-16',
      until: '2005-11-03',
      quote: expect.stringContaining('owner Alexander Vyacheslavovich ZAKHAROV (NK-aU5ybkbRFJucf8YMwsJvDw)'),
    });
    // Directorship ru-a928…: Abashkin general director of LLC CST since 23 October 2017, in the record's words.
    expect(
      ties.find((tie) => tie.quote.startsWith('Directorship ru-a9285fbd0d02aebe28295dd37885191822789ad8:')),
    ).toMatchObject({
      source: ftmSlug('NK-mCEmxFfuhfdjpC8gsxH74o'),
      type: 'LEADER_OF',
      target: ftmSlug('NK-abdzbEBkqyT29GyREbiURZ'),
      role: 'ГЕНЕРАЛЬНЫЙ ДИРЕКТОР',
      since: '2017-10-23',
    });
    // Family ofac-6d02…: Nikita Zakharov is family of Alexander Zakharov.
    expect(
      ties.find((tie) => tie.quote.startsWith('Family ofac-6d023267c742427bc92220ad97daca2e17b136ff:')),
    ).toMatchObject({
      source: ftmSlug('NK-JseaPJctnK9o8wrmz8xmoT'),
      type: 'FAMILY_OF',
      target: ftmSlug('NK-aU5ybkbRFJucf8YMwsJvDw'),
      role: 'Family member of',
    });
    // Three ownerships of LLC CST by Zakharov, one still open (51% since 2015): the merged tie stays open.
    const cst = ties.filter(
      (tie) =>
        tie.source === ftmSlug('NK-aU5ybkbRFJucf8YMwsJvDw') &&
        tie.type === 'AFFILIATED_WITH' &&
        tie.target === ftmSlug('NK-abdzbEBkqyT29GyREbiURZ'),
    );
    expect(cst).toHaveLength(3);
    expect(cst.every((tie) => tie.until === undefined)).toBe(true);
    expect(mentions.find((m) => m.actor === zakharov!.id)?.quote).toMatch(
      /^Person NK-aU5ybkbRFJucf8YMwsJvDw: Alexander Vyacheslavovich ZAKHAROV — name: /,
    );
    expect(
      events.find((e) => e.id === ftmSlug('ua-nsdc-3531f935d268a134880b64ba29518e35dafd049f')),
    ).toMatchObject({
      type: 'SANCTION',
      date: '2023-07-01',
      endDate: '2033-07-01',
      participants: [{ actor: zakharov!.id, role: 'SANCTIONED' }],
    });
  });

  it('keeps two companies of the same name apart, the spelling declared ambiguous', () => {
    const entry = registry.ambiguousAliases.find((e) => e.alias.includes('ЦСТ'));
    expect(entry?.actors).toEqual(
      [ftmSlug('NK-abdzbEBkqyT29GyREbiURZ'), ftmSlug('ru-inn-5920040846')].sort(),
    );
  });

  it('is accepted by the ingest validator, seeds and import together; every fact traceable to its record', async () => {
    const graph = buildGraph(await readSources(sources.root));
    const texts = new Map(graph.documents.map((d) => [d.id, d.text]));
    const spans = graph.evidence.filter((e) => FTM_DOCUMENT.test(e.documentId));
    for (const span of spans)
      expect(sliceByCodePoints(texts.get(span.documentId)!, span.start, span.end)).toBe(span.quote);
    // Records of the same relationship (three ownerships of one company) make one tie with evidence from each.
    const keys = new Set(
      (await annotationsOf(sources.root, FTM_DOCUMENT)).flatMap(({ annotation }) =>
        annotation.ties.map((t) =>
          t.type === 'FAMILY_OF'
            ? [t.source, t.target].sort().join('|')
            : `${t.source}|${t.type}|${t.target}`,
        ),
      ),
    );
    expect(graph.ties.filter((t) => t.sourceId.startsWith('ftm-'))).toHaveLength(keys.size);
    for (const tie of graph.ties.filter((t) => t.sourceId.startsWith('ftm-'))) {
      for (const id of tie.evidenceIds) {
        const span = graph.evidence.find((e) => e.id === id)!;
        expect(span.quote).toMatch(
          /^(Family|Membership|Directorship|Ownership|Employment|Associate|Representation|Payment) \S+: /,
        );
      }
    }
    expect(graph.events.filter((e) => e.id.startsWith('ftm-'))).toHaveLength(41);
    // The ownerships merged into one tie per owner and asset; the open one keeps it open.
    const merged = graph.ties.find(
      (t) =>
        t.sourceId === ftmSlug('NK-aU5ybkbRFJucf8YMwsJvDw') &&
        t.type === 'AFFILIATED_WITH' &&
        t.targetId === ftmSlug('NK-abdzbEBkqyT29GyREbiURZ'),
    );
    expect(merged).toMatchObject({ type: 'AFFILIATED_WITH', since: '2015-11-25', until: null });
    expect(merged!.evidenceIds).toHaveLength(3);
  });

  it('quotes every fact verbatim from its document, which names the FtM id in every line', async () => {
    const docs = await annotationsOf(sources.root, FTM_DOCUMENT);
    expect(docs.map(({ annotation }) => annotation.document)).toEqual([
      'ftm_yente_parteispenden',
      'ftm_yente_zala',
    ]);
    expect(docs.flatMap(({ annotation, text }) => missingQuotes(annotation, text))).toEqual([]);
    for (const { text } of docs) {
      const lines = text
        .split('\n')
        .slice(4)
        .filter((line) => line !== '');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Za-z]+ \S+: /);
    }
  });

  it('is idempotent, and splits a large file into parts that validate too', async () => {
    const before = await readTree(sources.root);
    const again = await buildFtmImport({ files: [DONATIONS, ZALA], into: sources.root });
    const second = await checkAndWrite(sources.root, again.sources, FTM_OWNERSHIP, false);
    expect(second.summary).toMatchObject({ created: [], updated: [], removed: [] });
    expect(await readTree(sources.root)).toEqual(before);

    const split = await buildFtmImport({
      files: [DONATIONS, ZALA],
      into: sources.root,
      maxLinesPerDocument: 100,
    });
    expect([...split.sources.documents.keys()]).toEqual([
      'ftm_yente_parteispenden',
      'ftm_yente_parteispenden_2',
      'ftm_yente_parteispenden_3',
      'ftm_yente_parteispenden_4',
      'ftm_yente_zala',
    ]);
    const written = await checkAndWrite(sources.root, split.sources, FTM_OWNERSHIP, true);
    expect(written.graph.ties.filter((t) => t.sourceId.startsWith('ftm-')).length).toBe(
      buildGraph(await readSources(sources.root)).ties.filter((t) => t.sourceId.startsWith('ftm-')).length,
    );
  });
});

describeWithData(GDELT_EXPORT)('GDELT and FollowTheMoney imports in one sources folder', () => {
  it('validate together, neither touches the other’s files, and re-importing either changes nothing', async () => {
    const sources = await seedsCopy();
    try {
      const filter = { countries: ['BO'], actors: ['BLR'] };
      const gdelt = await buildGdeltImport({ files: [GDELT_EXPORT], into: sources.root, filter });
      await checkAndWrite(sources.root, gdelt.sources, GDELT_OWNERSHIP, false);
      const afterGdelt = await readTree(sources.root);
      const ftm = await buildFtmImport({ files: [ZALA], into: sources.root });
      await checkAndWrite(sources.root, ftm.sources, FTM_OWNERSHIP, false);
      const afterBoth = await readTree(sources.root);
      for (const [file, content] of afterGdelt) expect(afterBoth.get(file)).toBe(content);
      const graph = buildGraph(await readSources(sources.root));
      expect(graph.events.filter((e) => e.id.startsWith('gdelt-'))).toHaveLength(22);
      expect(graph.events.filter((e) => e.id.startsWith('ftm-'))).toHaveLength(41);
      // Re-importing GDELT now (the FtM registry present) changes nothing.
      const again = await buildGdeltImport({ files: [GDELT_EXPORT], into: sources.root, filter });
      const rewritten = await checkAndWrite(sources.root, again.sources, GDELT_OWNERSHIP, false);
      expect(rewritten.summary).toMatchObject({ created: [], updated: [], removed: [] });
      const ftmAgain = await buildFtmImport({ files: [ZALA], into: sources.root });
      const ftmRewritten = await checkAndWrite(sources.root, ftmAgain.sources, FTM_OWNERSHIP, false);
      expect(ftmRewritten.summary).toMatchObject({ created: [], updated: [], removed: [] });
    } finally {
      await sources.dispose();
    }
  });
});
