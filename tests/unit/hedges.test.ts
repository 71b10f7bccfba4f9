import { boundsForQualifier, boundsForVagueWord } from '@/lib/figures/hedge-ranges';

describe('hedge convention', () => {
  it('gives an exact number no spread', () => {
    expect(boundsForQualifier('exact', 23)).toEqual({ value: 23, low: 23, high: 23 });
  });
  it('gives about and estimated figures a ±10 % range around the stated number', () => {
    expect(boundsForQualifier('about', 160_000)).toEqual({ value: 160_000, low: 144_000, high: 176_000 });
    expect(boundsForQualifier('estimated', 40_000)).toEqual({ value: 40_000, low: 36_000, high: 44_000 });
  });
  it('leaves the unstated bound of one-sided hedges empty', () => {
    expect(boundsForQualifier('up_to', 2_500)).toEqual({ value: 2_500, low: null, high: 2_500 });
    expect(boundsForQualifier('at_least', 10)).toEqual({ value: 10, low: 10, high: null });
  });
  it('codes vague words as a range without a single value, whatever their case', () => {
    expect(boundsForVagueWord('Hundreds')).toEqual({ value: null, low: 200, high: 999 });
    expect(boundsForVagueWord('Tens of  thousands')).toEqual({ value: null, low: 20_000, high: 99_999 });
    expect(boundsForVagueWord('many')).toBeNull();
  });
});
