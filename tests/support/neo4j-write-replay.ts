import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphBatch } from '../../src/domain/graph';
import { planWrites } from '../../src/adapters/shared/write-plan';

/**
 * The graph our Neo4j adapter would leave in Neo4j for a batch, built without a
 * server: the adapter's own write plan, each step's rows replayed through its
 * cypher/neo4j/write_*.cypher file. The files follow a few forms (UNWIND rows;
 * MATCH or MERGE a node by one key; MERGE a relationship between bound nodes;
 * SET properties from the row), which are read from the text, so labels,
 * relationship types, directions and property names come from the very
 * queries the adapter runs. A form outside these fails loudly.
 *
 * Used by the unit tests of the side-by-side benchmark, whose peer reads this
 * graph through its own type definitions.
 */
export interface StoredNode {
  readonly label: string;
  readonly props: Record<string, unknown>;
}

export interface StoredRelationship {
  readonly type: string;
  readonly from: StoredNode;
  readonly to: StoredNode;
  readonly props: Record<string, unknown>;
}

export class StoredGraph {
  private readonly byKey = new Map<string, StoredNode>();
  private readonly byLabel = new Map<string, StoredNode[]>();
  readonly relationships: StoredRelationship[] = [];
  private readonly outgoing = new Map<StoredNode, StoredRelationship[]>();
  private readonly incoming = new Map<StoredNode, StoredRelationship[]>();

  nodes(label: string): readonly StoredNode[] {
    return this.byLabel.get(label) ?? [];
  }

  find(label: string, key: string, value: unknown): StoredNode | undefined {
    return this.byKey.get(nodeKey(label, key, value));
  }

  merge(label: string, key: string, value: unknown): StoredNode {
    const existing = this.find(label, key, value);
    if (existing) return existing;
    const node: StoredNode = { label, props: { [key]: value } };
    this.byKey.set(nodeKey(label, key, value), node);
    this.byLabel.set(label, [...this.nodes(label), node]);
    return node;
  }

  /** Relationships of `type` leaving (OUT) or reaching (IN) the node, in write order. */
  relationshipsOf(node: StoredNode, type: string, direction: 'IN' | 'OUT'): StoredRelationship[] {
    const all = (direction === 'OUT' ? this.outgoing : this.incoming).get(node) ?? [];
    return all.filter((rel) => rel.type === type);
  }

  mergeRelationship(
    type: string,
    from: StoredNode,
    to: StoredNode,
    key: Record<string, unknown>,
  ): StoredRelationship {
    const existing = this.relationshipsOf(from, type, 'OUT').find(
      (rel) => rel.to === to && Object.entries(key).every(([name, value]) => rel.props[name] === value),
    );
    if (existing) return existing;
    const rel: StoredRelationship = { type, from, to, props: { ...key } };
    this.relationships.push(rel);
    this.outgoing.set(from, [...(this.outgoing.get(from) ?? []), rel]);
    this.incoming.set(to, [...(this.incoming.get(to) ?? []), rel]);
    return rel;
  }
}

const nodeKey = (label: string, key: string, value: unknown): string =>
  `${label}\u0000${key}\u0000${String(value)}`;

const CYPHER_ROOT = path.resolve(__dirname, '..', '..', 'cypher', 'neo4j');

/** The graph `writeGraph(batch)` leaves in an empty Neo4j database. */
export function replayWrites(batch: GraphBatch, cypherRoot = CYPHER_ROOT): StoredGraph {
  const graph = new StoredGraph();
  for (const step of planWrites(batch)) {
    const text = readFileSync(path.join(cypherRoot, `${step.query}.cypher`), 'utf8');
    const clauses = clausesOf(text, step.query);
    for (const row of step.rows) replayRow(graph, clauses, row, step.query);
  }
  return graph;
}

interface Clause {
  readonly keyword: 'UNWIND' | 'MATCH' | 'MERGE' | 'SET' | 'WITH' | 'RETURN';
  readonly body: string;
}

function clausesOf(text: string, query: string): Clause[] {
  const code = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = code.split(/\b(UNWIND|MATCH|MERGE|SET|WITH|RETURN)\b/).slice(1);
  const clauses: Clause[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    clauses.push({ keyword: parts[i] as Clause['keyword'], body: (parts[i + 1] ?? '').trim() });
  }
  if (clauses[0]?.keyword !== 'UNWIND' || clauses[0].body !== '$rows AS r') {
    throw new Error(`${query}: expected to start with UNWIND $rows AS r`);
  }
  return clauses;
}

const NODE = /^\((\w+):(\w+) \{(\w+): r\.(\w+)\}\)$/;
const RELATIONSHIP = /^\((\w+)\)-\[(\w*):(\w+)(?: \{(\w+): r\.(\w+)\})?\]->\((\w+)\)$/;
const ASSIGNMENT = /^(\w+)\.(\w+) = (?:r\.(\w+)|toInteger\(r\.(\w+)\))$/;

function replayRow(
  graph: StoredGraph,
  clauses: readonly Clause[],
  row: Record<string, unknown>,
  query: string,
): void {
  const bound = new Map<string, StoredNode | StoredRelationship>();
  for (const { keyword, body } of clauses.slice(1)) {
    if (keyword === 'WITH' || keyword === 'RETURN') continue;
    if (keyword === 'SET') {
      for (const assignment of body.split(/,\s*/)) {
        const match = ASSIGNMENT.exec(assignment.trim());
        if (!match) throw new Error(`${query}: unsupported SET ${assignment}`);
        const [, variable, property, field, integerField] = match as unknown as [
          string,
          string,
          string,
          string?,
          string?,
        ];
        const target = bound.get(variable);
        if (!target) throw new Error(`${query}: ${variable} is not bound`);
        const value = row[(field ?? integerField) as string];
        target.props[property] =
          integerField !== undefined && typeof value === 'number' ? Math.trunc(value) : (value ?? null);
      }
      continue;
    }
    const node = NODE.exec(body);
    if (node) {
      const [, variable, label, key, field] = node as unknown as [string, string, string, string, string];
      const value = row[field];
      const found = keyword === 'MERGE' ? graph.merge(label, key, value) : graph.find(label, key, value);
      // A MATCH that finds nothing drops the row, as in Cypher.
      if (!found) return;
      bound.set(variable, found);
      continue;
    }
    const rel = keyword === 'MERGE' ? RELATIONSHIP.exec(body) : null;
    if (rel) {
      const [, fromVar, variable, type, key, field, toVar] = rel as unknown as (string | undefined)[] as [
        string,
        string,
        string,
        string,
        string | undefined,
        string | undefined,
        string,
      ];
      const from = bound.get(fromVar);
      const to = bound.get(toVar);
      if (!from || !to || !('label' in from) || !('label' in to)) {
        throw new Error(`${query}: ${fromVar} or ${toVar} is not a bound node`);
      }
      const made = graph.mergeRelationship(type, from, to, key ? { [key]: row[field as string] } : {});
      if (variable) bound.set(variable, made);
      continue;
    }
    throw new Error(`${query}: unsupported ${keyword} ${body}`);
  }
}
