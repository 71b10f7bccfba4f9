/**
 * Events: what several reports describe, each with its own numbers. An event happens on one day in one place and
 * has "slots", the things reports count about it (civilians killed there, people who fled its governorate...),
 * each with a magnitude that every report states differently, under its own hedge and attributed to its own source.
 */
import { CATEGORIES, type Category } from '@/lib/figures/vocabulary';
import type { Random } from './random';
import { FACTS, MAGNITUDES, PART_FACTS, type Fact, type PartFact } from './statements';
import type { PlaceRow, SourceRow } from './types';
import { toDateString } from '@/lib/format/dates';

export const FIRST_DAY = Date.UTC(2011, 0, 1);
/** Fifteen years of days: 2011-01-01 to 2025-12-31. */
export const DAY_COUNT = 5_479;
const DAY_MS = 86_400_000;
/** Reports appear on the event's day or up to this many days after it. */
export const MAX_REPORT_DELAY_DAYS = 3;

export interface Slot {
  category: Category;
  fact: Fact;
  placeId: number;
  magnitude: number;
  /** A "situation as of" count dated on the report's day rather than the event's. */
  asOfReport: boolean;
  part: { fact: PartFact; share: number } | null;
}

export interface SyntheticEvent {
  dayIndex: number;
  placeId: number;
  sourceIds: number[];
  slots: Slot[];
  reportCount: number;
}

type EventKind = 'bombardment' | 'offensive' | 'displacement' | 'siege';

const CATEGORY_WEIGHTS: Record<EventKind, Partial<Record<Category, number>>> = {
  bombardment: { killed: 5, injured: 4, airstrikes: 4, children: 2, other: 2, trapped: 1, fled: 1, displaced: 1, personnel: 1 },
  offensive: { fighters: 4, personnel: 3, trapped: 3, fled: 3, displaced: 3, population: 2, killed: 3, airstrikes: 2, children: 1, injured: 1 },
  displacement: { displaced: 5, fled: 4, refugees: 4, population: 2, children: 3, other: 1, trapped: 1, killed: 1 },
  siege: { population: 4, trapped: 4, children: 3, killed: 2, injured: 1, other: 2, fighters: 2, personnel: 1, refugees: 1 },
};

export function toDay(dayIndex: number): string {
  return toDateString(new Date(FIRST_DAY + dayIndex * DAY_MS));
}

/** The place and its parents up to the country, nearest first. */
function chainOf(place: PlaceRow, placesById: ReadonlyMap<number, PlaceRow>): PlaceRow[] {
  const chain = [place];
  for (let parent = place.parentId; parent !== null; parent = placesById.get(parent)?.parentId ?? null) {
    chain.push(placesById.get(parent)!);
  }
  return chain;
}

function planSlots(random: Random, kind: EventKind, chain: readonly PlaceRow[], count: number): Slot[] {
  const weights = { ...Object.fromEntries(CATEGORIES.map((category) => [category, 0.3])), ...CATEGORY_WEIGHTS[kind] } as Record<Category, number>;
  const slots: Slot[] = [];
  const used = new Set<string>();
  for (let attempt = 0; slots.length < count && attempt < count * 20; attempt += 1) {
    const category = random.weighted(weights);
    const wide = category === 'population' || category === 'refugees';
    const wantedLevel = Math.min(chain.length - 1, random.chance(wide ? 0.5 : 0.15) ? random.integer(1, 2) : 0);
    const broadFacts = FACTS[category].filter((fact) => fact.broad);
    const level = broadFacts.length > 0 ? wantedLevel : 0;
    const fact = random.pick(level > 0 ? broadFacts : FACTS[category]);
    const place = chain[level]!;
    const key = `${category}/${fact.counted}/${place.id}`;
    // After enough tries a small place chain may repeat a fact: it is then counted twice, as reports do.
    if (used.has(key) && attempt < count * 10) continue;
    used.add(key);
    const [low, high] = MAGNITUDES[category];
    const parts = PART_FACTS[category];
    slots.push({
      category,
      fact,
      placeId: place.id,
      magnitude: random.logUniform(low, high) * (1 + level),
      asOfReport: wide || random.chance(0.15),
      part: parts && random.chance(0.15) ? { fact: random.pick(parts), share: 0.1 + random.next() * 0.9 } : null,
    });
  }
  return slots;
}

function sourcesFor(random: Random, countryIndex: number, sources: readonly SourceRow[]): number[] {
  const local = sources.filter((source) => source.countryIndex === null || source.countryIndex === countryIndex);
  const pool = local.length >= 3 ? local : sources;
  return random.shuffle(pool).slice(0, random.integer(2, 5)).map((source) => source.id);
}

/** Events covering `reports` reports in total: one to six reports each, on days spread over fifteen years. */
export function planEvents(
  random: Random,
  reports: number,
  perReport: number,
  places: readonly PlaceRow[],
  sources: readonly SourceRow[],
): SyntheticEvent[] {
  const placesById = new Map(places.map((place) => [place.id, place]));
  const eventPlaces = places.filter((place) => place.level > 0);
  const events: SyntheticEvent[] = [];
  for (let planned = 0; planned < reports; ) {
    const reportCount = Math.min(reports - planned, random.integer(1, 6));
    const place = random.pick(random.chance(0.7) ? eventPlaces.filter((candidate) => candidate.level === 2) : eventPlaces);
    const chain = chainOf(place, placesById);
    const kind = random.pick(['bombardment', 'offensive', 'displacement', 'siege'] as const);
    events.push({
      dayIndex: random.integer(0, DAY_COUNT - 1 - MAX_REPORT_DELAY_DAYS),
      placeId: place.id,
      sourceIds: sourcesFor(random, place.countryIndex, sources),
      slots: planSlots(random, kind, chain, perReport + Math.ceil(perReport / 3)),
      reportCount,
    });
    planned += reportCount;
  }
  return events;
}
