import path from 'node:path';
import { stableId } from '../domain/ids';
import { isPartialDate, parsePartialDate } from '../domain/partial-date';
import type { Proposal, ProposalKind, ProposalStatus, ProposedRecord } from '../domain/review';
import { nameKey } from '../domain/text';
import type { FactKind } from '../domain/vocabulary';
import { surnameGender, type Gender } from '../extract/names';
import { EvidenceLocator } from './evidence-locator';
import type { ProblemCollector } from './problem-collector';
import { ACTOR_DECISIONS_FILE, type RawFile, type RawSources, type SourceWarning } from './source-files';
import { actorDecisionsSchema, documentDecisionsSchema, type ActorDecisions } from './source.schema';

/**
 * Review happens in the sources: an extracted fact carries `status: EXTRACTED` in
 * its annotation, and decisions/<document>.yaml accepts or rejects it by id;
 * decisions/actor-decisions.yaml merges and renames actors. This step turns the
 * sources into what the graph holds (curated and accepted facts, merges and
 * renames applied) before the graph builder reads them, so every ingest and
 * rebuild replays the decisions and no query can see a pending fact.
 */
export interface ReviewedSources {
  /** Curated and accepted facts: what the graph holds. */
  readonly sources: RawSources;
  /** The same with the pending proposals too; null when nothing is pending. */
  readonly withPending: RawSources | null;
  readonly proposals: readonly Proposal[];
  /** Every actor of the registry after merges and renames (proposed ones too), id → name. */
  readonly actorNames: ReadonlyMap<string, string>;
  /** Decisions on ids no annotation proposes any more (the fact was edited or extracted anew). */
  readonly warnings: readonly SourceWarning[];
}

export const PROPOSAL_SECTIONS: Readonly<Record<string, ProposalKind>> = {
  mentions: 'MENTION',
  events: 'EVENT',
  statements: 'STATEMENT',
  ties: 'TIE',
  claims: 'CLAIM',
};

const FACT_KIND: Record<ProposalKind, FactKind> = {
  MENTION: 'ACTOR_MENTION',
  EVENT: 'EVENT',
  STATEMENT: 'STATEMENT',
  TIE: 'TIE',
  CLAIM: 'CLAIM',
};

type Item = Record<string, unknown>;

const isItem = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with keys sorted at every level: the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isItem(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * A proposal's id, from its document, section and content (status aside): the
 * same text extracted again proposes the same ids, so decisions keep applying; an
 * edited proposal is a new one, to be reviewed again.
 */
export function proposalId(documentId: string, section: string, item: Item): string {
  const { status: _status, ...content } = item;
  return stableId('fact', documentId, section, canonical(content));
}

interface Decisions {
  readonly byDocument: Map<string, Map<string, 'ACCEPTED' | 'REJECTED'>>;
  readonly actors: ActorDecisions;
}

function readDecisions(files: readonly RawFile[], problems: ProblemCollector): Decisions {
  const byDocument = new Map<string, Map<string, 'ACCEPTED' | 'REJECTED'>>();
  const actors: ActorDecisions = { merges: [], renames: [] };
  for (const raw of files) {
    if (raw.parseError !== null) {
      problems.add(raw.file, '(file)', '(file)', `not valid YAML: ${raw.parseError}`);
      continue;
    }
    if (path.basename(raw.file) === ACTOR_DECISIONS_FILE) {
      const parsed = actorDecisionsSchema.safeParse(raw.content ?? {});
      if (!parsed.success) {
        problems.addZodError(raw.file, parsed.error, (at) => describe(at));
        continue;
      }
      actors.merges.push(...parsed.data.merges);
      actors.renames.push(...parsed.data.renames);
      continue;
    }
    const parsed = documentDecisionsSchema.safeParse(raw.content);
    if (!parsed.success) {
      problems.addZodError(raw.file, parsed.error, (at) => describe(at));
      continue;
    }
    const { document, accepted, rejected } = parsed.data;
    if (path.basename(raw.file) !== `${document}.yaml`) {
      problems.add(raw.file, '(file)', 'document', `decisions on ${document} must be named ${document}.yaml`);
    }
    const decided = new Map<string, 'ACCEPTED' | 'REJECTED'>();
    accepted.forEach((id) => decided.set(id, 'ACCEPTED'));
    rejected.forEach((id, index) => {
      if (decided.has(id)) {
        problems.add(raw.file, `rejected[${index}] (${id})`, 'rejected', 'is also accepted: decide once');
      }
      decided.set(id, 'REJECTED');
    });
    byDocument.set(document, decided);
  }
  return { byDocument, actors };
}

function describe(at: PropertyKey[]): string {
  const [section, index] = at;
  if (typeof section !== 'string') return '';
  return typeof index === 'number' ? `${section}[${index}]` : section;
}

/** Registry entries, by id, across every registry file (the raw objects, to be edited in a copy). */
function registryActors(files: readonly RawFile[]): Map<string, { entry: Item; file: RawFile }> {
  const byId = new Map<string, { entry: Item; file: RawFile }>();
  for (const file of files) {
    const actors = isItem(file.content) ? file.content['actors'] : undefined;
    if (!Array.isArray(actors)) continue;
    for (const entry of actors) {
      if (isItem(entry) && typeof entry['id'] === 'string') byId.set(entry['id'], { entry, file });
    }
  }
  return byId;
}

function spellings(entry: Item): string[] {
  const aliases = Array.isArray(entry['aliases']) ? entry['aliases'] : [];
  return [entry['name'], ...aliases].filter((s): s is string => typeof s === 'string');
}

/**
 * The sex a person's surname forms mark, by majority: sources in another language
 * may use the other form now and then ("Svitlana Tykhanovsky").
 */
function genderOf(entry: Item): Gender {
  const marks = spellings(entry).map((s) => surnameGender(s.trim().split(/\s+/).pop() ?? ''));
  const f = marks.filter((g) => g === 'F').length;
  const m = marks.filter((g) => g === 'M').length;
  return f > m ? 'F' : m > f ? 'M' : undefined;
}

/** Ties that only hold between two different people. */
const KIN_TIES = new Set(['SPOUSE_OF', 'FAMILY_OF']);

/** Pairs of actors the annotations say are kin ("a|b", both orders): never one person. */
function kinPairs(annotations: readonly RawFile[]): Set<string> {
  const pairs = new Set<string>();
  for (const file of annotations) {
    const ties = isItem(file.content) ? file.content['ties'] : undefined;
    if (!Array.isArray(ties)) continue;
    for (const tie of ties) {
      if (!isItem(tie) || !KIN_TIES.has(String(tie['type']))) continue;
      pairs.add(`${String(tie['source'])}|${String(tie['target'])}`);
      pairs.add(`${String(tie['target'])}|${String(tie['source'])}`);
    }
  }
  return pairs;
}

/**
 * Why two actors must not be merged, or null: kinds differ, or two people whose
 * names mark different sexes (a wife is never merged into her husband), or whom
 * the sources tie as spouses or family, or the registry lists under one ambiguous
 * alias (it says they are distinct).
 */
export function mergeRefusal(
  source: Item,
  target: Item,
  registry: readonly RawFile[],
  kin: ReadonlySet<string>,
): string | null {
  const [s, t] = [String(source['id']), String(target['id'])];
  if (s === t) return 'an actor cannot be merged into itself';
  if (kin.has(`${s}|${t}`)) return `${s} and ${t} are two people: the sources tie them as spouses or family`;
  if (source['kind'] !== target['kind']) {
    return `${s} is ${String(source['kind'])} and ${t} is ${String(target['kind'])}: different kinds of actor`;
  }
  if (source['kind'] === 'PERSON') {
    const [a, b] = [genderOf(source), genderOf(target)];
    if (a !== undefined && b !== undefined && a !== b) {
      return `${s} and ${t} are two people: their names mark different sexes`;
    }
  }
  for (const file of registry) {
    const ambiguous = isItem(file.content) ? file.content['ambiguousAliases'] : undefined;
    if (!Array.isArray(ambiguous)) continue;
    for (const entry of ambiguous) {
      const ids = isItem(entry) && Array.isArray(entry['actors']) ? entry['actors'] : [];
      if (ids.includes(s) && ids.includes(t)) {
        return `the registry marks ${s} and ${t} as distinct (ambiguous alias "${String(entry['alias'])}")`;
      }
    }
  }
  return null;
}

/** Every actor id an annotation record refers to. */
function actorRefs(section: string, item: Item): string[] {
  const ids: unknown[] = [];
  if (section === 'mentions') ids.push(item['actor']);
  if (section === 'events' && Array.isArray(item['participants'])) {
    for (const p of item['participants']) if (isItem(p)) ids.push(p['actor']);
  }
  if (section === 'statements') {
    ids.push(item['speaker']);
    if (Array.isArray(item['about'])) ids.push(...(item['about'] as unknown[]));
  }
  if (section === 'ties') ids.push(item['source'], item['target']);
  if (section === 'claims') ids.push(item['subject']);
  return ids.filter((id): id is string => typeof id === 'string');
}

/** Replaces merged actors by their targets in one annotation record (in place). */
function rewriteRefs(section: string, item: Item, to: (id: string) => string): void {
  const swap = (key: string, on: Item = item): void => {
    if (typeof on[key] === 'string') on[key] = to(on[key]);
  };
  if (section === 'mentions') swap('actor');
  if (section === 'events' && Array.isArray(item['participants'])) {
    for (const p of item['participants']) if (isItem(p)) swap('actor', p);
  }
  if (section === 'statements') {
    swap('speaker');
    if (Array.isArray(item['about'])) {
      item['about'] = [
        ...new Set((item['about'] as unknown[]).map((id) => (typeof id === 'string' ? to(id) : id))),
      ];
    }
  }
  if (section === 'ties') ['source', 'target'].forEach((key) => swap(key));
  if (section === 'claims') swap('subject');
}

/**
 * Applies the decisions to a copy of the sources: merges and renames on the
 * registry and every reference, EXTRACTED facts kept only when accepted (or,
 * for `withPending`, unless rejected), proposed actors kept only when a kept
 * fact involves them. Problems in decision files are recorded, naming file,
 * record and field.
 */
export function reviewSources(sources: RawSources, problems: ProblemCollector): ReviewedSources {
  const decisions = readDecisions(sources.decisions ?? [], problems);
  // Copies only where decisions edit: large imported sources without merges are read as they are.
  const edits = decisions.actors.merges.length > 0 || decisions.actors.renames.length > 0;
  const registry = edits
    ? sources.registry.map((file) => ({ ...file, content: structuredClone(file.content) }))
    : [...sources.registry];
  const actors = registryActors(registry);
  const kin = kinPairs(sources.annotations);
  const mergedInto = new Map<string, string>();
  const target = (id: string): string => {
    let at = id;
    for (let hops = 0; mergedInto.has(at) && hops < 100; hops++) at = mergedInto.get(at) as string;
    return at;
  };
  decisions.actors.merges.forEach((merge, index) => {
    const record = `merges[${index}] (${merge.source} → ${merge.target})`;
    const file = `decisions/${ACTOR_DECISIONS_FILE}`;
    const source = actors.get(target(merge.source));
    const into = actors.get(target(merge.target));
    if (!source) return problems.add(file, record, 'source', `unknown actor id "${merge.source}"`);
    if (!into) return problems.add(file, record, 'target', `unknown actor id "${merge.target}"`);
    const refusal = mergeRefusal(source.entry, into.entry, registry, kin);
    if (refusal) return problems.add(file, record, 'target', refusal);
    // The target keeps its name; the source's spellings become its aliases.
    const known = new Set(spellings(into.entry).map(nameKey));
    const added = spellings(source.entry).filter((s) => !known.has(nameKey(s)));
    into.entry['aliases'] = [
      ...(Array.isArray(into.entry['aliases']) ? into.entry['aliases'] : []),
      ...added,
    ];
    if (into.entry['status'] === 'EXTRACTED' && source.entry['status'] !== 'EXTRACTED') {
      delete into.entry['status'];
    }
    const list = (source.file.content as Item)['actors'] as unknown[];
    list.splice(list.indexOf(source.entry), 1);
    actors.delete(String(source.entry['id']));
    mergedInto.set(String(source.entry['id']), String(into.entry['id']));
    for (const file of registry) {
      const ambiguous = isItem(file.content) ? file.content['ambiguousAliases'] : undefined;
      if (!Array.isArray(ambiguous)) continue;
      for (const entry of ambiguous) {
        if (isItem(entry) && Array.isArray(entry['actors'])) {
          entry['actors'] = [...new Set((entry['actors'] as unknown[]).map((id) => target(String(id))))];
        }
      }
    }
  });
  decisions.actors.renames.forEach((rename, index) => {
    const file = `decisions/${ACTOR_DECISIONS_FILE}`;
    const found = actors.get(target(rename.actor));
    if (!found) {
      problems.add(
        file,
        `renames[${index}] (${rename.actor})`,
        'actor',
        `unknown actor id "${rename.actor}"`,
      );
      return;
    }
    const aliases = (Array.isArray(found.entry['aliases']) ? found.entry['aliases'] : []) as unknown[];
    const old = found.entry['name'];
    const kept = aliases.filter((a) => typeof a !== 'string' || nameKey(a) !== nameKey(rename.name));
    if (typeof old === 'string' && nameKey(old) !== nameKey(rename.name)) kept.push(old);
    found.entry['name'] = rename.name;
    found.entry['aliases'] = kept;
  });

  const proposals: Proposal[] = [];
  const curated: RawFile[] = [];
  const pending: RawFile[] = [];
  for (const file of sources.annotations) {
    if (!isItem(file.content) || typeof file.content['document'] !== 'string') {
      curated.push(file);
      pending.push(file);
      continue;
    }
    if (!edits && !hasProposals(file.content)) {
      curated.push(file);
      pending.push(file);
      continue;
    }
    const documentId = file.content['document'];
    const text = sources.documents.get(documentId);
    const decided = decisions.byDocument.get(documentId);
    const kept: Item = { ...file.content };
    const open: Item = { ...file.content };
    for (const [section, kind] of Object.entries(PROPOSAL_SECTIONS)) {
      const list = file.content[section];
      if (!Array.isArray(list)) continue;
      const keptList: unknown[] = [];
      const openList: unknown[] = [];
      for (const original of list) {
        if (!isItem(original)) {
          keptList.push(original);
          openList.push(original);
          continue;
        }
        const item = edits ? structuredClone(original) : original;
        if (edits) rewriteRefs(section, item, target);
        if (item['status'] !== 'EXTRACTED') {
          keptList.push(item);
          openList.push(item);
          continue;
        }
        const id = proposalId(documentId, section, original);
        const status: ProposalStatus = decided?.get(id) ?? 'EXTRACTED';
        if (status === 'ACCEPTED') keptList.push(item);
        if (status !== 'REJECTED') openList.push(item);
        const proposal = text !== undefined ? toProposal(id, documentId, kind, status, item, text) : null;
        if (proposal) proposals.push(proposal);
      }
      kept[section] = keptList;
      open[section] = openList;
    }
    curated.push({ ...file, content: kept });
    pending.push({ ...file, content: open });
  }
  const anyPending = proposals.some((p) => p.status === 'EXTRACTED');
  const proposed = new Set(proposals.map((p) => p.id));
  const warnings: SourceWarning[] = [];
  for (const [documentId, decided] of decisions.byDocument) {
    const stale = [...decided.keys()].filter((id) => !proposed.has(id));
    if (stale.length > 0) {
      warnings.push({
        file: `decisions/${documentId}.yaml`,
        message: `decides on ${stale.length} proposal(s) no annotation makes any more (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''}): kept, without effect`,
      });
    }
  }
  const actorNames = new Map(
    [...actors.values()].map(({ entry }) => [String(entry['id']), String(entry['name'])]),
  );
  proposals.sort((a, b) =>
    a.documentId !== b.documentId
      ? a.documentId < b.documentId
        ? -1
        : 1
      : a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1),
  );
  return {
    sources: { ...sources, registry: withoutUnusedProposedActors(registry, curated), annotations: curated },
    withPending: anyPending
      ? { ...sources, registry: withoutUnusedProposedActors(registry, pending), annotations: pending }
      : null,
    proposals,
    actorNames,
    warnings,
  };
}

/** Whether an annotation holds any EXTRACTED fact. */
function hasProposals(content: Item): boolean {
  return Object.keys(PROPOSAL_SECTIONS).some((section) => {
    const list = content[section];
    return Array.isArray(list) && list.some((item) => isItem(item) && item['status'] === 'EXTRACTED');
  });
}

/** Proposed actors (registry status EXTRACTED) enter with the first kept fact that involves them. */
function withoutUnusedProposedActors(
  registry: readonly RawFile[],
  annotations: readonly RawFile[],
): RawFile[] {
  const used = new Set<string>();
  for (const file of annotations) {
    if (!isItem(file.content)) continue;
    for (const section of Object.keys(PROPOSAL_SECTIONS)) {
      const list = file.content[section];
      if (Array.isArray(list))
        for (const item of list) if (isItem(item)) actorRefs(section, item).forEach((id) => used.add(id));
    }
    const author = file.content['author'];
    if (isItem(author) && typeof author['actor'] === 'string') used.add(author['actor']);
  }
  return registry.map((file) => {
    const content = file.content;
    if (!isItem(content) || !Array.isArray(content['actors'])) return file;
    const actors = (content['actors'] as unknown[]).filter(
      (entry) => !isItem(entry) || entry['status'] !== 'EXTRACTED' || used.has(String(entry['id'])),
    );
    return { ...file, content: { ...content, actors } };
  });
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

function toProposal(
  id: string,
  documentId: string,
  kind: ProposalKind,
  status: ProposalStatus,
  item: Item,
  documentText: string,
): Proposal | null {
  if (typeof item['quote'] !== 'string') return null;
  const located = new EvidenceLocator(documentId, documentText).locate(
    { quote: item['quote'], occurrence: num(item['occurrence']) ?? undefined },
    id,
    FACT_KIND[kind],
  );
  if (typeof located === 'string') return null;
  const date = text(item['date']);
  const parsed = date !== null ? parsePartialDate(date) : null;
  const participants = Array.isArray(item['participants'])
    ? item['participants']
        .filter(isItem)
        .map((p) => ({ actorId: String(p['actor']), role: String(p['role']) }))
    : [];
  const record: ProposedRecord = {
    actorId: kind === 'MENTION' ? text(item['actor']) : null,
    eventId: kind === 'EVENT' ? text(item['id']) : null,
    eventType: kind === 'EVENT' ? text(item['type']) : null,
    title: text(item['title']),
    date,
    datePrecision: parsed && isPartialDate(parsed) ? parsed.precision : null,
    endDate: text(item['endDate']),
    dateInferred: item['dateInferred'] === true,
    placeId: text(item['place']),
    participants,
    speakerId: text(item['speaker']),
    mode: text(item['mode']),
    attribution: text(item['attribution']),
    about: Array.isArray(item['about']) ? item['about'].map(String) : [],
    sourceId: kind === 'TIE' ? text(item['source']) : null,
    targetId: kind === 'TIE' ? text(item['target']) : null,
    tieType: kind === 'TIE' ? text(item['type']) : null,
    role: kind === 'TIE' ? text(item['role']) : null,
    subjectId: text(item['subject']),
    property: text(item['property']),
    value: text(item['value']),
    minimum: num(item['minimum']),
    maximum: num(item['maximum']),
  };
  return {
    id,
    documentId,
    kind,
    status,
    quote: located.quote,
    start: located.start,
    end: located.end,
    record,
  };
}
