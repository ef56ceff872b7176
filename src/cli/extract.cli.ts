import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { replaceFileWhole } from '../ingest/source-file-write';
import { toAnnotationYaml, toProposalsYaml } from '../extract/annotation-yaml';
import { CliUsageError, EXTRACT_USAGE, parseExtractCliArgs } from '../extract/cli-args';
import { extract } from '../extract/extractor';
import { loadGazetteer } from '../extract/registry';

/**
 * `npm run extract -- article.txt --published 2025-10-02 --out article.yaml`: proposes
 * annotations for a new article (status EXTRACTED), offline. Exit 2 on usage errors,
 * 1 when the article or the registry cannot be read.
 */
async function main(): Promise<void> {
  const options = parseExtractCliArgs(process.argv.slice(2));
  if (options.help) {
    console.log(EXTRACT_USAGE);
    return;
  }
  const text = await readFile(path.resolve(options.file), 'utf8');
  const gazetteer = await loadGazetteer(path.resolve(options.registry));
  const extraction = extract(text, gazetteer, options);
  const yaml = toAnnotationYaml(extraction, gazetteer);
  const summary =
    `${extraction.mentions.length} mentions, ${extraction.proposals.length} new actors proposed, ` +
    `${extraction.statements.length} quotes, ${extraction.events.length} events, ${extraction.claims.length} claims`;
  if (options.out === undefined) process.stdout.write(yaml);
  else await replaceFileWhole(path.resolve(options.out), yaml);
  if (options.proposals !== undefined && extraction.proposals.length > 0) {
    await replaceFileWhole(path.resolve(options.proposals), toProposalsYaml(extraction));
  } else if (extraction.proposals.length > 0 && options.out === undefined) {
    process.stdout.write(`---\n${toProposalsYaml(extraction)}`);
  }
  console.error(
    `extract: ${options.documentId}: ${summary}` +
      (options.out ? ` → ${options.out}` : '') +
      (options.proposals && extraction.proposals.length > 0 ? `, ${options.proposals}` : ''),
  );
}

main().catch((error: unknown) => {
  if (error instanceof CliUsageError) {
    console.error(`extract: ${error.message}\n${EXTRACT_USAGE}`);
    process.exitCode = 2;
    return;
  }
  console.error(`extract failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
