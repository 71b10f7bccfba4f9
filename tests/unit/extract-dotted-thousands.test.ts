import { extractFigures } from '@/lib/extract';
import { findNumberMentions } from '@/lib/extract/numbers';

const values = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.value]);

describe('dots between groups of three digits are read as thousands only in a count', () => {
  it('reads "12.345 people" as 12,345', () => {
    expect(values('The storm forced 12.345 people from their homes.')).toEqual([['12.345', 12345]]);
  });
  it('reads a count noun two words on ("4.120 displaced people")', () => {
    expect(values('There are 4.120 displaced people in Ardenne.')).toEqual([['4.120', 4120]]);
  });
  it('reads every count of a list when one of them names its noun', () => {
    expect(findNumberMentions('The breakdown is: Ardenne 45.210, Bellmoor 3.400 and Cresthill 7.015 people.').map((mention) => mention.value))
      .toEqual([45210, 3400, 7015]);
  });
  it('reads several dot groups as one number ("1.204.500 people")', () => {
    expect(values('Some 1.204.500 people were affected.')).toEqual([['Some 1.204.500', 1204500]]);
  });
  it('keeps a scale word, a percent or a decimal measure decimal', () => {
    expect(findNumberMentions('1.500 million people').map((mention) => mention.value)).toEqual([1500000]);
    expect(findNumberMentions('2.500% of them').map((mention) => mention.value)).toEqual([2.5]);
    expect(findNumberMentions('a 6.4 magnitude quake').map((mention) => mention.value)).toEqual([6.4]);
    expect(findNumberMentions('1.5 million people').map((mention) => mention.value)).toEqual([1500000]);
  });
  it('refuses a dotted number that counts nothing rather than guess', () => {
    expect(findNumberMentions('rainfall reached 2.375 over the week').map((mention) => mention.value)).toEqual([]);
    expect(findNumberMentions('1.204.500 million').map((mention) => mention.value)).toEqual([]);
  });
});
