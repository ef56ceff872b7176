import { nameKey } from '../domain/text';
import type { Gazetteer } from './gazetteer';
import type { IndefiniteMention } from './mentions';
import { surnameGender } from './names';
import type { ProposalBook } from './proposals';
import { sentenceAt, type Sentence } from './text';
import type { Mention, Span } from './types';

/** Verbs that introduce speech, written or reported. */
export const SPEECH_VERB =
  'said|says|say|told|tells|stated|states|noted|notes|added|adds|warned|warns|wrote|writes|explained|explains|argued|argues|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|insisted|insists|claimed|claims|declared|declares|announced|announces|remarked|remarks|commented|comments|concedes|conceded|admitted|admits|acknowledged|acknowledges|confirmed|confirms|reported|reports|exclaimed|exclaims|proclaimed|proclaims|asked|asks|replied|replies|responded|responds|thanked|thanks|complained|complains|believes|believe|believed|demanded|demands|urged|urges|recalled|recalls|suggested|suggests|predicted|predicts|promised|promises|observed|observes|concluded|concludes|assured|assures|clarified|clarifies|tweeted|posted|puts it|put it|agreed|agrees|denied|denies|wrote in|said in';

/** Nouns for unnamed sources ("a senior official", "Western diplomats"). */
const SOURCE_NOUNS =
  /^(?:(?:a|an|one|two|three|several|some|many|the|other)\s+)?(?:[\p{L}’'.-]+\s+){0,3}(?:officials?|diplomats?|sources?|analysts?|experts?|observers?|spokes(?:man|woman|person)|press secretary|activists?|ministers?|advisers?|advisors?|aides?|lawyers?|relatives?|witness(?:es)?|eyewitnesses|critics|insiders?|journalists?|agency|newspaper|broadcaster|outlet|channel|ministry|press service|press office|state television|state media|people close to [\p{L} ]+)$/iu;

/** "the Kremlin spokesman": the name qualifies the noun that speaks. */
const QUALIFIED_NOUN =
  /^(?:spokes(?:man|woman|person)|officials?|diplomats?|sources?|ministry|minister|envoy|representative|leader|president|press|media|analysts?|experts?|aides?|insiders?)\b/i;
const PRONOUN = /^(?:he|she|they|him|her|it)$/i;
const ROLE_REFERENCE =
  /^the\s+(?:([\p{Lu}][\p{L}.]+)\s+)?((?:former\s+|special\s+)?(?:diplomat|envoy|minister|president|analyst|spokes(?:man|woman|person)|official|general|blogger|dissident|leader|lawyer|politician|representative|commentator|journalist|activist|opposition leader|expert|ambassador|chancellor|premier|secretary|adviser|advisor))$/iu;

/**
 * Finds who speaks: the actor a phrase names, or — for "he", "she", "the diplomat" —
 * the last named speaker or person, when only one reading is possible.
 */
interface Spoken {
  readonly actorId: string;
  readonly at: number;
  readonly sentence: number;
  readonly paragraph: number;
}

export class SpeakerResolver {
  private readonly spoken: Spoken[] = [];
  private quoted: readonly Span[] = [];
  readonly used = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    private readonly mentions: readonly Mention[],
    private readonly indefinite: readonly IndefiniteMention[],
    private readonly gazetteer: Gazetteer,
    private readonly book: ProposalBook,
  ) {}

  /** Quoted words: names inside them are not candidates for "he" or "she" outside. */
  setQuoted(spans: readonly Span[]): void {
    this.quoted = spans;
  }

  spoke(actorId: string, at: number): void {
    const sentence = sentenceAt(this.sentences, at);
    this.spoken.push({ actorId, at, sentence: sentence?.index ?? 0, paragraph: sentence?.paragraph ?? 0 });
    this.used.add(actorId);
  }

  private lastSpeakerBefore(at: number): Spoken | undefined {
    return this.spoken.filter((s) => s.at < at).sort((a, b) => b.at - a.at)[0];
  }

  /** The last speaker, if named within `paragraphs` paragraphs before `at`. */
  recentSpeaker(at: number, paragraphs: number): string | undefined {
    const sentence = sentenceAt(this.sentences, at);
    const last = this.lastSpeakerBefore(at);
    if (!last || !sentence) return undefined;
    return sentence.paragraph - last.paragraph <= paragraphs ? last.actorId : undefined;
  }

  mentionsIn(span: Span): Mention[] {
    return this.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  }

  /**
   * The speaker a phrase names ("Artyom Shraibman, political analyst at …", "he",
   * "the diplomat", "one EU diplomat"). Possessive names qualify a noun and are
   * skipped; a person is preferred to the bodies named in an apposition.
   */
  resolvePhrase(phrase: Span): string | undefined {
    const raw = this.text.slice(phrase.start, phrase.end);
    const words = raw
      .trim()
      .replace(/^[,–—-]\s*/, '')
      .replace(
        /\s+(?:himself|herself|itself|themselves|also|even|then|later|now|indignantly|jokingly|ironically|proudly)$/i,
        '',
      );
    if (PRONOUN.test(words)) return this.resolvePronoun(phrase.start, words.toLowerCase());
    const role = ROLE_REFERENCE.exec(words);
    const all = this.mentionsIn(phrase);
    // "Lukashenka’s statement": a possessive name alone is the speaker.
    const alone = all.length === 1 && /^\S+$/.test(words.replace(/['’]s?$/, ''));
    const inside = alone ? all : all.filter((m) => !m.possessive);
    if (role && inside.length === 0) return this.resolveRole(phrase.start, role[2] as string, role[1]);
    const person = inside.filter((m) => m.kind === 'PERSON').pop();
    const first = person ?? inside[0];
    if (first) {
      // A name that only qualifies another noun ("the Kremlin spokesman") is not the speaker.
      const after = this.text.slice(first.end, phrase.end).trim();
      if (!person && QUALIFIED_NOUN.test(after)) return this.unnamed(phrase, words);
      return first.actorId;
    }
    return this.unnamed(phrase, words);
  }

  /** An unnamed source ("one EU diplomat", "Experts"): a proposal, never a registry merge. */
  private unnamed(phrase: Span, words: string): string | undefined {
    const registered = this.indefinite.find((m) => m.start >= phrase.start && m.end <= phrase.end);
    if (registered) {
      const id = this.book.propose(
        registered.text,
        registered.kind,
        [registered.registryActor],
        'an unnamed source',
      );
      this.book.spelled(id, registered.text);
      return id;
    }
    const cleaned = words.replace(/^(?:and|but|so)\s+/i, '');
    if (!SOURCE_NOUNS.test(cleaned) || cleaned.split(/\s+/).length > 6) return undefined;
    const plural =
      /(?:s|people close to [\p{L} ]+)$/u.test(cleaned) &&
      !/(?:ss|spokes(?:man|woman|person))$/.test(cleaned);
    const media = /(?:agency|newspaper|broadcaster|outlet|channel|television|radio)$/i.test(cleaned);
    const body = /(?:ministry|service|office|committee)$/i.test(cleaned);
    const broadcaster = /(?:television|media)$/i.test(cleaned);
    const kind = media || broadcaster ? 'MEDIA' : body ? 'ORGANISATION' : plural ? 'GROUP' : 'PERSON';
    const id = this.book.propose(cleaned, kind, [], 'an unnamed source the article quotes');
    this.book.spelled(id, cleaned);
    return id;
  }

  /**
   * "he"/"she": the last speaker when recent and not contradicted, else the only person of
   * that gender named in this or the previous sentence. "it": the only body named before it
   * in the sentence.
   */
  private resolvePronoun(at: number, pronoun: string): string | undefined {
    const sentence = sentenceAt(this.sentences, at);
    if (!sentence) return undefined;
    if (pronoun === 'it') {
      const bodies = new Set(
        this.mentions
          .filter((m) => m.kind !== 'PERSON' && m.start >= sentence.start && m.end <= at && !m.possessive)
          .map((m) => m.actorId),
      );
      return bodies.size === 1 ? [...bodies][0] : undefined;
    }
    const wanted = pronoun === 'she' || pronoun === 'her' ? 'F' : pronoun === 'they' ? undefined : 'M';
    const from = this.sentences[Math.max(0, sentence.index - 2)]?.start ?? sentence.start;
    const people = new Set(
      this.mentions
        .filter((m) => m.kind === 'PERSON' && m.start >= from && m.end <= at && !m.possessive)
        .filter((m) => !this.quoted.some((q) => q.start <= m.start && m.end <= q.end))
        .map((m) => m.actorId)
        .filter((id) => this.genderOk(id, wanted)),
    );
    const last = this.lastSpeakerBefore(at);
    const person =
      last !== undefined &&
      (this.gazetteer.kind(last.actorId) ?? this.proposalKind(last.actorId)) === 'PERSON';
    if (
      last &&
      (person || !wanted) &&
      sentence.index - last.sentence <= 1 &&
      this.genderOk(last.actorId, wanted)
    ) {
      if (people.size === 0 || people.has(last.actorId)) return last.actorId;
    }
    if (people.size > 1) {
      // "Lukashenko greeted the delegation. He even exclaimed …": a pronoun in subject position
      // continues the subject of the sentence before (same paragraph), if it is one of them.
      // After the quotation it attributes ("“…,” he told state television") it is the subject too.
      const lead = this.text.slice(sentence.start, at).replace(/^\s*[“"«][^”"»]*[”"»]\s*/u, '');
      const previous = this.sentences[sentence.index - 1];
      if (
        /^(?:[^,]*,\s*)?(?:[\p{L}\d]+\s+){0,2}$/u.test(lead) &&
        previous &&
        previous.paragraph === sentence.paragraph
      ) {
        const subject = this.subjectOf(previous);
        if (subject && people.has(subject)) return subject;
      }
    }
    return people.size === 1 ? [...people][0] : undefined;
  }

  /** A sentence's subject as far as position tells: the first person it names, among its first words. */
  private subjectOf(sentence: Sentence): string | undefined {
    const inside = this.mentions.filter(
      (m) =>
        m.start >= sentence.start &&
        m.end <= sentence.end &&
        !this.quoted.some((q) => q.start <= m.start && m.end <= q.end),
    );
    const first = inside[0];
    if (!first || first.kind !== 'PERSON' || first.possessive) return undefined;
    const lead = this.text.slice(sentence.start, first.start).trim();
    return lead.split(/\s+/).filter(Boolean).length <= 6 ? first.actorId : undefined;
  }

  /**
   * "the diplomat": the last person within a few sentences described by that word;
   * "the Belarusian leader": the last person named whose state that is.
   */
  private resolveRole(at: number, role: string, demonym?: string): string | undefined {
    const sentence = sentenceAt(this.sentences, at);
    if (!sentence) return undefined;
    const from = this.sentences[Math.max(0, sentence.index - 4)]?.start ?? 0;
    const word = nameKey(role).split(' ').pop() as string;
    const registered = this.gazetteer.actors;
    const candidates = this.mentions.filter((m) => m.kind === 'PERSON' && m.start >= from && m.end <= at);
    const state = demonym ? this.gazetteer.stateOfDemonym(demonym) : undefined;
    if (demonym && /^(?:leader|president|premier|chancellor)$/.test(word)) {
      const theirs = candidates.filter(
        (m) => state !== undefined && this.gazetteer.countryOf(m.actorId) === state,
      );
      return theirs[theirs.length - 1]?.actorId;
    }
    for (let k = candidates.length - 1; k >= 0; k--) {
      const m = candidates[k] as Mention;
      const described = nameKey(registered.get(m.actorId)?.description ?? '');
      const context = nameKey(this.text.slice(m.end, m.end + 90));
      if (
        described.includes(word) ||
        new RegExp(`^[,\\s]+(?:a |an |the )?(?:[\\w-]+ ){0,3}${word}`).test(context)
      ) {
        return m.actorId;
      }
    }
    return undefined;
  }

  private genderOk(actorId: string, wanted: 'F' | 'M' | undefined): boolean {
    if (!wanted) return true;
    const person = this.gazetteer.persons.find((p) => p.actorId === actorId);
    const gender = person?.gender ?? this.proposalGender(actorId);
    return gender === undefined || gender === wanted;
  }

  private proposalKind(actorId: string): string | undefined {
    return this.mentions.find((m) => m.actorId === actorId)?.kind;
  }

  private proposalGender(actorId: string): 'F' | 'M' | undefined {
    const mention = this.mentions.find((m) => m.actorId === actorId);
    if (!mention) return undefined;
    return surnameGender(mention.text.split(/\s+/).pop() ?? '');
  }
}
