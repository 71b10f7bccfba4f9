import { extractFigures } from '@/lib/extract';

const raws = (text: string) => extractFigures(text).map((figure) => figure.rawText);

describe('extractFigures leaves a possibility and a repetition told of people out', () => {
  it('refuses "one or more" with no number known', () => {
    expect(raws('The police said one or more might still be hiding in the building.')).toEqual([]);
  });
  it('refuses how many times people did something', () => {
    expect(raws('Families keep arriving in the town, most of them displaced for the third time.')).toEqual([]);
  });
  it('still counts a repeated strike and a lower bound written after a number', () => {
    expect(raws('It was the third time coalition forces have struck the bridge.')).toEqual(['third']);
    expect(raws('Officials said 60 or more people died.')).toEqual(['60 or more']);
  });
});
