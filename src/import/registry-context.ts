import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { nameKey } from '../domain/text';
import { REGISTRY_DIR } from '../ingest/source-files';
import { registrySchema, type ActorEntry, type PlaceEntry } from '../ingest/source.schema';

/** Registry files an importer writes: registry/gdelt.yaml, registry/ftm.yaml (and -2, -3… when split). */
export const IMPORTED_REGISTRY_FILE = /^(gdelt|ftm)(?:-\d+)?\.ya?ml$/;

/** Whether a registry file (its name) is written by an importer, as opposed to curated. */
export function isImportedRegistryFile(name: string): boolean {
  return IMPORTED_REGISTRY_FILE.test(name);
}

export interface RegistryActor extends ActorEntry {
  /** The registry file it comes from (relative to the sources folder). */
  readonly file: string;
}

/**
 * What an importer needs of the registry already in the target sources folder:
 *
 * - `curated`: the actors and places of the curated files (everything but the
 *   importers' own files), which imported records resolve to by spelling;
 * - `foreignSpellings`: every spelling (folded by nameKey) that an actor outside
 *   the importer's own files holds, or that is declared ambiguous there. The
 *   importer never gives such a spelling to an actor of its own: it would make the
 *   spelling ambiguous, and only the file that owns it may say so.
 */
export class RegistryContext {
  /** nameKey → curated actor ids holding that spelling. */
  private readonly curatedOwners = new Map<string, Set<string>>();
  private readonly curatedAmbiguous = new Set<string>();
  readonly curatedActors = new Map<string, RegistryActor>();
  readonly curatedPlaces = new Map<string, PlaceEntry>();
  /** nameKey → ids of actors of other files (curated or another importer's) holding it. */
  readonly foreignSpellings = new Map<string, Set<string>>();
  /** Actor and place ids taken by other files. */
  readonly foreignActorIds = new Set<string>();
  readonly foreignPlaceIds = new Set<string>();
  /** Registry files that could not be read (the validation will name them). */
  readonly unreadable: string[] = [];

  /**
   * @param files each registry file's name and parsed content
   * @param ownFile which imported files are the importer's own (ignored entirely)
   */
  constructor(
    files: readonly { name: string; content: unknown; parseError?: boolean }[],
    ownFile: (name: string) => boolean,
  ) {
    for (const { name, content, parseError } of files) {
      if (ownFile(name)) continue;
      const parsed = registrySchema.safeParse(content ?? {});
      if (parseError || !parsed.success) {
        this.unreadable.push(name);
        continue;
      }
      const curated = !isImportedRegistryFile(name);
      const file = path.join(REGISTRY_DIR, name);
      for (const actor of parsed.data.actors) {
        this.foreignActorIds.add(actor.id);
        for (const spelling of [actor.name, ...actor.aliases]) {
          const key = nameKey(spelling);
          add(this.foreignSpellings, key, actor.id);
          if (curated) add(this.curatedOwners, key, actor.id);
        }
        if (curated) this.curatedActors.set(actor.id, { ...actor, file });
      }
      for (const place of parsed.data.places) {
        this.foreignPlaceIds.add(place.id);
        if (curated) this.curatedPlaces.set(place.id, place);
      }
      for (const entry of parsed.data.ambiguousAliases) {
        const key = nameKey(entry.alias);
        for (const id of entry.actors) add(this.foreignSpellings, key, id);
        if (curated) this.curatedAmbiguous.add(key);
      }
    }
  }

  /** The one curated actor a spelling names, if exactly one does and it is not declared ambiguous. */
  curatedActorNamed(spelling: string): RegistryActor | undefined {
    const key = nameKey(spelling);
    if (this.curatedAmbiguous.has(key)) return undefined;
    const owners = this.curatedOwners.get(key);
    if (!owners || owners.size !== 1) return undefined;
    return this.curatedActors.get([...owners][0] as string);
  }

  /**
   * The curated actor a name names, when the curated spelling it matches is a
   * proper name ("Belarus", "White House", "EU"), not a descriptive phrase that
   * only its own document gives a referent ("the opposition", "Kellogg’s deputy").
   */
  curatedActorProperlyNamed(spelling: string): RegistryActor | undefined {
    const actor = this.curatedActorNamed(spelling);
    if (!actor) return undefined;
    const key = nameKey(spelling);
    const matched = [actor.name, ...actor.aliases].filter((alias) => nameKey(alias) === key);
    return matched.some(isProperName) ? actor : undefined;
  }

  /** Curated places whose name or an alias is this spelling. */
  curatedPlacesNamed(spelling: string): PlaceEntry[] {
    const key = nameKey(spelling);
    return [...this.curatedPlaces.values()].filter((place) =>
      [place.name, ...place.aliases].some((alias) => nameKey(alias) === key),
    );
  }

  isForeignSpelling(spelling: string): boolean {
    return this.foreignSpellings.has(nameKey(spelling));
  }

  /** Reads registry/*.yaml|yml of a sources folder; a missing folder is an empty registry. */
  static async load(root: string, ownFile: (name: string) => boolean): Promise<RegistryContext> {
    const folder = path.join(root, REGISTRY_DIR);
    let names: string[];
    try {
      names = (await readdir(folder, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && /\.ya?ml$/.test(entry.name))
        .map((entry) => entry.name)
        .sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new RegistryContext([], ownFile);
      throw error;
    }
    const files: { name: string; content: unknown; parseError?: boolean }[] = [];
    for (const name of names) {
      try {
        files.push({ name, content: parseYaml(await readFile(path.join(folder, name), 'utf8')) as unknown });
      } catch {
        files.push({ name, content: null, parseError: true });
      }
    }
    return new RegistryContext(files, ownFile);
  }
}

/** Starts with a capital or a digit, and every word longer than three letters is capitalised. */
export function isProperName(spelling: string): boolean {
  if (!/^[\p{Lu}\p{N}]/u.test(spelling)) return false;
  return spelling.split(/\s+/).every((word) => word.length <= 3 || /^[\p{Lu}\p{N}"'“(]/u.test(word));
}

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(id);
  map.set(key, set);
}
