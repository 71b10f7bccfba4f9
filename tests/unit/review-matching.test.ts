import { guessSourceKind, matchPlace, matchSource, normaliseName } from '@/lib/review/matching';

const sources = [
  { id: 1, name: 'Syrian Observatory for Human Rights', shortName: 'SOHR', aliases: 'the Observatory\nthe Britain-based group' },
  { id: 2, name: 'UNICEF', shortName: 'UNICEF', aliases: "UN children's agency" },
];

describe('matching extracted names to stored sources and places', () => {
  it('ignores case, punctuation and a leading "the"', () => {
    expect(normaliseName("The U.N. Children's Agency")).toBe('un childrens agency');
  });

  it.each([
    ['Syrian Observatory for Human Rights', 1],
    ['SOHR', 1],
    ['the Observatory', 1],
    ['The Britain-based group', 1],
    ["the U.N. children's agency", 2],
    ["UN children's agency", 2],
    ['Human Rights Watch', null],
    ['', null],
  ])('matches %p to source %p', (name, id) => {
    expect(matchSource(sources, name)?.id ?? null).toBe(id);
  });

  it('matches places by name only', () => {
    const places = [{ id: 7, name: 'Al-Tanaf' }];
    expect(matchPlace(places, 'al tanaf')?.id).toBe(7);
    expect(matchPlace(places, 'Tanaf')).toBeNull();
  });

  it.each([
    ['UN Office for the Coordination of Humanitarian Affairs', 'un_agency'],
    ['Ministry of Health', 'government_military'],
    ['Syrian Observatory for Human Rights', 'ngo_monitor'],
    ['Taliban', 'armed_group'],
    ['Reuters', 'media'],
    ['Christophe Munyanderu', 'other'],
  ])('guesses the kind of a new source %p as %p', (name, kind) => {
    expect(guessSourceKind(name)).toBe(kind);
  });
});
