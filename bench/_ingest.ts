import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KuzuGraphStore } from '../src/adapters/kuzu/kuzu.store';
import { generateGraph, SIZES } from './generate';
async function main() {
  const size = process.argv[2] ?? 'S';
  const g = generateGraph(SIZES[size]!);
  const dir = mkdtempSync(path.join(tmpdir(), 'pgb-'));
  const store = await KuzuGraphStore.open(path.join(dir, 'g.kuzu'));
  await store.initSchema();
  const t = performance.now();
  await store.writeGraph(g.batch);
  const s = (performance.now() - t) / 1000;
  console.log(size, s.toFixed(1), 's', Math.round(g.batch.participations.length / s), 'part/s', await store.counts());
  await store.close();
}
main();
