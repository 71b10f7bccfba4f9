import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, partOfIndex]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.partOfIndex]);

describe('extractFigures reads a count whose noun is an earlier figure or noun', () => {
  it('reads "N of these" as a part of the figure before, with its category', () => {
    expect(read('Over 2.1 million people are displaced - one million of these in 2017.')).toEqual([
      ['Over 2.1 million', 'displaced', null],
      ['one million', 'displaced', 0],
    ]);
  });
  it('reads "Of those, N" opening the next sentence as a part of the figure before', () => {
    expect(read('The outbreak has consisted of 28,295 cases. Of those, 15,201 were confirmed in a laboratory.')).toEqual([
      ['28,295', 'other', null],
      ['15,201', 'other', 0],
    ]);
  });
  it('does not make a part larger than the figure before', () => {
    expect(read('Some 300 people were evacuated. Of those, 500 returned.').map(([, , partOf]) => partOf)).toEqual([null, null]);
  });
  it('reads "Among the deaths, N were in X" as a count of the group named, and the parallel item after it', () => {
    expect(read('Among the reported deaths, 504 were in the worst-hit Ludian County and 72 in Qiaojia County.')).toEqual([
      ['504', 'killed', null],
      ['72', 'killed', null],
    ]);
  });
  it('reads a qualified count after "including" in brackets as a part of the count before', () => {
    expect(read('There were 506 recorded cases of dengue fever (including 295 confirmed), mostly in the east.')).toEqual([
      ['506', 'other', null],
      ['295', 'other', 0],
    ]);
  });
  it('reads "who number N" and "amount to N" as counts of the noun before', () => {
    expect(read('Camps hold displaced families, who number over 265,000.')).toEqual([['over 265,000', 'displaced', null]]);
    expect(read('In the east, confirmed and suspected cases amount to 13,823.')).toEqual([['13,823', 'other', null]]);
  });
  it('reads "the number of X ..., reaching N" as a count of X', () => {
    expect(read('The agency warned of a rise in the number of refugees fleeing the fighting, reaching 60,000.')).toEqual([['60,000', 'refugees', null]]);
  });
  it('keeps numbers with no such antecedent out', () => {
    expect(read('Of these, the first arrived on 12 June. The camps number 14 in all.')).toEqual([]);
  });
});

describe('extractFigures reads further counts of the same kind', () => {
  it('reads "with N doing so" and "and N leaving" as counts of the figure before, not its parts', () => {
    expect(read('Nearly 645,000 Ukrainians fled in February, with nearly 3.4 million doing so in March and nearly 900,000 leaving so far this month.')).toEqual([
      ['Nearly 645,000', 'fled', null],
      ['nearly 3.4 million', 'fled', null],
      ['nearly 900,000', 'fled', null],
    ]);
  });
  it('reads a count that reached another place, opening the next sentence, as the count before', () => {
    expect(read('More than 2.75 million Ukrainian refugees have fled to Poland. Nearly 740,000 reached Romania.')).toEqual([
      ['More than 2.75 million', 'refugees', null],
      ['Nearly 740,000', 'refugees', null],
    ]);
  });
  it('reads a headline count that passes a mark as what the headline names', () => {
    expect(read('Refugee influx from Syria to Iraq passes 10,000 mark\nThe agency said more.')).toEqual([['passes 10,000', 'refugees', null]]);
  });
  it('reads counts in brackets after a count as its parts', () => {
    expect(read('66 civilians (10 children, 6 women) were killed by air strikes.')).toEqual([
      ['66', 'killed', null],
      ['10', 'children', 0],
      ['6', 'killed', 0],
    ]);
  });
  it('reads "another N" with no noun of its own as one more count of the figure before', () => {
    expect(read('This includes 700,000 refugees who fled since April and another 400,000 who were in Chad before.')).toEqual([
      ['700,000', 'refugees', null],
      ['400,000', 'refugees', null],
    ]);
    expect(read('More than 5,700 houses collapsed and another 73,000 homes were damaged.')).toEqual([]);
  });
});
