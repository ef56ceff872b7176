import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { openStore } from '../app';
import { ConfigError, loadConfig } from '../config';
import { DomainError } from '../domain/errors';
import { buildGraph } from '../ingest/graph-builder';
import { readSources } from '../ingest/source-files';
import { IntegrityService } from '../services/integrity.service';

const USAGE = `usage: npm run verify [-- --no-sources]

Checks the configured store (KUZU_PATH, or Neo4j with GRAPH_STORE=neo4j) without
changing it: every index present, every evidence quote equal to its document's
text at its offsets, every fact with evidence, no fact stored twice, and (unless
--no-sources) that it holds exactly what the sources in SEEDS_DIR say.
Exit 0 when sound, 1 with the list of problems, 2 on a usage or configuration error.`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const unknown = args.filter((arg) => arg !== '--no-sources');
  if (unknown.length > 0) throw new ConfigError(`unknown argument ${unknown[0]}\n\n${USAGE}`);
  const config = loadConfig(process.env);
  // Opening a missing embedded store would create an empty one: there is nothing to verify.
  if (config.graphStore === 'kuzu' && !existsSync(config.kuzuPath)) {
    throw new ConfigError(
      `no store at ${config.kuzuPath} (KUZU_PATH); run \`npm start\` or \`npm run ingest\` first`,
    );
  }
  const sources = args.includes('--no-sources') ? undefined : buildGraph(await readSources(config.seedsDir));
  const store = await openStore(config);
  try {
    const report = await new IntegrityService(store).verify(sources);
    const { documents, evidence, facts } = report.checked;
    const scope = `${documents} documents, ${evidence} evidence spans, ${facts} facts${
      sources ? `, against the sources in ${config.seedsDir}` : ''
    }`;
    if (report.problems.length === 0) {
      console.log(`verify: sound (${scope})`);
      return;
    }
    console.error(`verify: ${report.problems.length} problem(s) (${scope}):`);
    for (const problem of report.problems) console.error(`  ${problem}`);
    process.exitCode = 1;
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DomainError) console.error(`verify: ${error.message}`);
  else console.error('verify failed:', error);
  process.exitCode = error instanceof ConfigError ? 2 : 1;
});
