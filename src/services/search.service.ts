import { InvalidArgumentError } from '../domain/errors';
import { nameKey } from '../domain/text';
import { TEXT_HIT_KINDS, type GraphStore, type TextHitKind } from '../ports/graph-store.port';
import { nonBlank } from './arguments';
import { NameIndex } from './name-index';

export const SEARCH_HIT_KINDS = ['ACTOR', ...TEXT_HIT_KINDS] as const;
export type SearchHitKind = 'ACTOR' | TextHitKind;

export const DEFAULT_SEARCH_RESULTS = 10;
export const MAX_SEARCH_RESULTS = 50;

export interface SearchHitRecord {
  readonly kind: SearchHitKind;
  readonly id: string;
  /**
   * In (0, 1]. Actors whose name matches score above 0.5 (1 for an exact
   * spelling); full-text hits score up to 0.5, relative to the best full-text
   * hit of the same search.
   */
  readonly score: number;
  /** For an actor found by name: the spelling key that matched. */
  readonly matchedKey: string | null;
  /** The words searched for (the query's, and the spellings of actors it named), for snippets. */
  readonly terms: readonly string[];
}

/** Actors this well matched lend their one-word spellings to the full-text query. */
const EXPANSION_SIMILARITY = 0.85;
const EXPANDED_ACTORS = 3;
const MAX_TERMS = 32;
const KIND_ORDER: Record<SearchHitKind, number> = { ACTOR: 0, EVENT: 1, STATEMENT: 2, DOCUMENT: 3 };

/**
 * Search across actors, statements, events and documents.
 *
 * Two sources are merged. Actors are matched by name in memory (NameIndex:
 * typos, case, diacritics, transliteration, over every alias and its words).
 * Statements, events and documents are matched by their words through the
 * store's full-text indexes (stemmed, English stop words dropped, on both
 * stores); the query is extended with the one-word spellings of the actors it
 * clearly names, so "Tikhanovsky" also finds texts that write "Tsikhanouski".
 *
 * The name index is cached per process and keyed by the store's graph version,
 * read at every search: every write gives the graph a new version (an ingest
 * may add, change or remove spellings), and the index is rebuilt before
 * answering. No search after an ingest, from this process or another, sees
 * stale spellings.
 */
export class SearchService {
  private cached: { readonly version: string | null; readonly index: Promise<NameIndex> } | null = null;

  constructor(private readonly store: GraphStore) {}

  async search(
    text: string | null | undefined,
    first: number | null | undefined,
  ): Promise<SearchHitRecord[]> {
    const query = nonBlank('text', text);
    if (query === null) throw new InvalidArgumentError('text must not be blank');
    const limit = first ?? DEFAULT_SEARCH_RESULTS;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_RESULTS) {
      throw new InvalidArgumentError(`first must be between 1 and ${MAX_SEARCH_RESULTS}`);
    }
    const queryWords = wordsOf(query);
    if (queryWords.length === 0) return [];

    const index = await this.nameIndex();
    const names = index.match(query, limit);
    const expansion = names
      .filter((match) => match.similarity >= EXPANSION_SIMILARITY)
      .slice(0, EXPANDED_ACTORS)
      .flatMap((match) => index.keysOf(match.actorId).filter((key) => /^[\p{L}\p{N}]+$/u.test(key)));
    const terms = [...new Set([...queryWords, ...queryWords.map(nameKey), ...expansion])].slice(0, MAX_TERMS);
    const textHits = await this.store.searchText(terms.join(' '), limit);

    const best = Math.max(...textHits.map((hit) => hit.score));
    const hits: SearchHitRecord[] = [
      ...names.map((match) => ({
        kind: 'ACTOR' as const,
        id: match.actorId,
        score: 0.5 + 0.5 * match.similarity,
        matchedKey: match.key,
        terms,
      })),
      ...textHits.map((hit) => ({ ...hit, score: 0.5 * (hit.score / best), matchedKey: null, terms })),
    ];
    return hits
      .map((hit) => ({ ...hit, score: Math.round(hit.score * 1e6) / 1e6 }))
      .sort(
        (a, b) =>
          b.score - a.score ||
          KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      )
      .slice(0, limit);
  }

  /** The name index for the store's current spellings: cached while the graph version stays the same. */
  private async nameIndex(): Promise<NameIndex> {
    const version = await this.store.graphVersion();
    let cached = this.cached;
    if (cached === null || cached.version !== version) {
      const index = this.store.aliasLinks().then((all) => NameIndex.build(all));
      cached = { version, index };
      this.cached = cached;
      // A failed load is not kept: the next search tries again.
      index.catch(() => {
        if (this.cached?.index === index) this.cached = null;
      });
    }
    return cached.index;
  }
}

/** The query's words: letters and digits only, so no store reads them as query syntax. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
