import path from 'node:path';
import type { ActorEntry, DocumentAnnotation, EventAnnotation } from '../../ingest/source.schema';
import type { ParticipantRole } from '../../domain/vocabulary';
import { ownership, registryFiles, type ImportedSources } from '../imported-sources';
import { RegistryContext } from '../registry-context';
import { allocateSpellings, type DroppedSpelling } from '../spellings';
import { compareStrings, Counter, quoteAt, quoteNamesActor, shortHash } from '../text-utils';
import { toSourceYaml } from '../yaml-out';
import { GdeltActorResolver, renderActor, type ActorRef, type NewActorKey, type Resolution } from './actors';
import { cameoLabel, mapCameoEvent, shortLabel } from './cameo-events';
import { GdeltPlaceResolver } from './places';
import { readGdeltExport, rowMatches, type GdeltActor, type GdeltRow, type RowFilter } from './reader';

/** The files the GDELT import owns: documents/gdelt_<hash>.txt, annotations/gdelt_<hash>.yaml, registry/gdelt.yaml. */
export const GDELT_OWNERSHIP = ownership('gdelt', /^gdelt_[0-9a-f]{16}$/, /^gdelt(?:-\d+)?\.ya?ml$/);

export interface GdeltImportOptions {
  /** GDELT 2.0 event export files (tab-separated, no header). */
  readonly files: readonly string[];
  /** The sources folder the import goes into (its registry is what actors resolve against). */
  readonly into: string;
  readonly filter: RowFilter;
}

export interface GdeltImportReport {
  readonly files: string[];
  /** The filters, as given: "--country BO, --actor BLR"; '' for none. */
  readonly filter: string;
  linesRead: number;
  rowsParsed: number;
  readonly skipped: Counter;
  duplicates: number;
  filteredOut: number;
  rowsKept: number;
  documents: number;
  readonly eventsByType: Counter;
  participations: number;
  readonly participationsByRole: Counter;
  /** Actor occurrences in the kept rows, by how they were resolved. */
  readonly actorsByResolution: Counter;
  /** Distinct curated actors the rows resolved to. */
  registryActors: number;
  /** Actors the import declares, by kind. */
  readonly newActorsByKind: Counter;
  readonly newActorsByResolution: Counter;
  curatedPlaces: number;
  newPlaces: number;
  eventsWithoutPlace: number;
  mentions: number;
  ambiguousAliases: number;
  readonly dropped: DroppedSpelling[];
  /** Reading and converting, in milliseconds. */
  convertMs: number;
}

export interface GdeltImport {
  readonly sources: ImportedSources;
  readonly report: GdeltImportReport;
}

interface RowRefs {
  readonly row: GdeltRow;
  readonly actor1: ActorRef | null;
  readonly actor2: ActorRef | null;
}

/** "20191024143000" → "2019-10-24 14:30:00", or undefined when it is not a timestamp. */
function formatDateAdded(value: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]} ${match[4]}:${match[5]}:${match[6]}` : undefined;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Converts GDELT 2.0 event exports into source files (README: "Importing GDELT and
 * FollowTheMoney data"): one document per source URL whose lines render its event
 * records, one annotation per document (an event per record, its actors as
 * participants, a mention of each actor), and registry/gdelt.yaml for the actors
 * and places the curated registry lacks. Reads the exports line by line; holds
 * the kept rows (a few fields each), not the files. Writes nothing.
 */
export async function buildGdeltImport(options: GdeltImportOptions): Promise<GdeltImport> {
  const started = performance.now();
  const report: GdeltImportReport = {
    files: options.files.map((file) => path.basename(file)),
    filter: [
      ...options.filter.countries.map((code) => `--country ${code}`),
      ...options.filter.actors.map((code) => `--actor ${code}`),
    ].join(', '),
    linesRead: 0,
    rowsParsed: 0,
    skipped: new Counter(),
    duplicates: 0,
    filteredOut: 0,
    rowsKept: 0,
    documents: 0,
    eventsByType: new Counter(),
    participations: 0,
    participationsByRole: new Counter(),
    actorsByResolution: new Counter(),
    registryActors: 0,
    newActorsByKind: new Counter(),
    newActorsByResolution: new Counter(),
    curatedPlaces: 0,
    newPlaces: 0,
    eventsWithoutPlace: 0,
    mentions: 0,
    ambiguousAliases: 0,
    dropped: [],
    convertMs: 0,
  };
  const context = await RegistryContext.load(options.into, GDELT_OWNERSHIP.ownsRegistryFile);

  // 1. Stream the rows; keep those the filter selects, once per GLOBALEVENTID.
  const byUrl = new Map<string, GdeltRow[]>();
  const seen = new Set<string>();
  for (const file of options.files) {
    for await (const result of readGdeltExport(file)) {
      report.linesRead++;
      if ('skip' in result) {
        report.skipped.add(result.skip);
        continue;
      }
      report.rowsParsed++;
      const { row } = result;
      if (seen.has(row.id)) {
        report.duplicates++;
        continue;
      }
      seen.add(row.id);
      if (!rowMatches(row, options.filter)) {
        report.filteredOut++;
        continue;
      }
      report.rowsKept++;
      const rows = byUrl.get(row.url) ?? [];
      rows.push(row);
      byUrl.set(row.url, rows);
    }
  }

  // 2. Resolve actors and places.
  const documentIds = new Map<string, string>();
  const taken = new Set<string>();
  for (const url of byUrl.keys()) {
    const id = `gdelt_${shortHash(url)}`;
    if (taken.has(id)) throw new Error(`two source URLs hash to ${id}`);
    taken.add(id);
    documentIds.set(url, id);
  }
  const resolver = new GdeltActorResolver(context);
  const places = new GdeltPlaceResolver(context);
  const newKeys = new Map<string, NewActorKey>();
  const registryIds = new Set<string>();
  const resolved = new Map<string, RowRefs[]>();
  const resolve = (actor: GdeltActor | null, documentId: string, url: string): ActorRef | null => {
    if (!actor) return null;
    const ref = resolver.resolve(actor, documentId, url);
    if ('registryId' in ref) {
      registryIds.add(ref.registryId);
      report.actorsByResolution.add('registry');
    } else {
      newKeys.set(ref.newActor.key, ref.newActor);
      report.actorsByResolution.add(ref.newActor.resolution);
    }
    return ref;
  };
  for (const [url, rows] of byUrl) {
    const documentId = documentIds.get(url) as string;
    // GLOBALEVENTIDs are numbers: shorter is smaller, then digit by digit.
    rows.sort((a, b) => a.id.length - b.id.length || compareStrings(a.id, b.id));
    resolved.set(
      url,
      rows.map((row) => {
        if (row.actionGeo) places.add(row.actionGeo);
        return {
          row,
          actor1: resolve(row.actor1, documentId, url),
          actor2: resolve(row.actor2, documentId, url),
        };
      }),
    );
  }

  // 3. Ids for the new actors (gdelt-<slug>, with a hash where two would share one), then their spellings.
  const actorIds = assignIds([...newKeys.values()], context.foreignActorIds);
  const allocated = allocateSpellings(
    [...newKeys.values()].map((key) => {
      const id = actorIds.get(key.key) as string;
      return {
        id,
        kind: key.kind,
        description: key.description,
        spellings: [key.spelling],
        fallbackName: `${key.spelling} (${id})`,
      };
    }),
    context,
    (alias) =>
      `GDELT 2.0 gives the name "${alias}" to several actors (other CAMEO codes, or a role in other ` +
      'articles); they are not merged.',
  );
  const entries = new Map<string, ActorEntry>(allocated.actors.map((entry) => [entry.id, entry]));
  const idOf = (ref: ActorRef): string =>
    'registryId' in ref ? ref.registryId : (actorIds.get(ref.newActor.key) as string);
  const actorEntry = (id: string): ActorEntry | undefined => entries.get(id) ?? context.curatedActors.get(id);

  // 4. Documents and annotations.
  const sources: ImportedSources = { documents: new Map(), annotations: new Map(), registry: new Map() };
  const sortedUrls = [...resolved.keys()].sort((a, b) =>
    compareStrings(documentIds.get(a) as string, documentIds.get(b) as string),
  );
  for (const url of sortedUrls) {
    const documentId = documentIds.get(url) as string;
    const { text, annotation } = renderDocument(documentId, url, resolved.get(url) as RowRefs[], {
      idOf,
      actorEntry,
      placeId: (row) => (row.actionGeo ? places.id(row.actionGeo) : undefined),
    });
    for (const event of annotation.events) {
      report.eventsByType.add(event.type);
      if (event.place === undefined) report.eventsWithoutPlace++;
      for (const participant of event.participants) {
        report.participations++;
        report.participationsByRole.add(participant.role);
      }
    }
    report.mentions += annotation.mentions.length;
    sources.documents.set(documentId, text);
    sources.annotations.set(
      documentId,
      toSourceYaml(annotation, [
        `Generated by \`npm run import:gdelt\` from GDELT 2.0 event records (${list(
          [...new Set((resolved.get(url) as RowRefs[]).map(({ row }) => row.exportFile))].sort(),
        )}).`,
        'Do not edit: a re-import replaces this file. Every fact quotes its record’s line in the document;',
        'see README, "Importing GDELT and FollowTheMoney data".',
      ]),
    );
  }

  // 5. The registry file: new actors, new places, spellings several new actors share.
  const placeEntries = places.entries();
  const registryHeader = [
    `Generated by \`npm run import:gdelt\` from ${list(report.files)}; do not edit: a re-import replaces this file.`,
    'Actors and places of the GDELT records that the curated registry does not hold (README: "Importing',
    'GDELT and FollowTheMoney data"). To merge one into a curated actor, give the curated actor its spelling.',
  ];
  for (const [name, yaml] of registryFiles('gdelt', registryHeader, {
    actors: allocated.actors,
    places: placeEntries,
    ambiguousAliases: allocated.ambiguousAliases,
  })) {
    sources.registry.set(name, yaml);
  }

  report.documents = sources.documents.size;
  report.registryActors = registryIds.size;
  for (const key of newKeys.values()) {
    report.newActorsByKind.add(key.kind);
    report.newActorsByResolution.add(key.resolution);
  }
  report.curatedPlaces = places.curatedUsed.size;
  report.newPlaces = placeEntries.length;
  report.ambiguousAliases = allocated.ambiguousAliases.length;
  report.dropped.push(...allocated.dropped);
  report.convertMs = performance.now() - started;
  return { sources, report };
}

/** gdelt-<slug> for each new actor; where several keys (or another file) want one id, each gets a hash of its key. */
function assignIds(keys: readonly NewActorKey[], taken: ReadonlySet<string>): Map<string, string> {
  const byDesired = new Map<string, string[]>();
  for (const key of keys) byDesired.set(key.desiredId, [...(byDesired.get(key.desiredId) ?? []), key.key]);
  const ids = new Map<string, string>();
  for (const [desired, group] of byDesired) {
    for (const key of group) {
      ids.set(key, group.length === 1 && !taken.has(desired) ? desired : `${desired}-${shortHash(key, 6)}`);
    }
  }
  return ids;
}

interface RenderContext {
  idOf(ref: ActorRef): string;
  actorEntry(id: string): ActorEntry | undefined;
  placeId(row: GdeltRow): string | undefined;
}

/** The document of one source URL and its annotation; every quote is a span of the text. */
export function renderDocument(
  documentId: string,
  url: string,
  rows: readonly RowRefs[],
  render: RenderContext,
): { text: string; annotation: DocumentAnnotation } {
  const exports = [...new Set(rows.map(({ row }) => row.exportFile))].sort();
  const added = [
    ...new Set(rows.map(({ row }) => formatDateAdded(row.dateAdded)).filter((d) => d !== undefined)),
  ].sort();
  const titleLine = `GDELT 2.0 events coded from ${url}`;
  const addedLine =
    added.length === 0
      ? `GDELT gives no time it added these records (export ${list(exports)}).`
      : added.length === 1
        ? `GDELT added these records on ${added[0]} UTC (DATEADDED), export ${list(exports)}.`
        : `GDELT added these records between ${added[0]} and ${added[added.length - 1]} UTC (DATEADDED), exports ${list(exports)}.`;
  const header = [
    titleLine,
    addedLine,
    'One line per GDELT event record: the date GDELT gives the event (SQLDATE), the record’s GLOBALEVENTID, ' +
      'the actors as coded (name, CAMEO actor code: its meaning), the CAMEO event code and label, where it ' +
      'took place, and the source. These are GDELT’s machine codings of the article, not its words.',
    '',
  ];
  let text = header.join('\n') + '\n';
  interface Segment {
    readonly ref: ActorRef;
    readonly start: number;
    readonly end: number;
  }
  const lines: { refs: RowRefs; start: number; end: number; segments: Segment[] }[] = [];
  for (const refs of rows) {
    const { row } = refs;
    const segments: Segment[] = [];
    let line = `${row.date} · GDELT event ${row.id} · `;
    const segment = (actor: GdeltActor, ref: ActorRef | null) => {
      const rendered = renderActor(actor);
      const at = text.length + line.length;
      if (ref) segments.push({ ref, start: at, end: at + rendered.length });
      line += rendered;
    };
    if (row.actor1) segment(row.actor1, refs.actor1);
    if (row.actor1 && row.actor2) line += ' → ';
    else if (row.actor2) line += '→ ';
    if (row.actor2) segment(row.actor2, refs.actor2);
    line +=
      ` · CAMEO ${row.eventCode}: ${cameoLabel(row.eventCode)} · ` +
      `${row.actionGeo ? `in ${row.actionGeo.fullName}` : 'place not coded'} · ${row.url}`;
    lines.push({ refs, start: text.length, end: text.length + line.length, segments });
    text += `${line}\n`;
  }

  const spellings = (id: string): string[] => {
    const entry = render.actorEntry(id);
    return entry ? [entry.name, ...entry.aliases] : [];
  };
  const nameOf = (ref: ActorRef | null): string | undefined =>
    ref ? (render.actorEntry(render.idOf(ref))?.name ?? render.idOf(ref)) : undefined;

  const mentions: DocumentAnnotation['mentions'] = [];
  const mentioned = new Set<string>();
  const events: EventAnnotation[] = [];
  for (const { refs, start, end, segments } of lines) {
    const { row } = refs;
    for (const { ref, start: from, end: to } of segments) {
      const id = render.idOf(ref);
      if (mentioned.has(id)) continue;
      const quote = quoteAt(text, from, to);
      // The validator wants a registered spelling in a mention: an actor whose every spelling
      // belongs to someone else (named after its id) is supported by its participations alone.
      if (!quoteNamesActor(quote.quote, spellings(id))) continue;
      mentioned.add(id);
      mentions.push({ actor: id, ...quote });
    }
    const mapping = mapCameoEvent(row.eventCode);
    const participants: EventAnnotation['participants'] = [];
    const participate = (ref: ActorRef | null, role: ParticipantRole) => {
      if (!ref) return;
      const actor = render.idOf(ref);
      if (!participants.some((p) => p.actor === actor && p.role === role)) participants.push({ actor, role });
    };
    participate(refs.actor1, mapping.actor1);
    participate(refs.actor2, mapping.actor2);
    const name1 = nameOf(refs.actor1);
    const name2 = nameOf(refs.actor2);
    const label = shortLabel(row.eventCode);
    const title = name1 ? `${name1}${name2 ? ` → ${name2}` : ''}: ${label}` : `${label} (${name2 ?? ''})`;
    const place = render.placeId(row);
    events.push({
      id: `gdelt-${row.id}`,
      type: mapping.type,
      title,
      date: row.date,
      ...(place !== undefined ? { place } : {}),
      description:
        `GDELT 2.0 event ${row.id} (${row.exportFile}): CAMEO ${row.eventCode} "${cameoLabel(row.eventCode)}"` +
        `${row.isRootEvent ? ', root event of its paragraph' : ''}; QuadClass ${row.quadClass || '—'}, ` +
        `Goldstein ${row.goldstein || '—'}; ${row.numMentions || '?'} mentions in ${row.numSources || '?'} ` +
        `sources and ${row.numArticles || '?'} articles; average tone ${row.avgTone || '—'}.`,
      ...quoteAt(text, start, end),
      participants,
    });
  }

  const titleStart = 0;
  const addedStart = titleLine.length + 1;
  const firstAdded = rows
    .map(({ row }) => row.dateAdded)
    .filter((value) => formatDateAdded(value) !== undefined)
    .sort()[0];
  const latestEvent = rows
    .map(({ row }) => row.date)
    .sort()
    .reverse()[0] as string;
  const published = firstAdded
    ? {
        date: `${firstAdded.slice(0, 4)}-${firstAdded.slice(4, 6)}-${firstAdded.slice(6, 8)}`,
        inferred: true,
        basis:
          'GDELT records no publication date: this is the day GDELT first added records coded from the ' +
          'article (DATEADDED), by which it was published.',
      }
    : {
        date: latestEvent,
        inferred: true,
        basis: 'GDELT records no publication date: this is the latest event date GDELT gives (SQLDATE).',
      };
  return {
    text,
    annotation: {
      document: documentId,
      title: { text: titleLine, ...quoteAt(text, titleStart, titleLine.length) },
      published: { ...published, ...quoteAt(text, addedStart, addedStart + addedLine.length) },
      mentions,
      events,
      statements: [],
      ties: [],
      claims: [],
    },
  };
}

export type { Resolution };
