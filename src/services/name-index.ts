import { distance } from 'fastest-levenshtein';
import { nameKey } from '../domain/text';
import { transliterateCyrillic } from '../domain/transliteration';

/**
 * Fuzzy lookup of actors by any spelling, tolerant of typos and transliteration.
 *
 * Every alias key (already folded by `nameKey`: case, diacritics) is indexed
 * whole and, for a multi-word alias, word by word ("keith kellogg" also as
 * "kellogg"). Each form is also reduced to a transliteration skeleton that
 * merges the usual romanisation variants (ts/tz → c, kh → h, y/j → i, w → v,
 * Cyrillic → Latin, doubled letters once…), so "Tsikhanousky" and
 * "Tsikhanouski" share the skeleton "cihanouski".
 *
 * Matching: the query's skeleton trigrams select at most CANDIDATES forms by
 * Jaccard overlap (an inverted index, so the cost grows with the postings of
 * the query's trigrams, not with the number of actors); those are scored by
 * Levenshtein similarity (1 − distance / longer length) on both the folded
 * spelling and the skeleton, the skeleton counting slightly less. A word of a
 * longer alias, or a word of a longer query, counts 0.9 of a whole match.
 */

export interface NameMatch {
  readonly actorId: string;
  /** 1 for an exact spelling, down to MIN_SIMILARITY. */
  readonly similarity: number;
  /** The alias key that matched best. */
  readonly key: string;
}

/** Forms shorter than this must match exactly (their skeleton); longer ones this well. */
const EXACT_BELOW = 4;
export const MIN_SIMILARITY = 0.7;
const SKELETON_WEIGHT = 0.97;
const PART_WEIGHT = 0.9;
const CANDIDATES = 256;
/** Links indexed between two yields to the event loop. */
const SLICE = 20_000;

interface BuildState {
  readonly keyIndex: Map<string, number>;
  readonly formIndex: Map<string, number>;
  /** Skeletons by folded text: the same words recur across many spellings. */
  readonly skeletons: Map<string, string>;
  /** Owner groups by folded text (which decides the form), of whole keys and of their words. */
  readonly wholeGroups: Map<string, OwnerGroup>;
  readonly partGroups: Map<string, OwnerGroup>;
}

/**
 * The owners of a form that spell it alike: the same folded text (the whole key,
 * or one of its words), as a whole key or as a word of one. They all score the
 * same against a query, so a match computes that once per group, not per owner
 * (a common surname's word is owned by thousands of actors at 100,000).
 */
interface OwnerGroup {
  readonly plain: string;
  readonly part: boolean;
  readonly actors: number[];
  /** For each actor, the index of its alias key in `keys`. */
  readonly keys: number[];
}

export class NameIndex {
  private readonly actorIds: string[] = [];
  private readonly actorIndex = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly keysByActor: number[][] = [];
  /** Unique skeleton forms, their trigram counts, and who owns them. */
  private readonly forms: string[] = [];
  private readonly gramCounts: number[] = [];
  private readonly owners: OwnerGroup[][] = [];
  private readonly postings = new Map<string, number[]>();
  /** Shared-trigram counts per form during one match, all zero between matches. */
  private shared: Int32Array | null = null;
  /** Each actor's best score so far during one match, all zero between matches. */
  private scores: Float64Array | null = null;
  private bestKeys: Int32Array | null = null;

  private constructor() {}

  /**
   * Builds the index, yielding to the event loop every SLICE links so that a
   * large rebuild (seconds at a million spellings) does not stall other requests.
   */
  static async build(links: readonly { key: string; actorId: string }[]): Promise<NameIndex> {
    const index = new NameIndex();
    const state: BuildState = {
      keyIndex: new Map(),
      formIndex: new Map(),
      skeletons: new Map(),
      wholeGroups: new Map(),
      partGroups: new Map(),
    };
    for (let from = 0; from < links.length; from += SLICE) {
      if (from > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const link of links.slice(from, from + SLICE)) index.add(link, state);
    }
    return index;
  }

  private add(link: { key: string; actorId: string }, state: BuildState): void {
    let actor = this.actorIndex.get(link.actorId);
    if (actor === undefined) {
      actor = this.actorIds.push(link.actorId) - 1;
      this.keysByActor.push([]);
      this.actorIndex.set(link.actorId, actor);
    }
    let key = state.keyIndex.get(link.key);
    if (key === undefined) {
      key = this.keys.push(link.key) - 1;
      state.keyIndex.set(link.key, key);
    }
    const actorKeys = this.keysByActor[actor]!;
    if (actorKeys.includes(key)) return;
    actorKeys.push(key);
    const owners = [{ plain: link.key, part: false }];
    const words = wordsOf(link.key);
    if (words.length > 1) {
      for (const word of words) if (word.length >= EXACT_BELOW) owners.push({ plain: word, part: true });
    }
    for (const owner of owners) {
      let form = state.skeletons.get(owner.plain);
      if (form === undefined) {
        form = skeleton(owner.plain);
        state.skeletons.set(owner.plain, form);
      }
      if (form.length === 0) continue;
      let f = state.formIndex.get(form);
      if (f === undefined) {
        f = this.forms.push(form) - 1;
        state.formIndex.set(form, f);
        this.owners.push([]);
        const grams = trigrams(form);
        this.gramCounts.push(grams.size);
        for (const gram of grams) {
          const list = this.postings.get(gram);
          if (list) list.push(f);
          else this.postings.set(gram, [f]);
        }
      }
      const groups = owner.part ? state.partGroups : state.wholeGroups;
      let group = groups.get(owner.plain);
      if (group === undefined) {
        group = { plain: owner.plain, part: owner.part, actors: [], keys: [] };
        groups.set(owner.plain, group);
        this.owners[f]!.push(group);
      }
      group.actors.push(actor);
      group.keys.push(key);
    }
  }

  get size(): number {
    return this.actorIds.length;
  }

  /** Every alias key of the actor. */
  keysOf(actorId: string): string[] {
    const actor = this.actorIndex.get(actorId);
    return actor === undefined ? [] : this.keysByActor[actor]!.map((k) => this.keys[k]!);
  }

  /** The actors whose spellings match the query well, best first (then by id), at most `limit`. */
  match(query: string, limit: number): NameMatch[] {
    const folded = nameKey(query);
    const words = wordsOf(folded);
    const queries = [{ plain: folded, part: false }];
    if (words.length > 1) {
      for (const word of words) if (word.length >= EXACT_BELOW) queries.push({ plain: word, part: true });
    }
    // Best score and key per actor in typed arrays (every score is above zero), the
    // actors reached listed once: a common word reaches thousands of them.
    const scores = (this.scores ??= new Float64Array(this.actorIds.length));
    const bestKeys = (this.bestKeys ??= new Int32Array(this.actorIds.length));
    const reached: number[] = [];
    for (const q of queries) {
      const form = skeleton(q.plain);
      if (form.length === 0) continue;
      // A short form matches only by its skeleton, exactly: "eu" is not "us".
      const short = form.length < EXACT_BELOW;
      for (const f of this.candidates(form)) {
        const skeletonSimilarity = similarity(form, this.forms[f]!);
        for (const group of this.owners[f]!) {
          const raw = Math.max(similarity(q.plain, group.plain), SKELETON_WEIGHT * skeletonSimilarity);
          if (short ? skeletonSimilarity < 1 : raw < MIN_SIMILARITY) continue;
          const weighted = raw * (group.part ? PART_WEIGHT : 1) * (q.part ? PART_WEIGHT : 1);
          const { actors, keys } = group;
          for (let i = 0; i < actors.length; i++) {
            const actor = actors[i]!;
            const current = scores[actor]!;
            if (current === 0) reached.push(actor);
            if (weighted > current) {
              scores[actor] = weighted;
              bestKeys[actor] = keys[i]!;
            }
          }
        }
      }
    }
    const rounded = new Float64Array(reached.length);
    for (let i = 0; i < reached.length; i++) {
      const actor = reached[i]!;
      rounded[i] = Math.round(scores[actor]! * 1e6) / 1e6;
      scores[actor] = 0;
    }
    // Only the actors at or above the limit-th best score are sorted (ties then go by id).
    const floor = reached.length > limit ? kthLargest(rounded, limit) : -Infinity;
    const kept: NameMatch[] = [];
    for (let i = 0; i < reached.length; i++) {
      if (rounded[i]! < floor) continue;
      const actor = reached[i]!;
      kept.push({
        actorId: this.actorIds[actor]!,
        similarity: rounded[i]!,
        key: this.keys[bestKeys[actor]!]!,
      });
    }
    return kept
      .sort((a, b) => b.similarity - a.similarity || (a.actorId < b.actorId ? -1 : 1))
      .slice(0, limit);
  }

  /**
   * Forms sharing trigrams with the query form, the CANDIDATES most similar by
   * Jaccard (ties by form). A common trigram is shared by thousands of forms at
   * 100,000 actors, so shared counts go in a reused typed array, and only the
   * forms at or above the CANDIDATES-th best Jaccard are sorted, not all of them.
   */
  private candidates(form: string): number[] {
    const grams = trigrams(form);
    const shared = (this.shared ??= new Int32Array(this.forms.length));
    const touched: number[] = [];
    for (const gram of grams) {
      for (const f of this.postings.get(gram) ?? []) if (shared[f]++ === 0) touched.push(f);
    }
    const jaccard = new Float64Array(touched.length);
    touched.forEach((f, i) => {
      const n = shared[f]!;
      jaccard[i] = n / (grams.size + this.gramCounts[f]! - n);
      shared[f] = 0;
    });
    const floor = touched.length > CANDIDATES ? kthLargest(jaccard, CANDIDATES) : -Infinity;
    const kept: { f: number; jaccard: number }[] = [];
    touched.forEach((f, i) => {
      if (jaccard[i]! >= floor) kept.push({ f, jaccard: jaccard[i]! });
    });
    return kept
      .sort((a, b) => b.jaccard - a.jaccard || a.f - b.f)
      .slice(0, CANDIDATES)
      .map((c) => c.f);
  }
}

/** The k-th largest of `values` (1-based), by selection on a copy: linear on average. */
function kthLargest(values: Float64Array, k: number): number {
  const a = Float64Array.from(values);
  const target = a.length - k;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target]!;
}

/** 1 − edit distance / longer length: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

function wordsOf(key: string): string[] {
  return key.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

function trigrams(form: string): Set<string> {
  const padded = `  ${form} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/**
 * The transliteration skeleton of a folded spelling: one letter for the sounds
 * romanisations spell differently, doubled letters once, words kept apart by
 * single spaces. Lossy on purpose: it only ever ranks candidates.
 */
export function skeleton(folded: string): string {
  return wordsOf(transliterateCyrillic(folded))
    .map((word) =>
      word
        .replace(/shch|sch/g, 's')
        .replace(/t[sz]|ch/g, 'c')
        .replace(/kh/g, 'h')
        .replace(/zh/g, 'z')
        .replace(/sh/g, 's')
        .replace(/ph/g, 'f')
        .replace(/ck|q/g, 'k')
        .replace(/[yj]/g, 'i')
        .replace(/w/g, 'v')
        .replace(/(.)\1+/g, '$1'),
    )
    .join(' ');
}
