import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures reads an acronym glued to the end of a headline by a hyphen as its source', () => {
  it('takes "...-ARA" as the headline figure\'s source', () => {
    expect(read('Over 9,000 People Affected By Floods In Ardenne-ARA\nThe rains began in May.')).toEqual([
      ['Over 9,000', 'ARA', 'headline'],
    ]);
  });

  it('does not read two capitals, often a country code, or a compound as a source', () => {
    expect(read('Over 9,000 People Affected By Floods-AR\nThe rains began in May.')).toEqual([['Over 9,000', null, null]]);
    expect(read('Floods displace 9,000 people in Ardenne-Bellmoor\nThe rains began in May.')).toEqual([['9,000', null, null]]);
  });
});
