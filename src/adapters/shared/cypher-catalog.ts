import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The queries every adapter runs, by file name; both dialect folders must have all of them. */
export const QUERY_NAMES = [
  'schema',
  'fulltext_indexes',
  'write_documents',
  'write_actors',
  'write_aliases',
  'write_places',
  'write_place_countries',
  'write_events',
  'write_event_places',
  'write_participations',
  'write_ties',
  'write_statements',
  'write_statement_events',
  'write_statement_about',
  'write_claims',
  'write_claim_event_subjects',
  'write_claim_actor_subjects',
  'write_evidence',
  'write_authorship',
  'delete_participations',
  'delete_ties',
  'delete_statement_about',
  'delete_evidence',
  'delete_claims',
  'delete_statements',
  'delete_events',
  'delete_places',
  'delete_actors',
  'delete_documents',
  'delete_orphan_aliases',
  'unlink_documents',
  'unlink_actors',
  'unlink_places',
  'unlink_events',
  'unlink_statement_speakers',
  'unlink_statement_events',
  'unlink_claims',
  'unlink_evidence',
  'fingerprints_documents',
  'fingerprints_actors',
  'fingerprints_places',
  'fingerprints_events',
  'fingerprints_participations',
  'fingerprints_statements',
  'fingerprints_statement_about',
  'fingerprints_ties',
  'fingerprints_claims',
  'fingerprints_evidence',
  'graph_version',
  'write_graph_version',
  'list_tables',
  'list_indexes',
  'counts',
  'actors_by_ids',
  'actor_ids_by_name_key',
  'list_actors',
  'count_actors',
  'events_by_ids',
  'list_events',
  'count_events',
  'statements_by_ids',
  'list_statements',
  'count_statements',
  'search_statements',
  'count_search_statements',
  'list_claims',
  'count_claims',
  'documents_by_ids',
  'list_documents',
  'places_by_ids',
  'evidence_by_ids',
  'evidence_by_document_ids',
  'participations_by_event_ids',
  'participations_by_actor_ids',
  'ties_by_ids',
  'ties_by_actor_ids',
  'list_ties_by_actor',
  'count_ties_by_actor',
  'statements_by_speaker_ids',
  'statements_by_event_ids',
  'about_by_statement_ids',
  'about_by_actor_ids',
  'participations_by_actor_ids_limited',
  'participations_by_event_ids_limited',
  'ties_by_actor_ids_limited',
  'claims_by_ids',
  'claims_by_subject_ids',
  'search_text',
  'alias_links',
  'count_alias_links',
  'actor_graph_edges',
  'graph_stats',
] as const;

/**
 * Kuzu-only writes: loading an empty store with COPY (kuzu-bulk-load.ts); Neo4j has
 * no transactional bulk load and writes every batch with its write_* queries. And
 * the copies of an event's keys its participations carry (participation-event-keys.ts).
 */
export const KUZU_BULK_QUERY_NAMES = [
  'bulk_has_nodes',
  'bulk_load_begin',
  'bulk_load_end',
  'bulk_load_pending',
  'bulk_documents',
  'bulk_actors',
  'bulk_alias_keys',
  'bulk_alias_names',
  'bulk_places',
  'bulk_place_countries',
  'bulk_events',
  'bulk_event_places',
  'bulk_participations',
  'bulk_ties',
  'bulk_statements',
  'bulk_statement_speakers',
  'bulk_statement_events',
  'bulk_statement_about',
  'bulk_claims',
  'bulk_claim_event_subjects',
  'bulk_claim_actor_subjects',
  'bulk_evidence',
  'bulk_evidence_documents',
  'bulk_authorship',
  // The update path's alias keys, merged apart from their links (write_aliases.cypher).
  'write_alias_keys',
  // Kuzu copies an event's keys onto its participations (participation-event-keys.ts).
  'sync_participation_event_keys',
  'participation_columns',
  'participations_without_event_keys',
  'fill_participation_event_keys',
  // A store from before searchText made punctuation spaces gets it again (kuzu-search-texts.ts).
  'search_text_form',
  'mark_search_text_form',
  'search_text_fields_statements',
  'search_text_fields_events',
  'search_text_fields_documents',
  'fill_search_text_statements',
  'fill_search_text_events',
  'fill_search_text_documents',
  // A store that kept a relationship's lists as list columns moves them to JSON text.
  'tie_columns',
  'upgrade_relationship_lists',
] as const;
/**
 * Kuzu-only: the adjacency behind its path searches (path-index.ts), and the
 * records on the paths found. Kuzu's own path queries spend hundreds of
 * milliseconds materialising paths on large graphs.
 */
export const KUZU_PATH_QUERY_NAMES = [
  'path_index_participations',
  'path_index_ties',
  'path_participations_of_actor',
  'path_participations_of_event',
  'path_ties_from_actor',
  'path_ties_to_actor',
] as const;

/**
 * Kuzu-only: what a planned read runs instead of a by-ids query on a small
 * graph, where one pass over a table beats the keyed form (kuzu.store.ts).
 */
export const KUZU_SMALL_GRAPH_QUERY_NAMES = ['ties_by_actor_ids_scan'] as const;

/**
 * Kuzu-only: the keys of a participant's page of events and their count (or,
 * when the store knows the count, the keys alone), whose records are then read
 * by id (kuzu.store.ts): Kuzu reads every event of the participant before a
 * LIMIT otherwise.
 */
export const KUZU_HUB_QUERY_NAMES = [
  'page_event_keys_by_participant',
  'page_event_keys_by_participant_unfiltered',
  'page_event_keys_by_participant_top',
  // An actor's page of ties by their keys, then those ties read from the actor's adjacency.
  'ties_of_actor_by_ids',
  // Sibling pages of many owners with one filter and cursor, in one statement each (kuzu.store.ts).
  'page_tie_keys_by_actors',
  'ties_of_actors_by_ids',
  'page_event_keys_by_participants',
] as const;

/**
 * Neo4j-only: a participant's page of events and its count, read straight from
 * the events (Kuzu pages them by their keys: KUZU_HUB_QUERY_NAMES).
 */
export const NEO4J_PARTICIPANT_QUERY_NAMES = [
  'list_events_by_participant',
  'count_events_by_participant',
] as const;

/** Neo4j-only: its own (bidirectional) shortest-path search, and simple paths. */
export const NEO4J_PATH_QUERY_NAMES = ['shortest_paths', 'simple_paths'] as const;

/**
 * Neo4j-only: the pieces a planned read is composed of (neo4j-tree-query.ts),
 * one query per root with COLLECT subqueries for every relation of its plan.
 * They are templates: `{{slot}}`s take generated variable names, labels from a
 * fixed list, catalogue queries and other pieces (see `template`), never values.
 * Kuzu, without subqueries, runs a plan step by step with the by-ids queries.
 */
export const NEO4J_TREE_QUERY_NAMES = [
  'tree_root',
  'tree_root_tie',
  'tree_record_node',
  'tree_record_tie',
  'tree_record_participation',
  'tree_record_about',
  'tree_record_evidence',
  'tree_actor_ties',
  'tree_actor_participations',
  'tree_actor_statements',
  'tree_actor_about_links',
  'tree_subject_claims',
  'tree_evidence_of',
  'tree_event_place',
  'tree_event_participants',
  'tree_event_statements',
  'tree_statement_speaker',
  'tree_statement_about_links',
  'tree_statement_event',
  'tree_document_of',
  'tree_document_author',
  'tree_document_spans',
  'tree_place_country',
  'tree_fact_event',
  'tree_fact_statement',
  'tree_fact_claim',
  'tree_fact_actor',
  'tree_claim_event',
  'tree_claim_actor',
  'tree_start_node',
  'tree_end_node',
] as const;

export type QueryName =
  | (typeof QUERY_NAMES)[number]
  | (typeof KUZU_BULK_QUERY_NAMES)[number]
  | (typeof KUZU_PATH_QUERY_NAMES)[number]
  | (typeof KUZU_SMALL_GRAPH_QUERY_NAMES)[number]
  | (typeof KUZU_HUB_QUERY_NAMES)[number]
  | (typeof NEO4J_PATH_QUERY_NAMES)[number]
  | (typeof NEO4J_PARTICIPANT_QUERY_NAMES)[number]
  | (typeof NEO4J_TREE_QUERY_NAMES)[number];

/** Bounds written into queries, with the only values they may take. */
export const BOUND_RANGES = { maxHops: { min: 1, max: 6 } } as const;
export type BoundName = keyof typeof BOUND_RANGES;

export const DIALECTS = ['kuzu', 'neo4j'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** The queries a dialect's folder holds: the shared ones, and each store's own. */
export function queryNamesOf(dialect: Dialect): readonly QueryName[] {
  return dialect === 'kuzu'
    ? [
        ...QUERY_NAMES,
        ...KUZU_BULK_QUERY_NAMES,
        ...KUZU_PATH_QUERY_NAMES,
        ...KUZU_SMALL_GRAPH_QUERY_NAMES,
        ...KUZU_HUB_QUERY_NAMES,
      ]
    : [
        ...QUERY_NAMES,
        ...NEO4J_PATH_QUERY_NAMES,
        ...NEO4J_PARTICIPANT_QUERY_NAMES,
        ...NEO4J_TREE_QUERY_NAMES,
      ];
}

/** The project's cypher/ folder, found from this file whether run from src/ or dist/src/. */
export function defaultCypherRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'cypher');
    try {
      readdirSync(candidate);
      return candidate;
    } catch {
      dir = path.dirname(dir);
    }
  }
  throw new Error('cypher/ folder not found next to the application');
}

/**
 * The queries of one dialect, read once at start-up. A missing file fails
 * construction, so a broken deployment stops before serving anything.
 */
export class CypherCatalog {
  private readonly queries = new Map<QueryName, string>();

  constructor(
    readonly dialect: Dialect,
    root: string = defaultCypherRoot(),
  ) {
    const folder = path.join(root, dialect);
    const missing: string[] = [];
    for (const name of queryNamesOf(dialect)) {
      try {
        this.queries.set(name, stripComments(readFileSync(path.join(folder, `${name}.cypher`), 'utf8')));
      } catch {
        missing.push(`${name}.cypher`);
      }
    }
    if (missing.length > 0) throw new Error(`missing Cypher files in ${folder}: ${missing.join(', ')}`);
  }

  get(name: QueryName): string {
    return this.queries.get(name) as string;
  }

  /**
   * A query with a bound that Cypher cannot take as a parameter (the length of a
   * variable-length pattern). The value is checked against a fixed range before
   * it is written into the query; nothing else is ever substituted.
   */
  withBounds(name: QueryName, bounds: Readonly<Record<BoundName, number>>): string {
    let text = this.get(name);
    for (const [bound, value] of Object.entries(bounds) as [BoundName, number][]) {
      const { min, max } = BOUND_RANGES[bound];
      if (!Number.isInteger(value) || value < min || value > max) {
        throw new RangeError(`${bound} must be an integer from ${min} to ${max}`);
      }
      text = text.split(`{{${bound}}}`).join(String(value));
    }
    if (/\{\{\w+\}\}/.test(text)) throw new RangeError(`${name} needs a value for every bound`);
    return text;
  }

  /**
   * A template with its `{{slot}}`s filled in one pass (text put in a slot is
   * not scanned again). Every slot must be given. Slots take query text the
   * caller composed from this catalogue and generated names, never values:
   * those are always parameters.
   */
  template(name: QueryName, slots: Readonly<Record<string, string>>): string {
    return this.get(name).replace(/\{\{(\w+)\}\}/g, (_match, slot: string) => {
      const value = Object.hasOwn(slots, slot) ? slots[slot] : undefined;
      if (value === undefined) throw new RangeError(`${name} needs a value for {{${slot}}}`);
      return value;
    });
  }

  /** A file of several statements, each ending with ';' at the end of a line. */
  statements(name: QueryName): string[] {
    return this.get(name)
      .split(/;\s*(?:\n|$)/)
      .map((statement) => statement.trim())
      .filter((statement) => statement.length > 0);
  }
}

/** Whole-line `//` comments document the files; not every dialect parses them. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}
