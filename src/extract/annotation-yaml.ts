import { Document, isMap, isScalar, isSeq, visit, type YAMLMap } from 'yaml';
import { codePointOffset, findAll, nameKey } from '../domain/text';
import type { DocumentAnnotation } from '../ingest/source.schema';
import { claimPropertyOf } from './claims';
import type { Gazetteer } from './gazetteer';
import { EXTRACTED_STATUS, type Extraction, type Span } from './types';

/** A quote as the source format writes it: the text, and which occurrence when it repeats. */
export interface QuoteRef {
  quote: string;
  occurrence?: number;
}

export interface Located extends QuoteRef {
  /** Code-point offsets, as the evidence format counts them. */
  readonly start: number;
  readonly end: number;
}

export function locate(text: string, span: Span): Located {
  const quote = text.slice(span.start, span.end);
  const occurrence = findAll(text, quote).indexOf(span.start) + 1;
  const start = codePointOffset(text, span.start);
  return {
    quote,
    ...(occurrence > 1 ? { occurrence } : {}),
    start,
    end: start + Array.from(quote).length,
  };
}

const ref = ({ quote, occurrence }: Located): QuoteRef => (occurrence ? { quote, occurrence } : { quote });

/** A mention's quote: the name, widened to a neighbouring word when shorter than 3 characters. */
function mentionSpan(text: string, span: Span): Span {
  if (span.end - span.start >= 3) return span;
  const next = /^\s*[\p{L}’']+/u.exec(text.slice(span.end));
  if (next) return { start: span.start, end: span.end + next[0].length };
  const prev = /[\p{L}’']+\s*$/u.exec(text.slice(0, span.start));
  return prev ? { start: span.start - prev[0].length, end: span.end } : span;
}

/**
 * The extraction as a source annotation (the format of seeds/annotations): it passes
 * the source schema, and every quote is verbatim in the text. Offsets are written as
 * comments next to each quote. Mentions whose spelling is not yet an alias of their
 * actor are listed in the header for review instead (the validator requires one).
 */
export function toAnnotation(
  extraction: Extraction,
  gazetteer: Gazetteer,
): {
  annotation: DocumentAnnotation;
  offsets: Map<object, Located>;
} {
  const { text } = extraction;
  const offsets = new Map<object, Located>();
  const spellings = new Map<string, string[]>();
  for (const actor of gazetteer.actors.values()) spellings.set(actor.id, [actor.name, ...actor.aliases]);
  for (const proposal of extraction.proposals)
    spellings.set(proposal.id, [proposal.name, ...proposal.aliases]);
  const withOffsets = <T extends object>(record: T, located: Located): T => {
    offsets.set(record, located);
    return record;
  };

  const mentions: DocumentAnnotation['mentions'] = [];
  const seen = new Set<string>();
  for (const mention of extraction.mentions) {
    const located = locate(text, mentionSpan(text, mention));
    const key = nameKey(located.quote);
    if (!(spellings.get(mention.actorId) ?? []).some((s) => key.includes(nameKey(s)))) {
      // The validator wants a registered spelling verbatim in the quote: widen to the alias if it has marks.
      continue;
    }
    const id = `${mention.actorId}|${located.quote}|${located.occurrence ?? 1}`;
    if (seen.has(id)) continue;
    seen.add(id);
    mentions.push(
      withOffsets({ actor: mention.actorId, ...ref(located), status: EXTRACTED_STATUS }, located),
    );
  }

  const events: DocumentAnnotation['events'] = extraction.events.map((event) => {
    const located = locate(text, event.quote);
    return withOffsets(
      {
        id: event.id,
        type: event.type,
        title: event.title,
        ...(event.date ? { date: event.date.value } : {}),
        ...(event.date?.endValue ? { endDate: event.date.endValue } : {}),
        ...(event.date?.inferred ? { dateInferred: true } : {}),
        ...(event.placeId ? { place: event.placeId } : {}),
        ...ref(located),
        status: EXTRACTED_STATUS,
        participants: event.participants.map((p) => {
          if (!p.quote) return { actor: p.actorId, role: p.role };
          const own = locate(text, p.quote);
          return withOffsets({ actor: p.actorId, role: p.role, ...ref(own) }, own);
        }),
      },
      located,
    );
  });

  const statements: DocumentAnnotation['statements'] = extraction.statements.map((statement) => {
    const located = locate(text, statement.quote);
    const attribution = statement.attribution
      ? text.slice(statement.attribution.start, statement.attribution.end)
      : undefined;
    return withOffsets(
      {
        speaker: statement.speakerId,
        mode: statement.mode,
        ...ref(located),
        ...(attribution && attribution.length >= 3 ? { attribution } : {}),
        about: [...statement.about],
        status: EXTRACTED_STATUS,
      },
      located,
    );
  });

  const claims: DocumentAnnotation['claims'] = extraction.claims.map((claim) => {
    const located = locate(text, claim.quote);
    return withOffsets(
      {
        subject: claim.subject,
        // The draft maps the extractor's free name to the vocabulary and keeps the name as wording.
        property: claimPropertyOf(claim.property),
        wording: claim.property,
        value: claim.value,
        ...(claim.minimum !== undefined ? { minimum: claim.minimum } : {}),
        ...(claim.maximum !== undefined ? { maximum: claim.maximum } : {}),
        ...ref(located),
        status: EXTRACTED_STATUS,
      },
      located,
    );
  });

  const annotation: DocumentAnnotation = {
    document: extraction.documentId,
    ...(extraction.title?.quote
      ? { title: { text: extraction.title.text, ...ref(locate(text, extraction.title.quote)) } }
      : {}),
    ...(extraction.published
      ? {
          published: {
            date: extraction.published.date,
            inferred: extraction.published.inferred,
            basis: extraction.published.basis,
            ...ref(locate(text, extraction.published.quote)),
          },
        }
      : {}),
    mentions,
    events,
    statements,
    ties: [],
    claims,
  };
  return { annotation, offsets };
}

/** The annotation as YAML, with the EXTRACTED status and the review notes in its header. */
export function toAnnotationYaml(extraction: Extraction, gazetteer: Gazetteer): string {
  const { annotation, offsets } = toAnnotation(extraction, gazetteer);
  const doc = new Document(annotation);
  const header = [
    ` Proposed by the assisted extractor: every fact has status ${EXTRACTED_STATUS} and stays out of the graph`,
    ' until decisions/<document>.yaml accepts it (the review queue of the API, or by hand).',
    ' Every quote is verbatim in the text; [start, end) are its code-point offsets.',
  ];
  if (extraction.proposals.length > 0) {
    header.push(
      ` New actors proposed (not in the registry): ${extraction.proposals.map((p) => p.id).join(', ')}.`,
      ' Their registry entries are in the companion proposals file.',
    );
  }
  for (const note of extraction.notes) header.push(` review: ${note}`);
  if (!extraction.title?.quote && extraction.title)
    header.push(` title given but not in the text: ${extraction.title.text}`);
  doc.commentBefore = header.join('\n');
  commentOffsets(doc, annotation, offsets);
  quoteDates(doc);
  return doc.toString({ lineWidth: 0 });
}

/** Dates stay strings for every YAML reader ('2025-06'), as in seeds/annotations. */
function quoteDates(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^\d{4}(?:-\d{2}){0,2}$/.test(node.value)) {
        node.type = 'QUOTE_SINGLE';
      }
    },
  });
}

function commentOffsets(doc: Document, annotation: DocumentAnnotation, offsets: Map<object, Located>): void {
  for (const section of ['mentions', 'events', 'statements', 'claims'] as const) {
    const seq = doc.get(section, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, index) => {
      const record = annotation[section][index] as object | undefined;
      const located = record ? offsets.get(record) : undefined;
      if (located && isMap(item)) (item as YAMLMap).commentBefore = ` [${located.start}, ${located.end})`;
      if (section === 'events' && isMap(item)) {
        const participants = (item as YAMLMap).get('participants', true);
        if (!isSeq(participants)) return;
        const event = annotation.events[index];
        participants.items.forEach((p, at) => {
          const part = event?.participants[at];
          const own = part ? offsets.get(part) : undefined;
          if (own && isMap(p)) (p as YAMLMap).commentBefore = ` [${own.start}, ${own.end})`;
        });
      }
    });
  }
}

/** Proposed actors as a registry file (the format of seeds/registry), for review. */
export function toProposalsYaml(extraction: Extraction): string {
  const doc = new Document({
    actors: extraction.proposals.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      aliases: p.aliases,
      description: p.description,
      status: EXTRACTED_STATUS,
    })),
  });
  doc.commentBefore =
    ` New actors proposed from ${extraction.documentId} (status ${EXTRACTED_STATUS}): each enters the graph with the first accepted fact that involves it.\n` +
    ' A proposal close to a registry actor names it in its description: it was not merged on purpose.';
  return doc.toString({ lineWidth: 0 });
}
