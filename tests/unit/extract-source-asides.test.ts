import { extractFigures } from '@/lib/extract';

const sourceOf = (body: string) => extractFigures(body)[0]!.source;

describe('extractFigures finds the speaker behind asides, datelines and bare documents', () => {
  it('takes the name before an aside whose subject is a pronoun', () => {
    const body = 'A health ministry official, speaking on condition of anonymity because he was not authorized to speak to the media, said at least 25 were dead.';
    expect(sourceOf(body)).toBe('health ministry');
  });

  it('gives no source when only a pronoun clause precedes the verb', () => {
    expect(sourceOf('The toll is unclear because they were not allowed in, said 40 people died.')).toBeNull();
  });

  it('does not take a dateline written with a spaced hyphen into the name', () => {
    expect(sourceOf('BAGHDAD - An Iraqi security official says a bomber killed eight people.')).toBe('Iraqi security official');
  });

  it('reads a noun with a relative clause as an appositive of the name before it', () => {
    const body = 'Xu Zhiwen, deputy governor of the prefecture, the region where the landslide struck, said all 142 tourists who were visiting a site in the village were found alive.';
    expect(sourceOf(body)).toBe('Xu Zhiwen');
  });

  it.each([
    ['estimates', 'According to estimates, more than 440,000 people have returned.'],
    ['official figures', 'According to official figures, 3,000 people have fled.'],
  ])('according to %s names no one', (_document, body) => {
    expect(sourceOf(body)).toBeNull();
  });

  it.each([
    ['a headline', 'Cholera: Health authorities already confirm 37 deaths\n\nThe outbreak is spreading.', 'Health authorities'],
    ['a sentence', 'Officials confirm 12 people were killed in the blast.', 'Officials'],
  ])('reads the plural present "confirm" in %s as an attribution', (_where, body, source) => {
    expect(sourceOf(body)).toBe(source);
  });

  it('still reads a document with its issuer', () => {
    expect(sourceOf('According to UNHCR figures, 3,000 people have fled.')).toBe('UNHCR');
  });
});
