import { createHash } from 'node:crypto';

/** Stable ids make ingest idempotent: the same fact always gets the same id. */
export function stableId(prefix: string, ...parts: readonly string[]): string {
  const digest = createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 16);
  return `${prefix}:${digest}`;
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
