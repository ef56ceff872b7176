import { createHash } from 'node:crypto';
import type { GraphBatch, GraphCounts, StatementAboutRecord } from './graph';

/**
 * The kinds of record a graph holds, in the order a batch lists them. Each is
 * compared with the store by id and by fingerprint when sources are ingested.
 */
export const RECORD_KINDS = [
  'documents',
  'actors',
  'places',
  'events',
  'participations',
  'statements',
  'statementAbout',
  'ties',
  'claims',
  'evidence',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Per kind, every stored record's id and the fingerprint it was written with. */
export type GraphFingerprints = { readonly [K in RecordKind]: ReadonlyMap<string, string> };

/** Ids of records per kind. */
export type IdsByKind = { readonly [K in RecordKind]: readonly string[] };

export interface KindChanges {
  readonly created: number;
  readonly updated: number;
  readonly removed: number;
  readonly unchanged: number;
}

/**
 * What turns the stored graph into the graph the sources describe: the records
 * to write (new or changed), which of them already exist (their owned links are
 * replaced, not added to), and the records to remove.
 */
export interface GraphChanges {
  readonly upserts: GraphBatch;
  readonly updated: IdsByKind;
  readonly removed: IdsByKind;
  readonly summary: { readonly [K in RecordKind]: KindChanges };
}

/**
 * A record's fingerprint: a hash of every field, keys in a fixed order, so the
 * same record always hashes the same in every store and every process. A store
 * keeps it beside the record, so a re-ingest finds what changed without
 * comparing field by field.
 */
export function fingerprintOf(record: object): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex').slice(0, 32);
}

/** A statement's "about" link has no id of its own: the pair is its identity. */
export function aboutLinkId(link: StatementAboutRecord): string {
  return `${link.statementId}>${link.actorId}`;
}

/** The id under which a record of `kind` is compared. */
export function recordId(kind: RecordKind, record: object): string {
  if (kind === 'statementAbout') return aboutLinkId(record as StatementAboutRecord);
  return (record as { id: string }).id;
}

/** A batch with no record of any kind: what a batch of a few kinds is spread over. */
export function emptyBatch(): GraphBatch {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])) as unknown as GraphBatch;
}

export function emptyFingerprints(): GraphFingerprints {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, new Map<string, string>()])) as never;
}

export function isEmptyGraph(fingerprints: GraphFingerprints): boolean {
  return RECORD_KINDS.every((kind) => fingerprints[kind].size === 0);
}

/** Whether a change set writes or removes anything. */
export function hasChanges(changes: GraphChanges): boolean {
  return RECORD_KINDS.some((kind) => {
    const { created, updated, removed } = changes.summary[kind];
    return created + updated + removed > 0;
  });
}

/**
 * Compares the graph the sources describe with what the store holds. Every
 * record the sources no longer support is removed, so a store after an ingest
 * holds exactly the sources' graph: an edited document's old spans, offsets
 * and facts go, a removed document takes its facts with it, and a fact that
 * another document still supports stays (its evidence list changes, so it is
 * updated, not removed).
 */
export function diffGraph(desired: GraphBatch, stored: GraphFingerprints): GraphChanges {
  const upserts: Record<string, unknown[]> = {};
  const updated: Record<string, string[]> = {};
  const removed: Record<string, string[]> = {};
  const summary: Record<string, KindChanges> = {};
  for (const kind of RECORD_KINDS) {
    const records = desired[kind] as readonly object[];
    const have = stored[kind];
    const wanted = new Set<string>();
    const write: unknown[] = [];
    const changedIds: string[] = [];
    let created = 0;
    for (const record of records) {
      const id = recordId(kind, record);
      wanted.add(id);
      const before = have.get(id);
      if (before === undefined) {
        created++;
        write.push(record);
      } else if (before !== fingerprintOf(record)) {
        changedIds.push(id);
        write.push(record);
      }
    }
    const gone = [...have.keys()].filter((id) => !wanted.has(id)).sort();
    upserts[kind] = write;
    updated[kind] = changedIds;
    removed[kind] = gone;
    summary[kind] = {
      created,
      updated: changedIds.length,
      removed: gone.length,
      unchanged: records.length - created - changedIds.length,
    };
  }
  return {
    upserts: upserts as unknown as GraphBatch,
    updated: updated as unknown as IdsByKind,
    removed: removed as unknown as IdsByKind,
    summary: summary as unknown as GraphChanges['summary'],
  };
}

/** Every record as new: what writing a whole batch into an empty store amounts to. */
export function allCreated(batch: GraphBatch): GraphChanges {
  return diffGraph(batch, emptyFingerprints());
}

function canonicalJson(value: unknown): string {
  // Written out as loops: every record of an ingest passes here (300,000 at 100,000 participations).
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return out + ']';
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // The default sort orders by UTF-16 code units, as `<` does.
    const keys = Object.keys(record).sort();
    let out = '{';
    for (const key of keys) {
      const field = record[key];
      if (field === undefined) continue;
      out += (out.length === 1 ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(field);
    }
    return out + '}';
  }
  return JSON.stringify(value ?? null);
}

/** How many records of each kind a batch holds: what a store holding exactly it counts. */
export function countsOf(batch: GraphBatch): GraphCounts {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, batch[kind].length])) as unknown as GraphCounts;
}

/** How many records of each kind a store holds, from its fingerprints. */
export function countsOfFingerprints(stored: GraphFingerprints): GraphCounts {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, stored[kind].size])) as unknown as GraphCounts;
}
