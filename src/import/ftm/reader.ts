import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** A FollowTheMoney entity as the .ftm.json files hold them, one JSON object per line. */
export interface FtmEntity {
  readonly id: string;
  readonly schema: string;
  readonly caption?: string;
  readonly properties: Readonly<Record<string, readonly string[]>>;
  readonly datasets?: readonly string[];
  /** When the data source last saw the entity (yente exports): "2026-04-29T12:53:04". */
  readonly lastSeen?: string;
}

export type EntityResult = { entity: FtmEntity } | { skip: string };

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** One line → the entity, or why it is skipped. */
export function parseFtmLine(line: string): EntityResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { skip: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { skip: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  if (typeof record['id'] !== 'string' || record['id'] === '') return { skip: 'no id' };
  if (typeof record['schema'] !== 'string' || record['schema'] === '') return { skip: 'no schema' };
  const properties: Record<string, string[]> = {};
  const raw = record['properties'];
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    for (const [key, values] of Object.entries(raw as Record<string, unknown>)) {
      if (isStringArray(values)) properties[key] = values;
    }
  }
  const caption = typeof record['caption'] === 'string' ? record['caption'] : undefined;
  const datasets = isStringArray(record['datasets']) ? record['datasets'] : undefined;
  const lastSeen = typeof record['last_seen'] === 'string' ? record['last_seen'] : undefined;
  return {
    entity: {
      id: record['id'],
      schema: record['schema'],
      ...(caption !== undefined ? { caption } : {}),
      properties,
      ...(datasets !== undefined ? { datasets } : {}),
      ...(lastSeen !== undefined ? { lastSeen } : {}),
    },
  };
}

/** Streams an entity file line by line (readline). */
export async function* readFtmFile(file: string): AsyncGenerator<EntityResult> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    yield parseFtmLine(line);
  }
}
