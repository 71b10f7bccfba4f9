/**
 * One colour per category, everywhere (cards, charts, chips). Built on the Okabe–Ito palette, which stays
 * distinguishable with the common colour-vision deficiencies; the categories past its eight colours share a hue
 * family with a close relative (displacement in blues, military activity in greys). Colour is never the only cue:
 * every mark and chip also carries the category's name.
 */
import type { Category } from '@/lib/figures/vocabulary';

export const CATEGORY_COLOURS: Record<Category, string> = {
  killed: '#D55E00',
  injured: '#CC79A7',
  children: '#E69F00',
  trapped: '#F0E442',
  fighters: '#000000',
  personnel: '#5F5F5F',
  airstrikes: '#999999',
  displaced: '#56B4E9',
  fled: '#0072B2',
  refugees: '#003F6B',
  population: '#009E73',
  other: '#BBBBBB',
};

export function categoryColour(category: Category): string {
  return CATEGORY_COLOURS[category];
}
