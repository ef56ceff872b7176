import path from 'node:path';
import { documentAnnotationSchema } from '../ingest/source.schema';
import { readSources } from '../ingest/source-files';
import {
  addScores,
  FACT_KINDS,
  formatTable,
  judgeDocument,
  metrics,
  type FactKind,
  type Score,
} from '../extract/evaluate';
import { extract } from '../extract/extractor';
import { loadGazetteer } from '../extract/registry';

/**
 * `npm run eval:extraction [-- seeds] [--verbose] [--details [KIND…]]`: runs the extractor
 * on each seed document as if it were new (its text and publication date only; the
 * registry is the gazetteer) and scores it against the curated annotation, per fact kind.
 * `--verbose` adds a line per document and kind; `--details` lists, per document and
 * kind, the gold facts no proposal matched (missed) and the proposals that matched
 * nothing (wrong). `--kind events` (repeatable) limits the details to some kinds.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const details = args.includes('--details');
  const kinds = args.flatMap((a, i) => (a === '--kind' && args[i + 1] ? [args[i + 1] as string] : []));
  const unknown = kinds.filter((k) => !(FACT_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new Error(`--kind: unknown ${unknown.join(', ')} (${FACT_KINDS.join(', ')})`);
  const shown = kinds.length > 0 ? FACT_KINDS.filter((k) => kinds.includes(k)) : FACT_KINDS;
  const positional = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--kind');
  const root = path.resolve(positional ?? 'seeds');
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
    const judged = judgeDocument({ id: annotation.document, text, annotation }, extraction, gazetteer);
    for (const kind of FACT_KINDS) totals[kind] = addScores(totals[kind], judged[kind].score);
    if (verbose || details) {
      console.log(`\n${annotation.document}`);
      for (const kind of verbose ? FACT_KINDS : shown) {
        const { precision, recall } = metrics(judged[kind].score);
        console.log(
          `  ${kind.padEnd(20)} P ${precision.toFixed(2)} R ${recall.toFixed(2)}  (${JSON.stringify(judged[kind].score)})`,
        );
        if (!details || !shown.includes(kind)) continue;
        for (const missed of judged[kind].missed) console.log(`      missed  ${missed}`);
        for (const wrong of judged[kind].wrong) console.log(`      wrong   ${wrong}`);
      }
    }
  }
  if (verbose || details) console.log('');
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
