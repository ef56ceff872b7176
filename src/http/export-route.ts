import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, InvalidArgumentError } from '../domain/errors';
import type { ExportService } from '../export/export.service';
import { EXPORT_FORMATS, findFormat } from '../export/formats';
import type { ExportSelectionInput } from '../export/selection';
import { sendJson } from './graphql-server';

const TEXT_PARAMS = ['from', 'to', 'fromId', 'toId'] as const;
const INTEGER_PARAMS = ['depth', 'limit', 'maxHops', 'first'] as const;
const KNOWN_PARAMS = new Set<string>(['ids', ...TEXT_PARAMS, ...INTEGER_PARAMS]);

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  AMBIGUOUS_NAME: 400,
  STORE_UNAVAILABLE: 503,
  STORE_TIMEOUT: 504,
};

/**
 * `GET /export/{format}?ids=a,b&depth=2&from=…&to=…&fromId=…&toId=…&maxHops=…&first=…`:
 * the file as a download (Content-Disposition: attachment with a file name that
 * says what is inside). Errors are JSON `{ error: { code, message } }` with 400
 * (bad parameters), 404 (unknown format or id) or 405; store failures 503/504
 * without internals.
 */
export async function handleExport(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  exporter: ExportService,
  log: (error: unknown) => void,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return sendError(response, 405, 'METHOD_NOT_ALLOWED', 'exports are downloaded with GET');
  }
  const name = url.pathname.slice('/export'.length).replace(/^\/+|\/+$/g, '');
  const spec = findFormat(name);
  if (spec === null) {
    return sendJson(response, 404, {
      error: {
        code: 'NOT_FOUND',
        message: name.length === 0 ? 'name a format: /export/{format}' : `unknown export format "${name}"`,
        formats: [...EXPORT_FORMATS],
      },
    });
  }
  try {
    const document = await exporter.export(spec.id, parseExportQuery(url.searchParams));
    response.statusCode = 200;
    response.setHeader('content-type', `${document.mediaType}; charset=utf-8`);
    response.setHeader('content-disposition', `attachment; filename="${document.fileName}"`);
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('x-polgraph-node-count', String(document.nodeCount));
    response.setHeader('x-polgraph-edge-count', String(document.edgeCount));
    response.setHeader('x-polgraph-truncated', String(document.truncated));
    const body = Buffer.from(document.content, 'utf8');
    response.setHeader('content-length', String(body.length));
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const status = STATUS[error.code] ?? 500;
    if (status >= 500) log(error);
    const message =
      error.code === 'STORE_TIMEOUT'
        ? 'The export took too long and was stopped; narrow it (fewer ids, smaller depth, a time window).'
        : status >= 500
          ? 'The graph store could not complete the export; try again later.'
          : error.message;
    sendError(response, status, error.code, message);
  }
}

/** The query string as an export selection; unknown or repeated parameters are errors, not ignored. */
export function parseExportQuery(params: URLSearchParams): ExportSelectionInput {
  for (const key of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(key)) {
      throw new InvalidArgumentError(`unknown parameter "${key}"; use ${[...KNOWN_PARAMS].join(', ')}`);
    }
    if (key !== 'ids' && params.getAll(key).length > 1) {
      throw new InvalidArgumentError(`parameter "${key}" given more than once`);
    }
  }
  const selection: Record<string, unknown> = {};
  if (params.has('ids')) {
    selection['ids'] = params
      .getAll('ids')
      .flatMap((value) => value.split(','))
      .map((id) => id.trim());
  }
  for (const key of TEXT_PARAMS) {
    const value = params.get(key);
    if (value !== null) selection[key] = value;
  }
  for (const key of INTEGER_PARAMS) {
    const value = params.get(key);
    if (value === null) continue;
    if (!/^-?\d{1,9}$/.test(value.trim())) throw new InvalidArgumentError(`${key} must be an integer`);
    selection[key] = Number(value.trim());
  }
  return selection as ExportSelectionInput;
}

function sendError(response: ServerResponse, status: number, code: string, message: string): void {
  sendJson(response, status, { error: { code, message } });
}
