import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.source]);

describe('extractFigures reads title-case headline verbs, "It was issued by", "N more bodies" and shares before a passive', () => {
  it('reads "X Say Death Toll ... Reached N" in a title-case headline as X\'s', () => {
    expect(read('Authorities Say Death Toll From Raid Reached 61 People\n\nAn inquiry began.')).toEqual([['61', 'killed', 'Authorities']]);
  });

  it('reads "It was issued by X in collaboration with partners" as the issuer line', () => {
    const body = 'Action Plan\n\nThis document outlines the plan. It was issued by the Humanitarian Country Team in collaboration with partners.\n\nFighting affected an estimated 118,800 people.';
    expect(read(body)).toEqual([['an estimated 118,800', 'other', 'Humanitarian Country Team']]);
  });

  it('keeps an acronym\'s office out of its name only', () => {
    const body = 'Floods\n\nThis report was issued by OCHA Bellmoor. It covers one week.\n\nSome 4,000 people were displaced.';
    expect(read(body)).toEqual([['Some 4,000', 'displaced', 'OCHA']]);
  });

  it('counts "six more bodies" after a toll, and "19 (66%) have been confirmed"', () => {
    expect(read('The toll rose to 39 after officials said six more bodies had been recovered.').map((figure) => figure[0])).toEqual(['39', 'six']);
    expect(read('Of 29 cases tested, 19 (66%) have been confirmed.').map((figure) => figure[0])).toEqual(['29', '19', '66%']);
  });

  it('does not count units or companies a building housed', () => {
    expect(read('The building housed five garment units supplying retailers.')).toEqual([]);
  });
});

describe('extractFigures reads "provided a breakdown", places after two lower-case words, and look-alike letters', () => {
  it('reads "X provided a breakdown of the death toll, including ..." as X\'s, through every item', () => {
    const figures = extractFigures('Li also provided a breakdown of the death toll, including 161 in Alpha, 959 in the provincial capital Beta and 700 in Gamma City.');
    expect(figures.map((figure) => [figure.rawText, figure.source])).toEqual([['161', 'Li'], ['959', 'Li'], ['700', 'Li']]);
    expect(read('The agency provided food to 3,000 people.').map((figure) => figure[2])).toEqual([null]);
  });

  it('reads a hedge typed with a Cyrillic look-alike letter', () => {
    expect(extractFigures('Аbout 6,000 people were injured').map((figure) => [figure.rawText, figure.qualifier])).toEqual([['Аbout 6,000', 'about']]);
  });
});

describe('extractFigures reads "claims N" as deaths and splits a sentence after a footnote mark', () => {
  it('reads "Massacre claims 80" as 80 killed, with the massacre as no source', () => {
    expect(read('Island camp massacre claims 80\n\nThe island was closed.')).toEqual([['80', 'killed', null]]);
  });

  it('ends a sentence at a full stop followed by a footnote mark', () => {
    expect(read('Measles has killed 6,000 people in the worst outbreak in decades.* The health agency declared an emergency.')).toEqual([['6,000', 'killed', null]]);
  });
});

describe('extractFigures reads a bracketed city dateline, a glued hyphen before a headline source, and people not struck', () => {
  it('reads a release opening "(City) –" as its first paragraph\'s known organisation\'s', () => {
    const body = '(Bellmoor) – A militia killed over 35 villagers on Friday, Human Rights Watch said today.\n\nFour children were also killed, and 19 villagers remain unaccounted for.';
    expect(extractFigures(body).map((figure) => [figure.rawText, figure.source])).toEqual([
      ['over 35', 'Human Rights Watch'], ['Four', 'Human Rights Watch'], ['19', 'Human Rights Watch'],
    ]);
  });

  it('reads "...- UNHCR" at a headline\'s end as its source', () => {
    expect(read('Civilians Seek Refuge in Ardenne- UNHCR\n\nOver 60,000 people have sought refuge in Ardenne.').map((figure) => figure[2])).toEqual(['UNHCR']);
  });

  it('does not read people living somewhere "when the tragedy struck" as a strike', () => {
    expect(read('Some 350 people were living in the tower when the tragedy struck.').map((figure) => figure[1])).toEqual(['population']);
  });
});

describe('extractFigures reads the dead or missing together as other, and those who escaped as fled', () => {
  it('reads "around 80 people are dead or missing" as other', () => {
    expect(read('Police believe around 80 people are dead or missing.').map((figure) => figure[1])).toEqual(['other']);
  });

  it('counts "255 escaped" as fled', () => {
    expect(read('They know that 255 escaped.')).toEqual([['255', 'fled', null]]);
  });
});
