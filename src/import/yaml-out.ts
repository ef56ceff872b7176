import { Document, isScalar, visit } from 'yaml';

/**
 * Serialises a registry or annotation file the same way every time (so a
 * re-import writes the same bytes): block style, no line folding, single quotes
 * where quoting is needed, dates as quoted strings ('2019-10-24', as in
 * seeds/annotations), a header comment saying where the file comes from.
 */
export function toSourceYaml(value: unknown, header: readonly string[]): string {
  const doc = new Document(value);
  doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^\d{4}(?:-\d{2}){0,2}$/.test(node.value)) {
        node.type = 'QUOTE_SINGLE';
      }
    },
  });
  return doc.toString({ lineWidth: 0, singleQuote: true });
}
