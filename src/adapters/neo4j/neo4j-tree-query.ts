import {
  checkPlan,
  relationOf,
  targetKind,
  type PlanKind,
  type PlanRecord,
  type ReadPlan,
} from '../../domain/read-plan';
import { ROOT_LOOKUPS, rootKindOf, type PlannedRead, type RootKind } from '../../ports/graph-store.port';
import type { CypherCatalog, QueryName } from '../shared/cypher-catalog';
import { LOOKUP_QUERIES, pageQueries, toRecord } from '../shared/lookup-queries';
import type { PlannedRecordsBuilder } from '../shared/planned-records';
import type { Row } from '../shared/record-mappers';

/** How each kind's record is projected (the fields its by-ids query returns). */
const RECORD_TEMPLATES: { readonly [K in PlanKind]: QueryName } = {
  actor: 'tree_record_node',
  event: 'tree_record_node',
  statement: 'tree_record_node',
  document: 'tree_record_node',
  place: 'tree_record_node',
  claim: 'tree_record_node',
  evidence: 'tree_record_evidence',
  participation: 'tree_record_participation',
  tie: 'tree_record_tie',
  about: 'tree_record_about',
};

/** The COLLECT subquery (or list) that follows each relation of a plan. */
const RELATION_TEMPLATES: { readonly [K in PlanKind]: Readonly<Record<string, QueryName>> } = {
  actor: {
    ties: 'tree_actor_ties',
    participations: 'tree_actor_participations',
    statements: 'tree_actor_statements',
    aboutLinks: 'tree_actor_about_links',
    claims: 'tree_subject_claims',
    evidence: 'tree_evidence_of',
  },
  event: {
    place: 'tree_event_place',
    participants: 'tree_event_participants',
    claims: 'tree_subject_claims',
    statements: 'tree_event_statements',
    evidence: 'tree_evidence_of',
  },
  statement: {
    speaker: 'tree_statement_speaker',
    aboutLinks: 'tree_statement_about_links',
    event: 'tree_statement_event',
    document: 'tree_document_of',
    evidence: 'tree_evidence_of',
  },
  document: { author: 'tree_document_author', spans: 'tree_document_spans' },
  place: { country: 'tree_place_country' },
  evidence: {
    document: 'tree_document_of',
    event: 'tree_fact_event',
    statement: 'tree_fact_statement',
    claim: 'tree_fact_claim',
    actor: 'tree_fact_actor',
  },
  claim: {
    document: 'tree_document_of',
    event: 'tree_claim_event',
    actor: 'tree_claim_actor',
    evidence: 'tree_evidence_of',
  },
  participation: { actor: 'tree_start_node', event: 'tree_end_node', evidence: 'tree_evidence_of' },
  tie: { source: 'tree_start_node', target: 'tree_end_node', evidence: 'tree_evidence_of' },
  about: { statement: 'tree_start_node', actor: 'tree_end_node' },
};

/** Node labels of the root kinds: the only labels written into a composed query. */
const ROOT_LABELS: { readonly [K in RootKind]: string } = {
  actor: 'Actor',
  event: 'Event',
  statement: 'Statement',
  document: 'Document',
  tie: 'TIE',
};

/** How a root query's records are found again: nodes by label and id; ties from their source (tree_root_tie). */
const ROOT_TEMPLATES: { readonly [K in RootKind]: QueryName } = {
  actor: 'tree_root',
  event: 'tree_root',
  statement: 'tree_root',
  document: 'tree_root',
  tie: 'tree_root_tie',
};

/** One planned read as one Neo4j query, and for a page the count query to run beside it. */
export interface TreeQuery {
  readonly kind: RootKind;
  readonly text: string;
  /** The root query's parameters; a page's `limit` is left to the adapter (a Cypher INTEGER). */
  readonly params: Record<string, unknown>;
  readonly page: {
    readonly count: QueryName;
    readonly countParams: Record<string, unknown>;
    readonly limit: number;
  } | null;
}

/**
 * Composes the query of a planned read: the root query of the catalogue,
 * unchanged, inside `CALL () {}`; then each root record's map of its record and
 * its relations, each relation a COLLECT subquery whose items are maps of the
 * same shape, as deep as the plan. Variables are generated (`n0`, `n1`…), the
 * pieces come from the catalogue, and every value stays a parameter.
 */
export function treeQuery(catalog: CypherCatalog, read: PlannedRead): TreeQuery {
  const kind = rootKindOf(read.root);
  checkPlan(kind, read.plan);
  let count = 0;
  const nextVariable = () => `n${count++}`;
  const fields = (owner: PlanKind, plan: ReadPlan, item: string): string => {
    const parts = [`record: ${catalog.template(RECORD_TEMPLATES[owner], { item })}`];
    for (const [relation, below] of Object.entries(plan)) {
      relationOf(owner, relation);
      const child = nextVariable();
      const template = RELATION_TEMPLATES[owner][relation] as QueryName;
      const nested = fields(targetKind(owner, relation), below, child);
      parts.push(`${relation}: ${catalog.template(template, { owner: item, item: child, fields: nested })}`);
    }
    return `{${parts.join(', ')}}`;
  };
  const root = nextVariable();
  const compose = (roots: QueryName) =>
    catalog.template(ROOT_TEMPLATES[kind], {
      roots: catalog.get(roots),
      label: ROOT_LABELS[kind],
      item: root,
      fields: fields(kind, read.plan, root),
    });
  if (read.root.by === 'ids') {
    return {
      kind,
      text: compose(LOOKUP_QUERIES[ROOT_LOOKUPS[kind]].query),
      params: { ids: [...new Set(read.root.ids)] },
      page: null,
    };
  }
  const page = pageQueries(read.root);
  return {
    kind,
    text: compose(page.list),
    params: page.listParams,
    page: { count: page.count, countParams: page.countParams, limit: page.limit },
  };
}

/**
 * Walks the items a tree query returned, giving each relation's records to the
 * builder as the answer of its lookup for the keys the owner names. Returns
 * the records of the items themselves.
 */
export function collectTree(
  builder: PlannedRecordsBuilder,
  kind: PlanKind,
  plan: ReadPlan,
  items: readonly Row[],
): PlanRecord[] {
  const records = items.map((item) => toRecord(kind, item['record'] as Row));
  for (const [relation, below] of Object.entries(plan)) {
    const { lookup, keys } = relationOf(kind, relation);
    const reached = targetKind(kind, relation);
    items.forEach((item, index) => {
      const children = Array.isArray(item[relation]) ? (item[relation] as Row[]) : [];
      const found = collectTree(builder, reached, below, children);
      builder.answer(lookup, keys(records[index] as never), found);
    });
  }
  return records;
}
