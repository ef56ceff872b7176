import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { DomainError } from '../domain/errors';
import { openStoreToWrite } from './command-store';
import { IngestService } from '../services/ingest.service';
import { ReviewService } from '../services/review.service';

const USAGE = `usage: npm run ingest [-- <sources folder>]
       npm run ingest -- --extract ARTICLE.txt [--title T] [--published YYYY[-MM[-DD]]] [<sources folder>]`;

/**
 * `npm run ingest [-- <sources folder>]`: validates the sources and writes them to
 * the configured store in one transaction. Exit 1 with every problem listed when
 * the sources are invalid; the store is then unchanged.
 *
 * With `--extract ARTICLE.txt`, the article is first extracted into the sources
 * (its text, its annotation with every fact EXTRACTED, its new actors): the same
 * service as the extractDocument mutation. Nothing extracted reaches the graph
 * before it is accepted (decisions/<document>.yaml).
 */
async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        extract: { type: 'string' },
        title: { type: 'string' },
        published: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig(process.env);
  const root = parsed.positionals[0] ?? config.seedsDir;
  const progress = (line: string) => console.log(`  ${line}`);
  const store = await openStoreToWrite(config, (line) => console.error(`ingest: ${line}`));
  try {
    if (parsed.values.extract !== undefined) {
      const review = new ReviewService(new IngestService(store), root);
      const text = await readFile(path.resolve(parsed.values.extract), 'utf8');
      const result = await review.extractDocument({
        text,
        title: parsed.values.title ?? null,
        publishedDate: parsed.values.published ?? null,
      });
      const byKind = new Map<string, number>();
      for (const p of result.proposals) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);
      console.log(
        `extract: ${parsed.values.extract} → document ${result.documentId}: ` +
          `${[...byKind].map(([kind, n]) => `${n} ${kind.toLowerCase()}`).join(', ') || 'no proposals'}` +
          (result.newActorIds.length > 0 ? `; new actors proposed: ${result.newActorIds.join(', ')}` : ''),
      );
      console.log(
        '  pending review: accept or reject them (acceptFacts / rejectFacts, or decisions/<document>.yaml)',
      );
      return;
    }
    const summary = await new IngestService(store).ingestFolder(root, progress);
    // Decided by what was written, not by counts: an edit can change records without changing any count.
    console.log(
      `ingest: ${summary.changed ? 'graph updated' : 'no change (the store already holds these sources)'}`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DomainError) console.error(`ingest: ${error.message}`);
  else console.error('ingest failed:', error);
  process.exitCode = error instanceof ConfigError ? 2 : 1;
});
