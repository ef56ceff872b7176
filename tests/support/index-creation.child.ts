/**
 * Builds the statements' full-text index of the Kuzu store at KUZU_PATH again,
 * over enough statements that the build takes a few hundred milliseconds, so
 * that a test can kill it part-way (tests/support/killed-index-creation.ts).
 * Tells its parent `ready` just before the build starts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import kuzu from 'kuzu';

const FILLER_STATEMENTS = 20_000;

async function main(): Promise<void> {
  const database = new kuzu.Database(process.env['KUZU_PATH'] as string);
  const connection = new kuzu.Connection(database);
  const run = async (statement: string) => {
    const result = await connection.query(statement);
    for (const each of Array.isArray(result) ? result : [result]) each.close();
  };
  await run(`CALL DROP_FTS_INDEX('Statement', 'statement_text_fts')`);
  await run(
    `UNWIND range(1, ${FILLER_STATEMENTS}) AS i
     WITH i, 'prisoners released talks envoy minsk number ' + CAST(i AS STRING) AS text
     CREATE (:Statement {id: 'filler-' + CAST(i AS STRING), text: text, searchText: text})`,
  );
  await run('CHECKPOINT');
  process.send?.('ready');
  // As the schema files create it.
  const schema = readFileSync(path.resolve(__dirname, '../../cypher/kuzu/fulltext_indexes.cypher'), 'utf8');
  const create = /CALL CREATE_FTS_INDEX\('Statement'[^;]*\)/.exec(schema)?.[0];
  if (create === undefined) throw new Error('fulltext_indexes.cypher creates no statement index');
  await run(create);
  process.send?.('built');
}

void main();
