import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The built-in explorer: a static page at `/` and its assets under `/assets/`,
 * all served from this process (src/explorer/ and the installed cytoscape
 * package), so the page works with no internet. It talks to nothing but
 * /graphql and /export.
 *
 * Files are read once, at start-up, from an allow-list built from the folder's
 * listing: a request path is only ever looked up by name, never joined to a
 * file path. Every response carries a strong ETag and `Cache-Control: no-cache`
 * (revalidate each time, 304 when unchanged); compressible assets are gzipped
 * when the client accepts it.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

/** Only the page's own origin: no CDN, no remote font, no beacon. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Cytoscape sizes its canvases with inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

interface Asset {
  readonly contentType: string;
  readonly body: Buffer;
  readonly gzipped: Buffer | null;
  readonly etag: string;
}

export interface ExplorerRoutes {
  /** Serves the request when it is the explorer's; false when the path is not. */
  serve(request: IncomingMessage, response: ServerResponse, url: URL): boolean;
}

function asset(file: string): Asset {
  const body = readFileSync(file);
  const contentType = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  const compressible = /^(text\/|image\/svg)/.test(contentType) && body.length > 1024;
  return {
    contentType,
    body,
    gzipped: compressible ? gzipSync(body) : null,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
  };
}

/** src/explorer, found from this file whether run from src/http or dist/src/http. */
export function defaultExplorerRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    for (const candidate of [path.join(dir, 'explorer'), path.join(dir, 'src', 'explorer')]) {
      try {
        if (statSync(path.join(candidate, 'index.html')).isFile()) return candidate;
      } catch {
        // not here; look further up
      }
    }
    dir = path.dirname(dir);
  }
  throw new Error('src/explorer/ not found next to the application');
}

/** The installed Cytoscape.js bundle (a dependency, so present wherever the API runs). */
export function cytoscapeBundlePath(): string {
  return require.resolve('cytoscape/dist/cytoscape.min.js');
}

export function createExplorerRoutes(
  root: string = defaultExplorerRoot(),
  cytoscapeFile: string = cytoscapeBundlePath(),
): ExplorerRoutes {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(root)) {
    if (!/^[a-z0-9][a-z0-9.-]*\.(js|css|svg|ico|png)$/.test(name)) continue;
    assets.set(`/assets/${name}`, asset(path.join(root, name)));
  }
  assets.set('/assets/vendor/cytoscape.min.js', asset(cytoscapeFile));
  const page = asset(path.join(root, 'index.html'));
  assets.set('/', page);
  assets.set('/index.html', page);

  return {
    serve(request, response, url) {
      const found = assets.get(url.pathname);
      if (!found) return false;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.statusCode = 405;
        response.setHeader('allow', 'GET, HEAD');
        response.end();
        return true;
      }
      send(request, response, found);
      return true;
    },
  };
}

function send(request: IncomingMessage, response: ServerResponse, found: Asset): void {
  response.setHeader('content-type', found.contentType);
  response.setHeader('cache-control', 'no-cache');
  response.setHeader('etag', found.etag);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('vary', 'accept-encoding');
  if (found.contentType.startsWith('text/html')) {
    response.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    response.setHeader('referrer-policy', 'no-referrer');
  }
  if (etagMatches(request.headers['if-none-match'], found.etag)) {
    response.statusCode = 304;
    response.end();
    return;
  }
  const gzip = found.gzipped !== null && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const body = gzip && found.gzipped ? found.gzipped : found.body;
  if (gzip) response.setHeader('content-encoding', 'gzip');
  response.setHeader('content-length', body.length);
  response.statusCode = 200;
  response.end(request.method === 'HEAD' ? undefined : body);
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}
