import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, qualifier, low, high]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.low, figure.high]);

describe('extractFigures reads a toll that nears a number, and a lower bound written "or more"', () => {
  it('reads a headline toll that "nears" a number as about it', () => {
    expect(read('Flood toll nears 1,000 in the north\n\nRescuers kept digging.')).toEqual([['nears 1,000', 'about', 900, 1100]]);
  });
  it('reads "neared" and "approaching" the same way', () => {
    expect(read('The death toll neared 250 on Tuesday.')).toEqual([['neared 250', 'about', 225, 275]]);
    expect(read('The number of deaths is approaching 80, officials said.')).toEqual([['approaching 80', 'about', 72, 88]]);
  });
  it('reads "N or more" as at least N, the words after the number in its raw text', () => {
    expect(read('Local leaders put the death toll at 60 or more on Sunday.')).toEqual([['60 or more', 'at_least', 60, null]]);
  });
  it('leaves "or" followed by other words alone', () => {
    expect(read('At least 30 people or their relatives were questioned.')).toEqual([['At least 30', 'at_least', 30, null]]);
  });
});
