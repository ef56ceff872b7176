import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';

/**
 * The Neo4j database a bench run writes to. On an enterprise server, unless
 * NEO4J_DATABASE names one, the bench creates a database of its own
 * (`polgraph-bench-…`) and drops it when done. Neo4j Community has one user
 * database, so there the bench claims it only while it is empty (no node of any label), marks it with a
 * `PolgraphBenchMarker` node, and on release removes everything in it, all of
 * which it wrote. A database holding anything else is refused; one holding only
 * what an interrupted run left is wiped only when `--neo4j-wipe-marker` names
 * that run's marker.
 */
export interface Neo4jTarget {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database?: string;
}

export const NEO4J_SKIP =
  'skipped: NEO4J_URI is not set (start Neo4j 5.26, e.g. `docker compose up neo4j`, and set NEO4J_URI and NEO4J_PASSWORD)';

/** The server named by the environment, or null without NEO4J_URI. */
export function neo4jTargetFrom(env: NodeJS.ProcessEnv): Neo4jTarget | null {
  const uri = env['NEO4J_URI'];
  if (!uri) return null;
  const database = env['NEO4J_DATABASE'];
  return {
    uri,
    user: env['NEO4J_USER'] ?? 'neo4j',
    password: env['NEO4J_PASSWORD'] ?? '',
    ...(database ? { database } : {}),
  };
}

export type ClaimDecision =
  | { readonly action: 'claim' }
  | { readonly action: 'wipe-then-claim'; readonly marker: string }
  | { readonly action: 'refuse'; readonly reason: string };

/**
 * Whether a database with `nodes` nodes and these bench markers may be used.
 * Only an empty database is claimed; a leftover of an earlier run is wiped only
 * when the caller names its marker, and only if that run's marker is the only
 * one (two markers would mean data this run cannot vouch for).
 */
export function decideClaim(
  nodes: number,
  markers: readonly string[],
  wipeMarker: string | null,
): ClaimDecision {
  if (nodes === 0) return { action: 'claim' };
  if (wipeMarker !== null && markers.length === 1 && markers[0] === wipeMarker) {
    return { action: 'wipe-then-claim', marker: wipeMarker };
  }
  const leftover =
    markers.length === 1
      ? `; it holds what the bench run ${markers[0]} left: pass --neo4j-wipe-marker ${markers[0]} to remove it`
      : markers.length > 1
        ? `; it holds markers of several bench runs (${markers.join(', ')}): clear it by hand`
        : '';
  return {
    action: 'refuse',
    reason: `the Neo4j database holds ${nodes} nodes; the bench only writes to an empty database it owns${leftover}`,
  };
}

/** The bench's own queries, in cypher/neo4j/bench. */
type BenchQuery =
  | 'count_nodes'
  | 'bench_markers'
  | 'write_bench_marker'
  | 'wipe_database'
  | 'edition'
  | 'create_database'
  | 'drop_database';

/** cypher/neo4j/bench, found upwards from here (the sources, or dist/ once compiled). */
function benchCypherFolder(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'cypher', 'neo4j', 'bench');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('cypher/neo4j/bench not found');
  }
}

export function benchCypher(name: BenchQuery): string {
  return readFileSync(path.join(benchCypherFolder(), `${name}.cypher`), 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}

export class OwnedNeo4jDatabase {
  private constructor(
    private readonly driver: Driver,
    /** The database written to; undefined for the user's home database. */
    readonly database: string | undefined,
    readonly marker: string,
    /** The server's agent string, e.g. "Neo4j/5.26.0". */
    readonly server: string,
    /** The bench created this database, and drops it on release. */
    private readonly created: boolean,
  ) {}

  static async claim(target: Neo4jTarget, wipeMarker: string | null): Promise<OwnedNeo4jDatabase> {
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
      disableLosslessIntegers: true,
    });
    try {
      const { agent } = await driver.getServerInfo(target.database ? { database: target.database } : {});
      const server = agent ?? 'unknown';
      const marker = `bench-${randomUUID()}`;
      const own = target.database === undefined ? await createOwnDatabase(driver) : null;
      const owned = new OwnedNeo4jDatabase(driver, own ?? target.database, marker, server, own !== null);
      const nodes = Number((await owned.query('count_nodes'))[0]?.['n'] ?? 0);
      const markers = (await owned.query('bench_markers')).map((row) => String(row['id']));
      const decision = decideClaim(nodes, markers, wipeMarker);
      if (decision.action === 'refuse') throw new Error(decision.reason);
      if (decision.action === 'wipe-then-claim') await owned.wipe();
      await owned.query('write_bench_marker', { id: owned.marker, createdAt: new Date().toISOString() });
      return owned;
    } catch (error) {
      await driver.close();
      throw error;
    }
  }

  /** Drops the database the bench created, or removes everything from the one it found empty. */
  async release(): Promise<void> {
    try {
      if (this.created) {
        await this.driver.executeQuery(
          benchCypher('drop_database'),
          { name: this.database },
          { database: 'system' },
        );
      } else {
        await this.wipe();
      }
    } finally {
      await this.driver.close();
    }
  }

  private async wipe(): Promise<void> {
    // CALL … IN TRANSACTIONS runs only as an auto-commit query, so a plain session.run.
    const session = this.driver.session(this.database ? { database: this.database } : {});
    try {
      await session.run(benchCypher('wipe_database'));
    } finally {
      await session.close();
    }
  }

  private async query(
    name: BenchQuery,
    params: Record<string, unknown> = {},
  ): Promise<Record<string, unknown>[]> {
    const result = await this.driver.executeQuery(
      benchCypher(name),
      params,
      this.database ? { database: this.database } : {},
    );
    return result.records.map((record) => record.toObject() as Record<string, unknown>);
  }
}

/**
 * A new database of the bench's own, where the server allows it (enterprise);
 * null on community, or where this user may not create databases.
 */
async function createOwnDatabase(driver: Driver): Promise<string | null> {
  const { records } = await driver.executeQuery(benchCypher('edition'), {}, {});
  if (records[0]?.get('edition') !== 'enterprise') return null;
  const name = `polgraph-bench-${randomUUID().slice(0, 8)}`;
  try {
    await driver.executeQuery(benchCypher('create_database'), { name }, { database: 'system' });
    return name;
  } catch (error) {
    console.log(`cannot create a database of its own (${(error as Error).message}); using the home database`);
    return null;
  }
}
