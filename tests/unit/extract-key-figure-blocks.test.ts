import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, counted]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.counted]);

describe('extractFigures reads blocks of key figures whose labels follow the numbers', () => {
  it('pairs a run of number lines with the label lines after them, in order', () => {
    const body = 'Key figures\n\n4.1 million\n\n900,000\n\nPeople in need\n\nPeople displaced by the floods\n\nThe rains began in May.';
    expect(read(body)).toEqual([
      ['4.1 million', 'other', 'People in need'],
      ['900,000', 'displaced', 'People displaced by the floods'],
    ]);
  });
  it('reads a number line followed by its label', () => {
    expect(read('Situation overview\n1.2 million\npeople displaced\nOver 300\ncivilians killed')).toEqual([
      ['1.2 million', 'displaced', 'people displaced'],
      ['Over 300', 'killed', 'civilians killed'],
    ]);
  });
  it('keeps offsets and the sentence of the number line', () => {
    const body = 'Overview\n1.2 million\npeople displaced';
    const [figure] = extractFigures(body);
    expect(body.slice(figure!.start, figure!.end)).toBe('1.2 million');
    expect(figure!.sentence).toBe('1.2 million');
  });
  it('does not read a label that counts nothing, or labels that do not match the numbers', () => {
    expect(read('Response\n\n1,200\n\nTonnes of food delivered')).toEqual([]);
    expect(read('Figures\n\n3,000\n\n4,000\n\nPeople reached')).toEqual([]);
  });
  it('reads a label written before its number on one line', () => {
    expect(read('Situation overview\nDeaths: 1,234\nPeople displaced – 45,000\nDate: 12 March')).toEqual([
      ['1,234', 'killed', 'Deaths'],
      ['45,000', 'displaced', 'People displaced'],
    ]);
  });
});
