import type { GraphBatch } from '../../src/domain/graph';
import type { ExportGraph } from '../../src/export/model';
import {
  actorExportNode,
  documentsOfEvidence,
  eventExportNode,
  participationExportEdge,
  tieExportEdge,
} from '../../src/export/records';
import { sampleGraph } from './sample-graph';

/** The sample graph flattened for the export writers: 5 actors, 2 events, 4 participations, 1 tie. */
export function sampleExportGraph(change: (batch: GraphBatch) => GraphBatch = (b) => b): ExportGraph {
  const batch = change(sampleGraph());
  const documentsOf = documentsOfEvidence(batch.evidence);
  const events = new Map(batch.events.map((e) => [e.id, e] as const));
  return {
    title: 'polgraph: the whole graph',
    selection: { mode: 'graph' },
    nodes: [
      ...batch.actors.map((a) => actorExportNode(a, documentsOf)),
      ...batch.events.map((e) => eventExportNode(e, documentsOf)),
    ],
    edges: [
      ...batch.participations.map((p) => participationExportEdge(p, events.get(p.eventId), documentsOf)),
      ...batch.ties.map((t) => tieExportEdge(t, documentsOf)),
    ],
    truncated: false,
    generated: '2025-07-01',
  };
}

/** A tie with known bounds, for timelines: a deputy since 2020 until June 2025. */
export function withDatedTie(batch: GraphBatch): GraphBatch {
  return {
    ...batch,
    ties: [
      ...batch.ties,
      {
        id: 'tie-deputy',
        sourceId: 'shraibman',
        targetId: 'kellogg',
        type: 'DEPUTY_OF',
        role: 'deputy',
        since: '2020',
        until: '2025-06',
        former: true,
        evidenceIds: ['ev-statement'],
        documentIds: ['doc-a'],
      },
    ],
  };
}

/** Names and ids that need escaping in every format: markup, quotes, commas, a newline, a control character. */
export const NASTY_LABEL = 'A & B <"quoted">, \'single\'\nsecond line\u0001 =SUM(1) ł';
export const NASTY_ID = 'bad id/é&<x>';

export function withNastyNames(batch: GraphBatch): GraphBatch {
  return {
    ...batch,
    actors: batch.actors.map((a) => (a.id === 'kellogg' ? { ...a, id: NASTY_ID, name: NASTY_LABEL } : a)),
    participations: batch.participations.map((p) =>
      p.actorId === 'kellogg' ? { ...p, id: 'p kellogg "1"', actorId: NASTY_ID } : p,
    ),
    ties: batch.ties.map((t) => ({
      ...t,
      sourceId: t.sourceId === 'kellogg' ? NASTY_ID : t.sourceId,
      targetId: t.targetId === 'kellogg' ? NASTY_ID : t.targetId,
    })),
  };
}
