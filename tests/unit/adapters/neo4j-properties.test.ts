import path from 'node:path';
import { treeQuery } from '../../../src/adapters/neo4j/neo4j-tree-query';
import {
  CypherCatalog,
  NEO4J_TREE_QUERY_NAMES,
  queryNamesOf,
} from '../../../src/adapters/shared/cypher-catalog';
import { ROOT_LOOKUPS, type RootKind } from '../../../src/ports/graph-store.port';
import { everyRelation } from '../../support/read-plans';

/**
 * No Neo4j server runs here, and Neo4j reads a property no write sets as null
 * without a word: a renamed property (a tie's `role` read as `roles`) passes
 * every parser and fails only on a server. So every property a Neo4j query
 * reads, of a node label or relationship type its pattern binds, must be one
 * that some write query of that label or type sets.
 */
const catalog = new CypherCatalog('neo4j', path.resolve(__dirname, '../../../cypher'));
const names = queryNamesOf('neo4j').filter(
  (name) => !(NEO4J_TREE_QUERY_NAMES as readonly string[]).includes(name) && name !== 'schema',
);

/** The queries planned reads compose from the tree templates, by root kind, three relations deep. */
const composed: [string, string][] = (Object.keys(ROOT_LOOKUPS) as RootKind[]).map((kind) => [
  `planned read of ${kind}s by id`,
  treeQuery(catalog, { root: { by: 'ids', kind, ids: ['x'] }, plan: everyRelation(kind, 3) }).text,
]);

/** A template's placeholders as plain variables (the catalogue has already left the comments out). */
const codeOf = (text: string) => text.replace(/\{\{(\w+)\}\}/g, 'tpl_$1');

/** The label or type each variable of a query is bound to: `(v:Label`, `[v:TYPE`. */
function bindings(code: string): Map<string, string> {
  const bound = new Map<string, string>();
  for (const match of code.matchAll(/[([](\w+):(\w+)/g)) bound.set(match[1] as string, match[2] as string);
  return bound;
}

/** The properties one query sets, by label or type: `SET v.p = …` and `{p: …}` in a MERGE or CREATE pattern. */
function writtenBy(code: string): [string, string][] {
  const bound = bindings(code);
  const written: [string, string][] = [];
  for (const [, variable, keys] of code.matchAll(/(?:MERGE|CREATE)[^\n]*?[([](\w+):\w+ \{([^}]*)\}/g)) {
    for (const [, key] of (keys as string).matchAll(/(\w+):/g))
      written.push([bound.get(variable as string)!, key as string]);
  }
  for (const set of code.matchAll(
    /\bSET\b([\s\S]*?)(?=\n(?:RETURN|WITH|MERGE|MATCH|CREATE|UNWIND|FOREACH)\b|$)/g,
  )) {
    for (const [, variable, key] of (set[1] as string).matchAll(/\b(\w+)\.(\w+)\s*=/g)) {
      const label = bound.get(variable as string);
      if (label) written.push([label, key as string]);
    }
  }
  return written;
}

/** The properties one query reads, by label or type: `v.p` of a bound variable, outside what it sets. */
function readBy(code: string): [string, string][] {
  const bound = bindings(code);
  const reading = code.replace(
    /\bSET\b[\s\S]*?(?=\n(?:RETURN|WITH|MERGE|MATCH|CREATE|UNWIND|FOREACH)\b|$)/g,
    '',
  );
  const read: [string, string][] = [];
  for (const [, variable, key] of reading.matchAll(/(?<![.$\w])(\w+)\.(\w+)\b(?!\s*\()/g)) {
    const label = bound.get(variable as string);
    if (label) read.push([label, key as string]);
  }
  return read;
}

const written = new Map<string, Set<string>>();
for (const name of names.filter((each) => each.startsWith('write_'))) {
  for (const [label, key] of writtenBy(codeOf(catalog.get(name)))) {
    written.set(label, (written.get(label) ?? new Set()).add(key));
  }
}

/** The labels and types the writes create: `(v:Label`, `[:TYPE` in a MERGE or CREATE. */
const created = new Set(
  names
    .filter((each) => each.startsWith('write_'))
    .flatMap((name) =>
      [...codeOf(catalog.get(name)).matchAll(/^\s*(?:MERGE|CREATE)\b.*$/gm)].flatMap((line) =>
        [...line[0].matchAll(/[([]\w*:(\w+)/g)].map((match) => match[1] as string),
      ),
    ),
);

describe('Neo4j queries match only labels and types the writes create', () => {
  it.each(names)('%s', (name) => {
    const used = [...codeOf(catalog.get(name)).matchAll(/[([]\w*:(\w+)/g)].map((match) => match[1] as string);
    expect([...new Set(used)].filter((label) => !created.has(label))).toEqual([]);
  });
});

/**
 * The relationship patterns of a query, `(a:Actor)-[x:TIE]->(t)`, with the
 * labels of their ends where the pattern or an earlier binding names them.
 */
function relationships(code: string): { from: string; type: string; to: string; directed: boolean }[] {
  const bound = bindings(code);
  const node = String.raw`\(\s*(\w*)(?::(\w+))?[^()]*\)`;
  const pattern = new RegExp(`(?=${node}\\s*(<?)-\\[\\s*\\w*:(\\w+)([^\\]]*)\\]-(>?)\\s*${node})`, 'g');
  return [...code.matchAll(pattern)].flatMap((match) => {
    const [, leftVar, leftLabel, into, type, rest, out, rightVar, rightLabel] = match;
    // A path of several hops (`*`) or types (`|`) joins its ends through other nodes.
    if (/[*|]/.test(rest ?? '')) return [];
    const left = leftLabel ?? bound.get(leftVar ?? '');
    const right = rightLabel ?? bound.get(rightVar ?? '');
    if (left === undefined || right === undefined) return [];
    const [from, to] = into === '<' ? [right, left] : [left, right];
    return [{ from, type: type as string, to, directed: into === '<' || out === '>' }];
  });
}

const createdRelationships = new Set(
  names
    .filter((each) => each.startsWith('write_'))
    .flatMap((name) => relationships(codeOf(catalog.get(name))))
    .map(({ from, type, to }) => `${from}-${type}->${to}`),
);

describe('Neo4j queries follow relationships between the labels and in the direction the writes create them', () => {
  it('finds the relationships the writes create', () => {
    expect([...createdRelationships]).toEqual(
      expect.arrayContaining([
        'Actor-PARTICIPATED->Event',
        'Actor-TIE->Actor',
        'Evidence-FOUND_IN->Document',
      ]),
    );
  });

  it.each([...names.map((name): [string, string] => [name, catalog.get(name)]), ...composed])(
    '%s',
    (_name, text) => {
      const wrong = relationships(codeOf(text))
        .filter(({ from, type, to, directed }) => {
          const forward = createdRelationships.has(`${from}-${type}->${to}`);
          return directed ? !forward : !forward && !createdRelationships.has(`${to}-${type}->${from}`);
        })
        .map(({ from, type, to }) => `${from}-${type}->${to}`);
      expect(wrong).toEqual([]);
    },
  );
});

describe('Neo4j queries read only properties the writes set', () => {
  it('finds the writes of every kind of record', () => {
    expect([...written.keys()].sort()).toEqual(
      expect.arrayContaining([
        'Actor',
        'Claim',
        'Document',
        'Event',
        'Evidence',
        'PARTICIPATED',
        'Place',
        'Statement',
        'TIE',
      ]),
    );
    expect([...(written.get('TIE') ?? [])]).toEqual(
      expect.arrayContaining(['id', 'type', 'role', 'evidenceIds']),
    );
  });

  it.each([...names.map((name): [string, string] => [name, catalog.get(name)]), ...composed])(
    '%s',
    (_name, text) => {
      const unknown = readBy(codeOf(text))
        .filter(([label, key]) => written.has(label) && !written.get(label)?.has(key))
        .map(([label, key]) => `${label}.${key}`);
      expect([...new Set(unknown)]).toEqual([]);
    },
  );

  it('catches a property read under a name no write sets', () => {
    const read = readBy(codeOf('MATCH (s:Actor)-[x:TIE]->(t:Actor) RETURN x.roles AS roles, x.role AS role'));
    expect(read.filter(([label, key]) => !written.get(label)?.has(key))).toEqual([['TIE', 'roles']]);
  });
});
