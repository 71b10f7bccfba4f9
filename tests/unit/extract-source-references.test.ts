import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source]. */
const sources = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source]);

describe('extractFigures resolves descriptions and documents to the source they stand for', () => {
  it('keeps a member of a group apart from a source named before', () => {
    expect(sources('At least 14 people were killed, local sources said. Two women were among the dead, a village vigilante group member said.')).toEqual([
      ['At least 14', 'local sources'],
      ['Two', 'village vigilante group member'],
    ]);
  });
  it('keeps a described group apart from a source named before, while "the group" refers back', () => {
    expect(sources('The toll stood at 24, according to the Nation newspaper. The local vigilance group said four gunmen were detained.')).toEqual([
      ['24', 'Nation newspaper'],
      ['four', 'local vigilance group'],
    ]);
    expect(sources('The Syrian Observatory for Human Rights said 12 people died. The group said 30 were wounded.')).toEqual([
      ['12', 'Syrian Observatory for Human Rights'],
      ['30', 'Syrian Observatory for Human Rights'],
    ]);
  });
  it('reads "X figures show" as X, and nothing else that shows', () => {
    expect(sources('UNHCR figures show nearly 645,000 Ukrainians fled in February.')).toEqual([['nearly 645,000', 'UNHCR']]);
    expect(sources('Images show 20 bodies in the street.')).toEqual([['20', null]]);
  });
  it('reads "the reports said" as the source that issued them', () => {
    expect(sources('State media said 94 people died. The reports said more than 31,000 people have been relocated.')).toEqual([
      ['94', 'State media'],
      ['more than 31,000', 'State media'],
    ]);
  });
  it('reads "its teams reported" as the organisation named before', () => {
    expect(sources('The UN Refugee Agency, UNHCR, on Friday said that its teams in northern Iraq reported that more than 900 Syrian refugees arrived.')).toEqual([
      ['more than 900', 'UNHCR'],
    ]);
  });
  it('leaves the day out of a source named after its verb', () => {
    expect(sources('The bodies of 12 people are being recovered, said state officials Thursday.')).toEqual([['12', 'state officials']]);
  });
  it('reads "She stressed that" as the person named before', () => {
    expect(sources('Chad hosts refugees, Dominique Hyde said. She stressed that more than 3 million people have fled Sudan.')).toEqual([
      ['more than 3 million', 'Dominique Hyde'],
    ]);
  });
});

describe('extractFigures reads the source a report names above or at the start of its headline', () => {
  it('reads an acronym before a colon opening the headline as every headline figure\'s source, and no place', () => {
    const figures = extractFigures('UNHCR: Refugee influx passes 10,000 mark\nSomalia: 300 people fled.');
    expect(figures.map((figure) => [figure.rawText, figure.source, figure.sourceOrigin])).toEqual([
      ['passes 10,000', 'UNHCR', 'headline'],
      ['300', 'UNHCR', 'report-top'],
    ]);
    expect(extractFigures('Somalia: 300 people fled\nThe rains went on.').map((figure) => figure.source)).toEqual([null]);
  });
  it('reads an organisation named alone above the headline as the report\'s source', () => {
    const figures = extractFigures('The Syrian Observatory For Human Rights\nMore than 2000 people killed by air strikes over 7 months\nThe toll is as follows:\n66 civilians killed by air strikes.');
    expect(figures.map((figure) => [figure.rawText, figure.source, figure.sourceOrigin])).toEqual([
      ['More than 2000', 'Syrian Observatory For Human Rights', 'report-top'],
      ['66', 'Syrian Observatory For Human Rights', 'report-top'],
    ]);
  });
  it('reads "we" as the source the text named last', () => {
    expect(sources('The Observatory said 12 people died. We believe that 30 more were killed, we said.').map(([, source]) => source)).toEqual([
      'Observatory',
      'Observatory',
    ]);
  });
});

describe('extractFigures reads the WHO as an organisation', () => {
  it('does not take "WHO" in capitals for the pronoun "who"', () => {
    expect(sources('The WHO counts 800 suspected cholera cases.')).toEqual([['800', 'WHO']]);
    expect(sources('The WHO said 12 people died.')).toEqual([['12', 'WHO']]);
  });
});

describe('extractFigures reads two speakers joined by "and" as one source', () => {
  it('reads "..., witnesses and police said" for the figure before it', () => {
    expect(sources('Gunmen attacked a village, killing 19 people, witnesses and police said.')).toEqual([['19', 'witnesses and police']]);
  });
});

describe('extractFigures reads a headline source after a dash written without spaces, and "warned of"', () => {
  it('reads "...attack–police" as the police', () => {
    expect(sources('At least 19 dead in restaurant attack–police\nThe city was quiet.')).toEqual([['At least 19', 'police']]);
  });
  it('keeps a compound joined by a hyphen out of it', () => {
    expect(sources('At least 19 dead in cross-border attack\nThe city was quiet.')).toEqual([['At least 19', null]]);
  });
  it('reads "X warned of a rise ... reaching N" as X', () => {
    expect(sources('The UN refugee agency warned of a rise in the number of refugees fleeing Sudan, reaching 60,000.')).toEqual([['60,000', 'UN refugee agency']]);
  });
});
