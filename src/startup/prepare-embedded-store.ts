import { fork } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../domain/errors';
import type { HealthReport } from '../services/store-health.service';
import type { PreparationMessage } from './preparation-messages';

/** The server could not prepare its store; the message says why and what was kept. */
export class StartupError extends DomainError {
  readonly code = 'STARTUP';
}

export interface PrepareOptions {
  readonly kuzuPath: string;
  /** Ingest the sources (INGEST_ON_START). A store rebuilt after a failure is always ingested. */
  readonly ingest: boolean;
  readonly env: NodeJS.ProcessEnv;
  /** The child's entry point: src/cli/prepare-store.cli.ts as built (dist), or with a require hook in tests. */
  readonly childModule: string;
  readonly execArgv?: readonly string[];
  readonly progress: (line: string) => void;
  readonly log: (line: string) => void;
  /** A child still running after this long is stopped and start-up fails (the store is left as it is). */
  readonly timeoutMs?: number;
}

export interface PreparationResult {
  readonly health: HealthReport;
  /** Where a store that could not be opened or prepared was kept, or null. */
  readonly setAside: string | null;
}

type ChildOutcome =
  | { readonly kind: 'done'; readonly health: HealthReport }
  | { readonly kind: 'invalid-input'; readonly message: string }
  | { readonly kind: 'in-use' }
  | { readonly kind: 'failed'; readonly reason: string; readonly timedOut: boolean };

const DEFAULT_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * Opens, repairs and ingests the embedded store in a child process before the
 * server opens it. A crash of the native store (a file damaged by a kill, a
 * segfault mid-ingest) ends the child, not the server, and cannot loop: the
 * damaged file is kept aside under a new name, never deleted, and the store is
 * rebuilt from the sources, which are the truth. Invalid sources stop start-up
 * with the curator's message and leave the store untouched, and so does a store
 * another process holds open: it is whole, and renaming it would leave that
 * process writing into the renamed file while a new store is built in its place.
 */
export async function prepareEmbeddedStore(options: PrepareOptions): Promise<PreparationResult> {
  const first = await runChild(options, options.ingest);
  if (first.kind === 'done') return { health: first.health, setAside: null };
  if (first.kind === 'invalid-input') throw new StartupError(first.message);
  if (first.kind === 'in-use') throw storeInUse(options.kuzuPath);
  if (first.timedOut) {
    throw new StartupError(
      `preparing the store at ${options.kuzuPath} took too long (${first.reason}); it was left as it is`,
    );
  }
  const kept = setAside(options.kuzuPath);
  options.log(
    `the store at ${options.kuzuPath} could not be opened or prepared (${first.reason}); ` +
      (kept ? `kept it as ${kept} and ` : '') +
      'rebuilding it from the sources',
  );
  const second = await runChild(options, true);
  if (second.kind === 'done') return { health: second.health, setAside: kept };
  if (second.kind === 'invalid-input') throw new StartupError(second.message);
  if (second.kind === 'in-use') throw storeInUse(options.kuzuPath);
  throw new StartupError(`the store rebuilt from the sources failed too (${second.reason})`);
}

function storeInUse(kuzuPath: string): StartupError {
  return new StartupError(
    `the store at ${kuzuPath} is in use by another process (Kuzu could not lock it); it was left as it is: ` +
      'stop the other process (another server, or a command using the same store) ' +
      'or point KUZU_PATH at another file',
  );
}

function runChild(options: PrepareOptions, ingest: boolean): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const child = fork(options.childModule, [], {
      env: { ...options.env, PREPARE_INGEST: String(ingest) },
      execArgv: [...(options.execArgv ?? [])],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let last: PreparationMessage | null = null;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.on('message', (message: PreparationMessage) => {
      if (message.kind === 'progress') options.progress(message.line);
      else last = message;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ kind: 'failed', reason: error.message, timedOut: false });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const said = last as PreparationMessage | null;
      if (code === 0 && said?.kind === 'done') resolve({ kind: 'done', health: said.health });
      else if (said?.kind === 'invalid-input') resolve({ kind: 'invalid-input', message: said.message });
      else if (said?.kind === 'in-use') resolve({ kind: 'in-use' });
      else if (said?.kind === 'failed') resolve({ kind: 'failed', reason: said.message, timedOut });
      else {
        const how = signal
          ? `the store process died with ${signal}`
          : `the store process exited with code ${code}`;
        resolve({ kind: 'failed', reason: how, timedOut });
      }
    });
  });
}

/**
 * Renames the database file and its companions (write-ahead log, shadow and
 * temporary files) to `<name>.broken-<time>…`, so nothing of the damaged store is
 * lost and a new one can be created in its place. Returns the new name of the
 * database file, or null when there was none.
 */
export function setAside(databasePath: string, now: Date = new Date()): string | null {
  const folder = path.dirname(databasePath);
  const base = path.basename(databasePath);
  if (!existsSync(folder)) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const companions = readdirSync(folder).filter(
    (name) =>
      name === base || (name.startsWith(`${base}.`) && !name.slice(base.length + 1).startsWith('broken-')),
  );
  let kept: string | null = null;
  for (const name of companions) {
    const suffix = name.slice(base.length);
    const target = path.join(folder, `${base}.broken-${stamp}${suffix}`);
    renameSync(path.join(folder, name), target);
    if (suffix === '') kept = target;
  }
  return kept;
}
