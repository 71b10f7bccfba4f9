import type { Random } from './random';
import type { PlaceRow } from './types';
import { COUNTRIES, NAME_SYLLABLES } from './word-lists';

/**
 * The place hierarchy: countries, their governorates and those governorates' districts, with admin codes
 * (SY, SY03, SY0307) and coordinates scattered around the country's centre. About 60 places for 200 reports and
 * 300 for 5,000 (the count grows with the square root of the reports), between 3 and 16 countries.
 */
export function placeCountFor(reports: number): number {
  return Math.min(3_000, Math.max(30, Math.round(60 * Math.sqrt(reports / 200))));
}

function inventName(random: Random): string {
  const syllables = random.integer(1, 2);
  let root = random.pick(NAME_SYLLABLES.first);
  for (let index = 0; index < syllables; index += 1) root += random.pick(NAME_SYLLABLES.middle) + random.pick(NAME_SYLLABLES.vowel);
  return random.pick(NAME_SYLLABLES.prefix) + root + random.pick(NAME_SYLLABLES.ending);
}

function uniqueName(random: Random, taken: Set<string>): string {
  for (;;) {
    const name = inventName(random);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

const twoDigits = (index: number) => String(index + 1).padStart(2, '0');
const coordinate = (centre: number, spread: number, random: Random) => Math.round((centre + (random.next() * 2 - 1) * spread) * 1e4) / 1e4;

export function generatePlaces(random: Random, reports: number): PlaceRow[] {
  const target = placeCountFor(reports);
  const countryCount = Math.min(COUNTRIES.length, Math.max(3, Math.round(target / 50)));
  const perCountry = target / countryCount;
  const governorates = Math.max(1, Math.round(Math.sqrt(perCountry - 1)));
  const districts = Math.max(1, Math.round((perCountry - 1 - governorates) / governorates));

  const taken = new Set(COUNTRIES.map((country) => country.name));
  const countries: PlaceRow[] = [];
  const regions: PlaceRow[] = [];
  const localities: PlaceRow[] = [];
  COUNTRIES.slice(0, countryCount).forEach((country, countryIndex) => {
    countries.push({
      id: 0, name: country.name, parentId: null, adminCode: country.code, latitude: country.latitude,
      longitude: country.longitude, level: 0, countryIndex,
    });
  });
  // Ids follow the levels (countries, then governorates, then districts), so a parent always has the smaller id.
  countries.forEach((country, index) => (country.id = index + 1));
  for (const country of countries) {
    for (let index = 0; index < governorates; index += 1) {
      regions.push({
        id: 0, name: uniqueName(random, taken), parentId: country.id, adminCode: `${country.adminCode}${twoDigits(index)}`,
        latitude: coordinate(country.latitude, 2.5, random), longitude: coordinate(country.longitude, 2.5, random),
        level: 1, countryIndex: country.countryIndex,
      });
    }
  }
  regions.forEach((region, index) => (region.id = countries.length + index + 1));
  for (const region of regions) {
    for (let index = 0; index < districts; index += 1) {
      localities.push({
        id: 0, name: uniqueName(random, taken), parentId: region.id, adminCode: `${region.adminCode}${twoDigits(index)}`,
        latitude: coordinate(region.latitude, 0.6, random), longitude: coordinate(region.longitude, 0.6, random),
        level: 2, countryIndex: region.countryIndex,
      });
    }
  }
  localities.forEach((locality, index) => (locality.id = countries.length + regions.length + index + 1));
  return [...countries, ...regions, ...localities];
}
