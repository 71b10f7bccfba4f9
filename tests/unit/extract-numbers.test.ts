import { extractFigures } from '@/lib/extract';

/** The one figure a sentence yields, as [rawText, value, low, high, qualifier]. */
function only(sentence: string) {
  const figures = extractFigures(sentence);
  expect(figures).toHaveLength(1);
  const [figure] = figures;
  expect(sentence.slice(figure!.start, figure!.end)).toBe(figure!.rawText);
  return [figure!.rawText, figure!.value, figure!.low, figure!.high, figure!.qualifier];
}

describe('extractFigures reads number forms', () => {
  it.each([
    ['23 civilians were killed.', ['23', 23, 23, 23, 'exact']],
    ['The group said 2,500 fighters were inside.', ['2,500', 2500, 2500, 2500, 'exact']],
    ['Some 1.2 million people need aid.', ['Some 1.2 million', 1_200_000, 1_080_000, 1_320_000, 'about']],
    ['The war has displaced 1.9m people.', ['1.9m', 1_900_000, 1_900_000, 1_900_000, 'exact']],
    ['Aid reached 8M people last year.', ['8M', 8_000_000, 8_000_000, 8_000_000, 'exact']],
    ['Fifteen civilians died in the raid.', ['Fifteen', 15, 15, 15, 'exact']],
    ['Twenty-five soldiers were wounded.', ['Twenty-five', 25, 25, 25, 'exact']],
    ['A thousand residents fled the town.', ['A thousand', 1000, 1000, 1000, 'exact']],
    ['Two and a half million people are displaced.', ['Two and a half million', 2_500_000, 2_500_000, 2_500_000, 'exact']],
    ['Half a million children are at risk.', ['Half a million', 500_000, 500_000, 500_000, 'exact']],
    ['Three hundred and fifty families were evacuated.', ['Three hundred and fifty', 350, 350, 350, 'exact']],
    ['A dozen journalists were detained.', ['A dozen', 12, 11, 13, 'about']],
  ])('%s', (sentence, expected) => {
    expect(only(sentence)).toEqual(expected);
  });
});

describe('extractFigures reads hedges with the project range convention', () => {
  it.each([
    ['About 160,000 people remain in the city.', ['About 160,000', 160_000, 144_000, 176_000, 'about']],
    ['Around 300 people were killed.', ['Around 300', 300, 270, 330, 'about']],
    ['Nearly 4,000 families fled.', ['Nearly 4,000', 4000, 3600, 4400, 'about']],
    ['Almost 200 civilians were wounded.', ['Almost 200', 200, 180, 220, 'about']],
    ['Approximately 70 people died.', ['Approximately 70', 70, 63, 77, 'about']],
    ['An estimated 300,000 civilians live there.', ['An estimated 300,000', 300_000, 270_000, 330_000, 'estimated']],
    ['It said estimated 40,000 children remain trapped.', ['estimated 40,000', 40_000, 36_000, 44_000, 'estimated']],
    ['Up to 2,500 fighters are holed up in the city.', ['Up to 2,500', 2500, null, 2500, 'up_to']],
    ['As many as 6,000 people are missing.', ['As many as 6,000', 6000, null, 6000, 'up_to']],
    ['At least 22 civilians were killed.', ['At least 22', 22, 22, null, 'at_least']],
    ['The strikes killed 2,463 civilians at a minimum.', ['2,463', 2463, 2463, 2463, 'exact']],
    ['The strikes have killed 2,463 at a minimum.', ['2,463 at a minimum', 2463, 2463, null, 'at_least']],
    ['More than 165,000 people are displaced.', ['More than 165,000', 165_000, 165_000, null, 'more_than']],
    ['Over 400,000 individuals have fled.', ['Over 400,000', 400_000, 400_000, null, 'more_than']],
    ['Fewer than 100 residents remain.', ['Fewer than 100', 100, null, 100, 'fewer_than']],
    ['Less than 50 people were rescued.', ['Less than 50', 50, null, 50, 'fewer_than']],
  ])('%s', (sentence, expected) => {
    expect(only(sentence)).toEqual(expected);
  });
});

describe('extractFigures keeps vague quantities vague, with their coded range', () => {
  it.each([
    ['Dozens of civilians were killed.', ['Dozens', null, 24, 99, 'vague']],
    ['Scores of people were wounded.', ['Scores', null, 40, 99, 'vague']],
    ['"Hundreds" of U.S. military personnel are taking part.', ['Hundreds', null, 200, 999, 'vague']],
    ['But thousands have fled in recent months.', ['thousands', null, 2000, 9999, 'vague']],
    ['Tens of thousands of people have fled Raqqa.', ['Tens of thousands', null, 20_000, 99_999, 'vague']],
    ['Hundreds of thousands of people are at risk.', ['Hundreds of thousands', null, 200_000, 999_999, 'vague']],
    ['The war has displaced millions, the agency said.', ['millions', null, 2_000_000, 9_999_999, 'vague']],
    ['Several volunteers are missing.', ['Several', null, 3, 9, 'vague']],
    ['Shelters are hosting several hundred thousand IDPs.', ['several hundred thousand', null, 300_000, 900_000, 'vague']],
  ])('%s', (sentence, expected) => {
    expect(only(sentence)).toEqual(expected);
  });
});

describe('extractFigures reads ranges as their two ends without a value', () => {
  it.each([
    ['Between 50 and 70 people were killed.', ['Between 50 and 70', null, 50, 70, 'range']],
    ['Officials said 21 to 25 civilians died.', ['21 to 25', null, 21, 25, 'range']],
    ['The storm displaced 20,000-50,000 people.', ['20,000-50,000', null, 20_000, 50_000, 'range']],
    ['It can reach 18,000 to 20,000 deaths.', ['18,000 to 20,000', null, 18_000, 20_000, 'range']],
    ['Two to three million people need food aid.', ['Two to three million', null, 2_000_000, 3_000_000, 'range']],
  ])('%s', (sentence, expected) => {
    expect(only(sentence)).toEqual(expected);
  });
});

describe('extractFigures counts repeated incidents and percentages', () => {
  it('reads "the third time" as three events', () => {
    const [figure] = extractFigures('It was the third time the coalition has struck pro-regime forces near Al-Tanaf.');
    expect(figure).toMatchObject({ rawText: 'third', value: 3, qualifier: 'exact', category: 'airstrikes' });
  });
  it('marks percentages and files them under other', () => {
    const [figure] = extractFigures('Floods submerged up to 25% of the eastern city of Derna.');
    expect(figure).toMatchObject({ rawText: 'up to 25%', value: 25, qualifier: 'up_to', isPercentage: true, category: 'other' });
    const [perCent] = extractFigures('Incidents rose, a 30 per cent increase on the quarter.');
    expect(perCent).toMatchObject({ rawText: '30 per cent', value: 30, isPercentage: true });
  });
  it('does not mark plain counts as percentages', () => {
    expect(extractFigures('23 civilians were killed.')[0]!.isPercentage).toBe(false);
  });
});

describe('extractFigures skips numbers that do not count people or events', () => {
  it.each([
    ['dates', 'The war erupted on October 7 and fighting resumed on 6 June.'],
    ['years', 'Captured by the extremists in 2014, Raqqa has become synonymous with atrocities.'],
    ['ages', 'A boy aged 12 and a 12-year-old girl were among those interviewed.'],
    ['ages with "under"', 'Aid targets children under five in the camps.'],
    ['clock times', 'The attackers struck at around 04:00 GMT on Sunday.'],
    ['durations', 'Fighting lasted three days and the siege ended in less than a month.'],
    ['distances', 'The village is about 25 kilometres northwest of Eringeti.'],
    ['magnitudes', 'The 7.7 magnitude earthquake was followed by a 6.4 magnitude aftershock.'],
    ['money', 'Donors pledged $5 million and 20 million dollars in aid.'],
    ['street and house numbers', 'The office at 15 Main Street and house No. 23 were hit.'],
    ['ordinals that do not count events', 'Al-Meshleb was the first neighborhood in Raqqa city entered by SDF fighters.'],
    ['counts of things', 'SDF fighters were advancing on several fronts and 1,329 houses were destroyed.'],
    ['a single object', 'A U.S. warplane shot down a pro-regime drone near the border.'],
    ['names with digits', 'M23 rebels and COVID-19 cases dominated the news.'],
    ['rates', 'Rafah has more than 12,000 people per square kilometre.'],
    ['proportions', 'One in eight children die before their fifth birthday.'],
  ])('%s', (_rule, sentence) => {
    expect(extractFigures(sentence)).toEqual([]);
  });
});

describe('extractFigures categorises what is counted', () => {
  it.each([
    ['23 civilians were killed in the strikes.', 'killed', 'civilians'],
    ['Another 4,715 have been injured.', 'injured', 'people'],
    ['An estimated 40,000 children remain trapped in the city.', 'children', 'children'],
    ['Up to 2,500 ISIS fighters were still holed up in Raqqa.', 'fighters', 'fighters'],
    ['Hundreds of U.S. military personnel are taking part.', 'personnel', 'personnel'],
    ['The coalition launched 25 airstrikes on the city.', 'airstrikes', 'airstrikes'],
    ['Thousands have fled in recent months.', 'fled', 'fled'],
    ['The war has displaced 80,000 people.', 'displaced', 'displaced'],
    ['Ethiopia hosted about 150,000 refugees from Eritrea.', 'refugees', 'refugees'],
    ['About 160,000 people remain in the city.', 'population', 'remain'],
    ['Hundreds of civilians were buried by debris.', 'trapped', 'buried'],
    ['The toll has surpassed 3,000, officials said.', 'killed', ''],
    ['341 people are missing.', 'other', 'missing'],
  ])('%s', (sentence, category, countedWord) => {
    const [figure] = extractFigures(sentence);
    expect(figure!.category).toBe(category);
    expect(figure!.counted).toContain(countedWord);
  });
});
