import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';
import { CypherCatalog } from '../src/adapters/shared/cypher-catalog';
import { chunk, planWrites, WRITE_CHUNK_SIZE } from '../src/adapters/shared/write-plan';
import { generateGraph, SIZES } from './generate';
async function main() {
  const size = process.argv[2] ?? 'S';
  const g = generateGraph(SIZES[size]!);
  const dir = mkdtempSync(path.join(tmpdir(), 'pgb-'));
  const db = new kuzu.Database(path.join(dir, 'g.kuzu'), 1024 * 1024 * 1024, true, false, 64 * 1024 ** 3);
  const conn = new kuzu.Connection(db);
  const q = new CypherCatalog('kuzu');
  for (const s of q.statements('schema')) await conn.query(s);
  await conn.query('BEGIN TRANSACTION');
  for (const step of planWrites(g.batch)) {
    const t = performance.now();
    const times: number[] = [];
    const prepared = await conn.prepare(q.get(step.query));
    for (const rows of chunk(step.rows, WRITE_CHUNK_SIZE)) {
      const c = performance.now();
      const r = await conn.execute(prepared, { rows } as never);
      (Array.isArray(r) ? r[0] : r)!.close();
      times.push(Math.round(performance.now() - c));
    }
    console.log(step.query, step.rows.length, ((performance.now() - t) / 1000).toFixed(2), 's', times.length > 8 ? [...times.slice(0, 3), '…', ...times.slice(-3)] : times);
  }
  let t = performance.now();
  await conn.query('COMMIT');
  console.log('commit', ((performance.now() - t) / 1000).toFixed(2));
  t = performance.now();
  for (const s of q.statements('fulltext_indexes')) await conn.query(s);
  console.log('fts', ((performance.now() - t) / 1000).toFixed(2));
}
main();
