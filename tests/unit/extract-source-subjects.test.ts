import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source]);

describe('extractFigures finds who gives a figure in the subject of the sentence', () => {
  it('does not take an opening adverb for the speaker', () => {
    expect(read('Initially, local officials had estimated the toll at 50 on Monday.')).toEqual([['50', 'local officials']]);
    expect(read('Separately, the health ministry said 12 people died.')).toEqual([['12', 'health ministry']]);
  });
  it('reads "placed the death toll at" as giving a count, and "placed in camps" as not', () => {
    expect(read('Army spokesman John Okello placed the death toll at 37.')).toEqual([['37', 'John Okello']]);
    expect(read('Officials placed 300 families in camps.')).toEqual([['300', null]]);
  });
  it('walks back over a role appositive and an aside to the name', () => {
    const text = 'Jane Achieng, the police chief of Lake province, of which Port Town is the capital, told reporters that 95 people were killed.';
    expect(read(text)).toEqual([['95', 'Jane Achieng']]);
  });
  it('does not take a country or a district that reports a count for its source', () => {
    expect(read('Guinea reported 120 new cases in the week.')).toEqual([['120', null]]);
    expect(read('Lake District has confirmed four cases.')).toEqual([['four', null]]);
    expect(read("Guinea's health ministry reported 120 new cases.")).toEqual([['120', "Guinea's health ministry"]]);
  });
  it('finds the name after an opening phrase written without its comma', () => {
    const text = 'Speaking to reporters in the capital after a visit to the border camps last week the agency director Maria Lopez said 3,000 refugees had arrived.';
    expect(read(text)).toEqual([['3,000', 'Maria Lopez']]);
  });
  it('reads "described ..., noting that" as the speaker giving the figure', () => {
    expect(read('The UNICEF director described the crisis as grave, noting that 300 children had died.')).toEqual([['300', 'UNICEF director']]);
  });
});
