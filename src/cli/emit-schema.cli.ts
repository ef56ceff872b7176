import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildGraphSchema, printGraphSchema } from '../graphql/schema';

/** `npm run schema:emit`: rewrites schema/schema.graphql from the code. */
async function main(): Promise<void> {
  const target = path.resolve(process.argv[2] ?? 'schema/schema.graphql');
  await writeFile(target, printGraphSchema(await buildGraphSchema()), 'utf8');
  console.log(`schema written to ${target}`);
}

main().catch((error: unknown) => {
  console.error('schema emit failed:', error);
  process.exitCode = 1;
});
