import { stableId } from '../domain/ids';
import type { EvidenceRecord } from '../domain/graph';
import { codePointOffset, findAll } from '../domain/text';
import type { FactKind } from '../domain/vocabulary';

export interface QuoteRef {
  readonly quote: string;
  readonly occurrence?: number | undefined;
}

/** Finds quotes in their document and turns them into evidence spans. */
export class EvidenceLocator {
  constructor(
    readonly documentId: string,
    private readonly text: string,
  ) {}

  /** The evidence for `fact`, or an error message when the quote is not verbatim in the text. */
  locate(ref: QuoteRef, factId: string, factKind: FactKind): EvidenceRecord | string {
    const hits = findAll(this.text, ref.quote);
    if (hits.length === 0) return `quote not found verbatim in ${this.documentId}: "${ref.quote}"`;
    const occurrence = ref.occurrence ?? 1;
    const at = hits[occurrence - 1];
    if (at === undefined) {
      return `occurrence ${occurrence} requested but the quote appears ${hits.length} time(s)`;
    }
    const start = codePointOffset(this.text, at);
    const end = start + Array.from(ref.quote).length;
    return {
      id: stableId('ev', this.documentId, String(start), String(end), factKind, factId),
      documentId: this.documentId,
      quote: ref.quote,
      start,
      end,
      factId,
      factKind,
    };
  }
}
