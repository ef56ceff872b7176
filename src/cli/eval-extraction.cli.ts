import path from 'node:path';
import { documentAnnotationSchema } from '../ingest/source.schema';
import { readSources } from '../ingest/source-files';
import {
  addScores,
  FACT_KINDS,
  formatTable,
  metrics,
  scoreDocument,
  type FactKind,
  type Score,
} from '../extract/evaluate';
import { extract } from '../extract/extractor';
import { loadGazetteer } from '../extract/registry';

/**
 * `npm run eval:extraction [-- seeds] [--verbose]`: runs the extractor on each seed
 * document as if it were new (its text and publication date only; the registry is the
 * gazetteer) and scores it against the curated annotation, per fact kind.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'seeds');
  const sources = await readSources(root);
  const gazetteer = await loadGazetteer(root);
  const empty: Score = { gold: 0, proposed: 0, matchedGold: 0, matchedProposed: 0 };
  const totals = Object.fromEntries(FACT_KINDS.map((k) => [k, empty])) as Record<FactKind, Score>;
  for (const file of sources.annotations) {
    const annotation = documentAnnotationSchema.parse(file.content);
    const text = sources.documents.get(annotation.document);
    if (text === undefined) continue;
    // The text and its publication date, as a user gives a new article (--published); nothing else.
    const extraction = extract(text, gazetteer, {
      documentId: annotation.document,
      ...(annotation.published ? { published: annotation.published.date } : {}),
    });
    const scores = scoreDocument({ id: annotation.document, text, annotation }, extraction, gazetteer);
    for (const kind of FACT_KINDS) totals[kind] = addScores(totals[kind], scores[kind]);
    if (verbose) {
      console.log(`\n${annotation.document}`);
      for (const kind of FACT_KINDS) {
        const { precision, recall } = metrics(scores[kind]);
        console.log(
          `  ${kind.padEnd(20)} P ${precision.toFixed(2)} R ${recall.toFixed(2)}  (${JSON.stringify(scores[kind])})`,
        );
      }
    }
  }
  console.log(
    `Extraction quality on ${sources.annotations.length} seed documents (gold: seeds/annotations)\n`,
  );
  console.log(formatTable(totals));
  const unjudged = totals['actor mentions'].unjudged ?? 0;
  console.log(
    `\nactor mentions: ${unjudged} further proposed mentions fall where the gold annotates no mention of an actor it involves (not scored).`,
  );
}

main().catch((error: unknown) => {
  console.error(`eval:extraction failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
