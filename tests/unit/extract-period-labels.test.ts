import { extractFigures } from '@/lib/extract';

const raws = (text: string) => extractFigures(text).map((figure) => figure.rawText);

describe('extractFigures reads no count from the number of a week or day a bulletin names', () => {
  it('skips a week number after a toll', () => {
    expect(raws('Only 9 cases including one death were reported in week 31 (3 to 9 August).')).toEqual(['9', 'one']);
  });
  it('skips epidemiological weeks and days of a siege', () => {
    expect(raws('In epi-week 12 there were 420 cases and 14 deaths.')).toEqual(['420', '14']);
    expect(raws('On day 40 of the siege, 25 people were killed.')).toEqual(['25']);
  });
  it('keeps a count told by when it happened', () => {
    expect(raws('Last week 300 people fled, and every day 40 people arrive at the camp.')).toEqual(['300', '40']);
  });
});
