import { readdirSync, readFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createExplorerRoutes, defaultExplorerRoot } from '../../src/http/explorer-routes';

const ROOT = defaultExplorerRoot();

describe('the explorer routes', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const explorer = createExplorerRoutes();
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (!explorer.serve(request, response, url)) {
        response.statusCode = 404;
        response.end('not the explorer');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('finds src/explorer from src/http', () => {
    expect(ROOT).toBe(path.resolve(__dirname, '../../src/explorer'));
  });

  it('serves the page at / with a policy that allows only its own origin', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('/assets/vendor/cytoscape.min.js');
  });

  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/api.js', 'text/javascript; charset=utf-8'],
    ['/assets/explorer.css', 'text/css; charset=utf-8'],
    ['/assets/favicon.svg', 'image/svg+xml'],
    ['/assets/vendor/cytoscape.min.js', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s', async (asset, type) => {
    const response = await fetch(`${base}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the installed Cytoscape.js, gzipped when asked, and 304 when unchanged', async () => {
    const installed = readFileSync(require.resolve('cytoscape/dist/cytoscape.min.js'));
    const first = await fetch(`${base}/assets/vendor/cytoscape.min.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(Buffer.from(await first.arrayBuffer()).equals(installed)).toBe(true);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);

    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      const url = new URL(`${base}/assets/vendor/cytoscape.min.js`);
      // fetch would decompress by itself; read the bytes as sent.
      get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
        );
      }).on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).equals(installed)).toBe(true);

    const again = await fetch(`${base}/assets/vendor/cytoscape.min.js`, {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(again.status).toBe(304);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await fetch(`${base}/assets/app.js`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(`${base}/`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it.each([
    '/assets/../package.json',
    '/assets/%2e%2e/package.json',
    '/assets/tsconfig.json',
    '/graphql',
    '/x',
  ])('leaves %s to the rest of the server', async (pathname) => {
    const response = await fetch(`${base}${pathname}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('not the explorer');
  });

  it('serves every file the page and its modules refer to', async () => {
    const html = readFileSync(path.join(ROOT, 'index.html'), 'utf8');
    const referenced = [...html.matchAll(/(?:src|href)="(\/[^"]*)"/g)].map((m) => m[1] as string);
    for (const file of readdirSync(ROOT).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(path.join(ROOT, file), 'utf8');
      for (const m of code.matchAll(/from '\.\/([^']+)'/g)) referenced.push(`/assets/${m[1]}`);
    }
    expect(referenced.length).toBeGreaterThan(5);
    for (const asset of new Set(referenced)) {
      expect([asset, (await fetch(`${base}${asset}`)).status]).toEqual([asset, 200]);
    }
  });

  it('refers to no other origin: no CDN, no remote font, works offline', () => {
    for (const file of readdirSync(ROOT)) {
      const text = readFileSync(path.join(ROOT, file), 'utf8').replace('http://www.w3.org/2000/svg', '');
      expect([file, text.match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}\//gi)]).toEqual([file, null]);
    }
  });
});
