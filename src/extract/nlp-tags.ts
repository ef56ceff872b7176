import nlp from 'compromise';

interface Term {
  readonly text: string;
  readonly tags: string[];
  readonly offset: { readonly start: number; readonly length: number };
}

/**
 * Part-of-speech tags from compromise (an offline NLP library), by the UTF-16 start
 * of each word: tells a sentence-initial "When" from a name, a first name from a
 * common noun, a country from a city.
 */
export class NlpTags {
  private readonly byStart = new Map<number, readonly string[]>();

  constructor(text: string) {
    const sentences = nlp(text).json({ offset: true }) as { terms: Term[] }[];
    for (const sentence of sentences) {
      for (const term of sentence.terms) this.byStart.set(term.offset.start, term.tags);
    }
  }

  tags(start: number): readonly string[] {
    return this.byStart.get(start) ?? [];
  }

  has(start: number, ...tags: string[]): boolean {
    const mine = this.tags(start);
    return tags.some((tag) => mine.includes(tag));
  }
}
