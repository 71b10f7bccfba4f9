import { SOURCE_KINDS, type SourceKind } from '@/lib/figures/vocabulary';
import type { Random } from './random';
import { SOURCE_KIND_SHARES, SOURCE_PATTERNS, type SourcePattern } from './source-patterns';
import type { PlaceRow, SourceRow } from './types';
import { COUNTRIES } from './word-lists';

/**
 * The sources: about 40 for 200 reports and 200 for 5,000 (growing with the square root of the reports), every
 * kind among them in the shares of SOURCE_KIND_SHARES, named from the patterns of source-patterns.ts.
 */
export function sourceCountFor(reports: number): number {
  return Math.min(1_000, Math.max(24, Math.round(40 * Math.sqrt(reports / 200))));
}

interface Candidate {
  pattern: SourcePattern;
  kind: SourceKind;
  fill: Record<string, string>;
  countryIndex: number | null;
}

function fillIn(template: string, fill: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => fill[key] ?? key);
}

/** "UN Humanitarian Coordination Office" → "UNHCO": capitalised words only, an all-capital word whole. */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => (/^[A-Z]+$/.test(word) ? word : word.charAt(0)))
    .join('');
}

function candidatesFor(kind: SourceKind, places: readonly PlaceRow[]): Candidate[] {
  const countries = places.filter((place) => place.level === 0);
  const regions = places.filter((place) => place.level === 1);
  return SOURCE_PATTERNS[kind].flatMap((pattern): Candidate[] => {
    if (pattern.name.includes('{region}') || pattern.description.includes('{region}')) {
      return regions.map((region) => ({
        pattern, kind, countryIndex: region.countryIndex,
        fill: { region: region.name, country: COUNTRIES[region.countryIndex]!.name, adjective: COUNTRIES[region.countryIndex]!.adjective },
      }));
    }
    if (/\{(country|adjective)\}/.test(pattern.name + pattern.description)) {
      return countries.map((country) => ({
        pattern, kind, countryIndex: country.countryIndex,
        fill: { country: country.name, adjective: COUNTRIES[country.countryIndex]!.adjective },
      }));
    }
    return [{ pattern, kind, countryIndex: null, fill: {} }];
  });
}

function toSource(candidate: Candidate, id: number): SourceRow {
  const { pattern, fill } = candidate;
  const name = fillIn(pattern.name, fill);
  const shortName = pattern.initials ? initialsOf(name) : null;
  const mention = pattern.article ? `the ${name}` : name;
  const aliases = pattern.aliases.map((alias) => fillIn(alias, fill));
  return {
    id, name, shortName, kind: candidate.kind, description: fillIn(pattern.description, fill), aliases: aliases.join('\n'),
    mention, laterMention: aliases[0] ?? shortName ?? mention, countryIndex: candidate.countryIndex,
  };
}

export function generateSources(random: Random, reports: number, places: readonly PlaceRow[]): SourceRow[] {
  const target = sourceCountFor(reports);
  const pools = SOURCE_KINDS.map((kind) => random.shuffle(candidatesFor(kind, places)));
  const chosen: Candidate[] = [];
  SOURCE_KINDS.forEach((kind, index) => {
    const wanted = Math.max(1, Math.round(target * SOURCE_KIND_SHARES[kind]));
    chosen.push(...pools[index]!.splice(0, wanted));
  });
  // A kind with too few names (few places) leaves room that the other kinds fill.
  const rest = random.shuffle(pools.flat());
  while (chosen.length < target && rest.length > 0) chosen.push(rest.pop()!);
  // Names are unique by construction: each pattern is distinct and so is each place it is filled with.
  return chosen.slice(0, target).map((candidate, index) => toSource(candidate, index + 1));
}
