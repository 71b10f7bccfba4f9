import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.value, figure.low, figure.high]);

describe('a hedge an editor put in brackets before the number', () => {
  it('reads "(Some) N" as about N, its raw text from the bracket', () => {
    const [figure] = extractFigures('"We counted the dead ... (Some) 140 others were injured," the mayor said.');
    expect(figure).toMatchObject({ rawText: '(Some) 140', qualifier: 'about', value: 140 });
  });
  it('reads "[at least] N" as at least N', () => {
    expect(read('"[At least] 25 people were killed," he said.').map(([raw, qualifier]) => [raw, qualifier])).toEqual([['[At least] 25', 'at_least']]);
  });
  it('leaves a bracket that holds no hedge alone', () => {
    expect(read('The toll (revised) 30 people were killed.').map(([raw, qualifier]) => [raw, qualifier])).toEqual([['30', 'exact']]);
  });
});
