import 'reflect-metadata';
import path from 'node:path';
import { startApp } from './app';
import { ConfigError, loadConfig } from './config';
import { DomainError, SourceValidationError } from './domain/errors';
import { prepareEmbeddedStore } from './startup/prepare-embedded-store';

/** Process concerns only: configuration, start-up messages, signals, exit codes. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const where = config.graphStore === 'kuzu' ? `Kuzu at ${config.kuzuPath}` : `Neo4j at ${config.neo4j?.uri}`;
  console.log(`polgraph: store ${where}`);
  const progress = (line: string) => console.log(`  ${line}`);
  if (config.graphStore === 'kuzu') {
    // The embedded store is opened, repaired and ingested in a child process
    // first: a crash of the native store there cannot take this process down.
    await prepareEmbeddedStore({
      kuzuPath: config.kuzuPath,
      ingest: config.ingestOnStart,
      env: process.env,
      childModule: path.join(__dirname, 'cli', 'prepare-store.cli.js'),
      progress,
      log: (line) => console.error(`polgraph: ${line}`),
    });
  }
  const app = await startApp(config, { progress, prepared: config.graphStore === 'kuzu' });
  console.log(
    `polgraph: GraphQL API at ${app.url}/graphql (writes ${config.apiKey ? 'enabled with API_KEY' : 'disabled'})`,
  );
  const stop = (signal: string) => {
    console.log(`polgraph: ${signal}, shutting down`);
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`polgraph: ${error.message}`);
  else if (error instanceof SourceValidationError) console.error(`polgraph: ${error.message}`);
  else if (error instanceof DomainError) console.error(`polgraph: ${error.message}`);
  else console.error('polgraph: failed to start:', error);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
