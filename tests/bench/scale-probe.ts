import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createServices, openStore, startApp } from '../../src/app';
import { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import { loadConfig } from '../../src/config';
import type { GraphStore } from '../../src/ports/graph-store.port';
import type { NameIndex } from '../../src/services/name-index';
import { kuzuFullTextFloor } from './full-text-floor';
import { PAGED_EVENTS_QUESTION, PAGED_TIES_QUESTION } from '../support/nested-questions';
import { generateGraphStream, SIZES } from './generate';
import { GraphqlClient } from './http-client';
import { ms, summarise, timed } from './measure';
import { Rng } from './prng';

/**
 * Issue 14 at scale, without the whole bench: builds one size's graph into a
 * folder once, then measures against it as often as needed.
 *
 *   node dist/tests/bench/scale-probe.js build <folder> [size]   # generate + writeGraph, keep the store
 *   node dist/tests/bench/scale-probe.js measure <folder> [runs]  # hub pages and search, direct and HTTP
 *
 * `measure` reports, in one process and interleaved: hub `events` / `timeline`
 * pages (the ten hubs, first and later pages, with and without filters), and
 * `search` next to Kuzu's own `QUERY_FTS_INDEX` calls on the same words (the three indexes
 * `search` queries, in the one statement the store runs, and each index alone).
 */
interface Meta {
  readonly hubIds: readonly string[];
  readonly actorIds: readonly string[];
  readonly searchWords: readonly string[];
  readonly actorNames: readonly string[];
}

function configFor(folder: string) {
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    KUZU_PATH: path.join(folder, 'graph.kuzu'),
    SEEDS_DIR: path.resolve('seeds'),
    INGEST_ON_START: 'false',
    GRAPH_STORE: 'kuzu',
  });
}

async function build(folder: string, size: string): Promise<void> {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size}`);
  const graph = generateGraphStream(spec, 20250621);
  const meta: Meta = {
    hubIds: graph.hubIds,
    actorIds: graph.actorIds,
    searchWords: graph.searchWords,
    actorNames: graph.actorNames,
  };
  await writeFile(path.join(folder, 'meta.json'), JSON.stringify(meta));
  // The product's write path: the graph streams in (writeGraphChunks); the buffer pool the
  // size needs (SizeSpec.bufferPoolMb), the product's other defaults.
  const store = await KuzuGraphStore.open(configFor(folder).kuzuPath, { bufferPoolMb: spec.bufferPoolMb });
  await store.initSchema();
  const start = performance.now();
  await store.writeGraphChunks(graph.chunks());
  console.log(
    `writeGraphChunks ${((performance.now() - start) / 1000).toFixed(1)} s (generation included), ` +
      `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
  await store.close();
}

type Probe = { name: string; run: (rng: Rng) => Promise<unknown> };

async function measure(folder: string, runs: number): Promise<void> {
  const meta = JSON.parse(await readFile(path.join(folder, 'meta.json'), 'utf8')) as Meta;
  const config = configFor(folder);
  const store: GraphStore = await openStore(config);
  let start = performance.now();
  await store.initSchema();
  console.log(`initSchema ${ms(performance.now() - start)} ms`);
  const services = createServices(store, config.seedsDir);
  const app = await startApp(config, { store, log: () => undefined });
  const client = new GraphqlClient(app.url);
  const page = 'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type title date } }';
  const hub = (rng: Rng) => rng.pick(meta.hubIds);
  const word = (rng: Rng) => rng.pick(meta.searchWords);
  const text = (rng: Rng) =>
    rng.chance(0.5)
      ? rng.pick(meta.actorNames.slice(0, 5000))
      : rng.chance(0.5)
        ? word(rng)
        : `${word(rng)} ${word(rng)}`;
  // Kuzu's own full-text call on one connection, outside the store's methods (the floor for `search`).
  const internals = store as unknown as {
    withConnection?: (c: string, t: undefined, w: (conn: unknown) => Promise<unknown>) => Promise<unknown>;
    run: (conn: unknown, name: string, params: Record<string, unknown>, text: string) => Promise<unknown>;
  };
  const raw = internals.withConnection
    ? (text: string, params: Record<string, unknown>) =>
        internals.withConnection!.call(store, 'probe', undefined, (conn) =>
          internals.run.call(store, conn, 'search_text', params, text),
        )
    : null;
  const probes: Probe[] = [
    { name: 'floor { __typename } HTTP', run: () => client.post('{ __typename }') },
    {
      name: 'hub events first:20 direct',
      run: (rng) => services.events.list({ participantId: hub(rng) }, { first: 20 }),
    },
    {
      name: 'hub timeline first:20 HTTP',
      run: (rng) =>
        client.post(`query ($id: ID) { timeline(actorId: $id, first: 20) { ${page} } }`, { id: hub(rng) }),
    },
    {
      name: 'hub events first:20 HTTP',
      run: (rng) =>
        client.post(`query ($id: ID) { events(filter: { participantId: $id }, first: 20) { ${page} } }`, {
          id: hub(rng),
        }),
    },
    {
      name: 'hub events 2019 MEETING HTTP',
      run: (rng) =>
        client.post(
          `query ($id: ID) { events(filter: { participantId: $id, types: [MEETING], from: "2019-01-01", to: "2019-12-31" }, first: 20) { ${page} } }`,
          { id: hub(rng) },
        ),
    },
    {
      name: 'hub actor eventsConnection first:20 HTTP',
      run: (rng) =>
        client.post(`query ($id: ID) { actor(id: $id) { name eventsConnection(first: 20) { ${page} } } }`, {
          id: hub(rng),
        }),
    },
    {
      name: 'hub actor tiesConnection first:20 HTTP',
      run: (rng) =>
        client.post(
          `query ($id: ID) { actor(id: $id) { name tiesConnection(first: 20) { totalCount edges { node { id type source { name } target { name } } } } } }`,
          { id: hub(rng) },
        ),
    },
    {
      name: 'hub actor tiesConnection count HTTP',
      run: (rng) =>
        client.post(`query ($id: ID) { actor(id: $id) { name tiesConnection(first: 20) { totalCount } } }`, {
          id: hub(rng),
        }),
    },
    {
      name: 'hub paged ties question HTTP',
      run: (rng) => client.post(PAGED_TIES_QUESTION, { id: hub(rng) }),
    },
    {
      name: 'hub paged events question HTTP',
      run: (rng) => client.post(PAGED_EVENTS_QUESTION, { id: hub(rng) }),
    },
    {
      name: 'any actor timeline HTTP',
      run: (rng) =>
        client.post(`query ($id: ID) { timeline(actorId: $id, first: 20) { ${page} } }`, {
          id: rng.pick(meta.actorIds),
        }),
    },
    { name: 'search direct', run: (rng) => services.search.search(text(rng), 10) },
    {
      name: 'search HTTP',
      run: (rng) =>
        client.post('query ($text: String!) { search(text: $text, first: 10) { id kind score } }', {
          text: text(rng),
        }),
    },
  ];
  if (raw) {
    probes.push({
      name: 'raw QUERY_FTS_INDEX statements top 10',
      run: (rng) =>
        raw(
          "CALL QUERY_FTS_INDEX('Statement', 'statement_text_fts', $text, top := 10) RETURN node.id AS id, score",
          { text: word(rng) },
        ),
    });
  }
  const floor = kuzuFullTextFloor(store);
  if (floor) {
    // The floor for `search` (full-text-floor.ts), as the bench measures it.
    probes.push({ name: 'raw search_text, 3 indexes, query words', run: (rng) => floor(text(rng), 10) });
  }
  // The parts of a search, each on its own: what the service adds to the store's full-text call.
  const searchInternals = services.search as unknown as { nameIndex(): Promise<NameIndex> };
  const index = await searchInternals.nameIndex();
  probes.push(
    { name: 'search part: graphVersion', run: () => store.graphVersion() },
    { name: 'search part: name index match', run: async (rng) => index.match(text(rng), 10) },
    { name: 'search part: searchText 1 word', run: (rng) => store.searchText(word(rng), 10) },
    {
      name: 'search part: searchText 2 words',
      run: (rng) => store.searchText(`${word(rng)} ${word(rng)}`, 10),
    },
  );
  if (raw) {
    for (const [table, index] of [
      ['Event', 'event_text_fts'],
      ['Document', 'document_text_fts'],
    ]) {
      probes.push({
        name: `raw QUERY_FTS_INDEX ${table} top 10`,
        run: (rng) =>
          raw(`CALL QUERY_FTS_INDEX('${table}', '${index}', $text, top := 10) RETURN node.id AS id, score`, {
            text: word(rng),
          }),
      });
    }
  }
  // Before/after on the same store: a hub's first page and count with the query texts
  // of an earlier commit (OLD_QUERIES=folder holding its list/count files) and with today's.
  const oldFolder = process.env['OLD_QUERIES'];
  if (raw && oldFolder) {
    const params = (rng: Rng) => ({
      participantId: hub(rng),
      anyType: true,
      types: ['\u0000'],
      from: '',
      to: '',
    });
    for (const name of ['list_events_by_participant', 'count_events_by_participant']) {
      const paged = name.startsWith('list') ? { after: '', limit: 21 } : {};
      const texts = {
        old: await readFile(path.join(oldFolder, `${name}.cypher`), 'utf8'),
        new: await readFile(path.resolve('cypher/kuzu', `${name}.cypher`), 'utf8'),
      };
      for (const [label, file] of Object.entries(texts)) {
        const text = file
          .split('\n')
          .filter((line) => !line.trimStart().startsWith('//'))
          .join('\n');
        probes.push({
          name: `hub ${name.split('_')[0]} ${label} query`,
          run: (rng) => raw(text, { ...params(rng), ...paged }),
        });
      }
    }
  }
  const only = process.env['PROBES']?.split(',');
  const chosen = only ? probes.filter((p) => only.some((o) => p.name.includes(o))) : probes;
  const samples = new Map<string, number[]>(chosen.map((p) => [p.name, []]));
  const rng = new Rng(7);
  for (let i = 0; i < 10; i++) for (const p of chosen) await p.run(rng);
  for (let i = 0; i < runs; i++) {
    for (const p of chosen) samples.get(p.name)!.push(await timed(() => p.run(rng)));
  }
  for (const p of chosen) {
    const s = summarise(samples.get(p.name)!);
    console.log(`${p.name.padEnd(40)} p50 ${ms(s.p50).padStart(6)}  p95 ${ms(s.p95).padStart(6)} ms`);
  }
  start = performance.now();
  client.close();
  await app.close();
}

async function main(): Promise<void> {
  const [mode, folder, extra] = process.argv.slice(2);
  if (!folder) throw new Error('usage: scale-probe.js build|measure <folder> [size|runs]');
  if (mode === 'build') await build(folder, extra ?? 'L');
  else if (mode === 'measure') await measure(folder, Number(extra ?? 100));
  else throw new Error(`unknown mode ${mode ?? ''}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
