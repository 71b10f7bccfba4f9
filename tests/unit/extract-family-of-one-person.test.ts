import { extractFigures } from '@/lib/extract';

const raws = (text: string) => extractFigures(text).map((figure) => figure.rawText);

describe('extractFigures leaves the family of one person told of out', () => {
  it('refuses the children after a possessive of one person', () => {
    expect(raws('Maria Lenk, 31, waited at the gate for her two children.')).toEqual([]);
    expect(raws('He carried his three sons across the river.')).toEqual([]);
  });
  it('refuses the children after a spouse joined by "and"', () => {
    expect(raws('After a week in the forest, he, his wife and five children reached the border post.')).toEqual([]);
  });
  it('still counts children of a community and people after a possessive that is no kin', () => {
    expect(raws('The attack killed 12 children and their teachers.')).toEqual(['12']);
    expect(raws('The commander said his 300 fighters had left the town.')).toEqual(['300']);
  });
});
