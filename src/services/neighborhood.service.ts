import { InvalidArgumentError, NotFoundError } from '../domain/errors';
import type { NodeSummary, ParticipationRecord, TieRecord } from '../domain/graph';
import type { GraphStore } from '../ports/graph-store.port';
import { eventPasses, tiePasses, toGraphFilter, type GraphFilterArgs } from './graph-filter';

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_NODES = 2000;
export const DEFAULT_NEIGHBORHOOD_NODES = 500;
const MAX_SEEDS = 50;

export type SubgraphEdge =
  | { readonly kind: 'PARTICIPATION'; readonly id: string; readonly participation: ParticipationRecord }
  | { readonly kind: 'TIE'; readonly id: string; readonly tie: TieRecord };

export interface Subgraph {
  /** Nodes carry summaries: what a drawn graph shows (full records are a lookup by id away). */
  readonly nodes: NodeSummary[];
  readonly edges: SubgraphEdge[];
  /** True when the node budget cut the exploration short. */
  readonly truncated: boolean;
}

export interface NeighborhoodArgs {
  readonly ids: readonly string[];
  readonly depth?: number | null;
  readonly limit?: number | null;
  readonly filter?: (GraphFilterArgs & { readonly minEvidence?: number | null }) | null;
}

/**
 * The subgraph around actors or events, breadth first over participations and
 * ties, `depth` relationship hops out. Each level costs a fixed number of batched
 * store calls; a node budget keeps hub actors from flooding a visualisation.
 */
export class NeighborhoodService {
  constructor(private readonly store: GraphStore) {}

  async neighborhood(args: NeighborhoodArgs): Promise<Subgraph> {
    const depth = args.depth ?? 1;
    const limit = args.limit ?? DEFAULT_NEIGHBORHOOD_NODES;
    const minEvidence = args.filter?.minEvidence ?? 0;
    if (args.ids.length === 0 || args.ids.length > MAX_SEEDS) {
      throw new InvalidArgumentError(`ids must name 1 to ${MAX_SEEDS} actors or events`);
    }
    if (!Number.isInteger(depth) || depth < 0 || depth > MAX_NEIGHBORHOOD_DEPTH) {
      throw new InvalidArgumentError(`depth must be between 0 and ${MAX_NEIGHBORHOOD_DEPTH}`);
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBORHOOD_NODES) {
      throw new InvalidArgumentError(`limit must be between 1 and ${MAX_NEIGHBORHOOD_NODES}`);
    }
    if (!Number.isInteger(minEvidence) || minEvidence < 0) {
      throw new InvalidArgumentError('filter.minEvidence must be a non-negative integer');
    }
    const filter = toGraphFilter(args.filter);

    const nodes = new Map<string, NodeSummary>();
    const edges = new Map<string, SubgraphEdge>();
    const seeds = [...new Set(args.ids)];
    const [seedActors, seedEvents] = await Promise.all([
      this.store.actorsByIds(seeds),
      this.store.eventsByIds(seeds),
    ]);
    for (const actor of seedActors) nodes.set(actor.id, { kind: 'ACTOR', id: actor.id, actor });
    for (const event of seedEvents) nodes.set(event.id, { kind: 'EVENT', id: event.id, event });
    const missing = seeds.filter((id) => !nodes.has(id));
    if (missing.length > 0)
      throw new NotFoundError(`no actor or event with id ${missing.map((id) => `"${id}"`).join(', ')}`);

    let frontier = [...nodes.values()];
    let truncated = false;
    for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
      const budget = limit - nodes.size;
      const actorIds = frontier.filter((n) => n.kind === 'ACTOR').map((n) => n.id);
      const eventIds = frontier.filter((n) => n.kind === 'EVENT').map((n) => n.id);
      // One row more than the budget tells whether it was exceeded. From events,
      // each may also lead back to an actor already in the subgraph.
      const [fromActors, fromEvents, fromTies] = await Promise.all([
        this.store.participationsWithEventsByActorIds(actorIds, budget + 1),
        this.store.participationsWithActorsByEventIds(eventIds, budget + eventIds.length + 1),
        this.store.tiesWithActorsByActorIds(actorIds, budget + 1),
      ]);
      // Stores return rows in no fixed order; sorting makes the subgraph (and
      // which nodes a budget admits) the same on every call and every store.
      const participations = [...fromActors, ...fromEvents]
        .map((row) => row.participation)
        .filter((p) => p.evidenceIds.length >= minEvidence)
        .sort(byId);
      // A tie between two frontier actors arrives once from each side.
      const keptTies = [...new Map(fromTies.map(({ tie }) => [tie.id, tie] as const)).values()]
        .filter((t) => t.evidenceIds.length >= minEvidence && tiePasses(t, filter))
        .sort(byId);

      // Participations and ties arrive with their far ends: no second lookup by id.
      const actorById = new Map([...fromEvents, ...fromTies].map(({ actor }) => [actor.id, actor] as const));
      const passingEvents = new Map(
        fromActors
          .map(({ event }) => event)
          .filter((e) => !nodes.has(e.id) && eventPasses(e, filter))
          .map((e) => [e.id, e] as const),
      );
      const knownEvent = (id: string) => passingEvents.has(id) || nodes.get(id)?.kind === 'EVENT';

      const next: NodeSummary[] = [];
      const admit = (node: NodeSummary): boolean => {
        if (nodes.has(node.id)) return true;
        if (nodes.size >= limit) {
          truncated = true;
          return false;
        }
        nodes.set(node.id, node);
        next.push(node);
        return true;
      };
      for (const p of participations) {
        if (!knownEvent(p.eventId)) continue;
        const event = passingEvents.get(p.eventId);
        if (event && !admit({ kind: 'EVENT', id: event.id, event })) continue;
        const actor = actorById.get(p.actorId);
        if (actor && !admit({ kind: 'ACTOR', id: actor.id, actor })) continue;
        if (nodes.has(p.actorId) && nodes.has(p.eventId))
          edges.set(p.id, { kind: 'PARTICIPATION', id: p.id, participation: p });
      }
      for (const t of keptTies) {
        for (const id of [t.sourceId, t.targetId]) {
          const actor = actorById.get(id);
          if (actor) admit({ kind: 'ACTOR', id, actor });
        }
        if (nodes.has(t.sourceId) && nodes.has(t.targetId))
          edges.set(t.id, { kind: 'TIE', id: t.id, tie: t });
      }
      if (fromActors.length > budget || fromTies.length > budget) truncated = true;
      frontier = next;
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
  }
}

function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
