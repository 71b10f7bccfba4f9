import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, qualifier, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.category]);

describe('extractFigures reads hedges carried by an estimate\'s object and by signs', () => {
  it('reads "estimated the death toll at N" and "estimated the number of injured at N" as estimated', () => {
    expect(read('The ministry estimated the death toll at 9,000 on Sunday.')).toEqual([['9,000', 'estimated', 'killed']]);
    expect(read('The ministry estimated the number of injured at 12,000.')).toEqual([['12,000', 'estimated', 'injured']]);
    expect(read('He put the death toll at 500.')).toEqual([['500', 'exact', 'killed']]);
  });

  it('reads "as high as" as a ceiling', () => {
    expect(read('We fear the death toll may reach as high as 7,000.')).toEqual([['as high as 7,000', 'up_to', 'killed']]);
  });

  it('reads a comparison sign against the number', () => {
    expect(read('Most of the cases (>60%) were reported from the north.')).toEqual([['>60%', 'more_than', 'other']]);
    expect(read('A few of the cases (< 5%) were children.').map((figure) => figure[1])).toEqual(['fewer_than']);
  });
});

describe('extractFigures reads evacuations and the verbs written before a count', () => {
  it('reads people flown home or ferried to safety as having fled', () => {
    expect(read('Thousands of people flown home from Ardenne as the airlift begins')).toEqual([['Thousands', 'vague', 'fled']]);
    expect(read('The agency flew home 177 people to Bellmoor on Wednesday.')).toEqual([['177', 'exact', 'fled']]);
    expect(read('A total of 9,300 villagers have been ferried to safety.')).toEqual([['9,300', 'exact', 'fled']]);
    expect(read('An operation to evacuate tens of thousands of people began.')).toEqual([['tens of thousands', 'vague', 'fled']]);
  });

  it('counts the object of "stranded", "sheltered" and "saved", past the place it is in', () => {
    expect(read('The storm stranded thousands in villages of the south.')).toEqual([['thousands', 'vague', 'other']]);
    expect(read('Some houses sheltered dozens of frightened people.')).toEqual([['dozens', 'vague', 'displaced']]);
    expect(read('Over 9,000 saved after the floods')).toEqual([['Over 9,000', 'more_than', 'other']]);
    expect(read('The floods affected 14 districts.')).toEqual([]);
  });

  it('reads "the killings overnight of N people" as killed', () => {
    expect(read('The attack followed the killings overnight of 18 people in the town.')).toEqual([['18', 'exact', 'killed']]);
  });
});

describe('extractFigures gives a release\'s dateline organisation its figures when the date follows the city', () => {
  it('reads "CITY, Month D (ORG)" with no dash', () => {
    const body = 'Airlift begins\n\nBELLMOOR, March 3 (UNHCR) An airlift of some 4,000 people began on Wednesday.';
    expect(extractFigures(body).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin])).toEqual([['some 4,000', 'UNHCR', 'report-top']]);
  });
});
