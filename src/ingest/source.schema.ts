import { z } from 'zod';
import { DATE_PRECISIONS } from '../domain/partial-date';
import {
  ACTOR_KINDS,
  CLAIM_PROPERTIES,
  EVENT_TYPES,
  PARTICIPANT_ROLES,
  PLACE_KINDS,
  STATEMENT_MODES,
  TIE_TYPES,
} from '../domain/vocabulary';

/**
 * The shape of the curated sources in seeds/: one registry of actors and places,
 * and one annotation file per document. Shape only: references and quotes are
 * checked against the registry and the texts afterwards (source-validator.ts).
 */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (letters, digits, hyphens)');
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
const quote = z.string().min(3, 'a quote must be at least 3 characters');
/** 1-based occurrence of the quote in its document when the text repeats it. */
const occurrence = z.number().int().positive().optional();
/**
 * A fact proposed by assisted extraction carries `status: EXTRACTED`; it reaches
 * the graph only once a decision file (decisions/<document>.yaml) accepts it.
 * Without a status a fact is CURATED.
 */
export const SOURCE_STATUSES = ['CURATED', 'EXTRACTED'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];
const status = z.enum(SOURCE_STATUSES).optional();

export const actorEntrySchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1),
  /** A new actor proposed by extraction: in the graph only once an accepted fact involves it. */
  status,
});

export const placeEntrySchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  kind: z.enum(PLACE_KINDS),
  country: slug.optional(),
  aliases: z.array(z.string().min(1)).default([]),
});

export const ambiguousAliasSchema = z.strictObject({
  alias: z.string().min(1),
  actors: z.array(slug).min(2),
  note: z.string().min(1),
});

export const registrySchema = z.strictObject({
  actors: z.array(actorEntrySchema).default([]),
  places: z.array(placeEntrySchema).default([]),
  ambiguousAliases: z.array(ambiguousAliasSchema).default([]),
});

const evidenceFields = { quote, occurrence };
/** The facts a reviewer decides on: evidence and a status. */
const factFields = { ...evidenceFields, status };

export const participantSchema = z.strictObject({
  actor: slug,
  role: z.enum(PARTICIPANT_ROLES),
  /** Defaults to the event's quote when that already names the participant. */
  quote: quote.optional(),
  occurrence,
});

export const eventAnnotationSchema = z.strictObject({
  id: slug,
  type: z.enum(EVENT_TYPES),
  title: z.string().min(1),
  date: partialDate.optional(),
  endDate: partialDate.optional(),
  /** True when the text gives no year (or month) and context makes it certain. */
  dateInferred: z.boolean().optional(),
  /** Why an inferred date is what it is: the context in the text that supports it. */
  dateBasis: z.string().min(1).optional(),
  place: slug.optional(),
  description: z.string().min(1).optional(),
  ...factFields,
  participants: z.array(participantSchema).default([]),
});

export const statementAnnotationSchema = z.strictObject({
  speaker: slug,
  /** VERBATIM: the quote is the speaker's own words. PARAPHRASE: the quote reports them. */
  mode: z.enum(STATEMENT_MODES),
  ...factFields,
  /** Where the text says who spoke ("Shraibman warns"), when it is outside the quote. */
  attribution: quote.optional(),
  date: partialDate.optional(),
  dateInferred: z.boolean().optional(),
  about: z.array(slug).default([]),
  event: slug.optional(),
});

export const tieAnnotationSchema = z.strictObject({
  source: slug,
  type: z.enum(TIE_TYPES),
  target: slug,
  /** The position or relation in the text's words: "special envoy for Russia and Ukraine". */
  role: z.string().min(1).optional(),
  since: partialDate.optional(),
  until: partialDate.optional(),
  /** The text calls it past ("former", "ex-") without giving an end date. */
  former: z.boolean().optional(),
  ...factFields,
});

export const claimAnnotationSchema = z.strictObject({
  /** The event or actor the claim is about. */
  subject: slug,
  /** What is claimed, from the closed vocabulary (CLAIM_PROPERTIES in src/domain/vocabulary.ts). */
  property: z.enum(CLAIM_PROPERTIES),
  /** The source's own words for what it claims ("prisoners released after both visits"). */
  wording: z.string().min(1),
  /** The actor the document attributes the figure to ("according to the Vesna human rights center"). */
  accordingTo: slug.optional(),
  /** The value as the source states it: "14", "about 20", "between 1,100 and 1,300". */
  value: z.string().min(1),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  ...factFields,
});

export const mentionAnnotationSchema = z.strictObject({
  actor: slug,
  ...factFields,
});

export const documentAnnotationSchema = z.strictObject({
  document: z.string().regex(/^[0-9a-z_]+$/, 'must be the document file name without .txt'),
  title: z.strictObject({ text: z.string().min(1), ...evidenceFields }).optional(),
  author: z.strictObject({ name: z.string().min(1), actor: slug.optional(), ...evidenceFields }).optional(),
  published: z
    .strictObject({
      date: partialDate,
      inferred: z.boolean(),
      basis: z.string().min(1),
      ...evidenceFields,
    })
    .optional(),
  mentions: z.array(mentionAnnotationSchema).default([]),
  events: z.array(eventAnnotationSchema).default([]),
  statements: z.array(statementAnnotationSchema).default([]),
  ties: z.array(tieAnnotationSchema).default([]),
  claims: z.array(claimAnnotationSchema).default([]),
});

/** A proposal's id: content-derived, so a decision keeps pointing at the same fact when the text is extracted again. */
const factId = z.string().regex(/^fact:[0-9a-f]{16}$/, 'must be a proposal id (fact:<16 hex digits>)');

/** decisions/<document>.yaml: the reviewer's decisions on one document's EXTRACTED facts. */
export const documentDecisionsSchema = z.strictObject({
  document: z.string().regex(/^[0-9a-z_]+$/, 'must be the document file name without .txt'),
  accepted: z.array(factId).default([]),
  rejected: z.array(factId).default([]),
});

/** decisions/actor-decisions.yaml: merges and renames of actors, replayed in order by every ingest. */
export const actorDecisionsSchema = z.strictObject({
  merges: z
    .array(z.strictObject({ source: slug, target: slug, note: z.string().min(1).optional() }))
    .default([]),
  renames: z.array(z.strictObject({ actor: slug, name: z.string().min(1) })).default([]),
});

export type DocumentDecisions = z.infer<typeof documentDecisionsSchema>;
export type ActorDecisions = z.infer<typeof actorDecisionsSchema>;
export type RegistrySource = z.infer<typeof registrySchema>;
export type ActorEntry = z.infer<typeof actorEntrySchema>;
export type PlaceEntry = z.infer<typeof placeEntrySchema>;
export type DocumentAnnotation = z.infer<typeof documentAnnotationSchema>;
export type EventAnnotation = z.infer<typeof eventAnnotationSchema>;
export type StatementAnnotation = z.infer<typeof statementAnnotationSchema>;
export type TieAnnotation = z.infer<typeof tieAnnotationSchema>;
export type ClaimAnnotation = z.infer<typeof claimAnnotationSchema>;
export { DATE_PRECISIONS };
