import type { ZodError } from 'zod';
import { SourceValidationError, type SourceProblem } from '../domain/errors';

/** Gathers every problem in the sources before anything is written. */
export class ProblemCollector {
  private readonly problems: SourceProblem[] = [];

  add(file: string, record: string, field: string, message: string): void {
    this.problems.push({ file, record, field, message });
  }

  /** Reports zod issues with the record (first path segments) and field (the rest). */
  addZodError(file: string, error: ZodError, describeRecord: (path: PropertyKey[]) => string): void {
    for (const issue of error.issues) {
      const issuePath = issue.path as PropertyKey[];
      const recordDepth = typeof issuePath[1] === 'number' ? 2 : issuePath.length > 0 ? 1 : 0;
      const record = describeRecord(issuePath.slice(0, recordDepth)) || '(file)';
      const field = formatPath(issuePath.slice(recordDepth)) || '(record)';
      this.add(file, record, field, issue.message);
    }
  }

  get count(): number {
    return this.problems.length;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new SourceValidationError([...this.problems]);
  }
}

export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}
