import { extractFigures } from '@/lib/extract';

const places = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.place]);

describe('extractFigures reads regions, dates and diseases apart from places', () => {
  it('prefers a region named with its capitalised kind to its country ("Chad\'s restive Ardenne State")', () => {
    expect(places('An estimated 6,000 refugees have fled Chad\'s restive Ardenne State since December.')).toEqual([['An estimated 6,000', 'Ardenne']]);
  });
  it('reads the place people entered', () => {
    expect(places('Over 4,500 people were estimated to have entered Bellmoor county on Monday.')).toEqual([['Over 4,500', 'Bellmoor']]);
  });
  it('does not read a day of a month ("the 12th of Corvel Hijra") as a place', () => {
    expect(places('The feast runs to the 12th of Corvel Hijra, when 1.8 million pilgrims visit.')).toEqual([['1.8 million', null]]);
  });
  it('does not read a disease named after a place as the place', () => {
    expect(places('The agency reported two deaths of Bellmoor virus disease.')).toEqual([['two', null]]);
  });
});
