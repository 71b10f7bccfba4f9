import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('"X are numbered at N people": the count is of the clause\'s subject', () => {
  it('reads the subject\'s kind', () => {
    expect(read('The injuries are numbered at 640 people.')).toEqual([['640', 'injured']]);
    expect(read('The dead were numbered at 75 people by nightfall.')).toEqual([['75', 'killed']]);
  });
});
