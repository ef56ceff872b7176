import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiServices, GraphContext } from '../graphql/context';
import { depthLimit } from '../graphql/depth-limit';
import { createErrorFormatter, type ErrorLogger } from '../graphql/errors';
import { hasValidApiKey } from './api-key';

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Apollo Server mounted on Node's own http server (no framework): we only need
 * /graphql and a health check, and every request gets fresh loaders.
 */
export class GraphqlEndpoint {
  private constructor(
    private readonly apollo: ApolloServer<GraphContext>,
    private readonly services: ApiServices,
    private readonly apiKey: string | null,
  ) {}

  static async start(options: {
    schema: GraphQLSchema;
    services: ApiServices;
    apiKey: string | null;
    log: ErrorLogger;
  }): Promise<GraphqlEndpoint> {
    const apollo = new ApolloServer<GraphContext>({
      schema: options.schema,
      validationRules: [depthLimit()],
      formatError: createErrorFormatter(options.log),
      includeStacktraceInErrorResponses: false,
      introspection: true,
      plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
    });
    await apollo.start();
    return new GraphqlEndpoint(apollo, options.services, options.apiKey);
  }

  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const body = request.method === 'POST' ? await readJsonBody(request) : undefined;
    if (body instanceof Error) {
      sendJson(response, 400, { errors: [{ message: body.message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await this.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => this.contextFor(request.headers.authorization),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  /** Runs one operation without HTTP, with the same rules, context and error formatting. */
  async execute(
    query: string,
    variables: Record<string, unknown> = {},
    authorization?: string,
  ): Promise<{
    data?: Record<string, unknown> | null;
    errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  }> {
    const response = await this.apollo.executeOperation(
      { query, variables },
      { contextValue: this.contextFor(authorization) },
    );
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by this API');
    return response.body.singleResult as never;
  }

  private contextFor(authorization: string | undefined): GraphContext {
    return {
      services: this.services,
      loaders: this.services.createLoaders(),
      writesEnabled: this.apiKey !== null,
      canWrite: hasValidApiKey(authorization, this.apiKey),
    };
  }

  stop(): Promise<void> {
    return this.apollo.stop();
  }
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
