import { extractFigures } from '@/lib/extract';

/** Each figure of a text as its raw text and category. */
const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures counts children killed or injured as children', () => {
  it('reads a headline and a sentence naming the children harmed', () => {
    expect(categories('14 children killed in Ardenne school strike')).toEqual([['14', 'children']]);
    expect(categories('The shelling killed 9 children and injured 20 adults.')).toEqual([['9', 'children'], ['20', 'injured']]);
    expect(categories('Five girls were wounded by the blast.')).toEqual([['Five', 'children']]);
  });
  it('leaves a part written "N of them children" with the count it is part of', () => {
    expect(categories('Four refugees, two of them children, were killed.')).toEqual([['Four', 'killed'], ['two', 'killed']]);
  });
});
