import { extractFigures } from '@/lib/extract';

const readings = (body: string) => extractFigures(body).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads a count with its share in brackets', () => {
  it('keeps the count before a bracketed percentage and reads its noun after the bracket', () => {
    expect(readings('Officials said 228 (72%) severe cases were reported.')).toEqual([
      ['228', 'other'],
      ['72%', 'other'],
    ]);
  });

  it('gives the bracketed share the category of what the count counts', () => {
    expect(readings('• 166 (52%) children below 5 years')).toEqual([
      ['166', 'children'],
      ['52%', 'children'],
    ]);
  });
});

describe('extractFigures reads one followed by a singular counted noun', () => {
  it.each([
    ['one death', 'The country has an outbreak, with one death being recorded in the district.', 'one', 'killed'],
    ['1 death', 'The ministry reports 1 death and 40 cases.', '1', 'killed'],
    ['one case', 'Officials confirmed one case in the camp.', 'one', 'other'],
  ])('%s', (_form, body, rawText, category) => {
    expect(readings(body)[0]).toEqual([rawText, category]);
  });

  it('still skips one that counts nothing', () => {
    expect(readings('One resident said the water rose within an hour.')).toEqual([]);
  });
});

describe('extractFigures reads being missing as said of the counted people', () => {
  it('is not trapped because a later clause buried something', () => {
    expect(readings('More than 100 remained missing after a landslide buried the village.')).toEqual([['More than 100', 'other']]);
  });

  it('keeps an outcome written before missing', () => {
    expect(readings('At least 40 were killed and missing people were not counted.')[0]).toEqual(['At least 40', 'killed']);
  });
});

describe('extractFigures reads people staying in shelters as displaced', () => {
  it.each([
    ['staying in safety centres', 'More than 30,000 people were staying in 230 safety centres in 17 districts.', 'More than 30,000'],
    ['living in camps', 'About 12,000 people are living in camps outside the town.', 'About 12,000'],
  ])('%s', (_form, body, rawText) => {
    expect(readings(body)[0]).toEqual([rawText, 'displaced']);
  });
});
