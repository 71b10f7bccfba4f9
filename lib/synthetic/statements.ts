/**
 * What synthetic figures count, per category: the noun the number governs, what the sentence says about it
 * ("{place}" is the figure's place) and the short `counted` phrase; and the parts a whole can have ("of them").
 * Every noun is plural and every stated number is at least 2, so the sentences agree.
 */
import type { Category } from '@/lib/figures/vocabulary';

export interface Fact {
  noun: string;
  predicate: string;
  counted: string;
  /** Reads right of a governorate or a country too ("still live in Syria"), not only of the place of the event. */
  broad?: true;
}

export interface PartFact {
  category: Category;
  /** Follows "<number> of them". */
  predicate: string;
  counted: string;
  /** The largest share of the whole the part takes. */
  share: number;
}

export const FACTS: Record<Category, readonly Fact[]> = {
  killed: [
    { noun: 'civilians', predicate: 'were killed in air strikes on {place}', counted: 'civilians killed in air strikes' },
    { noun: 'people', predicate: 'died when shells hit a crowded market in {place}', counted: 'people killed by shelling of a market' },
    { noun: 'civilians', predicate: 'were killed in clashes around {place}', counted: 'civilians killed in clashes' },
    { noun: 'people', predicate: 'lost their lives in a car bomb attack in {place}', counted: 'people killed in a car bomb attack' },
    { noun: 'residents', predicate: 'were killed when their building collapsed after a strike in {place}', counted: 'residents killed when a struck building collapsed' },
    { noun: 'civilians', predicate: 'have been killed in {place} since the start of the year', counted: 'civilians killed since the start of the year', broad: true },
  ],
  injured: [
    { noun: 'people', predicate: 'were wounded in the attack on {place}', counted: 'people wounded in the attack' },
    { noun: 'civilians', predicate: 'were injured by shelling in {place}', counted: 'civilians injured by shelling' },
    { noun: 'patients', predicate: 'were treated for wounds at hospitals in {place}', counted: 'wounded treated at hospitals', broad: true },
  ],
  children: [
    { noun: 'children', predicate: 'were out of school across {place}', counted: 'children out of school', broad: true },
    { noun: 'children', predicate: 'needed urgent treatment for malnutrition in {place}', counted: 'children needing treatment for malnutrition', broad: true },
    { noun: 'children', predicate: 'have been killed or maimed in {place} since the start of the year', counted: 'children killed or maimed this year', broad: true },
  ],
  fighters: [
    { noun: 'fighters', predicate: 'were holding out in the old quarter of {place}', counted: 'fighters holding out in the old quarter' },
    { noun: 'militants', predicate: 'remained in {place}', counted: 'militants remaining in the area' },
    { noun: 'foreign fighters', predicate: 'had joined the armed groups around {place}', counted: 'foreign fighters with the armed groups' },
    { noun: 'fighters', predicate: 'are thought to be active in {place}', counted: 'fighters active in the area', broad: true },
  ],
  displaced: [
    { noun: 'people', predicate: 'have been displaced from their homes in {place}', counted: 'people displaced from their homes', broad: true },
    { noun: 'families', predicate: 'were sheltering in camps outside {place}', counted: 'displaced families sheltering in camps' },
    { noun: 'residents', predicate: 'were forced from their homes by the fighting in {place}', counted: 'residents forced from their homes by fighting', broad: true },
  ],
  refugees: [
    { noun: 'refugees', predicate: 'have crossed the border from {place}', counted: 'refugees who crossed the border', broad: true },
    { noun: 'people', predicate: 'have registered as refugees abroad since fleeing {place}', counted: 'people registered as refugees abroad', broad: true },
  ],
  population: [
    { noun: 'people', predicate: 'still live in {place}', counted: 'people still living in the area', broad: true },
    { noun: 'residents', predicate: 'remain in the besieged districts of {place}', counted: 'residents remaining in the besieged districts' },
    { noun: 'people', predicate: 'live under the control of armed groups in {place}', counted: 'people living under armed group control', broad: true },
  ],
  trapped: [
    { noun: 'civilians', predicate: 'are trapped by the fighting in {place}', counted: 'civilians trapped by the fighting', broad: true },
    { noun: 'people', predicate: 'remain cut off from aid in {place}', counted: 'people cut off from aid', broad: true },
  ],
  fled: [
    { noun: 'people', predicate: 'fled {place} in the past week', counted: 'people who fled in the past week', broad: true },
    { noun: 'residents', predicate: 'escaped the fighting in {place} on foot', counted: 'residents who escaped the fighting on foot' },
  ],
  airstrikes: [
    { noun: 'air strikes', predicate: 'hit {place} overnight', counted: 'air strikes overnight' },
    { noun: 'strikes', predicate: 'were carried out on targets near {place}', counted: 'strikes on targets near the town' },
    { noun: 'barrel bombs', predicate: 'were dropped on {place}', counted: 'barrel bombs dropped' },
    { noun: 'air strikes', predicate: 'have been recorded across {place} this month', counted: 'air strikes recorded this month', broad: true },
  ],
  personnel: [
    { noun: 'soldiers', predicate: 'were deployed to {place}', counted: 'soldiers deployed', broad: true },
    { noun: 'troops', predicate: 'are stationed near {place}', counted: 'troops stationed nearby' },
    { noun: 'peacekeepers', predicate: 'patrol the area around {place}', counted: 'peacekeepers patrolling the area' },
  ],
  other: [
    { noun: 'homes', predicate: 'were destroyed in {place}', counted: 'homes destroyed', broad: true },
    { noun: 'aid trucks', predicate: 'reached {place}', counted: 'aid trucks that reached the area' },
    { noun: 'schools', predicate: 'were damaged in {place}', counted: 'schools damaged', broad: true },
    { noun: 'health facilities', predicate: 'were attacked in {place}', counted: 'attacks on health facilities', broad: true },
  ],
};

export const PART_FACTS: Partial<Record<Category, readonly PartFact[]>> = {
  killed: [
    { category: 'children', predicate: 'were children', counted: 'children among those killed', share: 0.5 },
    { category: 'killed', predicate: 'were women', counted: 'women among those killed', share: 0.5 },
  ],
  injured: [
    { category: 'children', predicate: 'were children', counted: 'children among the wounded', share: 0.5 },
    { category: 'injured', predicate: 'were in a critical condition', counted: 'wounded in a critical condition', share: 0.4 },
  ],
  displaced: [
    { category: 'children', predicate: 'were children', counted: 'children among the displaced', share: 0.6 },
    { category: 'displaced', predicate: 'were living in tents', counted: 'displaced living in tents', share: 0.5 },
  ],
  refugees: [{ category: 'children', predicate: 'are children', counted: 'children among the refugees', share: 0.6 }],
  population: [
    { category: 'trapped', predicate: 'are trapped near the front line', counted: 'residents trapped near the front line', share: 0.3 },
    { category: 'children', predicate: 'are children', counted: 'children among the population', share: 0.5 },
    { category: 'displaced', predicate: 'have been displaced at least once', counted: 'residents displaced at least once', share: 0.6 },
  ],
  fled: [{ category: 'children', predicate: 'were children', counted: 'children among those who fled', share: 0.6 }],
  trapped: [{ category: 'children', predicate: 'are children', counted: 'children among the trapped', share: 0.5 }],
  fighters: [{ category: 'fighters', predicate: 'are foreign fighters', counted: 'foreign fighters among them', share: 0.4 }],
  airstrikes: [{ category: 'airstrikes', predicate: 'hit residential areas', counted: 'strikes on residential areas', share: 0.6 }],
  personnel: [{ category: 'personnel', predicate: 'are special forces', counted: 'special forces among the troops', share: 0.3 }],
  children: [{ category: 'children', predicate: 'are under five', counted: 'children under five', share: 0.5 }],
};

/** The spread of each category's counts for one event, from small to large (log-uniform between the two). */
export const MAGNITUDES: Record<Category, readonly [number, number]> = {
  killed: [3, 2_000],
  injured: [5, 5_000],
  children: [10, 60_000],
  fighters: [40, 40_000],
  displaced: [200, 900_000],
  refugees: [1_000, 1_500_000],
  population: [10_000, 3_000_000],
  trapped: [100, 150_000],
  fled: [100, 300_000],
  airstrikes: [2, 150],
  personnel: [10, 8_000],
  other: [3, 800],
};
