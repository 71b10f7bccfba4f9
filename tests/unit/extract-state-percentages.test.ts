import { extractFigures } from '@/lib/extract';

const raws = (text: string) => extractFigures(text).map((figure) => figure.rawText);

describe('extractFigures leaves a percentage of a place\'s state out', () => {
  it('refuses "100% cleared" and "80 percent complete"', () => {
    expect(raws('Rescuers will stop once the army declares the market 100% cleared.')).toEqual([]);
    expect(raws('The road to the valley is 80 percent complete, and 2,000 people wait at its end.')).toEqual(['2,000']);
  });
  it('keeps a share of people or of a place after "of"', () => {
    expect(raws('About 40% of the displaced are children.')).toEqual(['About 40%']);
    expect(raws('The water covered 25% of the town.')).toEqual(['25%']);
  });
});
