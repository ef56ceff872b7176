import { Agent, request } from 'node:http';

/**
 * The benchmark's HTTP client: POSTs over one kept-alive connection with
 * node:http, as load generators (autocannon, wrk) do. Node's `fetch` (undici)
 * costs about 0.7 ms of its own per request in this process, which would be
 * counted as the API's overhead.
 */
export class GraphqlClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private readonly endpoint: URL;

  constructor(baseUrl: string) {
    this.endpoint = new URL('/graphql', baseUrl);
  }

  /** Sends one GraphQL request and returns the response text; a non-200 status fails. */
  post(query: string, variables: Record<string, unknown> = {}): Promise<string> {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const outgoing = request(
        {
          host: this.endpoint.hostname,
          port: this.endpoint.port,
          path: this.endpoint.pathname,
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (response.statusCode === 200) resolve(text);
            else reject(new Error(`HTTP ${response.statusCode ?? '?'}: ${text.slice(0, 200)}`));
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
