import {
  identityOf,
  LOOKUP_NAMES,
  LOOKUPS,
  type LookupName,
  type PlannedRecords,
  type PlanRecord,
} from '../../domain/read-plan';

/**
 * Collects, key by key, what the lookups of a planned read answered. A key is
 * answered once: later answers for it (the same records, reached again by
 * another branch of a plan) are ignored. Each key keeps the records in the
 * order its answer gave them, as a by-ids read grouped by key would.
 */
export class PlannedRecordsBuilder {
  private readonly answers = new Map<LookupName, Map<string, PlanRecord[]>>(
    LOOKUP_NAMES.map((name) => [name, new Map()]),
  );

  has(lookup: LookupName, key: string): boolean {
    return this.table(lookup).has(key);
  }

  /** Records the lookup's answer for `keys`: each key gets the records that answer to it. */
  answer(lookup: LookupName, keys: Iterable<string>, records: readonly PlanRecord[]): void {
    const table = this.table(lookup);
    const groups = new Map<string, PlanRecord[]>();
    for (const key of keys) if (!table.has(key)) groups.set(key, []);
    if (groups.size === 0) return;
    const { kind, keysOf } = LOOKUPS[lookup];
    const seen = new Set<string>();
    for (const record of records) {
      const identity = identityOf(kind, record);
      if (seen.has(identity)) continue;
      seen.add(identity);
      for (const key of (keysOf as (record: PlanRecord) => readonly string[])(record)) {
        groups.get(key)?.push(record);
      }
    }
    for (const [key, group] of groups) table.set(key, group);
  }

  /** The records answering these keys, each once, in the order of the keys. */
  recordsFor(lookup: LookupName, keys: Iterable<string>): PlanRecord[] {
    const table = this.table(lookup);
    const { kind } = LOOKUPS[lookup];
    const found = new Map<string, PlanRecord>();
    for (const key of keys) {
      for (const record of table.get(key) ?? []) found.set(identityOf(kind, record), record);
    }
    return [...found.values()];
  }

  build(): PlannedRecords {
    return Object.fromEntries(
      LOOKUP_NAMES.map((name) => [name, { answers: this.table(name) }]),
    ) as unknown as PlannedRecords;
  }

  private table(lookup: LookupName): Map<string, PlanRecord[]> {
    return this.answers.get(lookup) as Map<string, PlanRecord[]>;
  }
}
