import type { ZodError } from 'zod';
import { SourceValidationError, type SourceProblem } from '../domain/errors';

/** What the graph builder says of a document no annotation file describes. */
const NO_ANNOTATION_FILE = 'document has no annotation file';
/** What it says of a registry actor no evidence supports. */
const UNSUPPORTED_ACTOR = 'no document supports this actor';

const inAnnotations = (file: string) => /^annotations[\\/]/.test(file);

/**
 * Gathers every problem in the sources before anything is written, and
 * reports each once: problems that only follow from another are left out.
 *
 * - An annotation file that cannot be read (not YAML, not the schema, no such
 *   document) leaves its document without annotations: "document has no
 *   annotation file" for that same file is a consequence, not a second error.
 * - While any document's annotations are missing or unreadable, an actor that
 *   no document supports may well be supported by them: "no document supports
 *   this actor" waits until they can be read.
 */
export class ProblemCollector {
  private readonly problems: SourceProblem[] = [];
  /** Files with a schema error: not read at all. */
  private readonly unreadFiles = new Set<string>();

  add(file: string, record: string, field: string, message: string): void {
    this.problems.push({ file, record, field, message });
  }

  /** Reports zod issues with the record (first path segments) and field (the rest). */
  addZodError(file: string, error: ZodError, describeRecord: (path: PropertyKey[]) => string): void {
    this.unreadFiles.add(file);
    for (const issue of error.issues) {
      const issuePath = issue.path as PropertyKey[];
      const recordDepth = typeof issuePath[1] === 'number' ? 2 : issuePath.length > 0 ? 1 : 0;
      const record = describeRecord(issuePath.slice(0, recordDepth)) || '(file)';
      const field = formatPath(issuePath.slice(recordDepth)) || '(record)';
      this.add(file, record, field, issue.message);
    }
  }

  /** The problems to report, in the order found, without those that follow from another. */
  reported(): SourceProblem[] {
    const isCascade = (p: SourceProblem) =>
      p.message === NO_ANNOTATION_FILE || p.message.startsWith(UNSUPPORTED_ACTOR);
    const realByFile = new Set(this.problems.filter((p) => !isCascade(p)).map((p) => p.file));
    const annotationsUnread = this.problems.some(
      (p) =>
        inAnnotations(p.file) &&
        (p.record === '(file)' || this.unreadFiles.has(p.file) || p.message === NO_ANNOTATION_FILE),
    );
    return this.problems.filter((p) => {
      if (p.message === NO_ANNOTATION_FILE) return !realByFile.has(p.file);
      if (p.message.startsWith(UNSUPPORTED_ACTOR)) return !annotationsUnread;
      return true;
    });
  }

  get count(): number {
    return this.reported().length;
  }

  throwIfAny(): void {
    const reported = this.reported();
    if (reported.length > 0) throw new SourceValidationError(reported);
  }
}

export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}
