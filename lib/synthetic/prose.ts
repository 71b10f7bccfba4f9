/**
 * Sentences and headlines around stated numbers. Each sentence says where, in it, the number as written sits, so
 * the report can store offsets that are right by construction.
 */
import type { SourceKind } from '@/lib/figures/vocabulary';
import { capitalise, type StatedNumber } from './numbers';
import type { Random } from './random';
import type { Fact, PartFact } from './statements';
import { TITLES_WITH_NUMBER, TITLES_WITHOUT_NUMBER } from './word-lists';

export interface ComposedSentence {
  text: string;
  /** The number as written, capitalised when it opens the sentence. */
  rawText: string;
  /** Where rawText starts in text. */
  offset: number;
}

/** How the sentence names its source: the first time in full, later by alias or initials; null for none. */
export type Attribution = string | null;

function assemble(before: string, rawText: string, after: string): ComposedSentence {
  return { text: before + rawText + after, rawText, offset: before.length };
}

export function fillPlace(template: string, placeName: string): string {
  return template.replaceAll('{place}', placeName);
}

function nounPhraseAfter(stated: StatedNumber, noun: string): string {
  return `${stated.takesOf ? ' of' : ''} ${noun}`;
}

/** A sentence stating a whole: "At least 12 civilians were killed in air strikes on Karsana, the monitor said." */
export function composeFactSentence(random: Random, stated: StatedNumber, fact: Fact, placeName: string, attribution: Attribution): ComposedSentence {
  const rest = `${nounPhraseAfter(stated, fact.noun)} ${fillPlace(fact.predicate, placeName)}`;
  if (attribution === null) return assemble('', capitalise(stated.phrase), `${rest}.`);
  switch (random.integer(0, 4)) {
    case 0:
      return assemble(`${capitalise(attribution)} said `, stated.phrase, `${rest}.`);
    case 1:
      return assemble('', capitalise(stated.phrase), `${rest}, according to ${attribution}.`);
    case 2:
      return assemble('', capitalise(stated.phrase), `${rest}, ${attribution} said.`);
    case 3:
      return assemble(`According to ${attribution}, `, stated.phrase, `${rest}.`);
    default:
      return assemble(`${capitalise(attribution)} reported that `, stated.phrase, `${rest}.`);
  }
}

/** A sentence stating a part of the whole before it: "Dozens of them were children, the Observatory added." */
export function composePartSentence(random: Random, stated: StatedNumber, part: PartFact, attribution: Attribution): ComposedSentence {
  const tail = attribution === null ? '' : random.pick([`, ${attribution} said`, `, ${attribution} added`, '']);
  return assemble('', capitalise(stated.phrase), ` of them ${part.predicate}${tail}.`);
}

const SAYERS: Record<SourceKind, string> = {
  un_agency: 'UN says',
  ngo_monitor: 'monitor says',
  government_military: 'officials say',
  armed_group: 'rebels say',
  media: 'local media say',
  other: 'residents say',
};

export interface Headline {
  lead: { stated: StatedNumber; fact: Fact; placeName: string; sourceKind: SourceKind | null } | null;
  placeName: string;
  countryName: string;
}

/** A headline, from the report's lead figure or about its place. */
export function composeTitle(random: Random, headline: Headline): string {
  const { lead } = headline;
  if (lead && random.chance(0.6)) {
    const template = random.pick(TITLES_WITH_NUMBER.filter((title) => lead.sourceKind !== null || !title.includes('{sayer}')));
    return template
      .replace('{number}', capitalise(lead.stated.phrase) + (lead.stated.takesOf ? ' of' : ''))
      .replace('{noun}', lead.fact.noun)
      .replace('{predicate}', fillPlace(lead.fact.predicate, lead.placeName))
      .replace('{country}', headline.countryName)
      .replace(', {sayer} says', lead.sourceKind ? `, ${SAYERS[lead.sourceKind]}` : '');
  }
  return random.pick(TITLES_WITHOUT_NUMBER).replaceAll('{place}', headline.placeName).replaceAll('{country}', headline.countryName);
}

export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
