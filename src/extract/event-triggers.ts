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
    /\b(?:(?:tele)?phone (?:call|conversation|talks?)|spoke (?:by|on the) (?:tele)?phone|held a call|a call with|called)\b/i,
    'PARTICIPANT',
    'PARTICIPANT',
  ),
  t(
    'MEETING',
    /\b(?:met(?! (?:his|her) (?:wife|husband|family|children))|meets|meet with|meeting (?:with|of|between)|(?:a|the|\d+[\w-]*|[\w-]+-hour) meeting|held talks|talks with|sat down with|received|hosted|hosts)\b/i,
    'PARTICIPANT',
    'PARTICIPANT',
  ),
  t(
    'VISIT',
    /\b(?:visited|visits|visiting|(?:a|the|his|her|its|their|\w+’s|\w+'s) visit|visit (?:to|by)|trip to|arrived in|travelled to|traveled to)\b/i,
    'VISITOR',
    'HOST',
  ),
  t(
    'RELEASE',
    /\b(?:released|releases|release of|(?:the|a) release|release (?=\d|\w+teen\b|\w+ty\b)|freed|pardoned|handover of|handed over|set free|liberation of|freeing)\b/i,
    'RELEASING_AUTHORITY',
    'RELEASED',
    { objectIsPerson: true, needsParticipants: false },
  ),
  t(
    'SANCTION',
    /\b(?:imposed|introduced|adopted|extended|slapped|announced) [^.;]{0,40}\bsanctions\b|\bsanctioned\b/i,
    'SANCTIONING_AUTHORITY',
    'SANCTIONED',
  ),
  t(
    'ARREST',
    /\b(?:arrested|detained|jailed|imprisoned|taken into custody|arrest of|detention of)\b/i,
    'ARRESTING_AUTHORITY',
    'ARRESTED',
    { objectIsPerson: true },
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
    /\b(?:air ?strikes|strikes on|attack on|attacked|bombed|shelled|drone attack|missile attack)\b/i,
    'ATTACKER',
    'TARGET',
  ),
  t('INVASION', /\b(?:invasion of|invaded|full-scale invasion)\b/i, 'ATTACKER', 'TARGET'),
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
    /\b(?:negotiations|peace talks|negotiated|talks on|talks between|dialogue (?:with|between))\b/i,
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
  t('OFFER', /\boffered\b/i, 'OFFERER', 'RECEIVING_PARTY'),
  t(
    'INFORMATION_EXCHANGE',
    /\b(?:alerted|shared [^.;]{0,30}(?:data|information|details)|provided [^.;]{0,40}(?:data|information|details)|information exchange)\b/i,
    'PARTICIPANT',
    'RECEIVING_PARTY',
  ),
];

/** A subject that brought the event about rather than doing it ("Kellogg secured the release"). */
export const NEGOTIATED = /\b(?:secured|won|negotiated|obtained|brokered|achieved)\s+(?:the\s+)?$/i;

/** The clause around a trigger speaks of what might be, not of what happened. */
export const HYPOTHETICAL =
  /\b(?:would|could|might|may|should|must|if|unless|plans? to|planning to|hopes? to|hoping|wants? to|ready to|readiness|willing to|seeks? to|aims? to|needs? to|expects?|expected|expecting|possibility|possible|potential|proposals?|proposed|proposes|envisions?|idea|whether|not|n’t|n't|never|no|any|future|to be|can|speculation|hopes)\b/i;
/** Right after the trigger: "the release … might follow". */
export const HYPOTHETICAL_AFTER = /^[^.;]{0,40}?\b(?:would|could|might|may|will)\b/i;
/** "to conduct delicate negotiations", "the released prisoners": no event is reported. */
export const NOT_REPORTED = /(?:\bto\s+\p{L}+\s+(?:\p{L}+\s+)?|\b(?:the|those|newly|already)\s+)$/iu;
/** Words before an actor that put it inside a phrase, not in the subject's place. */
export const PREPOSITION =
  /\b(?:by|of|for|to|from|in|on|at|under|against|about|over|into|toward|towards|between|among|within|than|like|as)\s+(?:the\s+)?$/i;

export const PASSIVE = /\b(?:was|were|is|are|been|be|being|get|got)\s+(?:\p{L}+ly\s+)?$/iu;
