import { InvalidArgumentError } from '../domain/errors';
import type { ActorSummary, EventSummary, ParticipationRecord, TieRecord } from '../domain/graph';
import { isOpen, tieInWindow, type TimeWindow } from '../domain/time-window';
import type { GraphStore, PageSlice } from '../ports/graph-store.port';
import { NeighborhoodService } from '../services/neighborhood.service';
import { PathsService } from '../services/paths.service';
import { FORMAT_SPECS, type ExportFormatId } from './formats';
import type { ExportGraph } from './model';
import {
  actorExportNode,
  documentsOfEvidence,
  eventExportNode,
  participationExportEdge,
  tieExportEdge,
} from './records';
import {
  type ExportSelectionInput,
  type ResolvedSelection,
  resolveSelection,
  selectionFileStem,
  selectionRecord,
  selectionTitle,
} from './selection';

/** The largest whole-graph export, in nodes; beyond it, export a neighbourhood or a time window. */
export const MAX_EXPORT_NODES = 50_000;
const PAGE_SIZE = 500;
const BATCH_SIZE = 500;

export interface ExportDocument {
  readonly format: ExportFormatId;
  readonly mediaType: string;
  readonly fileName: string;
  readonly content: string;
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly truncated: boolean;
}

/** Records of a subgraph before flattening: nodes in order, edges by id. */
interface Collected {
  readonly actors: readonly ActorSummary[];
  readonly events: readonly EventSummary[];
  readonly participations: readonly ParticipationRecord[];
  readonly ties: readonly TieRecord[];
  readonly truncated: boolean;
}

/**
 * Builds the subgraph a selection names — through the neighbourhood and paths
 * services, or for the whole graph by paging through actors and events with the
 * port's keyset pagination and reading their participations and ties in batches —
 * resolves every element's evidence to its documents, and renders it.
 */
export class ExportService {
  constructor(
    private readonly store: GraphStore,
    private readonly neighborhoods: NeighborhoodService = new NeighborhoodService(store),
    private readonly paths: PathsService = new PathsService(store),
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  async export(
    format: ExportFormatId,
    input: ExportSelectionInput | null | undefined,
  ): Promise<ExportDocument> {
    const spec = FORMAT_SPECS[format];
    const selection = resolveSelection(input);
    const graph = await this.graph(selection);
    return {
      format,
      mediaType: spec.mediaType,
      fileName: `${selectionFileStem(selection)}${spec.suffix}`,
      content: spec.render(graph),
      nodeCount: graph.nodes.length,
      edgeCount: graph.edges.length,
      truncated: graph.truncated,
    };
  }

  /** The flattened subgraph of a selection, every attribute resolved. */
  async graph(selection: ResolvedSelection): Promise<ExportGraph> {
    const window: TimeWindow = { from: selection.from, to: selection.to };
    const collected =
      selection.mode === 'GRAPH'
        ? await this.wholeGraph(window)
        : selection.mode === 'NEIGHBORHOOD'
          ? await this.neighborhood(selection.ids, selection.depth, selection.limit, window)
          : await this.pathUnion(selection, window);
    const evidenceIds = [
      ...new Set(
        [...collected.actors, ...collected.events, ...collected.participations, ...collected.ties].flatMap(
          (r) => r.evidenceIds,
        ),
      ),
    ];
    const evidence = await batched(evidenceIds, (ids) => this.store.evidenceByIds(ids));
    const documentsOf = documentsOfEvidence(evidence);
    const eventById = new Map(collected.events.map((e) => [e.id, e] as const));
    return {
      title: selectionTitle(selection),
      selection: selectionRecord(selection),
      nodes: [
        ...collected.actors.map((a) => actorExportNode(a, documentsOf)),
        ...collected.events.map((e) => eventExportNode(e, documentsOf)),
      ],
      edges: [
        ...collected.participations.map((p) =>
          participationExportEdge(p, eventById.get(p.eventId), documentsOf),
        ),
        ...collected.ties.map((t) => tieExportEdge(t, documentsOf)),
      ],
      truncated: collected.truncated,
      generated: this.today(),
    };
  }

  /**
   * Every actor and event with their participations and ties. With a time
   * window: the events overlapping it, the ties in force during it, and the
   * actors that take part in one of those (an actor with nothing in the window
   * is left out).
   */
  private async wholeGraph(window: TimeWindow): Promise<Collected> {
    const allActors = await this.everything(MAX_EXPORT_NODES, (after) =>
      this.store.listActors({ kinds: [], nameContains: null, after, limit: PAGE_SIZE }),
    );
    const events = await this.everything(MAX_EXPORT_NODES - allActors.length, (after) =>
      this.store.listEvents({
        types: [],
        participantId: null,
        from: window.from,
        to: window.to,
        after,
        limit: PAGE_SIZE,
      }),
    );
    const actorIds = new Set(allActors.map((a) => a.id));
    const participations = (
      await batched(
        events.map((e) => e.id),
        (ids) => this.store.participationsByEventIds(ids),
      )
    ).filter((p) => actorIds.has(p.actorId));
    const ties = uniqueById(await batched([...actorIds], (ids) => this.store.tiesByActorIds(ids))).filter(
      (t) => actorIds.has(t.sourceId) && actorIds.has(t.targetId) && tieInWindow(t, window),
    );
    let actors = allActors;
    if (!isOpen(window)) {
      const linked = new Set([
        ...participations.map((p) => p.actorId),
        ...ties.flatMap((t) => [t.sourceId, t.targetId]),
      ]);
      actors = allActors.filter((a) => linked.has(a.id));
    }
    return { actors, events, participations: uniqueById(participations), ties, truncated: false };
  }

  /** Pages through a keyset-paginated list to its end; refuses lists longer than `max`. */
  private async everything<T extends { sortKey: string }>(
    max: number,
    page: (after: string | null) => Promise<PageSlice<T>>,
  ): Promise<T[]> {
    const items: T[] = [];
    let after: string | null = null;
    for (;;) {
      const slice: PageSlice<T> = await page(after);
      if (slice.totalCount > max) {
        throw new InvalidArgumentError(
          `the graph is too large to export whole (over ${MAX_EXPORT_NODES} nodes); ` +
            'export a neighbourhood (ids), paths (fromId, toId) or a time window (from, to)',
        );
      }
      items.push(...slice.items);
      const last = slice.items[slice.items.length - 1];
      if (!slice.hasMore || last === undefined) return items;
      after = last.sortKey;
    }
  }

  private async neighborhood(
    ids: readonly string[],
    depth: number,
    limit: number,
    window: TimeWindow,
  ): Promise<Collected> {
    const subgraph = await this.neighborhoods.neighborhood({ ids, depth, limit, filter: window });
    return {
      actors: subgraph.nodes.flatMap((n) => (n.kind === 'ACTOR' ? [n.actor] : [])),
      events: subgraph.nodes.flatMap((n) => (n.kind === 'EVENT' ? [n.event] : [])),
      participations: subgraph.edges.flatMap((e) => (e.kind === 'PARTICIPATION' ? [e.participation] : [])),
      ties: subgraph.edges.flatMap((e) => (e.kind === 'TIE' ? [e.tie] : [])),
      truncated: subgraph.truncated,
    };
  }

  /** The nodes and edges of the paths, each once, in the order the paths visit them. */
  private async pathUnion(
    selection: Extract<ResolvedSelection, { mode: 'PATHS' }>,
    window: TimeWindow,
  ): Promise<Collected> {
    const paths = await this.paths.paths({
      fromId: selection.fromId,
      toId: selection.toId,
      maxHops: selection.maxHops,
      first: selection.first,
      filter: window,
    });
    // The paths come with their nodes' summaries, each node kept once in visiting order.
    const nodes = uniqueById(paths.flatMap((p) => p.nodes));
    const actors = nodes.flatMap((n) => (n.kind === 'ACTOR' ? [n.actor] : []));
    const events = nodes.flatMap((n) => (n.kind === 'EVENT' ? [n.event] : []));
    // Every relationship of every step, parallel ones included: the file shows what the paths stand on.
    const steps = paths.flatMap((p) => p.parallel.flat());
    return {
      actors,
      events,
      participations: uniqueById(steps.flatMap((s) => (s.kind === 'PARTICIPATION' ? [s.participation] : []))),
      ties: uniqueById(steps.flatMap((s) => (s.kind === 'TIE' ? [s.tie] : []))),
      truncated: false,
    };
  }
}

/** One store call per batch of ids, one after the other, so a large export holds one connection at a time. */
async function batched<T>(ids: readonly string[], read: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += BATCH_SIZE) out.push(...(await read(ids.slice(i, i + BATCH_SIZE))));
  return out;
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item] as const)).values()];
}
