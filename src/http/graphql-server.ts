import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestTimeoutFromEnv } from '../config';
import type { ApiServices, GraphContext } from '../graphql/context';
import { depthLimit } from '../graphql/depth-limit';
import { createErrorFormatter, type ErrorLogger } from '../graphql/errors';
import { checkQuerySize, QUERY_LIMITS, queryLimitsPlugin, type QueryLimits } from '../graphql/query-limits';
import { guardResolvers, RequestDeadline, RequestTimeoutError } from '../graphql/request-deadline';
import { hasValidApiKey } from './api-key';

const MAX_BODY_BYTES = 1024 * 1024;

/** HTTP status of a REQUEST_TIMEOUT answer. */
const TIMEOUT_STATUS = 503;

type GraphqlResult = {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
};

/**
 * Apollo Server mounted on Node's own http server (no framework): we only need
 * /graphql and a health check, and every request gets fresh loaders.
 *
 * Every request is bounded before and while it runs: its size (characters,
 * tokens) before parsing, its root fields, aliases and cost before execution
 * (query-limits.ts), and its time (REQUEST_TIMEOUT_MS) while it runs.
 */
export class GraphqlEndpoint {
  /** Each request's time limit, found again by its signal (Apollo may copy the context object). */
  private readonly deadlines = new WeakMap<AbortSignal, RequestDeadline>();
  private apollo!: ApolloServer<GraphContext>;

  private constructor(
    private readonly services: ApiServices,
    private readonly apiKey: string | null,
    private readonly limits: QueryLimits,
    /** The longest a request may run (REQUEST_TIMEOUT_MS). */
    readonly requestTimeoutMs: number,
    private readonly log: ErrorLogger,
  ) {}

  static async start(options: {
    schema: GraphQLSchema;
    services: ApiServices;
    apiKey: string | null;
    log: ErrorLogger;
    /** Defaults to REQUEST_TIMEOUT_MS from the environment (20000 when unset). */
    requestTimeoutMs?: number;
    /** Defaults to QUERY_LIMITS, documented in the README. */
    limits?: QueryLimits;
  }): Promise<GraphqlEndpoint> {
    const limits = options.limits ?? QUERY_LIMITS;
    const endpoint = new GraphqlEndpoint(
      options.services,
      options.apiKey,
      limits,
      options.requestTimeoutMs ?? requestTimeoutFromEnv(process.env),
      options.log,
    );
    guardResolvers(options.schema);
    endpoint.apollo = new ApolloServer<GraphContext>({
      schema: options.schema,
      validationRules: [depthLimit()],
      // A backstop for documents that reach the parser without the size check (none today).
      parseOptions: { maxTokens: limits.maxTokens },
      formatError: createErrorFormatter(options.log),
      includeStacktraceInErrorResponses: false,
      // Compact JSON: Apollo's default indents every answer, which made the seed
      // dashboard's 40 KB 101 KB to write and to parse, and cost ~0.4 ms of CPU.
      stringifyResult: (result) => JSON.stringify(result),
      introspection: true,
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginCacheControlDisabled(),
        queryLimitsPlugin<GraphContext>({
          limits,
          onOperation: (context, operation) => endpoint.operationResolved(context, operation),
        }),
      ],
    });
    await endpoint.apollo.start();
    return endpoint;
  }

  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const body = request.method === 'POST' ? await readJsonBody(request) : undefined;
    if (body instanceof Error) {
      sendJson(response, 400, { errors: [{ message: body.message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    const query = queryText(body, url);
    const tooLarge = query === null ? null : checkQuerySize(query, this.limits);
    if (tooLarge) {
      sendJson(response, 400, tooLarge.toResponse());
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const deadline = new RequestDeadline(this.requestTimeoutMs);
    // A client that goes away stops its request's work as the time limit would.
    const onClose = () => {
      if (!response.writableFinished) deadline.abort();
    };
    response.once('close', onClose);
    const running = this.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => this.contextFor(request.headers.authorization, deadline),
    });
    const outcome = await Promise.race([running, deadline.expired]);
    deadline.disarm();
    if (outcome instanceof RequestTimeoutError) {
      // The execution goes on winding down (its resolvers refuse to start); its result is dropped.
      running.catch(this.log);
      if (!response.headersSent) sendJson(response, TIMEOUT_STATUS, outcome.toResponse());
      return;
    }
    const result = outcome;
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  /** Runs one operation without HTTP, with the same rules, limits, context and error formatting. */
  async execute(
    query: string,
    variables: Record<string, unknown> = {},
    authorization?: string,
  ): Promise<GraphqlResult> {
    const tooLarge = checkQuerySize(query, this.limits);
    if (tooLarge) return tooLarge.toResponse();
    const deadline = new RequestDeadline(this.requestTimeoutMs);
    const running = this.apollo.executeOperation(
      { query, variables },
      { contextValue: this.contextFor(authorization, deadline) },
    );
    const outcome = await Promise.race([running, deadline.expired]);
    deadline.disarm();
    if (outcome instanceof RequestTimeoutError) {
      running.catch(this.log);
      return outcome.toResponse();
    }
    if (outcome.body.kind !== 'single') throw new Error('incremental delivery is not used by this API');
    return outcome.body.singleResult as never;
  }

  private contextFor(authorization: string | undefined, deadline: RequestDeadline): GraphContext {
    const context: GraphContext = {
      services: this.services,
      loaders: this.services.createLoaders(),
      writesEnabled: this.apiKey !== null,
      canWrite: hasValidApiKey(authorization, this.apiKey),
      signal: deadline.signal,
    };
    this.deadlines.set(deadline.signal, deadline);
    return context;
  }

  /** Mutations are not cut by the time limit: a write is never abandoned halfway. */
  private operationResolved(context: GraphContext, operation: OperationDefinitionNode): void {
    if (operation.operation !== 'query' && context.signal) this.deadlines.get(context.signal)?.disarm();
  }

  stop(): Promise<void> {
    return this.apollo.stop();
  }
}

/** The query text of a GraphQL request (POST body or GET parameter), or null when it has none. */
function queryText(body: unknown, url: URL): string | null {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const query = (body as { query?: unknown }).query;
    if (typeof query === 'string') return query;
  }
  return url.searchParams.get('query');
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return new Error(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return new Error('request body is not valid JSON');
  }
}

export function sendJson(response: ServerResponse, status: number, payload: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(payload));
}
