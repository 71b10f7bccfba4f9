import { extractFigures } from '@/lib/extract';

/** Each figure of a text as its raw text and category. */
const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads an outcome typed with one stray letter', () => {
  it('reads "diead" as died and "injurires" as injuries', () => {
    expect(categories('By Sunday 120 people have diead in the quake zone.')).toEqual([['120', 'killed']]);
    expect(categories('Officials listed 45 people with light injurires.')).toEqual([['45', 'injured']]);
  });
  it('leaves words that are no outcome alone', () => {
    expect(categories('About 300 people are living in tents.')).toEqual([['About 300', 'population']]);
  });
});
