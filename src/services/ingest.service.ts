import type { GraphBatch, GraphCounts } from '../domain/graph';
import { buildGraph } from '../ingest/graph-builder';
import { readSources } from '../ingest/source-files';
import type { GraphStore } from '../ports/graph-store.port';

export interface IngestSummary {
  readonly before: GraphCounts;
  readonly after: GraphCounts;
  readonly documents: readonly { readonly id: string; readonly facts: number }[];
}

export type ProgressListener = (message: string) => void;

/**
 * Ingest in two steps: validate everything (quotes found, references resolved),
 * then write it all in one transaction. Invalid sources throw
 * SourceValidationError before the store is touched; a failed write rolls back.
 * Stable ids and MERGE make a second run change nothing.
 */
export class IngestService {
  constructor(private readonly store: GraphStore) {}

  async ingestFolder(root: string, progress: ProgressListener = () => undefined): Promise<IngestSummary> {
    const graph = buildGraph(await readSources(root));
    return this.ingestGraph(graph, progress);
  }

  async ingestGraph(graph: GraphBatch, progress: ProgressListener = () => undefined): Promise<IngestSummary> {
    const documents = graph.documents.map((document) => ({
      id: document.id,
      facts: new Set(graph.evidence.filter((e) => e.documentId === document.id).map((e) => e.factId)).size,
    }));
    for (const document of documents) progress(`validated ${document.id}: ${document.facts} facts`);
    const before = await this.store.counts();
    await this.store.writeGraph(graph);
    const after = await this.store.counts();
    progress(
      `wrote ${after.actors} actors, ${after.events} events, ${after.statements} statements, ` +
        `${after.ties} ties, ${after.claims} claims, ${after.evidence} evidence spans`,
    );
    return { before, after, documents };
  }
}
