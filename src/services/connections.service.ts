import { InvalidArgumentError, NotFoundError } from '../domain/errors';
import type { ActorRecord, EventSummary, ParticipationRecord, TieRecord } from '../domain/graph';
import type { GraphStore } from '../ports/graph-store.port';

export const MAX_COMMON_CONNECTIONS = 50;
/** Participations read per actor; a hub's older events beyond this are not considered. */
const PARTICIPATIONS_PER_ACTOR = 5000;

/** How an actor reaches a connection: a tie, or an event both took part in. */
export type Link =
  | { readonly kind: 'TIE'; readonly tie: TieRecord }
  | {
      readonly kind: 'SHARED_EVENT';
      readonly event: EventSummary;
      readonly own: ParticipationRecord;
      readonly theirs: ParticipationRecord;
    };

export interface CommonConnection {
  readonly actor: ActorRecord;
  /** Independent documents that support the links on both sides. */
  readonly strength: number;
  readonly documentIds: string[];
  readonly viaA: Link[];
  readonly viaB: Link[];
}

/**
 * Actors linked to both A and B, directly by a tie or through an event they
 * shared, ranked by how many independent documents support those links.
 */
export class ConnectionsService {
  constructor(private readonly store: GraphStore) {}

  async common(aId: string, bId: string, first: number | null | undefined): Promise<CommonConnection[]> {
    const limit = first ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_COMMON_CONNECTIONS) {
      throw new InvalidArgumentError(`first must be between 1 and ${MAX_COMMON_CONNECTIONS}`);
    }
    if (aId === bId) throw new InvalidArgumentError('aId and bId must be different actors');
    const known = new Set((await this.store.actorsByIds([aId, bId])).map((a) => a.id));
    for (const id of [aId, bId]) if (!known.has(id)) throw new NotFoundError(`no actor with id "${id}"`);

    const [ties, ownWithEvents] = await Promise.all([
      this.store.tiesByActorIds([aId, bId]),
      this.store.participationsWithEventsByActorIds([aId, bId], PARTICIPATIONS_PER_ACTOR * 2),
    ]);
    const own = ownWithEvents.map((row) => row.participation);
    const eventById = new Map(ownWithEvents.map(({ event }) => [event.id, event] as const));
    const everyone = (
      await this.store.participationsWithActorsByEventIds(
        [...eventById.keys()],
        PARTICIPATIONS_PER_ACTOR * 12,
      )
    ).map((row) => row.participation);

    const links = new Map<string, { viaA: Link[]; viaB: Link[] }>();
    const add = (side: 'viaA' | 'viaB', other: string, link: Link) => {
      if (other === aId || other === bId) return;
      const entry = links.get(other) ?? { viaA: [], viaB: [] };
      entry[side].push(link);
      links.set(other, entry);
    };
    for (const tie of ties) {
      for (const [self, side] of [
        [aId, 'viaA'],
        [bId, 'viaB'],
      ] as const) {
        if (tie.sourceId === self) add(side, tie.targetId, { kind: 'TIE', tie });
        if (tie.targetId === self) add(side, tie.sourceId, { kind: 'TIE', tie });
      }
    }
    for (const mine of own) {
      const side = mine.actorId === aId ? 'viaA' : 'viaB';
      const event = eventById.get(mine.eventId);
      if (!event) continue;
      for (const theirs of everyone) {
        if (theirs.eventId === mine.eventId && theirs.actorId !== mine.actorId) {
          add(side, theirs.actorId, { kind: 'SHARED_EVENT', event, own: mine, theirs });
        }
      }
    }
    const both = [...links.entries()].filter(([, l]) => l.viaA.length > 0 && l.viaB.length > 0);
    if (both.length === 0) return [];

    const actors = await this.store.actorsByIds(both.map(([id]) => id));
    const actorById = new Map(actors.map((a) => [a.id, a] as const));
    return both
      .flatMap(([id, l]) => {
        const actor = actorById.get(id);
        if (!actor) return [];
        const documentIds = [...new Set([...l.viaA, ...l.viaB].flatMap(linkDocumentIds))].sort();
        return [{ actor, strength: documentIds.length, documentIds, viaA: l.viaA, viaB: l.viaB }];
      })
      .sort(
        (x, y) =>
          y.strength - x.strength ||
          y.viaA.length + y.viaB.length - (x.viaA.length + x.viaB.length) ||
          (x.actor.sortKey < y.actor.sortKey ? -1 : 1),
      )
      .slice(0, limit);
  }
}

/** The documents that attest a link: a tie's, or both participations in a shared event. */
export function linkDocumentIds(link: Link): readonly string[] {
  return link.kind === 'TIE' ? link.tie.documentIds : [...link.own.documentIds, ...link.theirs.documentIds];
}
