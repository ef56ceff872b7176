import nlp from 'compromise';
import { distance } from 'fastest-levenshtein';
import type { ActorKind } from '../domain/vocabulary';
import { baseKey, tokenKey, type AliasEntry, type Gazetteer } from './gazetteer';
import {
  FEMININE_TITLES,
  MASCULINE_TITLES,
  TITLES,
  genderConflict,
  sameName,
  skeleton,
  surnameGender,
  type Gender,
} from './names';
import type { NlpTags } from './nlp-tags';
import type { ProposalBook } from './proposals';
import { isCapitalised, tokenize, type Sentence, type Token } from './text';
import type { Mention, Span } from './types';

/** A place named in the text ("in Minsk"): where events happen, not who acts. */
export interface PlaceMention extends Span {
  readonly text: string;
  readonly placeId?: string;
}

/** A registry phrase for an unnamed, document-specific actor ("one EU diplomat"). */
export interface IndefiniteMention extends Span {
  readonly text: string;
  readonly registryActor: string;
  readonly kind: ActorKind;
}

export interface MentionIndex {
  readonly mentions: Mention[];
  readonly indefinite: IndefiniteMention[];
  readonly places: PlaceMention[];
}

const LOCATIVES = new Set([
  'in',
  'to',
  'into',
  'from',
  'at',
  'near',
  'via',
  'across',
  'toward',
  'towards',
  'around',
  'outside',
  'inside',
  'within',
  'throughout',
  'visited',
  'visiting',
  'visit',
  'visits',
  'reached',
  'through',
]);
const STARTERS = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'after',
  'before',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'if',
  'when',
  'while',
  'since',
  'as',
  'for',
  'with',
  'without',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'my',
  'one',
  'two',
  'some',
  'many',
  'most',
  'few',
  'all',
  'both',
  'each',
  'every',
  'no',
  'not',
  'still',
  'now',
  'then',
  'today',
  'indeed',
  'however',
  'meanwhile',
  'nevertheless',
  'although',
  'though',
  'despite',
  'unlike',
  'like',
  'among',
  'between',
  'during',
  'following',
  'according',
  'asked',
  'who',
  'what',
  'why',
  'how',
  'where',
  'which',
  'there',
  'here',
  'only',
  'even',
  'also',
  'just',
  'instead',
  'given',
  'under',
  'over',
  'by',
  'from',
  'to',
  'of',
  'once',
  'newly',
  'feeling',
  'similarly',
  'evidently',
  'initially',
  'recently',
  'later',
  'earlier',
  'first',
  'second',
  'third',
  'last',
  'next',
  'other',
  'another',
  'such',
  'more',
  'less',
  'critics',
  'experts',
  'officials',
  'sources',
  'analysts',
  'observers',
  'people',
  'yes',
  'well',
  'of',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'do',
  'does',
  'did',
  'has',
  'have',
  'had',
  'let',
  'remember',
  'count',
  'sooner',
  'whether',
  'until',
]);
const MONTHS_AND_DAYS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
const REGIONS = new Set([
  'middle east',
  'far east',
  'balkans',
  'caucasus',
  'central asia',
  'eastern europe',
  'western europe',
  'central europe',
  'scandinavia',
  'baltics',
  'global south',
  'north africa',
  'latin america',
]);
/** Words that qualify a title before a name: "Prime Minister", "Foreign Minister", "Vice President". */
const TITLE_QUALIFIERS = new Set([
  'prime',
  'deputy',
  'vice',
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'justice',
  'acting',
  'former',
  'first',
  'chief',
  'special',
  'opposition',
]);
const PARTICLES = new Set(['of', 'for', 'de', 'von', 'van', 'der', 'al', 'bin', 'du', 'la', 'and', 'the']);
const ORG_HEADS = new Set([
  'committee',
  'ministry',
  'fund',
  'council',
  'party',
  'agency',
  'forces',
  'force',
  'university',
  'school',
  'foundation',
  'institute',
  'service',
  'bank',
  'union',
  'organization',
  'organisation',
  'office',
  'court',
  'parliament',
  'commission',
  'army',
  'brigade',
  'group',
  'association',
  'movement',
  'centre',
  'center',
  'guard',
  'front',
  'alliance',
  'coalition',
  'federation',
  'network',
  'corporation',
  'company',
  'department',
  'administration',
  'assembly',
  'cabinet',
  'government',
  'watch',
  'platform',
  'endowment',
  'initiative',
  'team',
  'secretariat',
  'directorate',
  'police',
  'navy',
  'command',
]);
const MEDIA_HEADS = new Set([
  'times',
  'post',
  'news',
  'press',
  'radio',
  'television',
  'tv',
  'journal',
  'gazette',
  'herald',
  'tribune',
  'telegraph',
  'guardian',
  'daily',
]);
const WIRE_SERVICES = new Set([
  'reuters',
  'afp',
  'tass',
  'belta',
  'interfax',
  'bloomberg',
  'politico',
  'axios',
  'ria novosti',
  'associated press',
  'bbc',
  'cnn',
  'nexta',
  'zerkalo',
]);
const EVENT_HEADS = new Set([
  'forum',
  'summit',
  'conference',
  'war',
  'agreement',
  'accords',
  'accord',
  'treaty',
  'operation',
  'games',
  'day',
  'prize',
  'award',
  'act',
  'plan',
  'bravo',
  'election',
  'elections',
  'revolution',
  'talks',
  'format',
  'process',
  'declaration',
  'protocol',
  'cup',
  'olympics',
  'festival',
  'week',
]);
/** Surname endings frequent in Slavic, Baltic, Caucasian and Balkan names. */
const SURNAME_SHAPE =
  /(?:ski|sky|skiy|skyi|ska|skaya|cki|cka|ov|ova|ev|eva|enko|enka|uk|chuk|vich|ovich|evich|shvili|dze|ić|ović|aitė|ienė|ytė|auskas|evičius|ovas|kas|ka|ko|ak|ik|yan|ian|bek|ayev|yev|iev|ina|in)$/i;

/** What the rest of the extractor needs to read names in a text. */
export class MentionFinder {
  private readonly tokens: Token[];
  private readonly initial = new Set<number>();
  private readonly mentions: Mention[] = [];
  private readonly indefinite: IndefiniteMention[] = [];
  private readonly places: PlaceMention[] = [];
  private readonly covered = new Set<number>();

  constructor(
    private readonly text: string,
    sentences: readonly Sentence[],
    private readonly gazetteer: Gazetteer,
    private readonly tags: NlpTags,
    private readonly book: ProposalBook,
  ) {
    this.tokens = tokenize(text);
    for (const sentence of sentences) {
      const first = this.tokens.findIndex((t) => t.start >= sentence.start);
      if (first >= 0) this.initial.add(first);
    }
    this.tokens.forEach((token, i) => {
      if (i > 0 && /[“"‘«(—–:]\s*$/.test(text.slice(this.tokens[i - 1]?.end ?? 0, token.start)))
        this.initial.add(i);
    });
  }

  find(): MentionIndex {
    this.scanRegistry();
    this.scanNewNames();
    this.mentions.sort((a, b) => a.start - b.start);
    this.indefinite.sort((a, b) => a.start - b.start);
    return { mentions: this.mentions, indefinite: this.indefinite, places: this.places };
  }

  // --- registry spellings ---------------------------------------------------------

  private scanRegistry(): void {
    const roles: { token: number; n: number; entry: AliasEntry }[] = [];
    for (let i = 0; i < this.tokens.length; i++) {
      const match = this.matchAt(i);
      if (!match) continue;
      const { entry, n } = match;
      const first = i;
      const span = this.spanOf(first, n);
      const mark = (): void => {
        for (let j = first; j < first + n; j++) this.covered.add(j);
      };
      i += n - 1;
      const actor = this.gazetteer.actors.get(entry.actorId);
      if (!actor) continue;
      const surface = this.text.slice(span.start, span.end);
      if (this.isPlaceUse(first, n, entry)) {
        this.places.push({ ...span, text: surface, placeId: this.gazetteer.placeId(surface) });
        mark();
        continue;
      }
      if (this.partOfLongerName(first, n, entry)) continue;
      mark();
      // "Svyatlana Tsikhanouskaya": a first name spelled otherwise than the registry's is part of the mention.
      const given = this.givenNameBefore(first, entry);
      if (given !== undefined && entry.policy === 'PROPER') {
        this.covered.add(given);
        const start = (this.tokens[given] as Token).start;
        this.addRegistry({ ...span, start }, this.text.slice(start, span.end), actor.id, actor.kind);
        continue;
      }
      const declared = this.gazetteer.ambiguousActors(entry.alias);
      if (declared) {
        this.addProposal(span, surface, actor.kind, declared, 'a spelling the registry declares ambiguous');
        continue;
      }
      if (entry.policy === 'INDEFINITE') {
        this.indefinite.push({ ...span, text: surface, registryActor: actor.id, kind: actor.kind });
        continue;
      }
      if (entry.policy === 'ROLE') {
        roles.push({ token: first, n, entry });
        continue;
      }
      this.addRegistry(span, surface, actor.id, actor.kind);
    }
    // A person's role ("the special envoy") names them only where the article names them too.
    const named = new Set(this.mentions.map((m) => m.actorId));
    for (const role of roles) {
      if (!named.has(role.entry.actorId)) continue;
      const span = this.spanOf(role.token, role.n);
      const kind = this.gazetteer.kind(role.entry.actorId) ?? 'PERSON';
      this.addRegistry(span, this.text.slice(span.start, span.end), role.entry.actorId, kind);
    }
  }

  private matchAt(i: number): { entry: AliasEntry; n: number } | undefined {
    const first = this.tokens[i] as Token;
    for (const entry of this.gazetteer.candidates(tokenKey(first.text))) {
      const n = entry.keys.length;
      if (i + n > this.tokens.length) continue;
      let ok = true;
      for (let j = 0; j < n && ok; j++) {
        const token = this.tokens[i + j] as Token;
        const key = tokenKey(token.text);
        const wanted = entry.keys[j] as string;
        const last = j === n - 1;
        // An organisation's name may be written in lower case after its first word ("Viasna human rights centre").
        const relaxed =
          j > 0 && this.gazetteer.kind(entry.actorId) !== 'PERSON' && entry.policy === 'PROPER' && n > 2;
        ok =
          (key === wanted || (last && baseKey(key) === wanted)) &&
          (relaxed || caseAgrees(token.text, entry.tokens[j] as string)) &&
          (j === 0 || this.adjacent(i + j - 1, i + j));
      }
      if (ok) return { entry, n };
    }
    return undefined;
  }

  /** The token of a first name written before a registered surname, compatible with the person's. */
  private givenNameBefore(i: number, entry: AliasEntry): number | undefined {
    const prev = i - 1;
    if (entry.keys.length !== 1 || prev < 0 || this.covered.has(prev) || !this.adjacent(prev, i))
      return undefined;
    if (!this.isNameWord(prev)) return undefined;
    const word = (this.tokens[prev] as Token).text;
    if (/['’]s?$/.test(word) || /^\p{Lu}\.?$/u.test(word)) return undefined;
    const person = this.gazetteer.persons.find((p) => p.actorId === entry.actorId);
    return person?.given.some((g) => givenCompatible(g, word)) ? prev : undefined;
  }

  private adjacent(a: number, b: number): boolean {
    const gap = this.text.slice((this.tokens[a] as Token).end, (this.tokens[b] as Token).start);
    return /^[ \t“”"‘]*$/.test(gap);
  }

  /** The span of tokens i..i+n-1 without a possessive ending. */
  private spanOf(i: number, n: number): Span & { possessive: boolean } {
    const first = this.tokens[i] as Token;
    const last = this.tokens[i + n - 1] as Token;
    const possessive = /['’]s?$/.test(last.text) && last.text.length > 2;
    const cut = possessive ? (/s$/.test(last.text) ? 2 : 1) : 0;
    return { start: first.start, end: last.end - cut, possessive };
  }

  /** "in Minsk", "to Belarus": a place, not the state acting. */
  private isPlaceUse(i: number, n: number, entry: AliasEntry): boolean {
    const last = this.tokens[i + n - 1] as Token;
    if (/['’]s?$/.test(last.text)) return false;
    const actor = this.gazetteer.actors.get(entry.actorId);
    const placeLike = actor?.kind === 'STATE' || this.gazetteer.placeId(entry.alias) !== undefined;
    if (!placeLike || i === 0) return false;
    const before = this.tokens[i - 1] as Token;
    const word = before.text.toLowerCase();
    return (
      LOCATIVES.has(word) ||
      (word === 'the' && i > 1 && LOCATIVES.has((this.tokens[i - 2] as Token).text.toLowerCase()))
    );
  }

  /** "Radio Free Europe", "Eric Trump": a registry word inside a longer, other name. */
  private partOfLongerName(i: number, n: number, entry: AliasEntry): boolean {
    if (entry.policy !== 'PROPER' && entry.policy !== 'ACRONYM') return false;
    const next = i + n;
    if (
      next < this.tokens.length &&
      this.adjacent(next - 1, next) &&
      this.isNameWord(next) &&
      !TITLES.has(this.tokens[next]?.text.toLowerCase() ?? '') &&
      !this.matchAt(next) &&
      !/['’]s?$/.test(this.tokens[next - 1]?.text ?? '') &&
      entry.keys.length === 1
    ) {
      return true;
    }
    const prev = i - 1;
    if (prev < 0 || !this.adjacent(prev, i) || !this.isNameWord(prev) || this.covered.has(prev)) return false;
    const word = this.tokens[prev]?.text ?? '';
    if (this.initial.has(prev) && !this.tags.has(this.tokens[prev]?.start ?? -1, 'Person', 'FirstName'))
      return false;
    // "Ms Tsikhanouski": a title of the other gender than the actor's means someone else.
    const titleGender = FEMININE_TITLES.has(tokenKey(word))
      ? 'F'
      : MASCULINE_TITLES.has(tokenKey(word))
        ? 'M'
        : undefined;
    const owner = this.gazetteer.persons.find((p) => p.actorId === entry.actorId);
    if (owner && genderConflict(titleGender, owner.gender)) return true;
    if (TITLES.has(word.toLowerCase()) || /['’]s?$/.test(word) || this.isDemonym(prev) || this.matchAt(prev))
      return false;
    const person = this.gazetteer.persons.find((p) => p.actorId === entry.actorId);
    if (person && entry.keys.length === 1) return !person.given.some((g) => givenCompatible(g, word));
    return entry.keys.length === 1;
  }

  private addRegistry(
    span: Span & { possessive?: boolean },
    text: string,
    actorId: string,
    kind: ActorKind,
  ): void {
    this.mentions.push({
      start: span.start,
      end: span.end,
      text,
      actorId,
      kind,
      resolution: 'REGISTRY',
      candidates: [],
      possessive: span.possessive ?? false,
    });
  }

  private addProposal(
    span: Span & { possessive?: boolean },
    name: string,
    kind: ActorKind,
    candidates: readonly string[],
    reason: string,
    spelling = name,
  ): void {
    const id = this.book.propose(name, kind, candidates, reason);
    this.book.spelled(id, spelling);
    this.mentions.push({
      start: span.start,
      end: span.end,
      text: spelling,
      actorId: id,
      kind,
      resolution: candidates.length > 0 ? 'AMBIGUOUS' : 'NEW',
      candidates,
      possessive: span.possessive ?? false,
    });
  }

  // --- names the registry does not have ---------------------------------------------

  /** A capitalised word that is a name, not a capitalised sentence opener or a month. */
  private isNameWord(i: number): boolean {
    const token = this.tokens[i];
    if (!token || !isCapitalised(token.text)) return false;
    const lower = tokenKey(token.text).replace(/'s?$/, '');
    if (MONTHS_AND_DAYS.has(lower)) return false;
    if (this.initial.has(i)) {
      if (STARTERS.has(lower)) return false;
      if (
        this.tags.has(
          token.start,
          'Verb',
          'Adverb',
          'Determiner',
          'Preposition',
          'Conjunction',
          'Pronoun',
          'Adjective',
          'QuestionWord',
        )
      ) {
        return this.tags.has(token.start, 'ProperNoun', 'Person', 'Place');
      }
    }
    return true;
  }

  private isDemonym(i: number): boolean {
    const token = this.tokens[i] as Token;
    return (
      this.tags.has(token.start, 'Demonym') ||
      /(?:ians?|eses?|ish|eans?|ic)$/.test(token.text.replace(/['’]s?$/, ''))
    );
  }

  /** A title-case line ("America’s Bet on Lukashenko: How Trump Is …"): capitals say nothing there. */
  private inHeadline(i: number): boolean {
    const token = this.tokens[i] as Token;
    const lineStart = this.text.lastIndexOf('\n', token.start) + 1;
    const lineEnd = this.text.indexOf('\n', token.start);
    const line = this.text.slice(lineStart, lineEnd < 0 ? this.text.length : lineEnd);
    // A line that ends as a sentence ends is body text, however many names it holds.
    if (/[.!?…][”"’»)]*\s*$/u.test(line)) return false;
    const words = tokenize(line).filter((w) => /^\p{L}/u.test(w.text));
    if (words.length < 4 || words.length > 25) return false;
    const capitalised = words.filter(
      (w) => isCapitalised(w.text) || /^(?:a|an|the|of|on|in|to|for|and|with|as|at|by)$/.test(w.text),
    );
    return capitalised.length / words.length >= 0.85;
  }

  private scanNewNames(): void {
    for (let i = 0; i < this.tokens.length; i++) {
      if (this.covered.has(i) || !this.isNameWord(i)) continue;
      let end = i;
      while (end + 1 < this.tokens.length && end - i < 5) {
        const next = end + 1;
        if (this.covered.has(next) || !this.adjacent(end, next)) break;
        if (/['’]s?$/.test(this.tokens[end]?.text ?? '')) break;
        if (this.isNameWord(next)) {
          end = next;
          continue;
        }
        const word = this.tokens[next]?.text ?? '';
        const after = tokenKey(this.tokens[next + 1]?.text ?? '');
        const after2 = tokenKey(this.tokens[next + 2]?.text ?? '');
        if (
          PARTICLES.has(word) &&
          next + 1 < this.tokens.length &&
          this.isNameWord(next + 1) &&
          !this.covered.has(next + 1) &&
          // "Nikol Pashinyan and Azerbaijani President Ilham Aliyev": two people, not one name.
          !(
            word === 'and' &&
            (this.isDemonym(next + 1) ||
              [after, after2].some((w) => TITLES.has(w) || TITLE_QUALIFIERS.has(w)))
          )
        ) {
          end = next + 1;
          continue;
        }
        break;
      }
      this.readName(i, end);
      i = end;
    }
  }

  private readName(from: number, to: number): void {
    let start = from;
    let titleGender: Gender;
    let titled = false;
    while (start <= to) {
      const token = this.tokens[start] as Token;
      const word = tokenKey(token.text);
      const nextWord = start < to ? tokenKey((this.tokens[start + 1] as Token).text) : '';
      if (TITLES.has(word) || (TITLE_QUALIFIERS.has(word) && TITLES.has(nextWord))) {
        titled = true;
        if (FEMININE_TITLES.has(word)) titleGender = 'F';
        if (MASCULINE_TITLES.has(word)) titleGender = 'M';
        start++;
      } else if (this.isDemonym(start) || PARTICLES.has(word) || (start + 1 < to && TITLES.has(nextWord))) {
        // "Azerbaijani President Ilham Aliyev": the word before a title qualifies it.
        start++;
      } else if (
        this.initial.has(start) &&
        start < to &&
        !this.tags.has(token.start, 'Person', 'FirstName', 'Place')
      ) {
        start++; // a capitalised sentence opener before a name ("Co-beneficiary Netanyahu")
      } else break;
    }
    if (start > to) return;
    const inner = this.tokens.slice(from, to + 1).map((t) => t.text);
    if (inner.some((w) => /^(?:of|for)$/.test(w)) && !ORG_HEADS.has(tokenKey(inner[inner.length - 1] ?? '')))
      return;
    if (this.inHeadline(from)) return;
    // A title just before the sequence ("General Wiesław Kukuła" after "the").
    const before = from > 0 ? tokenKey(this.tokens[from - 1]?.text ?? '') : '';
    if (TITLES.has(before)) titled = true;
    const words = this.tokens.slice(start, to + 1);
    const span = this.spanOf(start, to - start + 1);
    const surface = this.text.slice(span.start, span.end);
    const lower = words.map((w) => tokenKey(w.text).replace(/'s?$/, ''));
    const head = lower[lower.length - 1] as string;
    if (this.gazetteer.placeId(surface) !== undefined) {
      this.places.push({ ...span, text: surface, placeId: this.gazetteer.placeId(surface) });
      return;
    }
    if (
      EVENT_HEADS.has(head) ||
      /\d/.test(surface) ||
      REGIONS.has(lower.join(' ')) ||
      words.some((w) => /^[IVX]+$/.test(w.text))
    ) {
      return;
    }
    if (WIRE_SERVICES.has(lower.join(' ')) || (words.length > 1 && MEDIA_HEADS.has(head))) {
      this.addProposal(span, surface, 'MEDIA', [], 'a news outlet the registry does not list');
      return;
    }
    if (words.length > 1 && ORG_HEADS.has(head)) {
      this.addProposal(span, surface, 'ORGANISATION', [], 'an organisation the registry does not list');
      return;
    }
    const first = words[0] as Token;
    const isPlace = words.every((w) => this.tags.has(w.start, 'Place', 'City', 'Country', 'Region'));
    if (isPlace) {
      const country = words.length === 1 && this.tags.has(first.start, 'Country');
      const prev = start > 0 ? (this.tokens[start - 1]?.text.toLowerCase() ?? '') : '';
      if (country && !LOCATIVES.has(prev)) {
        this.addProposal(span, surface, 'STATE', [], 'a state the registry does not list');
      } else {
        this.places.push({ ...span, text: surface });
      }
      return;
    }
    this.readPerson(words, span, surface, titled, titleGender);
  }

  private readPerson(
    words: Token[],
    span: Span & { possessive: boolean },
    surface: string,
    titled: boolean,
    titleGender: Gender,
  ): void {
    const surnameToken = words[words.length - 1] as Token;
    const surname = surnameToken.text.replace(/['’]s?$/, '');
    const given = words.length > 1 ? (words[0] as Token).text : undefined;
    // A surname alone: first the people this article has already named.
    if (given === undefined) {
      const earlier = this.earlierPerson(surname, span.start, titleGender);
      if (earlier) {
        this.pushResolved(span, surface, earlier);
        return;
      }
    }
    const common = words.length === 1 && isCommonWord(surname);
    const personish =
      (titled && !common) ||
      words.some((w) =>
        this.tags.has(w.start, 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'),
      ) ||
      SURNAME_SHAPE.test(surname) ||
      this.appositionFollows(span.end) ||
      (given !== undefined && words.length <= 3);
    if (!personish) return;
    const gender = titleGender ?? surnameGender(surname);
    const hits: string[] = [];
    const near: string[] = [];
    for (const person of this.gazetteer.persons) {
      const surnameHit = person.surnames.some(
        (s) => sameName(s.form, surname) && !genderConflict(s.gender, surnameGender(surname)),
      );
      if (!surnameHit) continue;
      const givenOk = given === undefined || person.given.some((g) => givenCompatible(g, given));
      const genderOk =
        given !== undefined && givenOk
          ? !genderConflict(titleGender, person.gender)
          : !genderConflict(gender, person.gender);
      if (givenOk && genderOk) hits.push(person.actorId);
      else near.push(person.actorId);
    }
    if (hits.length === 1) {
      this.addRegistry(span, surface, hits[0] as string, 'PERSON');
      return;
    }
    if (hits.length > 1) {
      this.addProposal(span, surface, 'PERSON', hits, 'a name close to several registry people');
      return;
    }
    if (given === undefined && !titled && near.length === 0 && !this.speakerLike(span.end)) return;
    const reason =
      near.length > 0
        ? 'a name close to a registry person but contradicted (first name or gendered surname form)'
        : 'a person the registry does not list';
    this.addProposal(span, surface, 'PERSON', near, reason);
  }

  private pushResolved(span: Span & { possessive: boolean }, surface: string, earlier: Mention): void {
    if (earlier.resolution === 'REGISTRY') {
      this.addRegistry(span, surface, earlier.actorId, earlier.kind);
    } else {
      this.book.spelled(earlier.actorId, surface);
      this.mentions.push({
        ...earlier,
        start: span.start,
        end: span.end,
        text: surface,
        possessive: span.possessive,
      });
    }
  }

  /** The last person named before `at` whose surname this is (same gender form). */
  private earlierPerson(surname: string, at: number, titleGender: Gender): Mention | undefined {
    const key = skeleton(surname);
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k] as Mention;
      if (m.start >= at || m.kind !== 'PERSON') continue;
      const last = m.text.split(/\s+/).pop() ?? '';
      const theirs = last.replace(/['’]s?$/, '');
      if (genderConflict(surnameGender(theirs), surnameGender(surname))) continue;
      if (titleGender && genderConflict(titleGender, surnameGender(theirs))) continue;
      if (skeleton(theirs) === key || sameName(theirs, surname)) return m;
    }
    return undefined;
  }

  /** ", a former EU diplomat" / ", the head of …": the name is a person's or body's. */
  private appositionFollows(end: number): boolean {
    return /^,\s+(?:a|an|the|former|ex-|deputy|head|chief|who)\b/i.test(this.text.slice(end, end + 12));
  }

  private speakerLike(end: number): boolean {
    return /^,?\s+(?:said|says|told|tells|stated|noted|added|wrote|argued|warned)\b/.test(
      this.text.slice(end, end + 12),
    );
  }
}

/** A capitalised word that lower-cased is a verb, an adjective or an interjection ("Staff", "Bravo"). */
function isCommonWord(word: string): boolean {
  const terms = nlp(word.toLowerCase()).json() as { terms: { tags: string[] }[] }[];
  const tags = terms[0]?.terms[0]?.tags ?? [];
  return ['Verb', 'Adjective', 'Expression', 'Adverb', 'Actor'].some((t) => tags.includes(t));
}

function caseAgrees(textWord: string, aliasWord: string): boolean {
  const letters = aliasWord.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) {
    const theirs = textWord.replace(/['’]s?$/, '').replace(/[^\p{L}]/gu, '');
    return theirs === theirs.toUpperCase();
  }
  if (isCapitalised(aliasWord)) return isCapitalised(textWord);
  return true;
}

/** First names in another transliteration or as an initial ("S." for Siarhei). */
export function givenCompatible(registered: string, written: string): boolean {
  if (/^\p{Lu}\.?$/u.test(written)) return registered.startsWith(written.replace('.', ''));
  if (sameName(registered, written)) return true;
  const a = skeleton(registered);
  const b = skeleton(written);
  if (Math.min(a.length, b.length) < 5) return false;
  return distance(a, b) <= 2;
}
