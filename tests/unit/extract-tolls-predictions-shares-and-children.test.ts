import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.source]);

describe('extractFigures reads tolls moved a few words back, predictions, out-of counts with a share, and children', () => {
  it('reads "the toll rose only slightly Tuesday, to 83"', () => {
    expect(read('The official death toll rose only slightly Tuesday, to 83, yet leaders warned.')).toEqual([['83', 'killed', null]]);
  });

  it('reads "X predicted the toll could reach N" as X\'s', () => {
    expect(read('The mayor, Jo Rhee, predicted the toll could reach 10,000.')).toEqual([['10,000', 'killed', 'Jo Rhee']]);
  });

  it('reads "N of the M (P per cent) confirmed cases" as two counts and a share', () => {
    expect(read('In all, 1,298 of the 2,437 (53 per cent) confirmed cases were recorded in the capital.').map((figure) => figure[0])).toEqual(['1,298', '2,437', '53 per cent']);
  });

  it('reads the dead or cases that "were of children" as children, but not a total whose part in brackets was', () => {
    expect(read('In all, 28 of the 32 (88 per cent) related deaths were of children under five.').map((figure) => figure[1])).toEqual(['children', 'children', 'children']);
    expect(read('The toll rose to 3,445 dead (223 of whom were children).').map((figure) => figure[1])).toEqual(['killed', 'children']);
  });
});

describe('extractFigures reads hedged list items, hostage-takers, and leaves out manners and organisations', () => {
  it('goes on with a list whose next item is hedged with "around"', () => {
    expect(read('Officials said 6,000 people are stranded in Alpha, 2,500 in Beta and around 8,000 in Gamma.').map((figure) => figure[0])).toEqual(['6,000', '2,500', 'around 8,000']);
  });

  it('reads hostage-takers and kidnappers as fighters', () => {
    expect(read('Troops had killed all 32 hostage-takers.')).toEqual([['32', 'fighters', null]]);
  });

  it('does not count "one victim at a time" or "several UN bodies"', () => {
    expect(read('We are going to take one deceased victim at a time.')).toEqual([]);
    expect(read('The mission, made up of several UN bodies and NGOs, began on Monday.')).toEqual([]);
  });
});
