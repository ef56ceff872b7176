import { StoreBusyError } from '../domain/errors';
import type { GraphBatch, GraphCounts } from '../domain/graph';
import {
  countsOfFingerprints,
  diffGraph,
  hasChanges,
  isEmptyGraph,
  RECORD_KINDS,
  type GraphChanges,
  type KindChanges,
  type RecordKind,
} from '../domain/graph-diff';
import { buildReviewedGraph, type ReviewedGraph } from '../ingest/graph-builder';
import { formatSourceWarning, readSources } from '../ingest/source-files';
import type { GraphStore } from '../ports/graph-store.port';

export type DocumentChange = 'created' | 'updated' | 'unchanged';

export interface IngestSummary {
  readonly before: GraphCounts;
  readonly after: GraphCounts;
  /** Whether the store was written at all. */
  readonly changed: boolean;
  /** Per kind of record: created, updated, removed, unchanged. */
  readonly changes: { readonly [K in RecordKind]: KindChanges };
  readonly documents: readonly {
    readonly id: string;
    readonly facts: number;
    /** Updated: its text or metadata changed, or a fact or span from it was added, changed or removed. */
    readonly change: DocumentChange;
  }[];
  /** Documents the store held that the sources no longer have; their facts went with them. */
  readonly removedDocuments: readonly string[];
}

export type ProgressListener = (message: string) => void;

/** How long an ingest waits for the one before it before it answers STORE_BUSY. */
const DEFAULT_QUEUE_WAIT_MS = 120_000;

/**
 * Sources are the truth. An ingest validates everything (quotes found,
 * references resolved; invalid sources throw SourceValidationError before the
 * store is touched), compares the graph they describe with the store record
 * by record (ids and fingerprints), and applies the difference in one
 * transaction: new and changed records written, records no longer supported
 * removed. So an edited document leaves no stale span or duplicated fact, a
 * removed document takes its facts with it, and a second run changes nothing.
 * Ingests run one at a time.
 */
export class IngestService {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: GraphStore,
    private readonly options: {
      readonly queueWaitMs?: number;
      readonly afterWrite?: () => Promise<void>;
    } = {},
  ) {}

  private readonly reviewListeners: ((root: string, reviewed: ReviewedGraph) => void)[] = [];

  /** Tells `listener`, after each ingest of a folder, what its review says (proposals, accepted facts). */
  onReviewed(listener: (root: string, reviewed: ReviewedGraph) => void): void {
    this.reviewListeners.push(listener);
  }

  async ingestFolder(root: string, progress: ProgressListener = () => undefined): Promise<IngestSummary> {
    const sources = await readSources(root);
    for (const warning of sources.warnings ?? []) progress(`warning: ${formatSourceWarning(warning)}`);
    const reviewed = buildReviewedGraph(sources);
    for (const warning of reviewed.warnings) progress(`warning: ${formatSourceWarning(warning)}`);
    const summary = await this.ingestGraph(reviewed.graph, progress);
    for (const listener of this.reviewListeners) listener(root, reviewed);
    return summary;
  }

  ingestGraph(graph: GraphBatch, progress: ProgressListener = () => undefined): Promise<IngestSummary> {
    return this.oneAtATime(() => this.reconcile(graph, progress));
  }

  private async reconcile(graph: GraphBatch, progress: ProgressListener): Promise<IngestSummary> {
    const stored = await this.store.fingerprints();
    // What the store held, counted from what was just read rather than asked again.
    const before = countsOfFingerprints(stored);
    const changes = diffGraph(graph, stored);
    const changed = hasChanges(changes);
    const touched = changed ? await this.touchedDocuments(changes) : new Set<string>();
    const documents = graph.documents.map((document) => ({
      id: document.id,
      facts: new Set(graph.evidence.filter((e) => e.documentId === document.id).map((e) => e.factId)).size,
      change: (stored.documents.has(document.id)
        ? touched.has(document.id)
          ? 'updated'
          : 'unchanged'
        : 'created') as DocumentChange,
    }));
    for (const document of documents) {
      progress(`validated ${document.id}: ${document.facts} facts (${document.change})`);
    }
    for (const id of changes.removed.documents) progress(`removed ${id}: no longer in the sources`);
    if (!changed) {
      progress('no change: the store already holds exactly these sources');
      return {
        before,
        after: before,
        changed,
        changes: changes.summary,
        documents,
        removedDocuments: [],
      };
    }
    // An empty store takes the whole graph at once (Kuzu bulk-loads it).
    if (isEmptyGraph(stored)) await this.store.writeGraph(graph);
    else await this.store.applyChanges(changes);
    await this.options.afterWrite?.();
    const after = await this.store.counts();
    progress(`graph updated: ${describeChanges(changes)}`);
    return {
      before,
      after,
      changed,
      changes: changes.summary,
      documents,
      removedDocuments: changes.removed.documents,
    };
  }

  /**
   * The documents whose own record changed or whose spans were added, changed or
   * removed: every fact stands on spans, so a changed fact always shows here.
   */
  private async touchedDocuments(changes: GraphChanges): Promise<Set<string>> {
    const touched = new Set<string>(changes.updated.documents);
    for (const span of changes.upserts.evidence) touched.add(span.documentId);
    for (const span of await this.store.evidenceByIds(changes.removed.evidence)) {
      touched.add(span.documentId);
    }
    return touched;
  }

  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    const waitMs = this.options.queueWaitMs ?? DEFAULT_QUEUE_WAIT_MS;
    const turn = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), waitMs);
      timer.unref();
      void previous.then(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    return turn.then(async (ours) => {
      if (!ours) {
        // Give up the turn only once the one before has finished, so order holds.
        void previous.then(release);
        throw new StoreBusyError('another ingest is still running; nothing was written, retry later');
      }
      try {
        return await work();
      } finally {
        release();
      }
    });
  }
}

/** "actors 1 created, 2 updated; evidence 47 created, 47 removed": only what changed. */
export function describeChanges(changes: GraphChanges): string {
  const parts = RECORD_KINDS.flatMap((kind) => {
    const { created, updated, removed } = changes.summary[kind];
    const said = [
      created > 0 ? `${created} created` : '',
      updated > 0 ? `${updated} updated` : '',
      removed > 0 ? `${removed} removed` : '',
    ].filter(Boolean);
    return said.length > 0 ? [`${KIND_WORDS[kind]} ${said.join(', ')}`] : [];
  });
  return parts.join('; ');
}

const KIND_WORDS: Record<RecordKind, string> = {
  documents: 'documents',
  actors: 'actors',
  places: 'places',
  events: 'events',
  participations: 'participations',
  statements: 'statements',
  statementAbout: 'statement subjects',
  ties: 'ties',
  claims: 'claims',
  evidence: 'evidence spans',
};
