import type { ActorRecord, PlaceRecord } from '../domain/graph';
import { actorSortKey, nameKey } from '../domain/text';
import type { RawFile } from './source-files';
import type { ProblemCollector } from './problem-collector';
import { registrySchema, type ActorEntry, type RegistrySource } from './source.schema';

/** The validated registry: actors (without evidence yet) and places, by id. */
export interface Registry {
  readonly actors: ReadonlyMap<string, ActorEntry>;
  readonly places: ReadonlyMap<string, PlaceRecord>;
  /** Where each actor is declared, for error messages. */
  readonly actorSites: ReadonlyMap<string, { file: string; record: string }>;
}

function describe(source: RegistrySource | undefined, path: PropertyKey[]): string {
  const [section, index] = path;
  if (typeof section !== 'string') return '';
  if (typeof index !== 'number') return section;
  const list = source?.[section as keyof RegistrySource] as readonly { id?: string }[] | undefined;
  const id = list?.[index]?.id;
  return `${section}[${index}]${id ? ` (${id})` : ''}`;
}

interface Sited<T> {
  readonly entry: T;
  readonly file: string;
  readonly record: string;
}

/**
 * Validates the registry (one or more files, read as one list); returns undefined,
 * with problems recorded, when a file cannot be read at all.
 */
export function buildRegistry(files: readonly RawFile[], problems: ProblemCollector): Registry | undefined {
  const sources: { file: string; source: RegistrySource }[] = [];
  for (const raw of files) {
    if (raw.parseError !== null) {
      problems.add(raw.file, '(file)', '(file)', `not valid YAML: ${raw.parseError}`);
      continue;
    }
    const parsed = registrySchema.safeParse(raw.content);
    if (!parsed.success) {
      const content = raw.content as RegistrySource | undefined;
      problems.addZodError(raw.file, parsed.error, (path) => describe(content, path));
      continue;
    }
    sources.push({ file: raw.file, source: parsed.data });
  }
  if (sources.length !== files.length) return undefined;
  if (files.length === 0) {
    problems.add('registry/', '(folder)', '(folder)', 'no registry file: actors must be declared');
    return undefined;
  }

  const actorList: Sited<ActorEntry>[] = sources.flatMap(({ file, source }) =>
    source.actors.map((entry, index) => ({ entry, file, record: `actors[${index}] (${entry.id})` })),
  );
  const actors = new Map<string, ActorEntry>();
  const actorSites = new Map<string, { file: string; record: string }>();
  for (const { entry, file, record } of actorList) {
    const previous = actorSites.get(entry.id);
    if (previous) problems.add(file, record, 'id', `duplicate actor id, also in ${previous.file}`);
    actors.set(entry.id, entry);
    actorSites.set(entry.id, { file, record });
  }

  const declaredAmbiguous = new Map<string, Set<string>>();
  for (const { file, source } of sources) {
    source.ambiguousAliases.forEach((entry, index) => {
      const record = `ambiguousAliases[${index}] (${entry.alias})`;
      entry.actors.forEach((id, at) => {
        if (!actors.has(id)) problems.add(file, record, `actors[${at}]`, `unknown actor id "${id}"`);
      });
      declaredAmbiguous.set(nameKey(entry.alias), new Set(entry.actors));
    });
  }

  // Every spelling must name one actor, unless the registry says it is ambiguous.
  const owners = new Map<string, Set<string>>();
  for (const { entry } of actorList) {
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = nameKey(alias);
      owners.set(key, (owners.get(key) ?? new Set<string>()).add(entry.id));
    }
  }
  for (const { entry, file, record } of actorList) {
    [entry.name, ...entry.aliases].forEach((alias, at) => {
      const key = nameKey(alias);
      const ownerIds = owners.get(key) ?? new Set<string>();
      const declared = declaredAmbiguous.get(key);
      if (ownerIds.size > 1 && !(declared && [...ownerIds].every((id) => declared.has(id)))) {
        problems.add(
          file,
          record,
          at === 0 ? 'name' : `aliases[${at - 1}]`,
          `"${alias}" also names ${[...ownerIds].filter((id) => id !== entry.id).join(', ')}; ` +
            'give it to one actor or declare it in ambiguousAliases',
        );
      }
    });
  }

  const places = new Map<string, PlaceRecord>();
  const placeList = sources.flatMap(({ file, source }) =>
    source.places.map((entry, index) => ({ entry, file, record: `places[${index}] (${entry.id})` })),
  );
  for (const { entry, file, record } of placeList) {
    if (places.has(entry.id)) problems.add(file, record, 'id', 'duplicate place id');
    places.set(entry.id, {
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      countryId: entry.country ?? null,
      aliases: dedupe([entry.name, ...entry.aliases]),
    });
  }
  for (const { entry, file, record } of placeList) {
    if (entry.country !== undefined && !places.has(entry.country)) {
      problems.add(file, record, 'country', `unknown place id "${entry.country}"`);
    }
  }
  return { actors, places, actorSites };
}

export function dedupe(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The actor record once its evidence is known. */
export function toActorRecord(entry: ActorEntry, evidenceIds: readonly string[]): ActorRecord {
  const aliases = dedupe([entry.name, ...entry.aliases]);
  return {
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    aliases,
    aliasKeys: dedupe(aliases.map(nameKey)),
    description: entry.description,
    sortKey: actorSortKey(entry.name, entry.id),
    evidenceIds,
  };
}
