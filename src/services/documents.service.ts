import type { DocumentRecord, GraphCounts } from '../domain/graph';
import type { GraphStore } from '../ports/graph-store.port';
import type { RootReads } from './planned-reads';

export class DocumentsService {
  constructor(private readonly store: GraphStore) {}

  list(): Promise<DocumentRecord[]> {
    return this.store.listDocuments();
  }

  counts(): Promise<GraphCounts> {
    return this.store.counts();
  }

  async find(id: string, reads: RootReads = this.store): Promise<DocumentRecord | null> {
    const [document] = await reads.documentsByIds([id]);
    return document ?? null;
  }
}
