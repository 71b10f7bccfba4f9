import { extractFigures } from '@/lib/extract';

/** What each figure of a text counts, as a person would write it. */
const counted = (text: string) => extractFigures(text).map((figure) => figure.counted);

describe('extractFigures describes what is counted as a phrase a person would write', () => {
  it('puts the verb written before the number after the counted noun, before its circumstances', () => {
    expect(counted('The fighting had displaced more than 30,000 people in July.')).toEqual(['people displaced in July']);
    expect(counted('Floods killed 20 villagers across the region on Monday.')).toEqual(['villagers killed across the region on Monday']);
  });
  it('never ends on the full stop of the sentence', () => {
    expect(counted('About 2,000 people were evacuated.')).toEqual(['people were evacuated']);
  });
  it('keeps the dots of an abbreviation', () => {
    expect(counted('The blast killed 20 U.S.')).toEqual(['U.S. killed']);
  });
  it('never takes words from the next sentence', () => {
    const [figure] = extractFigures('The strikes displaced 4,000 people. Displaced families were moved to schools.');
    expect(figure!.counted).toBe('people displaced');
  });
  it('leaves a hedge written after the number out of what is counted', () => {
    expect(counted('The strikes have killed 2,463 at a minimum, the group said.')).toEqual(['people killed']);
  });
  it('drops a circumstance word cut off from its object', () => {
    expect(counted('Some 2 500 people fled in 2015.')).toEqual(['people fled']);
  });
});

describe('extractFigures says what a part counts as a person would write it', () => {
  const counted = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.counted]);
  it('reads "12 of them children" and "Eleven of them were children" as children', () => {
    expect(counted('The strike killed 30 people, 12 of them children.')[1]).toEqual(['12', 'children', 'children']);
    expect(counted('The attack killed 23 people. Eleven of them were children.')[1]).toEqual(['Eleven', 'children', 'children']);
  });
  it('reads "Of the dead, 12 were children" as children', () => {
    expect(counted('At least 40 people died. Of the dead, 12 were children.')[1]).toEqual(['12', 'children', 'children']);
  });
});

describe('extractFigures ends what is counted where the count ends', () => {
  const counted = (text: string) => extractFigures(text).map((figure) => figure.counted);
  it('does not carry the next clause into it ("killed 12 and wounded 40")', () => {
    expect(counted('The army killed 12 and wounded 40 in the raid.')).toEqual(['people killed', 'people wounded in the raid']);
  });
  it('ends "the number of deaths" before its verb', () => {
    expect(counted('The number of deaths has risen to 300.')).toEqual(['deaths']);
  });
  it('puts a time said after the noun after the verb', () => {
    expect(counted('Strikes killed 27 people overnight.')).toEqual(['people killed overnight']);
  });
});

describe('extractFigures writes a headline verb and a participle as a person would', () => {
  const counted = (text: string) => extractFigures(text).map((figure) => figure.counted);
  it('reads "Quake kills 2,000" as people killed', () => {
    expect(counted('Quake kills more than 2,000 in Morocco\nRescuers dig.')).toEqual(['people killed in Morocco']);
  });
  it('reads "150 injured people" without a second "people"', () => {
    expect(counted('Hospitals treated more than 150 injured people.')).toEqual(['injured people']);
  });
});
