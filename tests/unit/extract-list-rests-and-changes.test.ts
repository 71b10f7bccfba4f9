import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads the rest of a list by town, changes of a count and events of harm', () => {
  it('reads the last item of a list by town that names the rest of the country', () => {
    expect(read('Of the new admissions, 741 cases were in Ardenne, and 683 were in other locations across the country.')).toEqual([
      ['741', 'other'],
      ['683', 'other'],
    ]);
  });
  it('does not read "N were in other locations" without a list by town before it', () => {
    expect(read('Officials said 683 were in other locations.')).toEqual([]);
  });
  it('reads the earlier value of a toll ("the jump in the toll from 420 earlier")', () => {
    expect(read('The agency announced the jump in the toll from 420 earlier.')).toEqual([['420', 'killed']]);
  });
  it('reads "a figure up N on the last total" as a change of the count before', () => {
    expect(read('It said 49,415 Ardennians had left the country -- a figure up 6,396 on Sunday\'s total.')).toEqual([
      ['49,415', 'fled'],
      ['6,396', 'fled'],
    ]);
  });
  it('reads the people of a displacement or massacre written before the number', () => {
    expect(read('The fighting resulted in the displacement of tens of thousands in Bellmoor.')).toEqual([['tens of thousands', 'displaced']]);
    expect(read('The evacuation of 300 homes began in Bellmoor.')).toEqual([]);
  });
});
