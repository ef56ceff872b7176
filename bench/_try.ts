import { generateGraph, SIZES } from './generate';
const size = process.argv[2] ?? 'S';
const t = performance.now();
const g = generateGraph(SIZES[size]!);
const b = g.batch;
console.log(size, ((performance.now() - t) / 1000).toFixed(1), 's', Object.fromEntries(Object.entries(b).map(([k, v]) => [k, (v as unknown[]).length])));
console.log('hubs', g.hubParticipations, 'heap MB', Math.round(process.memoryUsage().heapUsed / 1e6), 'doc KB', Math.round(b.documents.reduce((n, d) => n + d.text.length, 0) / b.documents.length / 1000));
console.log(b.actors.slice(0, 3), b.events[0], b.statements[0], b.documents[0]!.text.slice(0, 600));
