import type { GraphCounts } from '../domain/graph';
import type { GraphStore } from '../ports/graph-store.port';

export interface HealthReport {
  /** `degraded` when the store lacks something it should have and could not be repaired. */
  readonly status: 'ok' | 'degraded';
  readonly store: string;
  readonly reasons: readonly string[];
  readonly counts: GraphCounts | null;
  /** What the last check found missing and rebuilt. */
  readonly repaired: readonly string[];
}

/**
 * The store's invariants: every table and index its schema files promise. Checked
 * at start and after every write; what is missing is created again (initSchema
 * is idempotent); what cannot be repaired makes /health say `degraded`, with the
 * reason, until a later check finds it whole.
 */
export class StoreHealthService {
  private repaired: readonly string[] = [];
  private unrepaired: readonly string[] = [];
  /** The last live look at the schema, kept briefly so /health stays one cheap read. */
  private lastSchema: { readonly at: number; readonly missing: readonly string[] } | null = null;

  constructor(
    private readonly store: GraphStore,
    /** How long a look at the schema holds for /health: tables and indexes change only by writes. */
    private readonly schemaTtlMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Checks, repairs what is missing, checks again. Never throws: a failure is a reason. */
  async checkAndRepair(): Promise<HealthReport> {
    try {
      const { missing } = await this.store.schemaStatus();
      if (missing.length > 0) {
        await this.store.initSchema();
        const after = await this.store.schemaStatus();
        this.repaired = missing.filter((object) => !after.missing.includes(object));
        this.unrepaired = after.missing.map((object) => `missing ${object} (repair failed)`);
        this.lastSchema = { at: this.now(), missing: after.missing };
      } else {
        this.repaired = [];
        this.unrepaired = [];
        this.lastSchema = { at: this.now(), missing };
      }
    } catch (error) {
      this.unrepaired = [`the schema could not be checked or repaired: ${messageOf(error)}`];
    }
    return this.report();
  }

  /** The current state: the counts read live, the schema as looked at within the last few seconds. */
  async report(): Promise<HealthReport> {
    const reasons = [...this.unrepaired];
    let counts: GraphCounts | null = null;
    try {
      if (this.lastSchema === null || this.now() - this.lastSchema.at > this.schemaTtlMs) {
        this.lastSchema = { at: this.now(), missing: (await this.store.schemaStatus()).missing };
      }
      for (const object of this.lastSchema.missing) {
        const reason = `missing ${object}`;
        if (!reasons.some((r) => r.startsWith(reason))) reasons.push(reason);
      }
      counts = await this.store.counts();
    } catch (error) {
      reasons.push(`the store did not answer: ${messageOf(error)}`);
    }
    return {
      status: reasons.length === 0 ? 'ok' : 'degraded',
      store: this.store.kind,
      reasons,
      counts,
      repaired: this.repaired,
    };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
