import path from 'node:path';
import { SourceValidationError } from '../domain/errors';
import { buildGraph } from '../ingest/graph-builder';
import { readSources } from '../ingest/source-files';

/** Checks seeds/ without touching any store: for curators editing annotations. */
async function main(): Promise<void> {
  const root = path.resolve(process.argv[2] ?? 'seeds');
  const graph = buildGraph(await readSources(root));
  console.log(
    `seeds valid: ${graph.documents.length} documents, ${graph.actors.length} actors, ` +
      `${graph.events.length} events, ${graph.participations.length} participations, ` +
      `${graph.statements.length} statements, ${graph.ties.length} ties, ` +
      `${graph.claims.length} claims, ${graph.evidence.length} evidence spans`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof SourceValidationError) console.error(error.message);
  else console.error(`seeds validation failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
