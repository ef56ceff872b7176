import type { EventType, ParticipantRole } from '../domain/vocabulary';

/**
 * Words that report an event, with the roles of the actor before the word (the
 * subject, or the possessor of a noun: "Kellogg’s visit") and after it (the object).
 * A passive form ("were released", "was arrested") gives the subject the object's role.
 */
export interface Trigger {
  readonly type: EventType;
  readonly pattern: RegExp;
  readonly subject: ParticipantRole;
  /** Undefined: the trigger takes no object (a forum's speaker, exercises' conductor). */
  readonly object?: ParticipantRole;
  /** Only people can take the object role (a release frees people, not states). */
  readonly objectIsPerson?: boolean;
  /** The type needs a named participant to be worth proposing. */
  readonly needsParticipants?: boolean;
  /** The role of a passive subject ("the brigade has been deployed"), when not the object's. */
  readonly passive?: ParticipantRole;
  /** A noun ("protests"): the actors around it are not its participants. */
  readonly nominal?: boolean;
  /** Also read as an adjective in an apposition: "X, the jailed husband of …" (X underwent it). */
  readonly adjectival?: boolean;
  /** The title's word for an OTHER event ("Return to office"). */
  readonly label?: string;
  /** A bare noun ("sanctions"): an event only with the actor that qualifies it ("EU sanctions"). */
  readonly needsModifier?: boolean;
}

const t = (
  type: EventType,
  pattern: RegExp,
  subject: ParticipantRole,
  object: ParticipantRole | undefined,
  extra: Partial<Trigger> = {},
): Trigger => ({ type, pattern, subject, ...(object ? { object } : {}), needsParticipants: true, ...extra });

export const TRIGGERS: readonly Trigger[] = [
  t(
    'PHONE_CALL',
    /\b(?:(?:tele)?phone (?:call|conversation|talks?)|(?:spoke|talked) (?:by|on the|over the) (?:tele)?phone|(?:tele)?phoned|held a call|a call with)\b/i,
    'PARTICIPANT',
    'PARTICIPANT',
  ),
  // "Trump called Lukashenka on Tuesday" (not "called him a dictator", "called it premature").
  t(
    'PHONE_CALL',
    /\b(?:called|rang)(?=\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*\s*(?:[,.;]|$|\s+(?:on|last|late|early|yesterday|this|after|before|to|from|and)\b))/u,
    'PARTICIPANT',
    'PARTICIPANT',
  ),
  t(
    'MEETING',
    /\b(?:met(?! (?:his|her) (?:wife|husband|family|children))|meets|meet with|meeting (?:with|of|between)|(?:a|the|\d+[\w-]*|[\w-]+-hour) meeting|held talks|talks with|sat down with|received|hosted|hosts|(?:greeted|welcomed)(?=\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:delegation|delegates|guests?|visitors?|envoy|president|minister|leader|counterpart)\b))\b/iu,
    'PARTICIPANT',
    'PARTICIPANT',
  ),
  t(
    'VISIT',
    /\b(?:visited|visits|visiting|(?:a|the|his|her|its|their|\w+’s|\w+'s) visit|visit (?:to|by)|trip to|arrived in|travelled to|traveled to)\b/i,
    'VISITOR',
    'HOST',
  ),
  // "To the Belarusian capital arrived Keith Kellogg": whoever follows an arrival is the visitor.
  t('VISIT', /\b(?:arrived|arrives|landed|lands|flew in)\b(?!\s+(?:in|at|to|on)\b)/i, 'VISITOR', 'VISITOR'),
  t(
    'RELEASE',
    /\b(?:released|releases|release of|(?:the|a) release|release (?=\d|\w+teen\b|\w+ty\b)|freed|pardoned|amnestied|handover of|handed over|set free|walked free|liberation of|freeing|(?:began|begun|started|continued|continues|begins|starts) to (?:\p{L}+ly\s+(?:and\s+\p{L}+ly\s+)?)?(?:release|free))\b/iu,
    'RELEASING_AUTHORITY',
    'RELEASED',
    { objectIsPerson: true, needsParticipants: false },
  ),
  t(
    'SANCTION',
    /\b(?:imposed|introduced|adopted|extended|slapped|announced|tightened|expanded) [^;]{0,40}\bsanctions\b|(?<=\bsanctions\b[^;]{0,50}?)\b(?:imposed|introduced|slapped|placed)\b(?=\s+(?:on|against)\b)|\bsanctioned\b(?=\s*(?:[,.;]|$|\s+(?:by|for|over|in|on|after|last|this|the|a|an|and|him|her|them|it)\b))/iu,
    'SANCTIONING_AUTHORITY',
    'SANCTIONED',
  ),
  t(
    'SANCTION',
    /\b(?:lifted|eased|relaxed|suspended) [^;]{0,40}\bsanctions\b|(?<=\bsanctions\b[^;]{0,50}?)\b(?:lifted|eased|relaxed)\b(?=\s+(?:on|against|from)\b)/iu,
    'SANCTIONING_AUTHORITY',
    'SANCTIONED',
    { label: 'sanctions eased or lifted' },
  ),
  // "EU sanctions", "American and European sanctions": sanctions qualified by who imposes them.
  t(
    'SANCTION',
    /\bsanctions\b(?!\s+(?:policy|policies|regime|relief|list|package|programme|program|law|evasion|pressure|on|against))/i,
    'SANCTIONING_AUTHORITY',
    'SANCTIONED',
    { needsModifier: true },
  ),
  t(
    'ARREST',
    /\b(?:arrested|arrests|detained|detains|jailed|imprisoned|apprehended|rounded up|taken into custody|arrest of|detention of)\b/i,
    'ARRESTING_AUTHORITY',
    'ARRESTED',
    { objectIsPerson: true, adjectival: true },
  ),
  t('SENTENCE', /\bsentenced\b/i, 'SENTENCING_AUTHORITY', 'SENTENCED', { objectIsPerson: true }),
  t('ELECTION', /\b(?:presidential|parliamentary|general|local)? ?elections?\b/i, 'CANDIDATE', 'CANDIDATE', {
    needsParticipants: false,
  }),
  t('PROTEST', /\b(?:protests|demonstrations|rallies|uprising)\b/i, 'PARTICIPANT', undefined, {
    needsParticipants: false,
    nominal: true,
  }),
  t('PROTEST', /\bprotested\b/i, 'PROTESTER', undefined),
  t(
    'STRIKE',
    /\b(?:air ?strikes|strikes on|attack on|attacked|bombed|shelled|drone attack|missile attack|entered the war)\b/i,
    'ATTACKER',
    'TARGET',
  ),
  t('INVASION', /\b(?:invasion of|invaded|full-scale invasion)\b/i, 'ATTACKER', 'TARGET'),
  // The Kremlin's name for the invasion of Ukraine: it names the war even without its parties.
  t('INVASION', /\bspecial military operation\b/i, 'ATTACKER', 'TARGET', { needsParticipants: false }),
  t(
    'CEASEFIRE',
    /\b(?:ended|agreed|reached|declared|announced|signed)\b[^.;]{0,30}\b(?:cease-?fire|truce)\b/i,
    'PARTICIPANT',
    'PARTICIPANT',
  ),
  t(
    'MILITARY_EXERCISE',
    /\b(?:military )?(?:exercises|drills|manoeuvres|maneuvers|war games)\b/i,
    'CONDUCTING_FORCE',
    undefined,
  ),
  t(
    'MILITARY_DEPLOYMENT',
    /\b(?:deployed|deployment of|stationed|build(?:s|ing)? up (?:its|their) military|concentrating (?:forces|troops))\b/i,
    'DEPLOYED_FORCE',
    undefined,
    { passive: 'DEPLOYED_FORCE' },
  ),
  t('INCIDENT', /\b(?:[\p{L}-]+ )?incident\b/iu, 'PARTICIPANT', undefined),
  t('ELECTION', /\b(?:presidential |opposition )?candidate\b/i, 'CANDIDATE', 'CANDIDATE', {
    objectIsPerson: true,
  }),
  t(
    'NEGOTIATION',
    /\b(?:negotiations|peace talks|negotiated|talks on|talks between|dialogue (?:with|between)|consultations (?:with|between))\b/i,
    'NEGOTIATOR',
    'NEGOTIATOR',
  ),
  t(
    'FORUM',
    /\b(?:at|during|to) the (?:[\p{Lu}][\p{L}-]+ ){1,4}(?:Forum|Summit|Conference)\b/u,
    'SPEAKER',
    undefined,
  ),
  t(
    'REUNION',
    /\b(?:reunited with|reunion with|met (?:his|her) (?:wife|husband|family|children))\b/i,
    'PARTICIPANT',
    'PARTICIPANT',
  ),
  t('REPRESSION', /\b(?:crackdown|repression|suppressed|crushed|to crush)\b/i, 'CONDUCTING_FORCE', 'TARGET'),
  t(
    'OFFER',
    /\b(?:offered|floated the idea of|put forward (?:a|an) (?:proposal|plan|offer)|proposed (?:holding|a|an)(?= [\p{L}-]+ (?:meeting|summit|talks|deal|exchange|ceasefire|truce))|promised)\b/iu,
    'OFFERER',
    'RECEIVING_PARTY',
  ),
  // "an American promise that …", "Washington’s offer of …": only with who made it.
  t('OFFER', /\b(?:promises?|offer)\b(?=\s+(?:that|to|of)\b)/i, 'OFFERER', 'RECEIVING_PARTY', {
    needsModifier: true,
  }),
  // "he envisions a trilateral meeting", "proposed talks": a meeting offered, not held.
  t(
    'OFFER',
    /\b(?:envisions?|envisages?|envisioned|envisaged|proposes|proposed|suggests|suggested)\b(?=[^;]{0,40}\b(?:meeting|summit|talks|negotiations|ceasefire|truce|deal|exchange)\b)/i,
    'OFFERER',
    'RECEIVING_PARTY',
  ),
  t(
    'PRISONER_EXCHANGE',
    /\b(?:prisoner (?:exchange|swap)s?|(?:exchange|swap)(?:d|ped)? (?:of )?(?:prisoners|captives|detainees)|exchanged [^.;]{0,20}prisoners)\b/i,
    'PARTICIPANT',
    'PARTICIPANT',
  ),
  t(
    'OTHER',
    /\b(?:return(?:ed|s|ing)? to (?:the )?(?:White House|presidency|power|office|Kremlin)|(?:was |were )?sworn in|took office|assumed office)\b/i,
    'PARTICIPANT',
    undefined,
    { label: 'return to office', objectIsPerson: true },
  ),
  t(
    'INFORMATION_EXCHANGE',
    /\b(?:alerted|(?:shared|provided|passed on|handed over)(?=[^;]{0,40}\b(?:data|information|details|intelligence)\b)|information exchange)\b/i,
    'PARTICIPANT',
    'RECEIVING_PARTY',
  ),
];

/** A subject that brought the event about rather than doing it ("Kellogg secured the release"). */
export const NEGOTIATED = /\b(?:secured|won|negotiated|obtained|brokered|achieved)\s+(?:the\s+)?$/i;
/** An event (a meeting) that brought the next one about: "the meeting led to the release". */
export const CAUSED =
  /\b(?:leads? to|led to|leading to|result(?:s|ed|ing)? in|paved the way for|brought about)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** "regularly met", "routinely detains": a habit, not one event. */
export const HABITUAL =
  /\b(?:regularly|routinely|often|frequently|usually|periodically|repeatedly)\s+(?:\p{L}+\s+)?$/iu;

/** The clause around a trigger speaks of what might be, not of what happened. */
export const HYPOTHETICAL =
  /\b(?:would|could|might|should|must|if|unless|plans? to|planning to|hopes? to|hoping|wants? to|ready to|readiness|willing to|seeks? to|aims? to|needs? to|expects?|expected|expecting|possibility|possible|potential|proposals?|proposed|proposes|envisions?|idea|whether|not|n’t|n't|never|no|neither|nor|any|future|to be|can|speculation|hopes|rehears\w*|simulat\w*|practi[cs]\w*)\b/i;
/** Right after the trigger: "the release … might follow" (lower case: "in May" is a month). */
export const HYPOTHETICAL_AFTER = /^[^.;]{0,40}?\b(?:[Ww]ould|[Cc]ould|[Mm]ight|may|[Ww]ill)\b/;
/** "may" as a modal, not the month: lower case only. */
export const MODAL_MAY = /\bmay\b/;
/** "to conduct delicate negotiations", "the released prisoners": no event is reported. */
export const NOT_REPORTED =
  /(?:\bto\s+[\p{L}-]+\s+(?:[\p{L}-]+\s+)?|\b(?:the|those|these|newly)\s+(?:already\s+)?)$/iu;
/** Words before an actor that put it inside a phrase, not in the subject's place. */
export const PREPOSITION =
  /\b(?:by|of|for|to|from|in|on|at|under|against|about|over|into|toward|towards|between|among|within|than|like|as)\s+(?:the\s+)?$/i;

export const PASSIVE = /\b(?:was|were|is|are|been|be|being|get|got)\s+(?:\p{L}+ly\s+)?$/iu;
