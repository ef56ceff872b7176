import { nameKey } from '../domain/text';
import type { ActorKind } from '../domain/vocabulary';
import type { ActorEntry } from '../ingest/source.schema';
import type { RegistryContext } from './registry-context';
import { compareStrings } from './text-utils';

/** An actor an importer wants to declare, with every spelling its source gives, preferred first. */
export interface ProposedActor {
  readonly id: string;
  readonly kind: ActorKind;
  readonly description: string;
  readonly spellings: readonly string[];
  /** The name when every spelling is taken by another file's actor: must hold the id, so it is unique. */
  readonly fallbackName: string;
}

export interface AmbiguousAlias {
  alias: string;
  actors: string[];
  note: string;
}

/** A spelling left out because an actor of another registry file holds it. */
export interface DroppedSpelling {
  readonly actorId: string;
  readonly spelling: string;
  readonly heldBy: readonly string[];
}

export interface AllocatedSpellings {
  readonly actors: ActorEntry[];
  readonly ambiguousAliases: AmbiguousAlias[];
  readonly dropped: DroppedSpelling[];
}

/**
 * Applies the registry's rule — a spelling names one actor unless declared
 * ambiguous — to an importer's actors:
 *
 * - a spelling held by an actor of another registry file (curated, or the other
 *   importer's) is dropped from the imported actor, with a warning: the import never
 *   makes someone else's spelling ambiguous, nor merges into their actor;
 * - a spelling several of the importer's own actors hold (two companies of the same
 *   name, "PRESIDENT" in two articles) is declared in `ambiguousAliases` with a note:
 *   they stay distinct actors;
 * - the actor's name is its first remaining spelling, else its fallback name.
 */
export function allocateSpellings(
  proposed: readonly ProposedActor[],
  context: RegistryContext,
  note: (alias: string, actorIds: readonly string[]) => string,
): AllocatedSpellings {
  const dropped: DroppedSpelling[] = [];
  const kept = new Map<string, string[]>();
  const owners = new Map<string, Set<string>>();
  const sorted = [...proposed].sort((a, b) => compareStrings(a.id, b.id));
  for (const actor of sorted) {
    const seen = new Set<string>();
    const spellings: string[] = [];
    for (const spelling of actor.spellings) {
      const key = nameKey(spelling);
      if (key.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const heldBy = context.foreignSpellings.get(key);
      if (heldBy) {
        dropped.push({ actorId: actor.id, spelling, heldBy: [...heldBy].sort() });
        continue;
      }
      spellings.push(spelling);
      owners.set(key, (owners.get(key) ?? new Set<string>()).add(actor.id));
    }
    kept.set(actor.id, spellings);
  }

  const ambiguousAliases: AmbiguousAlias[] = [];
  const declared = new Set<string>();
  for (const actor of sorted) {
    for (const spelling of kept.get(actor.id) ?? []) {
      const key = nameKey(spelling);
      const ids = owners.get(key);
      if (!ids || ids.size < 2 || declared.has(key)) continue;
      declared.add(key);
      const actors = [...ids].sort();
      ambiguousAliases.push({ alias: spelling, actors, note: note(spelling, actors) });
    }
  }
  ambiguousAliases.sort((a, b) => compareStrings(nameKey(a.alias), nameKey(b.alias)));

  const actors: ActorEntry[] = sorted.map((actor) => {
    const spellings = kept.get(actor.id) ?? [];
    const [name, ...aliases] = spellings.length > 0 ? spellings : [actor.fallbackName];
    return { id: actor.id, name: name as string, kind: actor.kind, aliases, description: actor.description };
  });
  return { actors, ambiguousAliases, dropped };
}
