import { extractFigures } from '@/lib/extract';

const sourcesOf = (body: string) => extractFigures(body).map((figure) => [figure.rawText, figure.source]);

describe('extractFigures attributes figures to their source', () => {
  it.each([
    ['according to X', 'At least 20 civilians were killed, according to the Syrian Observatory for Human Rights.', 'Syrian Observatory for Human Rights'],
    ['X said before the figure', 'The Red Crescent said on Sunday that 500 people had died.', 'Red Crescent'],
    ['X said after the figure', 'The coalition launched 25 airstrikes on Raqqa, the Syrian Observatory for Human Rights activist group said.', 'Syrian Observatory for Human Rights'],
    ['X reported', 'The monitor reported 23 civilians killed in the overnight strikes.', 'monitor'],
    ['X estimates', 'The UN humanitarian office estimates about 160,000 people remain in the city.', 'UN humanitarian office'],
    ['X told AFP', 'Colonel Alain Kiwewa, administrator of Lubero territory, told AFP that two soldiers were killed.', 'Colonel Alain Kiwewa'],
    ['quote then said X', '"At least 40 people died in the fire," said Philippe Branchat, IOM chief of mission.', 'Philippe Branchat, IOM chief of mission'],
    ['inverted reports X', 'Over 400,000 people have fled El Fasher, reports the United Nations Office for the Coordination of Humanitarian Affairs (OCHA).', 'United Nations Office for the Coordination of Humanitarian Affairs'],
    ['descriptor then name', 'The UN children\'s agency UNICEF warned that "an estimated 40,000 children remain trapped."', 'UNICEF'],
    ['name through appositives', 'Christophe Munyanderu, head of a local rights group, based in Irumu, said 25 civilians had been killed.', 'Christophe Munyanderu'],
  ])('%s', (_form, body, source) => {
    expect(extractFigures(body)[0]!.source).toBe(source);
  });

  it('leaves unattributed figures without a source', () => {
    expect(sourcesOf('An estimated 300,000 civilians were believed to have been living under ISIS rule.')).toEqual([
      ['An estimated 300,000', null],
    ]);
  });

  it('gives each clause its own attribution', () => {
    const body = 'But thousands have fled in recent months, and the UN humanitarian office estimates about 160,000 people remain in the city.';
    expect(sourcesOf(body)).toEqual([
      ['thousands', null],
      ['about 160,000', 'UN humanitarian office'],
    ]);
  });

  it('does not read "has claimed lives" or "were reported" as attribution', () => {
    const body = 'The conflict has claimed over 14,000 lives. At least 10,000 people were reported to be missing.';
    expect(sourcesOf(body)).toEqual([
      ['over 14,000', null],
      ['At least 10,000', null],
    ]);
  });
});

describe('extractFigures carries a source to later sentences where the text does', () => {
  it('follows "it added", "he said" and "which said"', () => {
    const body = [
      'The health ministry in Gaza said 165 people were killed.',
      'Another 312 health workers are among the dead, it added.',
      'Rami Abdel Rahman said on Friday that fighting continued.',
      '"Some 30 fighters were killed," he said.',
      '"Hundreds" of U.S. personnel are in Raqqa, according to the Pentagon, which said up to 2,500 fighters remain.',
    ].join('\n');
    expect(sourcesOf(body)).toEqual([
      ['165', 'health ministry in Gaza'],
      ['312', 'health ministry in Gaza'],
      ['Some 30', 'Rami Abdel Rahman'],
      ['Hundreds', 'Pentagon'],
      ['up to 2,500', 'Pentagon'],
    ]);
  });

  it('does not carry a source to a sentence that names none when the report names several sources', () => {
    const body = 'The Red Crescent said 500 people had died.\nTens of thousands of people have fled the area.\nThe army said 20 soldiers were wounded.';
    expect(sourcesOf(body)).toEqual([
      ['500', 'Red Crescent'],
      ['Tens of thousands', null],
      ['20', 'army'],
    ]);
  });
});

describe('extractFigures resolves references back to a source named earlier', () => {
  it('resolves "the Britain-based group" and "the Observatory" to the first name used', () => {
    const body = [
      'The coalition launched 25 airstrikes, the Syrian Observatory for Human Rights activist group said.',
      'The Britain-based group reported 23 civilians killed.',
      'The Observatory said 12 fighters died.',
    ].join('\n');
    expect(sourcesOf(body).map(([, source]) => source)).toEqual([
      'Syrian Observatory for Human Rights',
      'Syrian Observatory for Human Rights',
      'Syrian Observatory for Human Rights',
    ]);
  });

  it('resolves an acronym, a shortened descriptor and "the UN agency"', () => {
    const body = [
      'The UN Office for the Coordination of Humanitarian Affairs said at least 100,000 people arrived in Rafah.',
      'The OCHA said several hundred thousand IDPs are in shelters.',
      'At least 3,085 people have died, the military junta said.',
      'Another 341 are missing, the military said.',
      'The World Health Organization said 32 hospitals were damaged.',
      '"Thousands of people need trauma care," the UN agency said.',
    ].join('\n');
    expect(sourcesOf(body)).toEqual([
      ['at least 100,000', 'UN Office for the Coordination of Humanitarian Affairs'],
      ['several hundred thousand', 'UN Office for the Coordination of Humanitarian Affairs'],
      ['At least 3,085', 'military junta'],
      ['341', 'military junta'],
      ['Thousands', 'World Health Organization'],
    ]);
  });
});

describe('extractFigures links subsets to their whole', () => {
  it('links figures after "including" to the figure before it', () => {
    const figures = extractFigures('Munyanderu said 25 civilians had been killed, including 15 men found in a house and seven others along a road.');
    expect(figures.map((figure) => [figure.rawText, figure.partOfIndex, figure.category])).toEqual([
      ['25', null, 'killed'],
      ['15', 0, 'killed'],
      ['seven', 0, 'killed'],
    ]);
  });

  it('links "of whom" and "among them"', () => {
    expect(extractFigures('About 300 people were displaced, of whom 120 children.').map((figure) => figure.partOfIndex)).toEqual([null, 0]);
    expect(extractFigures('Some 40 people were wounded, among them 12 women.').map((figure) => figure.partOfIndex)).toEqual([null, 0]);
  });

  it('links "are among the dead" to the latest larger death toll', () => {
    const body = 'At least 21,672 people have been killed, the ministry said.\nA further 165 were killed today and 312 healthcare workers are among the dead.';
    expect(extractFigures(body).map((figure) => figure.partOfIndex)).toEqual([null, null, 0]);
  });

  it('never makes a part larger than its whole', () => {
    const figures = extractFigures('Ten people were killed, including 15 children.');
    expect(figures.map((figure) => figure.partOfIndex)).toEqual([null, null]);
  });

  it('gives a harmed group the category of its whole', () => {
    const [, refugees] = extractFigures('An air raid struck the camp, killing 30 people, including two Eritrean refugees, the UN said.');
    expect(refugees).toMatchObject({ rawText: 'two', partOfIndex: 0, category: 'killed', source: 'UN' });
  });

  it('keeps children among the killed as children, linked to the toll', () => {
    const [, children] = extractFigures('An air raid struck the camp, killing three Eritreans, including two children, the UN said.');
    expect(children).toMatchObject({ rawText: 'two', partOfIndex: 0, category: 'children', source: 'UN' });
  });
});

describe('extractFigures reports the sentence and place of each figure', () => {
  it('gives the sentence, its offset and the place it names', () => {
    const body = 'Fighting went on.\nThe group reported 23 civilians killed, including 15 who were in an internet cafe in the western suburb of Jazra.';
    const figures = extractFigures(body);
    expect(figures[1]).toMatchObject({
      sentence: 'The group reported 23 civilians killed, including 15 who were in an internet cafe in the western suburb of Jazra.',
      sentenceStart: 18,
      place: 'Jazra',
    });
    expect(body.slice(figures[1]!.sentenceStart, figures[1]!.sentenceStart + figures[1]!.sentence.length)).toBe(figures[1]!.sentence);
  });

  it('returns null when the sentence names no place', () => {
    expect(extractFigures('Some 40 people were wounded.')[0]!.place).toBeNull();
  });
});
