import { extractFigures } from '@/lib/extract';

const raws = (text: string) => extractFigures(text).map((figure) => figure.rawText);

describe('extractFigures leaves what a vehicle usually carries out', () => {
  it('refuses a load said with a word of habit or design', () => {
    expect(raws('The ferries, often carrying more than 300 people, take a day to cross.')).toEqual([]);
    expect(raws('Buses designed to carry 40 passengers left the camp.')).toEqual([]);
  });
  it('keeps the people a boat was carrying when it sank', () => {
    expect(raws('A boat carrying 120 migrants capsized off the coast.')).toEqual(['120']);
  });
});
