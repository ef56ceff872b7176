import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces a file with new content through a temporary file and a rename, so a
 * reader (or a crash, or a full disk) never sees half of it and the previous
 * file stays whole until the new one is: a source file, an export, an
 * extraction. The temporary file has a hidden name, which the sources reader
 * skips: one a crash leaves behind is not read as a source, nor warned about
 * at every ingest.
 */
export async function replaceFileWhole(file: string, content: string): Promise<void> {
  const temporary = temporaryFileOf(file);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The temporary file `replaceFileWhole` writes before its rename: hidden, and this process's own. */
export function temporaryFileOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}

/** The name `temporaryFileOf` gives: `.<name>.<pid>.tmp`. */
const TEMPORARY_NAME = /^\.(.+)\.(\d+)\.tmp$/;

/**
 * The process that wrote a temporary file, from its name; undefined for a name
 * `temporaryFileOf` does not give (a hidden .gitkeep, a user's own file).
 */
export function writerOfTemporaryFile(name: string): number | undefined {
  const match = TEMPORARY_NAME.exec(path.basename(name));
  return match ? Number(match[2]) : undefined;
}
