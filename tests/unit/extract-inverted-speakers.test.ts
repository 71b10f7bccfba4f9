import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures reads the speaker named after "said" for the clause that goes on after the name', () => {
  it('takes the speaker of "..., said X, mayor of Y, while N ..." for the figures on both sides', () => {
    expect(read('Twelve people were gravely wounded, said Lena Vosk, mayor of Bellmoor, while 130 more were lightly injured.')).toEqual([
      ['Twelve', 'Lena Vosk', 'sentence'],
      ['130', 'Lena Vosk', 'sentence'],
    ]);
  });

  it('gives a later clause with a speaker of its own to that speaker', () => {
    expect(read('Twelve people died, said Lena Vosk, and the Relief Agency said 130 were injured.')).toEqual([
      ['Twelve', 'Lena Vosk', 'sentence'],
      ['130', 'Relief Agency', 'sentence'],
    ]);
  });
});
