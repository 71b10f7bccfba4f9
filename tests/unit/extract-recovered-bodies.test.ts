import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads "the bodies of N" as the dead', () => {
  it('reads the bodies of people found or recovered as killed', () => {
    expect(read('A spokesman says the bodies of nine people were found near the river.')).toEqual([['nine', 'killed']]);
    expect(read('Rescuers recovered the bodies of six herders from under the mud.')).toEqual([['six', 'killed']]);
  });
  it('reads the bodies of a number with no noun after it', () => {
    expect(read('Villagers pulled out the bodies of 14 from the debris.')).toEqual([['14', 'killed']]);
  });
  it('keeps a group of its own among the bodies', () => {
    expect(read('The bodies of four soldiers were found on the road.')).toEqual([['four', 'personnel']]);
  });
});
