import type { SourceKind } from '@/lib/figures/vocabulary';

/**
 * Matching the names the extractor found to stored sources and places, so accepting a figure attributed to
 * "the Observatory" links it to the Syrian Observatory for Human Rights instead of creating a second source.
 */

/** Lower case, no leading "the", no punctuation, single spaces: "The U.N. Children's Agency" → "un childrens agency". */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const KIND_PATTERNS: Array<[SourceKind, RegExp]> = [
  ['un_agency', /\b(un|united nations|unicef|unhcr|ocha|who|wfp|iom|unfpa|undp|unrwa|ohchr)\b/],
  ['government_military', /\b(ministry|minister|government|army|military|pentagon|police|forces|governor|authorities|department|command|coalition|spokes(man|woman|person))\b/],
  ['armed_group', /\b(rebels?|militia|insurgents?|isis|islamic state|taliban|al shabaab|hamas|hezbollah|houthis?)\b/],
  ['ngo_monitor', /\b(observatory|watch|amnesty|red cross|red crescent|msf|doctors without borders|save the children|oxfam|ngo|monitor|committee|council|airwars|acled)\b/],
  ['media', /\b(afp|reuters|associated press|ap|bbc|al jazeera|news|agency|television|tv)\b/],
];

/** A first guess at the kind of a new source from its name; the editor can correct it on the source's page. */
export function guessSourceKind(name: string): SourceKind {
  const normalised = normaliseName(name);
  return KIND_PATTERNS.find(([, pattern]) => pattern.test(normalised))?.[0] ?? 'other';
}

interface NamedSource {
  name: string;
  shortName: string | null;
  aliases: string;
}

/** The source among these whose name, short name or one of its aliases is this name, if any. */
export function matchSource<Source extends NamedSource>(sources: Source[], name: string): Source | null {
  const wanted = normaliseName(name);
  if (!wanted) return null;
  return (
    sources.find((source) =>
      [source.name, source.shortName ?? '', ...source.aliases.split('\n')]
        .filter(Boolean)
        .some((candidate) => normaliseName(candidate) === wanted),
    ) ?? null
  );
}

/** The place among these of this name (case and punctuation aside), if any. */
export function matchPlace<Place extends { name: string }>(places: Place[], name: string): Place | null {
  const wanted = normaliseName(name);
  return wanted ? (places.find((place) => normaliseName(place.name) === wanted) ?? null) : null;
}
