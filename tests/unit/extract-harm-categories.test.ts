import { extractFigures } from '@/lib/extract';

const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads the category from the counted noun or the verb around it', () => {
  it('reads the deceased, a massacre, an execution or a killing of N as killed', () => {
    expect(categories('Autopsies were carried out on 195 deceased persons in Ardenne.')).toEqual([['195', 'killed']]);
    expect(categories('They fled after hearing about the massacre of over 800 people in Bellmoor.')).toEqual([['over 800', 'killed']]);
    expect(categories('The report is on the summary execution of 300 civilians by soldiers.')).toEqual([['300', 'killed']]);
  });
  it('reads losing N members of a family as killed', () => {
    expect(categories('A resident, who lost eight members of her family on Sunday, spoke to us.')).toEqual([['eight', 'killed']]);
  });
  it('reads "the deaths at N" as killed', () => {
    expect(categories('A notice board in Ardenne estimated the deaths at 4,000 on Friday.')).toEqual([['4,000', 'killed']]);
  });
  it('reads a second object of a verb of harm with the verb ("killed two residents and 29 refugees")', () => {
    expect(categories('The epidemic has killed two local people and 29 Bellmoor refugees.')).toEqual([
      ['two', 'killed'],
      ['29', 'killed'],
    ]);
  });
  it('reads a crossing of N, having entered a region or leaving a named town as fled', () => {
    expect(categories('The agency recorded the crossing of 38,000 Ardennian citizens into Bellmoor.')).toEqual([['38,000', 'fled']]);
    expect(categories('Over 4,500 Ardennians were estimated to have entered Bellmoor county on Monday.')).toEqual([['Over 4,500', 'fled']]);
    expect(categories('Over 500 people, belonging to the Corvel community, left Ardenne and fled into Bellmoor.')).toEqual([['Over 500', 'fled']]);
  });
  it('reads attacks counted as what the number counts as strikes', () => {
    expect(categories('At Least 59 Killed In More Than 100 Ardennian Attacks In Bellmoor')).toContainEqual(['More Than 100', 'airstrikes']);
    expect(categories('Most strikes hit the south, with 50 attacks.')).toEqual([['50', 'airstrikes']]);
    expect(categories('At least 30 people were killed in attacks on Ardenne.')).toEqual([['At least 30', 'killed']]);
  });
  it('keeps children named as a part of the harmed as children', () => {
    expect(categories('Twelve staff members and ten patients, including three children, were killed.')).toEqual([
      ['Twelve', 'killed'],
      ['ten', 'killed'],
      ['three', 'children'],
    ]);
  });
  it('reads the forces of order among the dead as personnel', () => {
    expect(categories('There are around 14 members of the law enforcement agencies among the dead, he said.')).toEqual([['around 14', 'personnel']]);
  });
  it('does not read the group after "by" as what is counted', () => {
    expect(categories('Witnesses described the massacre of 40 villagers by soldiers near Ardenne.')).toEqual([['40', 'killed']]);
    expect(categories('Witnesses counted 40 villagers by the road, and 12 soldiers killed.')).toContainEqual(['12', 'personnel']);
  });
});
