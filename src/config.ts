import path from 'node:path';
import { z } from 'zod';

/** Configuration comes only from the environment; see the README's table. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly graphStore: 'kuzu' | 'neo4j';
  readonly kuzuPath: string;
  /** Kuzu's page cache: what one write (one COPY of a bulk load) may hold before it commits. */
  readonly kuzuBufferPoolMb: number;
  readonly neo4j: {
    readonly uri: string;
    readonly user: string;
    readonly password: string;
    readonly database: string | undefined;
  } | null;
  readonly apiKey: string | null;
  readonly seedsDir: string;
  readonly ingestOnStart: boolean;
  readonly queryTimeoutMs: number;
  /** The longest a GraphQL request may run before it is answered with REQUEST_TIMEOUT. */
  readonly requestTimeoutMs: number;
}

export class ConfigError extends Error {}

const requestTimeoutMs = z.coerce
  .number({ error: 'must be a number of milliseconds' })
  .int('must be a whole number of milliseconds')
  .min(100, 'must be at least 100')
  .max(600000, 'must be at most 600000')
  .default(20000);

const schema = z
  .object({
    PORT: z.coerce
      .number({ error: 'must be a port number' })
      .int('must be a port number')
      .min(0, 'must be between 0 and 65535')
      .max(65535, 'must be between 0 and 65535')
      .default(4000),
    HOST: z.string().min(1).default('0.0.0.0'),
    GRAPH_STORE: z.enum(['kuzu', 'neo4j']).default('kuzu'),
    KUZU_PATH: z.string().min(1).default('./data/graph.kuzu'),
    KUZU_BUFFER_POOL_MB: z.coerce
      .number({ error: 'must be a number of megabytes' })
      .int('must be a whole number of megabytes')
      .min(64, 'must be at least 64')
      .max(1_048_576, 'must be at most 1048576')
      .default(1024),
    NEO4J_URI: z
      .string()
      .regex(
        /^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/.+/,
        'must be a bolt:// or neo4j:// URI',
      )
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).optional(),
    API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
    SEEDS_DIR: z.string().min(1).default('./seeds'),
    INGEST_ON_START: z.enum(['true', 'false']).default('true'),
    QUERY_TIMEOUT_MS: z.coerce
      .number({ error: 'must be a number of milliseconds' })
      .int('must be a whole number of milliseconds')
      .min(100, 'must be at least 100')
      .max(600000, 'must be at most 600000')
      .default(30000),
    REQUEST_TIMEOUT_MS: requestTimeoutMs,
  })
  .superRefine((env, ctx) => {
    if (env.GRAPH_STORE !== 'neo4j') return;
    if (!env.NEO4J_URI)
      ctx.addIssue({ code: 'custom', path: ['NEO4J_URI'], message: 'is required when GRAPH_STORE=neo4j' });
    if (!env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'is required when GRAPH_STORE=neo4j',
      });
    }
  });

/** Reads and checks the environment; a ConfigError message fits on one line. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  // Empty variables count as unset, as in most shells' `VAR= npm start`.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const given = present[name];
      // Values are echoed so a typo is visible, except secrets.
      const echo = given !== undefined && !/PASSWORD|API_KEY/.test(name) ? ` (got "${given}")` : '';
      return `${name} ${issue.message}${echo}`;
    });
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    graphStore: c.GRAPH_STORE,
    kuzuPath: path.resolve(c.KUZU_PATH),
    kuzuBufferPoolMb: c.KUZU_BUFFER_POOL_MB,
    neo4j:
      c.GRAPH_STORE === 'neo4j'
        ? {
            uri: c.NEO4J_URI as string,
            user: c.NEO4J_USER,
            password: c.NEO4J_PASSWORD as string,
            database: c.NEO4J_DATABASE,
          }
        : null,
    apiKey: c.API_KEY ?? null,
    seedsDir: path.resolve(c.SEEDS_DIR),
    ingestOnStart: c.INGEST_ON_START === 'true',
    queryTimeoutMs: c.QUERY_TIMEOUT_MS,
    requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
  };
}

/**
 * REQUEST_TIMEOUT_MS alone, for the HTTP layer when the composition root does
 * not pass config.requestTimeoutMs (an invalid value stops start-up in
 * loadConfig; here it falls back to the default).
 */
export function requestTimeoutFromEnv(env: NodeJS.ProcessEnv): number {
  const value = env['REQUEST_TIMEOUT_MS'];
  const parsed = requestTimeoutMs.safeParse(value === '' ? undefined : value);
  return parsed.success ? parsed.data : 20000;
}
