import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.source]);

describe('extractFigures reads headlines set in capitals and tells ministries apart', () => {
  it('reads "ALPHA DAM SPILLAGE: OVER 30,000 PEOPLE DISPLACED – NADMO CONFIRMS" as NADMO\'s', () => {
    const body = 'ALPHA DAM SPILLAGE: OVER 30,000 PEOPLE DISPLACED IN 9 DISTRICTS – NADMO CONFIRMS\n\nRain fell for days.';
    expect(read(body)).toEqual([['OVER 30,000', 'displaced', 'NADMO']]);
  });

  it('still reads an acronym opening a headline in mixed case as its source', () => {
    expect(read('UNHCR: 10,000 refugees arrive in Alpha\n\nRain fell.').map((figure) => figure[2])).toEqual(['UNHCR']);
  });

  it('keeps "the health ministry" apart from "the interior ministry" named before it', () => {
    const text = 'The interior ministry said 100,672 people had been moved to shelters, while the health ministry announced the death toll had risen to 15.';
    expect(read(text).map((figure) => figure[2])).toEqual(['interior ministry', 'health ministry']);
  });

  it('still reads "the ministry" as the ministry named before', () => {
    const body = 'The health ministry said 12 people died. The ministry said 40 more were injured.';
    expect(read(body).map((figure) => figure[2])).toEqual(['health ministry', 'health ministry']);
  });
});

describe('extractFigures reads tolls that top or pass a number, hold steady, or rose from an earlier value', () => {
  it('reads "climbed past 1000" as more than 1000, and the number of injuries as a count', () => {
    expect(read('The number of people injured has climbed past 1000.').map((figure) => figure.slice(0, 2))).toEqual([['climbed past 1000', 'injured']]);
    expect(read('The number of injuries had reached 1050.').map((figure) => figure.slice(0, 2))).toEqual([['1050', 'injured']]);
  });

  it('reads "though the death toll remains steady at nine" as the dead, not the injured named before', () => {
    expect(read('The number of people injured has climbed past 1000 though the death toll remains steady at nine.').map((figure) => figure[1])).toEqual([
      'injured', 'killed',
    ]);
  });

  it('reads "up from the 157 reported the previous day" as an earlier value of the toll', () => {
    expect(read('The death toll has risen to 257, up from the 157 reported the previous day.').map((figure) => figure.slice(0, 2))).toEqual([
      ['257', 'killed'], ['157', 'killed'],
    ]);
  });
});

describe('extractFigures leaves out spans of dates and reads people rescued and people who found refuge', () => {
  it('reads no count in "heavy rains on 21 and 22 July"', () => {
    expect(read('Landslides followed heavy rains on 21 and 22 July.')).toEqual([]);
  });

  it('reads people rescued after being trapped as other', () => {
    expect(read('A helicopter rescued six people who had been trapped in a mining area.').map((figure) => figure[1])).toEqual(['other']);
    expect(read('Six people were trapped in a mining area.').map((figure) => figure[1])).toEqual(['trapped']);
  });

  it('reads "Some 48,000 have found refuge in 18 urban sites" as displaced', () => {
    expect(read('Some 48,000 have found refuge in 18 urban sites.').map((figure) => figure.slice(0, 2))).toEqual([['Some 48,000', 'displaced']]);
  });
});

describe('extractFigures reads counts of injuries that top or reach a number', () => {
  it('reads "injuries top 1000" and "Injuries rose to 300" as injuries', () => {
    expect(extractFigures('Alpha quake injuries top 1000, trapped workers found').map((figure) => [figure.rawText, figure.category, figure.counted])).toEqual([
      ['top 1000', 'injured', 'injuries'],
    ]);
    expect(extractFigures('Injuries rose to 300 on Monday.').map((figure) => [figure.rawText, figure.category, figure.counted])).toEqual([['300', 'injured', 'injuries']]);
  });
});
