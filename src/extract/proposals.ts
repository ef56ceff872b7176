import { nameKey } from '../domain/text';
import type { ActorKind } from '../domain/vocabulary';
import type { Gazetteer } from './gazetteer';
import type { ProposedActor } from './types';

interface Draft {
  id: string;
  name: string;
  kind: ActorKind;
  spellings: Set<string>;
  candidates: Set<string>;
  reason: string;
  mentions: number;
}

/** Slug of a name: ASCII, lower case, hyphens ("Franak Viačorka" → "franak-viacorka"). */
export function slugify(text: string): string {
  const slug = nameKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > 0 ? slug : 'actor';
}

/**
 * New actors the extractor proposes for the registry. A name that is new, or close
 * to several registry actors, or close to one but contradicted (another first name,
 * the other gender's surname form), becomes a proposal: never a silent merge.
 */
export class ProposalBook {
  private readonly byKey = new Map<string, Draft>();
  private readonly ids = new Set<string>();

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly documentId: string,
  ) {}

  /** The proposal for `name` (created on first use); returns its id. */
  propose(name: string, kind: ActorKind, candidates: readonly string[], reason: string): string {
    const key = `${kind}|${nameKey(name)}`;
    let draft = this.byKey.get(key);
    if (!draft) {
      let id = slugify(name);
      for (let n = 2; this.gazetteer.actors.has(id) || this.ids.has(id); n++) id = `${slugify(name)}-${n}`;
      this.ids.add(id);
      draft = { id, name, kind, spellings: new Set(), candidates: new Set(), reason, mentions: 0 };
      this.byKey.set(key, draft);
    }
    candidates.forEach((c) => draft.candidates.add(c));
    return draft.id;
  }

  /** Records a spelling the text uses for a proposal (its aliases). */
  spelled(id: string, spelling: string): void {
    for (const draft of this.byKey.values()) {
      if (draft.id !== id) continue;
      draft.spellings.add(spelling);
      draft.mentions++;
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  kind(id: string): ActorKind | undefined {
    return [...this.byKey.values()].find((d) => d.id === id)?.kind;
  }

  /**
   * The proposals, ready for a registry file. A spelling that already names a registry
   * actor is left out of the aliases (the registry allows one actor per spelling); the
   * name then says which document it comes from.
   */
  list(used: ReadonlySet<string>): ProposedActor[] {
    const taken = new Set<string>();
    for (const actor of this.gazetteer.actors.values()) {
      for (const alias of [actor.name, ...actor.aliases]) taken.add(nameKey(alias));
    }
    const out: ProposedActor[] = [];
    for (const draft of this.byKey.values()) {
      if (!used.has(draft.id)) continue;
      const free = [draft.name, ...draft.spellings].filter((s) => !taken.has(nameKey(s)));
      const unique = [...new Map(free.map((s) => [nameKey(s), s])).values()];
      const name = unique[0] ?? `${draft.name} (${this.documentId})`;
      const candidates = [...draft.candidates].sort();
      const close =
        candidates.length > 0
          ? ` Close to registry actor(s) ${candidates.join(', ')}: not merged, review.`
          : '';
      out.push({
        id: draft.id,
        name,
        kind: draft.kind,
        aliases: unique.filter((s) => s !== name),
        description: `Proposed by assisted extraction (status EXTRACTED) from document ${this.documentId}: ${draft.reason}.${close}`,
        candidates,
      });
    }
    return out;
  }
}
