import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildGraphSchema, printGraphSchema } from '../../../src/graphql/schema';

describe('committed schema', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after changing the API)', async () => {
    const committed = await readFile(path.resolve(__dirname, '../../../schema/schema.graphql'), 'utf8');
    expect(printGraphSchema(await buildGraphSchema())).toBe(committed);
  });
});
