/**
 * The closed vocabularies of the data model. SQLite has no enums, so the database stores these as text and
 * every write is checked against these lists (zod schemas in lib/validation use them).
 */
export const CATEGORIES = [
  'killed',
  'injured',
  'children',
  'fighters',
  'displaced',
  'refugees',
  'population',
  'trapped',
  'fled',
  'airstrikes',
  'personnel',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const QUALIFIERS = [
  'exact',
  'about',
  'estimated',
  'up_to',
  'at_least',
  'more_than',
  'fewer_than',
  'range',
  'vague',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Airwars-style grading of how well a claim is supported. */
export const GRADES = ['confirmed', 'fair', 'weak', 'contested', 'discounted'] as const;
export type Grade = (typeof GRADES)[number];

export const SOURCE_KINDS = ['un_agency', 'ngo_monitor', 'government_military', 'armed_group', 'media', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const ROLES = ['admin', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  killed: 'Killed',
  injured: 'Injured',
  children: 'Children',
  fighters: 'Fighters',
  displaced: 'Displaced',
  refugees: 'Refugees',
  population: 'Population',
  trapped: 'Trapped',
  fled: 'Fled',
  airstrikes: 'Airstrikes',
  personnel: 'Military personnel',
  other: 'Other',
};

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'exact',
  about: 'about',
  estimated: 'estimated',
  up_to: 'up to',
  at_least: 'at least',
  more_than: 'more than',
  fewer_than: 'fewer than',
  range: 'range',
  vague: 'vague',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  un_agency: 'UN agency',
  ngo_monitor: 'NGO / monitor',
  government_military: 'Government or military',
  armed_group: 'Armed group',
  media: 'Media',
  other: 'Other',
};

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

