import Ajv from 'ajv';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * External validators of the export formats: xmllint (Debian libxml2-utils) with
 * the offline schemas in the shared data folder, networkx (Debian python3-networkx)
 * for round trips, ajv for JSON Graph Format. .ci/run installs the tools; on a
 * machine without them the checks that need them print why and pass.
 */
const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

/** The shared data folder: ../shared beside the project (as CI clones it), or SHARED_DIR. */
export const SHARED_DIR = path.resolve(process.env['SHARED_DIR'] ?? path.join(ROOT, '../shared'));
const SCHEMAS = path.join(SHARED_DIR, 'data/schemas');
export const GRAPHML_XSD = path.join(SCHEMAS, 'graphml-1.0/graphml.xsd');
export const GRAPHML_CATALOG = path.join(SCHEMAS, 'graphml-1.0/catalog.xml');
export const GEXF_13_XSD = path.join(SCHEMAS, 'gexf-1.3/gexf.xsd');
export const JGF_SCHEMA = path.join(SCHEMAS, 'jgf/json-graph-schema_v2.json');

const reported = new Set<string>();
/** Prints why a check is skipped (once per reason) and returns false, for `if (!available) return`. */
export function skip(reason: string): false {
  if (!reported.has(reason)) {
    reported.add(reason);
    console.log(`export validation skipped: ${reason}`);
  }
  return false;
}

let xmllint: Promise<boolean> | undefined;
export async function xmllintReady(): Promise<boolean> {
  xmllint ??= run('xmllint', ['--version']).then(
    () => true,
    () => false,
  );
  if (!(await xmllint)) return skip('xmllint not installed (apt-get install libxml2-utils)');
  if (!existsSync(GRAPHML_XSD) || !existsSync(GEXF_13_XSD)) {
    return skip(`schemas not found under ${SCHEMAS} (set SHARED_DIR)`);
  }
  return true;
}

let python: Promise<string | null> | undefined;
/** A Python that imports networkx: $PYTHON, Debian's /usr/bin/python3 (python3-networkx), or python3 on the PATH. */
async function networkxPython(): Promise<string | null> {
  python ??= (async () => {
    const candidates = [process.env['PYTHON'], '/usr/bin/python3', 'python3'].filter(
      (c): c is string => c !== undefined && c !== '',
    );
    for (const candidate of candidates) {
      try {
        await run(candidate, ['-c', 'import networkx']);
        return candidate;
      } catch {
        // try the next one
      }
    }
    return null;
  })();
  return python;
}

export async function networkxReady(): Promise<boolean> {
  if ((await networkxPython()) === null) {
    return skip('no python3 with networkx (apt-get install python3-networkx)');
  }
  return true;
}

/** A temporary folder for files handed to the external tools. */
export async function withFile<T>(
  name: string,
  content: string,
  use: (file: string) => Promise<T>,
): Promise<T> {
  const folder = await mkdtemp(path.join(tmpdir(), 'polgraph-export-'));
  try {
    const file = path.join(folder, name);
    await writeFile(file, content, 'utf8');
    return await use(file);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export interface SchemaResult {
  readonly valid: boolean;
  readonly output: string;
  readonly command: string;
}

/** `xmllint --nonet --noout --schema XSD FILE`, offline through the GraphML catalog. */
export async function validateXml(content: string, xsd: string, name: string): Promise<SchemaResult> {
  return withFile(name, content, async (file) => {
    const command = `XML_CATALOG_FILES=${GRAPHML_CATALOG} xmllint --nonet --noout --schema ${xsd} ${name}`;
    try {
      const { stdout, stderr } = await run('xmllint', ['--nonet', '--noout', '--schema', xsd, file], {
        env: { ...process.env, XML_CATALOG_FILES: GRAPHML_CATALOG },
      });
      return { valid: true, output: `${stdout}${stderr}`.trim(), command };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      return { valid: false, output: `${e.stdout ?? ''}${e.stderr ?? e.message}`.trim(), command };
    }
  });
}

export interface NetworkxGraph {
  readonly version: string;
  readonly nodes: number;
  readonly edges: number;
  readonly directed: boolean;
  readonly graph: Record<string, string>;
  readonly nodeData: Record<string, Record<string, unknown>>;
  readonly edgeData: (Record<string, unknown> & { _source: string; _target: string })[];
}

const READ_WITH_NETWORKX = `
import json, sys
import networkx as nx
fmt, path = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if fmt == 'graphml' else nx.read_gexf(path)
print(json.dumps({
  'version': nx.__version__,
  'nodes': g.number_of_nodes(),
  'edges': g.number_of_edges(),
  'directed': g.is_directed(),
  'graph': {str(k): str(v) for k, v in g.graph.items()},
  'nodeData': {str(n): d for n, d in g.nodes(data=True)},
  'edgeData': [dict(d, _source=str(u), _target=str(v)) for u, v, d in g.edges(data=True)],
}, default=str))
`;

/** Reads a GraphML or GEXF (1.2draft) file with networkx: `python3 -c <script> graphml|gexf FILE`. */
export async function readWithNetworkx(
  content: string,
  format: 'graphml' | 'gexf',
  name: string,
): Promise<NetworkxGraph> {
  const interpreter = await networkxPython();
  if (interpreter === null) throw new Error('networkx is not available');
  return withFile(name, content, async (file) => {
    const { stdout } = await run(interpreter, ['-c', READ_WITH_NETWORKX, format, file], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout) as NetworkxGraph;
  });
}

let jgfValidator: ReturnType<Ajv['compile']> | undefined;
/** Validates against the JSON Graph Format v2 schema (draft-07) with ajv; null when the schema is missing. */
export function validateJgf(document: unknown): { valid: boolean; errors: string } | null {
  if (!existsSync(JGF_SCHEMA)) {
    skip(`JGF schema not found at ${JGF_SCHEMA} (set SHARED_DIR)`);
    return null;
  }
  jgfValidator ??= new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(JGF_SCHEMA, 'utf8')));
  const valid = jgfValidator(document) as boolean;
  return { valid, errors: JSON.stringify(jgfValidator.errors ?? []) };
}
