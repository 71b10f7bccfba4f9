import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures reads the speaker before an aside opened by a participle', () => {
  it('takes the name before ", speaking to journalists in X," as the speaker', () => {
    expect(read('Relief Agency spokesman Tomas Weir, speaking to journalists in Bellmoor, said that thousands had fled Ardenne.')).toEqual([
      ['thousands', 'Tomas Weir', 'sentence'],
    ]);
    expect(read('The Ardenne health minister, addressing parliament on Monday, said 45 people had died.')).toEqual([
      ['45', 'Ardenne health minister', 'sentence'],
    ]);
  });

  it('still reads a sentence that opens with the participle up to the speaker it runs into', () => {
    const body = 'Speaking at a press conference in Bellmoor after her visit to the border camps last week the Relief Agency director Ines Marr said that 300 people arrive every day.';
    expect(read(body)).toEqual([['300', 'Ines Marr', 'sentence']]);
  });
});
