import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExportService } from '../export/export.service';
import type { GraphStore } from '../ports/graph-store.port';
import type { StoreHealthService } from '../services/store-health.service';
import { handleExport } from './export-route';
import { createExplorerRoutes } from './explorer-routes';
import { type GraphqlEndpoint, sendJson } from './graphql-server';

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Routes: /graphql (GET and POST), /health, the explorer (/ and /assets/…). Everything else is a JSON 404. */
export async function listen(options: {
  endpoint: GraphqlEndpoint;
  store: GraphStore;
  /** Answers /health: ok, or degraded with the reasons. */
  health?: StoreHealthService;
  port: number;
  host?: string;
  log: (error: unknown) => void;
  /** Serves GET /export/{format} (graph file downloads) when given. */
  exporter?: ExportService;
}): Promise<RunningServer> {
  const explorer = createExplorerRoutes();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = async (): Promise<void> => {
      if (url.pathname === '/graphql') return options.endpoint.handle(request, response, url);
      if (url.pathname === '/health' && request.method === 'GET') {
        if (options.health) {
          // Degraded still answers 200: most reads work; `status` and `reasons` say what does not.
          return sendJson(response, 200, await options.health.report());
        }
        const counts = await options.store.counts();
        return sendJson(response, 200, { status: 'ok', store: options.store.kind, counts });
      }
      if (options.exporter && (url.pathname === '/export' || url.pathname.startsWith('/export/'))) {
        return handleExport(request, response, url, options.exporter, options.log);
      }
      if (explorer.serve(request, response, url)) return;
      sendJson(response, 404, { error: 'not found', see: '/graphql' });
    };
    route().catch((error: unknown) => {
      options.log(error);
      if (!response.headersSent) sendJson(response, 503, { status: 'error', error: 'service unavailable' });
      else response.end();
    });
  });
  // A client gets the request time limit (REQUEST_TIMEOUT_MS) to send its request
  // (Node's default is 5 minutes); /graphql then bounds the time it runs.
  server.requestTimeout = options.endpoint.requestTimeoutMs;
  server.headersTimeout = Math.min(server.headersTimeout, options.endpoint.requestTimeoutMs);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
