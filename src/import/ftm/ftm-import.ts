import path from 'node:path';
import { parsePartialDate, type PartialDate } from '../../domain/partial-date';
import { isSymmetricTieType, type TieType } from '../../domain/vocabulary';
import type { DocumentAnnotation, EventAnnotation } from '../../ingest/source.schema';
import { ownership, registryFiles, type ImportedSources } from '../imported-sources';
import { RegistryContext } from '../registry-context';
import { allocateSpellings, type DroppedSpelling } from '../spellings';
import { compareStrings, Counter, oneLine, quoteAt, quoteNamesActor, shortHash } from '../text-utils';
import { toSourceYaml } from '../yaml-out';
import {
  ACTOR_DETAIL_PROPERTIES,
  ACTOR_SCHEMATA,
  captionOf,
  datesOf,
  detail,
  entityNames,
  EVENT_SCHEMATA,
  ftmSlug,
  NAME_PROPERTIES,
  SANCTION_DETAILS,
  TIE_SCHEMATA,
} from './mapping';
import { readFtmFile, type FtmEntity } from './reader';

/** The files the FtM import owns: documents/ftm_<file>.txt (…_2, _3 when split), annotations, registry/ftm.yaml. */
export const FTM_OWNERSHIP = ownership('ftm', /^ftm_[0-9a-z_]+$/, /^ftm(?:-\d+)?\.ya?ml$/);

/** A document holds at most this many lines or bytes; a larger file is split into parts. */
const MAX_LINES_PER_DOCUMENT = 1000;
const MAX_BYTES_PER_DOCUMENT = 512 * 1024;

export interface FtmImportOptions {
  /** FollowTheMoney entity files (one JSON entity per line). */
  readonly files: readonly string[];
  readonly into: string;
  /** Lines per document (tests split small files with it). */
  readonly maxLinesPerDocument?: number;
}

export interface FtmImportReport {
  readonly files: string[];
  linesRead: number;
  entities: number;
  /** Entities per schema, as read. */
  readonly bySchema: Counter;
  /** What each schema became: "Person → actor", "Ownership → AFFILIATED_WITH tie". */
  readonly imported: Counter;
  /** Left out, by schema and reason. */
  readonly skipped: Counter;
  documents: number;
  actors: number;
  readonly actorsByKind: Counter;
  ties: number;
  readonly tiesByType: Counter;
  events: number;
  mentions: number;
  ambiguousAliases: number;
  readonly dropped: DroppedSpelling[];
  /** Notes on single records (an end date before the start…). */
  readonly notes: string[];
  convertMs: number;
}

export interface FtmImport {
  readonly sources: ImportedSources;
  readonly report: FtmImportReport;
}

interface Loaded {
  readonly entity: FtmEntity;
  readonly file: string;
}

/** The document id of an entity file: ftm_ and its base name (without .entities.ftm.json). */
export function ftmDocumentBase(file: string): string {
  const base = path
    .basename(file)
    .replace(/(\.entities)?(\.ftm)?\.jsonl?$/i, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `ftm_${base || shortHash(file, 8)}`;
}

/** Earliest start and latest end of a record, as the tie or event gets them. */
function period(
  entity: FtmEntity,
  starts: readonly string[],
  ends: readonly string[],
): { since: string | undefined; until: string | undefined } {
  const since = starts.flatMap((property) => datesOf(entity, property)).sort()[0];
  const until = ends
    .flatMap((property) => datesOf(entity, property))
    .sort()
    .reverse()[0];
  return { since, until };
}

function startOf(date: string): string {
  return (parsePartialDate(date) as PartialDate).start;
}
function endOf(date: string): string {
  return (parsePartialDate(date) as PartialDate).end;
}

/**
 * Converts FollowTheMoney entity files into source files (README: "Importing GDELT
 * and FollowTheMoney data"): per file a document rendering its entities one per line
 * (the FtM id in every line), an annotation quoting those lines (a mention per actor,
 * a tie per relationship, an event per sanction), and registry/ftm.yaml for the
 * actors, every name in every script a spelling. Writes nothing.
 */
export async function buildFtmImport(options: FtmImportOptions): Promise<FtmImport> {
  const started = performance.now();
  const report: FtmImportReport = {
    files: options.files.map((file) => path.basename(file)),
    linesRead: 0,
    entities: 0,
    bySchema: new Counter(),
    imported: new Counter(),
    skipped: new Counter(),
    documents: 0,
    actors: 0,
    actorsByKind: new Counter(),
    ties: 0,
    tiesByType: new Counter(),
    events: 0,
    mentions: 0,
    ambiguousAliases: 0,
    dropped: [],
    notes: [],
    convertMs: 0,
  };
  const context = await RegistryContext.load(options.into, FTM_OWNERSHIP.ownsRegistryFile);

  // 1. Read every file (entities reference each other across lines and files).
  const byFile = new Map<string, Loaded[]>();
  const actors = new Map<string, FtmEntity[]>();
  for (const file of options.files) {
    const loaded: Loaded[] = [];
    for await (const result of readFtmFile(file)) {
      report.linesRead++;
      if ('skip' in result) {
        report.skipped.add(`(line): ${result.skip}`);
        continue;
      }
      const { entity } = result;
      report.entities++;
      report.bySchema.add(entity.schema);
      loaded.push({ entity, file });
      if (ACTOR_SCHEMATA[entity.schema] !== undefined) {
        actors.set(entity.id, [...(actors.get(entity.id) ?? []), entity]);
      }
    }
    byFile.set(file, loaded);
  }

  // 2. Actors: ids, then spellings under the registry's rule.
  const actorIds = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of [...actors.keys()].sort(compareStrings)) {
    let slug = ftmSlug(id);
    if (taken.has(slug) || context.foreignActorIds.has(slug)) slug = `${slug}-${shortHash(`ftm:${id}`, 6)}`;
    taken.add(slug);
    actorIds.set(id, slug);
  }
  const caption = (id: string) => captionOf(actors.get(id)?.[0], id);
  const allocated = allocateSpellings(
    [...actors].map(([id, occurrences]) => {
      const entity = occurrences[0] as FtmEntity;
      const kind = ACTOR_SCHEMATA[entity.schema] ?? 'OTHER';
      const datasets = [...new Set(occurrences.flatMap((e) => e.datasets ?? []))].sort();
      const born = datesOf(entity, 'birthDate')[0];
      const country = entity.properties['country']?.join(', ');
      return {
        id: actorIds.get(id) as string,
        kind,
        description:
          `FollowTheMoney ${entity.schema} ${id}` +
          (datasets.length > 0 ? ` (datasets: ${datasets.join(', ')})` : '') +
          (born !== undefined ? `; born ${born}` : '') +
          (country ? `; country ${country}` : '') +
          '; declared by the FtM import.',
        spellings: [...new Set(occurrences.flatMap(entityNames))],
        fallbackName: `${entity.schema} ${id}`,
      };
    }),
    context,
    (alias) =>
      `FollowTheMoney gives the name "${alias}" to several entities (distinct ids); they are not merged.`,
  );
  const entries = new Map(allocated.actors.map((entry) => [entry.id, entry]));

  // 3. Tie periods: a relationship the records give as open (no end) stays open once merged.
  const openEnded = new Set<string>();
  const tieKey = (source: string, type: TieType, target: string) =>
    isSymmetricTieType(type) && target < source
      ? `${target}|${type}|${source}`
      : `${source}|${type}|${target}`;

  // 4. Documents: one per file (split in parts when large), one line per imported entity.
  const sources: ImportedSources = { documents: new Map(), annotations: new Map(), registry: new Map() };
  const maxLines = options.maxLinesPerDocument ?? MAX_LINES_PER_DOCUMENT;
  const usedBases = new Set<string>();
  interface Line {
    readonly text: string;
    readonly fact: (quote: { quote: string; occurrence?: number }, part: DocumentAnnotation) => void;
  }
  const plans: { file: string; base: string; lines: Line[] }[] = [];
  for (const file of options.files) {
    let base = ftmDocumentBase(file);
    if (usedBases.has(base)) base = `${base}_${shortHash(path.resolve(file), 8)}`;
    usedBases.add(base);
    const lines: Line[] = [];
    for (const { entity } of byFile.get(file) ?? []) {
      const line = renderEntity(entity, {
        caption,
        isActor: (id) => actorIds.has(id),
        actorId: (id) => actorIds.get(id) as string,
        report,
        openEnded,
        tieKey,
      });
      if (line) lines.push(line);
    }
    plans.push({ file, base, lines });
  }

  for (const { file, base, lines } of plans) {
    const parts: Line[][] = [[]];
    let bytes = 0;
    for (const line of lines) {
      const current = parts[parts.length - 1] as Line[];
      const size = Buffer.byteLength(line.text) + 1;
      if (current.length > 0 && (current.length >= maxLines || bytes + size > MAX_BYTES_PER_DOCUMENT)) {
        parts.push([line]);
        bytes = size;
      } else {
        current.push(line);
        bytes += size;
      }
    }
    parts.forEach((partLines, index) => {
      const documentId = index === 0 ? base : `${base}_${index + 1}`;
      const titleLine =
        `FollowTheMoney entities of ${path.basename(file)}` +
        (parts.length > 1 ? `, part ${index + 1} of ${parts.length}` : '');
      const published = publicationOf(byFile.get(file) ?? []);
      const header = [
        titleLine,
        published.line,
        'One line per entity the import keeps: its schema and FtM id, then its names and properties ' +
          '(FtM property names); a relationship names both of its entities by name and id.',
        '',
      ];
      let text = header.join('\n') + '\n';
      const spans: { line: Line; start: number; end: number }[] = [];
      for (const line of partLines) {
        spans.push({ line, start: text.length, end: text.length + line.text.length });
        text += `${line.text}\n`;
      }
      const annotation: DocumentAnnotation = {
        document: documentId,
        title: { text: titleLine, ...quoteAt(text, 0, titleLine.length) },
        published: {
          date: published.date,
          inferred: true,
          basis: published.basis,
          ...quoteAt(text, titleLine.length + 1, titleLine.length + 1 + published.line.length),
        },
        mentions: [],
        events: [],
        statements: [],
        ties: [],
        claims: [],
      };
      for (const { line, start, end } of spans) line.fact(quoteAt(text, start, end), annotation);
      // A mention needs a registered spelling in its quote (the names are on the line).
      annotation.mentions = annotation.mentions.filter((mention) => {
        const entry = entries.get(mention.actor);
        return entry !== undefined && quoteNamesActor(mention.quote, [entry.name, ...entry.aliases]);
      });
      report.mentions += annotation.mentions.length;
      report.ties += annotation.ties.length;
      report.events += annotation.events.length;
      for (const tie of annotation.ties) report.tiesByType.add(tie.type);
      sources.documents.set(documentId, text);
      sources.annotations.set(
        documentId,
        toSourceYaml(annotation, [
          `Generated by \`npm run import:ftm\` from ${path.basename(file)}. Do not edit: a re-import replaces this file.`,
          'Every fact quotes its entity’s line in the document; see README, "Importing GDELT and FollowTheMoney data".',
        ]),
      );
    });
  }

  const header = [
    `Generated by \`npm run import:ftm\` from ${report.files.join(', ')}; do not edit: a re-import replaces this file.`,
    'FollowTheMoney people and organisations, every name in every script a spelling (README: "Importing',
    'GDELT and FollowTheMoney data"). To merge one into a curated actor, give the curated actor its spelling.',
  ];
  for (const [name, yaml] of registryFiles('ftm', header, {
    actors: allocated.actors,
    places: [],
    ambiguousAliases: allocated.ambiguousAliases,
  })) {
    sources.registry.set(name, yaml);
  }
  report.documents = sources.documents.size;
  report.actors = allocated.actors.length;
  for (const entry of allocated.actors) report.actorsByKind.add(entry.kind);
  report.ambiguousAliases = allocated.ambiguousAliases.length;
  report.dropped.push(...allocated.dropped);
  report.convertMs = performance.now() - started;
  return { sources, report };
}

/** Properties whose dates have happened by the time a record is written (not end or expiry dates). */
const PAST_DATES = [
  'date',
  'startDate',
  'listingDate',
  'createdAt',
  'modifiedAt',
  'incorporationDate',
  'birthDate',
];

/**
 * FtM files carry no publication date. The document's date is the day its entities
 * were last seen by their data source (yente's last_seen), else the year of the
 * latest date its records give of something done (a payment, a start, a listing):
 * the file is at least that recent. A header line states it, and is the quote.
 */
function publicationOf(loaded: readonly Loaded[]): { line: string; date: string; basis: string } {
  const seen = loaded
    .map(({ entity }) => entity.lastSeen?.slice(0, 10))
    .filter((value): value is string => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value))
    .sort()
    .reverse()[0];
  if (seen !== undefined) {
    return {
      line: `Its entities were last seen by their data sources on ${seen} (latest last_seen).`,
      date: seen,
      basis:
        'FollowTheMoney files carry no publication date: the day their entities were last seen (last_seen); the file is at least that recent.',
    };
  }
  let latest: { date: string; property: string } | undefined;
  for (const { entity } of loaded) {
    for (const property of PAST_DATES) {
      for (const date of datesOf(entity, property)) {
        if (date.length === 10 && (latest === undefined || date > latest.date)) latest = { date, property };
      }
    }
  }
  if (latest !== undefined) {
    return {
      line: `The latest date its records give of something done is ${latest.date} (${latest.property}).`,
      date: latest.date.slice(0, 4),
      basis:
        'FollowTheMoney files carry no publication date: the year of the latest date its records give of something done (a payment, a start, a listing); the file is at least that recent.',
    };
  }
  return {
    line: 'Its records give no date.',
    date: '1970',
    basis:
      'FollowTheMoney files carry no publication date and its records give none: the year is a placeholder.',
  };
}

interface RenderContext {
  caption(id: string): string;
  isActor(id: string): boolean;
  actorId(id: string): string;
  readonly report: FtmImportReport;
  readonly openEnded: Set<string>;
  tieKey(source: string, type: TieType, target: string): string;
}

/** The line of an entity and the fact it supports, or undefined when the entity is left out (counted). */
function renderEntity(
  entity: FtmEntity,
  render: RenderContext,
):
  | { text: string; fact: (quote: { quote: string; occurrence?: number }, part: DocumentAnnotation) => void }
  | undefined {
  const { report } = render;
  const head = `${entity.schema} ${oneLine(entity.id)}`;
  const datasets =
    entity.datasets && entity.datasets.length > 0 ? `datasets: ${entity.datasets.join(', ')}` : undefined;
  const join = (parts: (string | undefined)[]) => parts.filter((part) => part !== undefined).join('; ');

  if (ACTOR_SCHEMATA[entity.schema] !== undefined) {
    report.imported.add(`${entity.schema} → actor`);
    const names = NAME_PROPERTIES.map((property) => detail(entity, property));
    const details = join([
      ...names,
      ...ACTOR_DETAIL_PROPERTIES.map((property) => detail(entity, property)),
      datasets,
    ]);
    const text = `${head}: ${render.caption(entity.id)}${details !== '' ? ` — ${details}` : ''}`;
    return {
      text,
      fact: (quote, part) => part.mentions.push({ actor: render.actorId(entity.id), ...quote }),
    };
  }

  const tie = TIE_SCHEMATA[entity.schema];
  if (tie) {
    const sources = [...new Set(entity.properties[tie.source] ?? [])];
    const targets = [...new Set(entity.properties[tie.target] ?? [])];
    if (sources.length === 0 || targets.length === 0) {
      report.skipped.add(`${entity.schema}: no ${sources.length === 0 ? tie.source : tie.target}`);
      return undefined;
    }
    // Several payers (owners, relatives…) make a tie each; a pair with an end that is not an
    // imported actor is left out, and the record too when no pair is left.
    const pairs: [string, string][] = [];
    const problems: string[] = [];
    for (const source of sources) {
      for (const target of targets) {
        const missing = [
          [tie.source, source],
          [tie.target, target],
        ].find(([, id]) => !render.isActor(id as string));
        if (missing) problems.push(`${missing[0]} ${missing[1]} is not an imported actor`);
        else if (source === target) problems.push('both ends are the same entity');
        else pairs.push([source, target]);
      }
    }
    if (pairs.length === 0) {
      const reason = problems[0]?.replace(/ \S+ is not/, ' is not') ?? 'no pair';
      report.skipped.add(
        `${entity.schema}: ${reason}${reason.endsWith('actor') ? ' (not in the files, or not a person or organisation)' : ''}`,
      );
      return undefined;
    }
    for (const problem of problems)
      report.notes.push(`${entity.schema} ${entity.id}: ${problem}; that pair is left out`);
    const type = typeof tie.type === 'function' ? tie.type(entity) : tie.type;
    const dates: { since: string | undefined; until: string | undefined } =
      entity.schema === 'Payment'
        ? { since: datesOf(entity, 'date')[0], until: datesOf(entity, 'date').reverse()[0] }
        : period(entity, ['startDate'], ['endDate']);
    let until = dates.until;
    const since = dates.since;
    if (since !== undefined && until !== undefined && startOf(since) > endOf(until)) {
      report.notes.push(
        `${entity.schema} ${entity.id}: ends (${until}) before it begins (${since}); end left out`,
      );
      until = undefined;
    }
    report.imported.add(`${entity.schema} → ${type} tie`);
    const ends = (ids: readonly string[]) => ids.map((id) => `${render.caption(id)} (${id})`).join(' | ');
    const text = `${head}: ${tie.source} ${ends(sources)}, ${tie.target} ${ends(targets)}${
      tie.details.length > 0 || datasets ? '; ' : ''
    }${join([...tie.details.map((property) => detail(entity, property)), datasets])}`;
    const role = tie.role(entity);
    const ties = pairs.map(([source, target]) => {
      const sourceId = render.actorId(source);
      const targetId = render.actorId(target);
      const key = render.tieKey(sourceId, type, targetId);
      if (until === undefined) render.openEnded.add(key);
      return { key, sourceId, targetId };
    });
    return {
      text: text.replace(/; $/, ''),
      fact: (quote, part) => {
        for (const { key, sourceId, targetId } of ties) {
          // Facts are made once every record is read: a tie another record gives as open stays open.
          const closed = until !== undefined && !render.openEnded.has(key);
          part.ties.push({
            source: sourceId,
            type,
            target: targetId,
            ...(role !== undefined ? { role } : {}),
            ...(since !== undefined ? { since } : {}),
            ...(closed ? { until } : {}),
            ...quote,
          });
        }
      },
    };
  }

  if ((EVENT_SCHEMATA as readonly string[]).includes(entity.schema)) {
    const sanctioned = entity.properties['entity']?.[0];
    if (sanctioned === undefined) {
      report.skipped.add(`${entity.schema}: no entity`);
      return undefined;
    }
    if (!render.isActor(sanctioned)) {
      report.skipped.add(
        `${entity.schema}: entity is not an imported actor (not in the files, or not a person or organisation)`,
      );
      return undefined;
    }
    report.imported.add(`${entity.schema} → SANCTION event`);
    const starts = datesOf(entity, 'startDate');
    const date = starts[0] ?? datesOf(entity, 'listingDate')[0];
    const ends = datesOf(entity, 'endDate');
    const endDate = ends[ends.length - 1];
    const authority = entity.properties['authority']?.map(oneLine).filter((a) => a !== '')[0];
    const text = `${head}: entity ${render.caption(sanctioned)} (${sanctioned}); ${join([
      ...SANCTION_DETAILS.map((property) => detail(entity, property)),
      datasets,
    ])}`;
    const event: EventAnnotation = {
      id: ftmSlug(entity.id),
      type: 'SANCTION',
      title: `${authority ?? 'A sanctions authority'} sanctions ${render.caption(sanctioned)}`,
      ...(date !== undefined ? { date } : {}),
      ...(date !== undefined && endDate !== undefined && endOf(endDate) >= startOf(date) ? { endDate } : {}),
      description: `FollowTheMoney Sanction ${entity.id}${authority ? ` by ${authority}` : ''}.`,
      quote: '',
      participants: [{ actor: render.actorId(sanctioned), role: 'SANCTIONED' }],
    };
    return {
      text: text.replace(/; $/, ''),
      fact: (quote, part) => part.events.push({ ...event, ...quote }),
    };
  }

  report.skipped.add(`${entity.schema}: not an actor, a relationship or an event the graph models`);
  return undefined;
}
