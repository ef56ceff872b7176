/**
 * Cyrillic letters in Latin, one table for every place that compares names
 * (search ranking and the extractor's identity matching), so that a spelling
 * matched by one is matched by the other. The values follow the common English
 * romanisation of Russian, Belarusian and Ukrainian (х → kh, ц → ts, є → ye),
 * the spellings English news uses; skeletons built on top absorb the rest.
 *
 * Folded text (`nameKey`) has already lost the marks that tell й, ї and ё from
 * и, і and е (NFKD), so those entries only serve text transliterated unfolded.
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * Lower-case Cyrillic letters replaced by their Latin spelling; letters the table
 * does not know (upper case, Serbian, Macedonian) and everything else are kept.
 */
export function transliterateCyrillic(text: string): string {
  return text.replace(/[\u0400-\u04ff]/g, (letter) => CYRILLIC_TO_LATIN[letter] ?? letter);
}
