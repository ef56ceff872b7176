import type { DocumentRecord, GraphCounts } from '../domain/graph';
import type { GraphStore } from '../ports/graph-store.port';

export class DocumentsService {
  constructor(private readonly store: GraphStore) {}

  list(): Promise<DocumentRecord[]> {
    return this.store.listDocuments();
  }

  counts(): Promise<GraphCounts> {
    return this.store.counts();
  }

  async find(id: string): Promise<DocumentRecord | null> {
    const [document] = await this.store.documentsByIds([id]);
    return document ?? null;
  }
}
