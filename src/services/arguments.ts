import { InvalidArgumentError } from '../domain/errors';
import { isIsoDay } from '../domain/partial-date';

/** A `from`/`to` bound given by a client: a full day, YYYY-MM-DD. */
export function dayBound(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!isIsoDay(value)) throw new InvalidArgumentError(`${name} must be a date of the form YYYY-MM-DD`);
  return value;
}

export function checkWindow(from: string | null, to: string | null): void {
  if (from !== null && to !== null && from > to) throw new InvalidArgumentError('from must not be after to');
}

export function nonBlank(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new InvalidArgumentError(`${name} must not be blank`);
  if (trimmed.length > 200) throw new InvalidArgumentError(`${name} must be at most 200 characters`);
  return trimmed;
}
