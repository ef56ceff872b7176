import { nameKey } from '../../domain/text';
import type { PlaceKind } from '../../domain/vocabulary';
import type { PlaceEntry } from '../../ingest/source.schema';
import type { RegistryContext } from '../registry-context';
import { compareStrings, shortHash, slugify } from '../text-utils';
import type { GdeltGeo } from './reader';

const KIND_BY_GEO_TYPE: Record<number, PlaceKind> = {
  1: 'COUNTRY',
  2: 'REGION',
  3: 'CITY',
  4: 'CITY',
  5: 'REGION',
};

interface NewPlace {
  readonly key: string;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly fullName: string;
  /** Key of the country place (new) or id (curated), resolved when ids are assigned. */
  readonly country?: { readonly curatedId: string } | { readonly key: string };
}

/**
 * Places where GDELT events happened (ActionGeo). A place is the curated one of
 * the same name (a city only when its country is the same too: "Minsk, Belarus
 * (general), Belarus" is `minsk`); otherwise the import declares it, with its
 * country: gdelt-place-<full name>, kind from the GDELT geo type (1 country,
 * 2 and 5 region, 3 and 4 city).
 */
export class GdeltPlaceResolver {
  private readonly places = new Map<string, NewPlace>();
  private ids: Map<string, string> | undefined;
  /** Resolutions, by the geo's full name and type. */
  private readonly refs = new Map<string, { curatedId: string } | { key: string }>();
  curatedUsed = new Set<string>();

  constructor(private readonly context: RegistryContext) {}

  /** Resolves a geo (before ids are assigned): call `id` for the place id afterwards. */
  add(geo: GdeltGeo): void {
    const refKey = `${geo.type}|${geo.fullName}`;
    if (this.refs.has(refKey)) return;
    const parts = geo.fullName
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
    if (geo.type === 1 || parts.length === 1) {
      this.refs.set(refKey, this.country(geo.fullName));
      return;
    }
    const head = parts[0] as string;
    const country = this.country(parts[parts.length - 1] as string);
    const countryId = 'curatedId' in country ? country.curatedId : undefined;
    const curated = this.context
      .curatedPlacesNamed(head)
      .filter(
        (place) => place.kind !== 'COUNTRY' && (place.country === undefined || place.country === countryId),
      )
      .sort((a, b) => compareStrings(a.id, b.id))[0];
    if (curated) {
      this.curatedUsed.add(curated.id);
      this.refs.set(refKey, { curatedId: curated.id });
      return;
    }
    const key = `place:${nameKey(geo.fullName)}`;
    if (!this.places.has(key)) {
      this.places.set(key, {
        key,
        name: head,
        kind: KIND_BY_GEO_TYPE[geo.type] ?? 'OTHER',
        fullName: geo.fullName,
        country,
      });
    }
    this.refs.set(refKey, { key });
  }

  private country(name: string): { curatedId: string } | { key: string } {
    const curated = this.context
      .curatedPlacesNamed(name)
      .filter((place) => place.kind === 'COUNTRY')
      .sort((a, b) => compareStrings(a.id, b.id))[0];
    if (curated) {
      this.curatedUsed.add(curated.id);
      return { curatedId: curated.id };
    }
    const key = `place:${nameKey(name)}`;
    if (!this.places.has(key)) this.places.set(key, { key, name, kind: 'COUNTRY', fullName: name });
    return { key };
  }

  /** Assigns ids to the new places: gdelt-place-<slug>, with a hash when two would share one. */
  private assign(): Map<string, string> {
    if (this.ids) return this.ids;
    const byDesired = new Map<string, string[]>();
    for (const place of this.places.values()) {
      const desired = `gdelt-place-${slugify(place.fullName) || shortHash(place.fullName, 8)}`;
      byDesired.set(desired, [...(byDesired.get(desired) ?? []), place.key]);
    }
    const ids = new Map<string, string>();
    for (const [desired, keys] of byDesired) {
      for (const key of keys) {
        const unique = keys.length === 1 && !this.context.foreignPlaceIds.has(desired);
        ids.set(key, unique ? desired : `${desired}-${shortHash(key, 6)}`);
      }
    }
    this.ids = ids;
    return ids;
  }

  /** The place id of a geo added before. */
  id(geo: GdeltGeo): string {
    const ref = this.refs.get(`${geo.type}|${geo.fullName}`);
    if (!ref) throw new Error(`internal: place ${geo.fullName} not resolved`);
    return 'curatedId' in ref ? ref.curatedId : (this.assign().get(ref.key) as string);
  }

  /** The places to declare, by id. */
  entries(): PlaceEntry[] {
    const ids = this.assign();
    return [...this.places.values()]
      .map((place): PlaceEntry => {
        const country =
          place.country === undefined
            ? undefined
            : 'curatedId' in place.country
              ? place.country.curatedId
              : ids.get(place.country.key);
        return {
          id: ids.get(place.key) as string,
          name: place.name,
          kind: place.kind,
          ...(country !== undefined ? { country } : {}),
          aliases: place.fullName !== place.name ? [place.fullName] : [],
        };
      })
      .sort((a, b) => compareStrings(a.id, b.id));
  }

  get newCount(): number {
    return this.places.size;
  }
}
