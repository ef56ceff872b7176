import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import {
  InvalidArgumentError,
  NotFoundError,
  SourceValidationError,
  formatSourceProblem,
} from '../domain/errors';
import { isPartialDate, parsePartialDate } from '../domain/partial-date';
import {
  EMPTY_LEDGER,
  NO_PENDING,
  factStatus,
  type FactStatus,
  type PendingRecords,
  type Proposal,
  type ProposalKind,
  type ProposalStatus,
  type ReviewLedger,
} from '../domain/review';
import { toAnnotationYaml, toProposalsYaml } from '../extract/annotation-yaml';
import { extract } from '../extract/extractor';
import { gazetteerOf } from '../extract/registry';
import { buildReviewedGraph, type ReviewedGraph } from '../ingest/graph-builder';
import { commitSourceWrites } from '../ingest/source-write-set';
import {
  ACTOR_DECISIONS_FILE,
  ANNOTATIONS_DIR,
  DECISIONS_DIR,
  DOCUMENTS_DIR,
  MAX_DOCUMENT_BYTES,
  readSources,
  REGISTRY_DIR,
  type RawFile,
  type RawSources,
} from '../ingest/source-files';
import { actorDecisionsSchema, documentDecisionsSchema, type ActorDecisions } from '../ingest/source.schema';
import type { IngestService, IngestSummary } from './ingest.service';
import { decodeCursor, encodeCursor, pageLimit, type Page, type PageArgs } from './pagination';

export interface ExtractInput {
  readonly text: string;
  readonly title?: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly publishedDate?: string | null;
}

export interface ExtractionResult {
  readonly documentId: string;
  readonly proposals: readonly Proposal[];
  /** New actors proposed for the registry (enter the graph with their first accepted fact). */
  readonly newActorIds: readonly string[];
  readonly summary: IngestSummary;
}

export interface ProposalFilter {
  readonly documentId?: string | null;
  readonly kind?: ProposalKind | null;
  /** Default: EXTRACTED only (the queue). */
  readonly statuses?: readonly ProposalStatus[] | null;
}

/** A source file to write: its path in the sources folder, and its new content. */
interface SourceWrite {
  readonly relative: string;
  readonly content: string;
}

/** The registry file of the new actors extraction proposed for a document. */
export const proposedActorsFile = (documentId: string): string =>
  path.join(REGISTRY_DIR, `${documentId}.yaml`);

/**
 * Assisted extraction and its review. Everything it decides is a source file
 * (the article, its annotation with every fact EXTRACTED, new actors, decisions),
 * written atomically after the sources with it were validated, then the normal
 * reconcile ingest runs: the store never holds what the sources do not say, and a
 * rebuild from the sources replays every decision. Writes run one at a time.
 */
export class ReviewService {
  /** The review of the served sources: from the last ingest, or read once on first use. */
  private reviewed: ReviewLedger | null = null;
  private loading: Promise<ReviewLedger> | null = null;
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ingest: IngestService,
    private readonly root: string,
  ) {
    ingest.onReviewed((at, reviewed) => this.remember(at, reviewed));
  }

  /** Called by the ingest after each ingest of a folder: keeps the review of the served sources. */
  remember(root: string, reviewed: ReviewedGraph): void {
    if (path.resolve(root) === path.resolve(this.root)) this.reviewed = reviewed.review;
  }

  /** The review of the sources folder: from the last ingest, else read (never written) now. */
  async ledger(): Promise<ReviewLedger> {
    if (this.reviewed) return this.reviewed;
    // Read once, however many fields ask at the same time.
    this.loading ??= readSources(this.root)
      .then((sources) => buildReviewedGraph(sources).review)
      // Sources that cannot be read or do not validate have no review to show until the next ingest.
      .catch(() => EMPTY_LEDGER)
      .then((ledger) => {
        this.reviewed ??= ledger;
        this.loading = null;
        return this.reviewed;
      });
    return this.loading;
  }

  async statusOf(recordId: string): Promise<FactStatus> {
    return factStatus(await this.ledger(), recordId);
  }

  /**
   * The pending records if the review is loaded, else none: for field resolvers,
   * which only meet pending records in lists that loaded it (includePending).
   */
  loadedPending(): PendingRecords {
    return this.reviewed?.pending ?? NO_PENDING;
  }

  async pending(): Promise<PendingRecords> {
    return (await this.ledger()).pending;
  }

  async pendingFacts(filter: ProposalFilter, page: PageArgs): Promise<Page<Proposal>> {
    const statuses = new Set(filter.statuses && filter.statuses.length > 0 ? filter.statuses : ['EXTRACTED']);
    const matching = (await this.ledger()).proposals.filter(
      (p) =>
        statuses.has(p.status) &&
        (filter.documentId == null || p.documentId === filter.documentId) &&
        (filter.kind == null || p.kind === filter.kind),
    );
    const limit = pageLimit(page.first);
    let from = 0;
    if (page.after) {
      const id = decodeCursor(page.after);
      const at = matching.findIndex((p) => p.id === id);
      if (at < 0) throw new InvalidArgumentError('the cursor names a proposal no longer in this list');
      from = at + 1;
    }
    const items = matching.slice(from, from + limit);
    const edges = items.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: from + limit < matching.length,
        hasPreviousPage: from > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount: matching.length,
    };
  }

  async actorName(id: string): Promise<string | null> {
    return (await this.ledger()).actorNames.get(id) ?? null;
  }

  /**
   * Extracts a raw article into the sources: its text, its annotation (every fact
   * EXTRACTED) and its new actors; then ingests. The document id comes from the
   * text, so extracting the same article again replaces its proposals (decisions
   * by proposal id still apply) and never duplicates it.
   */
  extractDocument(input: ExtractInput): Promise<ExtractionResult> {
    return this.oneWrite(async () => {
      const text = input.text;
      if (text.trim().length === 0) throw new InvalidArgumentError('text is empty');
      if (Buffer.byteLength(text, 'utf8') > MAX_DOCUMENT_BYTES) {
        throw new InvalidArgumentError(`text is over the ${MAX_DOCUMENT_BYTES} bytes limit for a document`);
      }
      const published = input.publishedDate?.trim() || undefined;
      if (published !== undefined) {
        const parsed = parsePartialDate(published);
        if (!isPartialDate(parsed)) throw new InvalidArgumentError(`publishedDate: ${parsed.error}`);
      }
      const title = input.title?.trim() || undefined;
      const documentId = `extracted_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
      const sources = await readSources(this.root);
      for (const [id, known] of sources.documents) {
        if (known === text && id !== documentId) {
          throw new InvalidArgumentError(`this text is already in the sources as document ${id}`);
        }
      }
      const annotationFile = path.join(ANNOTATIONS_DIR, `${documentId}.yaml`);
      const existing = sources.annotations.find((f) => f.file === annotationFile);
      if (existing && !JSON.stringify(existing.content ?? null).includes('"status":"EXTRACTED"')) {
        throw new InvalidArgumentError(
          `document ${documentId} is already curated: its annotation has no EXTRACTED fact left to replace`,
        );
      }
      const actorsFile = proposedActorsFile(documentId);
      // This document's own earlier proposals are not the registry it is read against.
      const gazetteer = gazetteerOf({
        ...sources,
        registry: sources.registry.filter((f) => f.file !== actorsFile),
      });
      const extraction = extract(text, gazetteer, {
        documentId,
        ...(title ? { title } : {}),
        ...(published ? { published } : {}),
      });
      const writes: SourceWrite[] = [
        { relative: path.join(DOCUMENTS_DIR, `${documentId}.txt`), content: text },
        { relative: annotationFile, content: toAnnotationYaml(extraction, gazetteer) },
      ];
      // An earlier extraction's new actors are replaced, by none if none are proposed now.
      if (extraction.proposals.length > 0 || sources.registry.some((f) => f.file === actorsFile)) {
        writes.push({
          relative: actorsFile,
          content: extraction.proposals.length > 0 ? toProposalsYaml(extraction) : 'actors: []\n',
        });
      }
      const summary = await this.writeAndIngest(sources, writes);
      const ledger = await this.ledger();
      return {
        documentId,
        proposals: ledger.proposals.filter((p) => p.documentId === documentId),
        newActorIds: extraction.proposals.map((p) => p.id),
        summary,
      };
    });
  }

  /** Accepts or rejects proposals by id; a proposal decided before may be decided again. */
  decide(ids: readonly string[], decision: 'ACCEPTED' | 'REJECTED'): Promise<Proposal[]> {
    return this.oneWrite(async () => {
      if (ids.length === 0) throw new InvalidArgumentError('give at least one proposal id');
      const unique = [...new Set(ids)];
      const proposals = (await this.ledger()).proposals;
      const byId = new Map(proposals.map((p) => [p.id, p]));
      const unknown = unique.filter((id) => !byId.has(id));
      if (unknown.length > 0) throw new NotFoundError(`no proposal with id ${unknown.join(', ')}`);
      const sources = await readSources(this.root);
      const byDocument = new Map<string, string[]>();
      for (const id of unique) {
        const documentId = (byId.get(id) as Proposal).documentId;
        byDocument.set(documentId, [...(byDocument.get(documentId) ?? []), id]);
      }
      const writes: SourceWrite[] = [];
      for (const [documentId, decided] of byDocument) {
        const relative = path.join(DECISIONS_DIR, `${documentId}.yaml`);
        const current = documentDecisionsSchema.safeParse(
          sources.decisions?.find((f) => f.file === relative)?.content ?? { document: documentId },
        );
        const before = current.success ? current.data : { document: documentId, accepted: [], rejected: [] };
        const set = new Set(decided);
        const accepted = before.accepted.filter((id) => !set.has(id));
        const rejected = before.rejected.filter((id) => !set.has(id));
        (decision === 'ACCEPTED' ? accepted : rejected).push(...decided);
        writes.push({
          relative,
          content:
            `# Review decisions on the EXTRACTED facts of ${documentId}, by proposal id; replayed by every ingest.\n` +
            stringify({ document: documentId, accepted, rejected }),
        });
      }
      await this.writeAndIngest(sources, writes);
      const after = new Map((await this.ledger()).proposals.map((p) => [p.id, p]));
      return unique.flatMap((id) => {
        const found = after.get(id);
        return found ? [found] : [];
      });
    });
  }

  /** Merges `sourceId` into `targetId`: its spellings and every reference move to the target. */
  mergeActors(sourceId: string, targetId: string): Promise<void> {
    return this.actorDecision((decisions, known) => {
      for (const [field, id] of [
        ['sourceId', sourceId],
        ['targetId', targetId],
      ] as const) {
        if (!known.has(id)) throw new NotFoundError(`${field}: no actor with id "${id}"`);
      }
      if (sourceId === targetId) throw new InvalidArgumentError('an actor cannot be merged into itself');
      decisions.merges.push({ source: sourceId, target: targetId });
    });
  }

  /** Renames an actor; its old name stays one of its aliases. */
  renameActor(id: string, name: string): Promise<void> {
    return this.actorDecision((decisions, known) => {
      if (!known.has(id)) throw new NotFoundError(`no actor with id "${id}"`);
      if (name.trim().length === 0) throw new InvalidArgumentError('name is empty');
      decisions.renames.push({ actor: id, name: name.trim() });
    });
  }

  private actorDecision(
    change: (decisions: ActorDecisions, known: ReadonlySet<string>) => void,
  ): Promise<void> {
    return this.oneWrite(async () => {
      const sources = await readSources(this.root);
      const relative = path.join(DECISIONS_DIR, ACTOR_DECISIONS_FILE);
      const current = actorDecisionsSchema.safeParse(
        sources.decisions?.find((f) => f.file === relative)?.content ?? {},
      );
      const decisions: ActorDecisions = current.success
        ? { merges: [...current.data.merges], renames: [...current.data.renames] }
        : { merges: [], renames: [] };
      change(decisions, new Set((await this.ledger()).actorNames.keys()));
      await this.writeAndIngest(sources, [
        {
          relative,
          content:
            '# Actor merges and renames decided in review, replayed in order by every ingest.\n' +
            stringify(decisions),
        },
      ]);
    });
  }

  /**
   * Validates the sources as they would be with `writes`, then writes them as one
   * write set (every file or none, even across a kill: see source-write-set.ts)
   * and ingests. Invalid sources are refused before anything is written.
   */
  private async writeAndIngest(sources: RawSources, writes: readonly SourceWrite[]): Promise<IngestSummary> {
    try {
      buildReviewedGraph(withWrites(sources, writes));
    } catch (error) {
      if (error instanceof SourceValidationError) {
        throw new InvalidArgumentError(
          `refused, nothing was written: the sources would not validate:\n${error.problems
            .map((p) => `  ${formatSourceProblem(p)}`)
            .join('\n')}`,
        );
      }
      throw error;
    }
    // One write set: the files depend on each other (an annotation names the actors a registry file
    // adds), so a kill between two of them must not leave sources that no longer ingest.
    await commitSourceWrites(this.root, {
      replace: writes.map(({ relative, content }) => ({ file: relative, content })),
    });
    return this.ingest.ingestFolder(this.root);
  }

  /**
   * Runs the writes of this service one at a time: each reads the sources, then
   * writes a set computed from them. One process owns a sources folder's writes
   * (this server); source-write-set.ts relies on that.
   */
  private oneWrite<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(work, work);
    this.writes = run.catch(() => undefined);
    return run;
  }
}

/** The sources as they will be once `writes` are on disk (YAML parsed as readSources does). */
function withWrites(sources: RawSources, writes: readonly SourceWrite[]): RawSources {
  const documents = new Map(sources.documents);
  let { registry, annotations } = sources;
  let decisions = sources.decisions ?? [];
  const put = (files: readonly RawFile[], raw: RawFile): RawFile[] => [
    ...files.filter((f) => f.file !== raw.file),
    raw,
  ];
  for (const { relative, content } of writes) {
    const [folder] = relative.split(path.sep);
    if (folder === DOCUMENTS_DIR) {
      documents.set(path.basename(relative, '.txt'), content);
      continue;
    }
    const raw: RawFile = { file: relative, content: parseYaml(content) as unknown, parseError: null };
    if (folder === REGISTRY_DIR) registry = put(registry, raw);
    else if (folder === ANNOTATIONS_DIR) annotations = put(annotations, raw);
    else if (folder === DECISIONS_DIR) decisions = put(decisions, raw);
  }
  return { ...sources, documents, registry, annotations, decisions };
}
