import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.source]);

describe('extractFigures does not take what is counted for who speaks', () => {
  it('gives no source to "the total number of X registered this month is N"', () => {
    expect(read('The total number of newly displaced people fleeing Alpha registered this month is almost 1.5 million.')).toEqual([
      ['almost 1.5 million', 'fled', null],
    ]);
  });

  it('still reads a registering agency as the source', () => {
    expect(read('UNHCR registered 4,000 refugees this month.')).toEqual([['4,000', 'refugees', 'UNHCR']]);
  });
});

describe('extractFigures reads asides, findings and outlets as sources', () => {
  it('walks back over "also speaking anonymously" to the official before it', () => {
    expect(read('A senior security official in Alpha, also speaking anonymously, confirmed the total death toll of 124.')).toEqual([
      ['124', 'killed', 'senior security official in Alpha'],
    ]);
  });

  it('ends a passive agent at "but" and "last"', () => {
    const figures = extractFigures('A ceasefire was announced by the provincial government last weekend but failed. An official said 13 more people were killed.');
    expect(figures.map((figure) => figure.source)).toEqual(['official']);
  });

  it('reads "..., a report by X has found." as X\'s, and "found 20 bodies" as no one\'s', () => {
    expect(read('Around 1,400 people may have been killed, a report by the UN Human Rights Office has found.')).toEqual([
      ['Around 1,400', 'killed', 'UN Human Rights Office'],
    ]);
    expect(read('Rescuers found 20 bodies.').map((figure) => figure[2])).toEqual([null]);
  });

  it('reads "reported in the X daily news" as the outlet\'s', () => {
    expect(read('2 deaths have also been reported in the Kantipur daily news.')).toEqual([['2', 'killed', 'Kantipur daily news']]);
  });
});

describe('extractFigures reads parts by nationality or faith, victims of an attack and people in care', () => {
  const parts = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.partOfIndex]);

  it('reads "N more people were killed. Two were Sunni and 11 Shiite" as parts of the count before', () => {
    expect(parts('An official said 13 more people were killed. Two were Sunni and 11 Shiite, he said.')).toEqual([
      ['13', 'killed', null], ['Two', 'killed', 0], ['11', 'killed', 0],
    ]);
  });

  it('reads "Of the civilian victims, 16 were Kenyan, one was British" as the dead, item by item', () => {
    expect(parts('Of the civilian victims, 16 were Kenyan, one was British and three were of African descent but unnamed.').map((figure) => figure.slice(0, 2))).toEqual([
      ['16', 'killed'], ['one', 'killed'], ['three', 'killed'],
    ]);
  });

  it('does not take a capitalised verb for a group, nor flood victims for the dead', () => {
    expect(parts('About 300 people fled to Alpha. Five were Taken to hospital.').map((figure) => figure[2])).toEqual([null, null]);
    expect(read('The total number of flood victims in the island is 967,115 persons.').map((figure) => figure[1])).toEqual(['other']);
  });

  it('reads people under treatment as injured, up to the next number', () => {
    expect(read('Among the admitted, 92 are under treatment at various hospitals.').map((figure) => figure[1])).toEqual(['injured']);
    expect(read('In all 934 injured, 96 are rescued and 16 under treatment.').map((figure) => figure[1])).toEqual(['injured', 'other', 'injured']);
  });
});

describe('extractFigures leaves out examples, governments and aftershocks', () => {
  it('reads no count in "one of several deadly cases"', () => {
    expect(read('In one of several deadly cases documented, a protester died.')).toEqual([]);
  });

  it('reads no count of local governments, aftershocks or convoys', () => {
    expect(read('A total of 18 local governments are affected.')).toEqual([]);
    expect(read('More than 382 aftershocks were reported.')).toEqual([]);
    expect(read('Two separate convoys of pilgrims were ambushed.')).toEqual([]);
  });

  it('never ends what is counted on a preposition or a modal', () => {
    const [figure] = extractFigures('Around 1,400 people may have been killed between July and August.');
    expect(figure!.counted.split(' ').pop()).not.toMatch(/^(?:between|may|than)$/);
  });
});
