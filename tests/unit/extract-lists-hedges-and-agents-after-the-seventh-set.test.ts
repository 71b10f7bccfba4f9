import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, qualifier, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.category]);

describe('extractFigures reads a hedge glued into one word', () => {
  it('reads "Atleast" as "at least"', () => {
    expect(read('Atleast 31 Killed by Cyclone in Ardenia')).toEqual([['Atleast 31', 'at_least', 'killed']]);
  });
});

describe('extractFigures reads "revised the toll up to N" as the new toll, not a ceiling', () => {
  it('keeps the number exact', () => {
    expect(read('The president revised the death toll up to 120 on Monday.')).toEqual([['120', 'exact', 'killed']]);
  });
  it('still reads "up to N" elsewhere as a ceiling', () => {
    expect(read('Up to 30 people died.')).toEqual([['Up to 30', 'up_to', 'killed']]);
  });
});

describe('extractFigures reads counts in other places joined by "along with"', () => {
  it('gives each the category of the first', () => {
    expect(read('An estimated 50,000 people have been displaced in Ardenia, along with 9,000 in Bellmoor, and at least 600 in Towna.')).toEqual([
      ['An estimated 50,000', 'estimated', 'displaced'],
      ['9,000', 'exact', 'displaced'],
      ['at least 600', 'at_least', 'displaced'],
    ]);
  });
});

describe('extractFigures reads a list opened by a comma after a total', () => {
  it('reads "24 confirmed fatalities, 11 from A, eight from B and five from C"', () => {
    expect(read('There are 24 confirmed fatalities, 11 from Towna, eight from Ardenne and five from Bellmoor.')).toEqual([
      ['24', 'exact', 'killed'],
      ['11', 'exact', 'killed'],
      ['eight', 'exact', 'killed'],
      ['five', 'exact', 'killed'],
    ]);
  });
  it('needs more than one item', () => {
    expect(read('Some 300 people died, 40 in hospital, officials said.')).toEqual([['Some 300', 'about', 'killed']]);
  });
});

describe('extractFigures does not take the agent after "by" for what is counted', () => {
  it('reads civilians trapped by militants as trapped, people abducted by rebels as other', () => {
    expect(read('Tens of thousands of civilians remain trapped by militants on a mountain.')).toEqual([['Tens of thousands', 'vague', 'trapped']]);
    expect(read('Some 40 people were abducted by rebels.')).toEqual([['Some 40', 'about', 'other']]);
  });
  it('keeps fighters who are themselves counted', () => {
    expect(read('30 fighters were killed by the army.')).toEqual([['30', 'exact', 'fighters']]);
  });
});

describe('extractFigures finds "said X" at the end of a sentence with its comma missing', () => {
  it('takes the name that ends the sentence', () => {
    const [figure] = extractFigures('About 2,000 people remain trapped on the mountain without water said the UN’s Jon Smith in a statement.');
    expect(figure?.source).toBe('UN’s Jon Smith');
  });
  it('does not take a name that begins a clause', () => {
    const [figure] = extractFigures('Officials said Jane Roe died with 30 others.');
    expect(figure?.source).toBe('Officials');
  });
});
