import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares the request's bearer token with the configured key in constant time. */
export function hasValidApiKey(authorization: string | undefined, apiKey: string | null): boolean {
  if (apiKey === null || authorization === undefined) return false;
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1] as string), digest(apiKey));
}
