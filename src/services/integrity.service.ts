import type { GraphBatch } from '../domain/graph';
import { diffGraph, RECORD_KINDS } from '../domain/graph-diff';
import { sliceByCodePoints } from '../domain/text';
import type { FactKind } from '../domain/vocabulary';
import type { GraphStore } from '../ports/graph-store.port';

export interface IntegrityReport {
  /** Each problem in one line, naming the record. Empty when the store is sound. */
  readonly problems: readonly string[];
  readonly checked: {
    readonly documents: number;
    readonly evidence: number;
    readonly facts: number;
  };
}

/** How many problems of one kind are listed before the rest are only counted. */
const LISTED_PER_KIND = 20;

/**
 * Checks what a researcher relies on, with reads only: every index the schema
 * promises exists; every evidence span's quote is its document's text at its
 * offsets; every fact has evidence, and every span points at a fact that
 * exists; no fact is stored twice under two ids; and, given the sources' graph,
 * that the store holds exactly it.
 */
export class IntegrityService {
  constructor(private readonly store: GraphStore) {}

  async verify(sources?: GraphBatch): Promise<IntegrityReport> {
    const problems = new ProblemList();
    for (const missing of (await this.store.schemaStatus()).missing)
      problems.add('schema', `missing ${missing}`);

    const stored = await this.store.fingerprints();
    const ids = (kind: (typeof RECORD_KINDS)[number]) => [...stored[kind].keys()];
    const documents = await this.store.documentsByIds(ids('documents'));
    const texts = new Map(documents.map((d) => [d.id, d.text]));
    const evidence = await this.store.evidenceByIds(ids('evidence'));
    for (const span of evidence) {
      const text = texts.get(span.documentId);
      if (text === undefined) {
        problems.add('evidence', `evidence ${span.id}: its document ${span.documentId} is not in the store`);
      } else if (sliceByCodePoints(text, span.start, span.end) !== span.quote) {
        problems.add(
          'evidence',
          `evidence ${span.id} (${span.documentId} ${span.start}-${span.end}): the text there is not its quote "${clip(span.quote)}"`,
        );
      }
    }

    const actors = await this.store.actorsByIds(ids('actors'));
    const events = await this.store.eventsByIds(ids('events'));
    const statements = await this.store.statementsByIds(ids('statements'));
    const claims = await this.store.claimsByIds(ids('claims'));
    const participations = await this.store.participationsByEventIds(ids('events'));
    const ties = await this.store.tiesByActorIds(ids('actors'));
    const facts: [FactKind, readonly { id: string; evidenceIds: readonly string[] }[]][] = [
      ['EVENT', events],
      ['STATEMENT', statements],
      ['CLAIM', claims],
      ['PARTICIPATION', participations],
      ['TIE', ties],
      ['DOCUMENT_METADATA', documents],
    ];
    const spanIds = new Set(evidence.map((span) => span.id));
    const factIds = new Map<FactKind, Set<string>>([
      ...facts.map(([kind, records]) => [kind, new Set(records.map((r) => r.id))] as const),
      ['ACTOR_MENTION', new Set(actors.map((a) => a.id))],
    ]);
    for (const [kind, records] of facts) {
      for (const record of records) {
        // A document's own metadata may be unquoted (no title or author in the text).
        if (record.evidenceIds.length === 0 && kind !== 'DOCUMENT_METADATA') {
          problems.add('unsupported', `${label(kind)} ${record.id} has no evidence`);
        }
        const dangling = record.evidenceIds.filter((id) => !spanIds.has(id));
        if (dangling.length > 0) {
          problems.add(
            'unsupported',
            `${label(kind)} ${record.id} cites missing evidence ${dangling.join(', ')}`,
          );
        }
      }
    }
    for (const actor of actors) {
      const dangling = actor.evidenceIds.filter((id) => !spanIds.has(id));
      if (dangling.length > 0)
        problems.add('unsupported', `actor ${actor.id} cites missing evidence ${dangling.join(', ')}`);
    }
    // Search finds an actor by its spellings through the alias links, so a spelling
    // without its link hides the actor from that name (as an older update path did).
    const links = new Set(
      (await this.store.aliasLinks()).map(({ key, actorId }) => `${key}\u0000${actorId}`),
    );
    for (const actor of actors) {
      const unlinked = actor.aliasKeys.filter((key) => !links.has(`${key}\u0000${actor.id}`));
      if (unlinked.length > 0)
        problems.add(
          'aliases',
          `actor ${actor.id}: no alias link for ${unlinked.map((k) => `"${k}"`).join(', ')}`,
        );
    }
    for (const span of evidence) {
      if (!factIds.get(span.factKind)?.has(span.factId)) {
        problems.add(
          'orphan',
          `evidence ${span.id} supports ${label(span.factKind)} ${span.factId}, which is not in the store`,
        );
      }
    }

    const duplicates = (kind: string, records: readonly { id: string }[], key: (r: never) => string) => {
      const seen = new Map<string, string>();
      for (const record of records) {
        const k = key(record as never);
        const first = seen.get(k);
        if (first === undefined) seen.set(k, record.id);
        else problems.add('duplicate', `${kind} ${record.id} repeats ${kind} ${first}`);
      }
    };
    duplicates('statement', statements, (s: (typeof statements)[number]) =>
      [s.documentId, s.speakerId, s.mode, s.text].join('\u0000'),
    );
    duplicates('claim', claims, (c: (typeof claims)[number]) =>
      [c.documentId, c.subjectId, c.property, c.value, c.minimum, c.maximum].join('\u0000'),
    );
    duplicates('evidence', evidence, (v: (typeof evidence)[number]) =>
      [v.documentId, v.start, v.end, v.factKind, v.factId].join('\u0000'),
    );
    duplicates('event', events, (e: (typeof events)[number]) => [e.type, e.title, e.date].join('\u0000'));

    if (sources) {
      const changes = diffGraph(sources, stored);
      for (const kind of RECORD_KINDS) {
        const { created, updated, removed } = changes.summary[kind];
        if (created + updated + removed > 0) {
          problems.add(
            'sources',
            `${kind}: the sources have ${created} the store lacks, ${updated} that differ, and the store has ${removed} the sources no longer support`,
          );
        }
      }
    }

    const factCount = facts.reduce((sum, [, records]) => sum + records.length, 0);
    return {
      problems: problems.lines(),
      checked: { documents: documents.length, evidence: evidence.length, facts: factCount },
    };
  }
}

class ProblemList {
  private readonly byKind = new Map<string, string[]>();
  private readonly counts = new Map<string, number>();

  add(kind: string, line: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    const listed = this.byKind.get(kind) ?? [];
    if (listed.length < LISTED_PER_KIND) listed.push(line);
    this.byKind.set(kind, listed);
  }

  lines(): string[] {
    return [...this.byKind].flatMap(([kind, listed]) => {
      const more = (this.counts.get(kind) ?? 0) - listed.length;
      return more > 0 ? [...listed, `… and ${more} more ${kind} problems`] : listed;
    });
  }
}

function label(kind: FactKind): string {
  return kind.toLowerCase().replace(/_/g, ' ');
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
