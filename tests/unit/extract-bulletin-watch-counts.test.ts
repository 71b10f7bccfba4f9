import { extractFigures } from '@/lib/extract';

const raws = (text: string) => extractFigures(text).map((figure) => figure.rawText);

describe('extractFigures reads the counts of a bulletin that name their cases once', () => {
  it('reads a count of compound case nouns ("case-patients") and its classes in brackets', () => {
    const text = 'The ministry reports 42 Ardenne Fever (AF) case-patients in Bellmoor district (30 confirmed, 12 suspected) and 9 deaths (5 confirmed, 4 probable).';
    expect(raws(text)).toEqual(['42', '30', '12', '9', '5', '4']);
  });
  it('reads people under follow-up, observation or quarantine as a count', () => {
    expect(raws('In Bellmoor, 210 contacts have been listed and 87 under follow-up.')).toEqual(['210', '87']);
    expect(raws('Another 14 under observation were sent home.')).toEqual(['14']);
  });
  it('keeps a compound whose last part names no people out', () => {
    expect(raws('The team visited 12 follow-up sites in Bellmoor.')).toEqual([]);
  });
});
