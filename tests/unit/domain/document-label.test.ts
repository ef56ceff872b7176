import { documentLabel, LEAD_LABEL_LENGTH } from '../../../src/domain/document-label';

describe('a document label', () => {
  it('is the printed title when there is one', () => {
    expect(documentLabel({ title: 'Minsk in the spotlight', text: 'Body.' })).toEqual({
      text: 'Minsk in the spotlight',
      inferred: false,
    });
  });

  it('is the lead sentence, marked inferred, when the text prints no title', () => {
    expect(documentLabel({ title: null, text: 'Kellogg met Lukashenko. Then more.\nSecond line.' })).toEqual({
      text: 'Kellogg met Lukashenko.',
      inferred: true,
    });
  });

  it('cuts a long lead sentence at a word, with an ellipsis', () => {
    const text = `${'word '.repeat(40)}end.`;
    const label = documentLabel({ title: null, text });
    expect(label.inferred).toBe(true);
    expect(label.text.endsWith('word…')).toBe(true);
    expect(Array.from(label.text).length).toBeLessThanOrEqual(LEAD_LABEL_LENGTH + 1);
  });
});
