/**
 * XML 1.0 writing helpers for GraphML and GEXF. Characters XML 1.0 cannot carry
 * at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD;
 * markup characters are escaped; in attributes tab, newline and carriage return
 * are written as character references so attribute normalisation keeps them.
 */
// eslint-disable-next-line no-control-regex -- naming the control characters XML allows is the point
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, '\uFFFD');
}

export function escapeText(value: string): string {
  return xmlChars(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** ` name="value"` for each attribute whose value is not null, in order. */
export function attrs(values: readonly (readonly [string, string | number | null | undefined])[]): string {
  return values
    .filter(
      (entry): entry is readonly [string, string | number] => entry[1] !== null && entry[1] !== undefined,
    )
    .map(([name, value]) => ` ${name}="${escapeAttr(String(value))}"`)
    .join('');
}

/**
 * An XML NMTOKEN (GraphML ids): ASCII letters, digits and `.-_:` are kept, any
 * other character becomes `_xHHHH_` (its code point in hex).
 */
export function nmtoken(id: string): string {
  if (id.length === 0) return '_';
  return id.replace(
    /[^A-Za-z0-9._:-]/gu,
    (ch) => `_x${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}_`,
  );
}

/**
 * Maps the graph's ids to ids a format accepts, one to one: an id that is
 * already valid is kept, and should two ids encode alike the later one gets a
 * numbered suffix.
 */
export class IdMap {
  private readonly byOriginal = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(private readonly encode: (id: string) => string) {}

  get(id: string): string {
    const known = this.byOriginal.get(id);
    if (known !== undefined) return known;
    const base = this.encode(id);
    let candidate = base;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${base}_${n}`;
    this.byOriginal.set(id, candidate);
    this.used.add(candidate);
    return candidate;
  }
}
