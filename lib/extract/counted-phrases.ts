/**
 * What a figure counts, as a phrase a person would write: the words after the number up to the end of its clause
 * ("people displaced in July"), past asides and bracketed shares, with the verb before it when the number is its
 * object ("killed 2,000 people" → "people killed"), and never ending on a word that leaves it unfinished.
 */
import { AUXILIARIES, CIRCUMSTANCE_WORDS, CLAUSE_BREAKS, JOINED_DESCRIPTION_AFTER, OUTCOME_WORDS, PEOPLE_NOUNS } from './lexicon';
import { tokensAfter, type Token } from './words';

const DESCRIPTION_WORDS = 10;
// "arrived at the border town of": a description cut short does not end on a word that needs one after it.
const DANGLING_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'their', 'its', 'his', 'her']);
// "Quake kills 2,000", "Floods displace 3.4m": a headline's verb reads as what happened to the people counted.
const PARTICIPLES: Record<string, string> = {
  kill: 'killed', kills: 'killed', killing: 'killed', injure: 'injured', injures: 'injured', injuring: 'injured', wound: 'wounded',
  wounds: 'wounded', wounding: 'wounded', displace: 'displaced', displaces: 'displaced', displacing: 'displaced', affects: 'affected',
  affecting: 'affected', burying: 'buried', evacuate: 'evacuated', evacuates: 'evacuated', evacuating: 'evacuated',
  sheltering: 'sheltered', hosting: 'hosted', claims: 'killed', claim: 'killed',
};
// "27 people overnight": a time said after the noun is a circumstance, written after the verb ("people killed overnight").
const TIME_WORDS = new Set(['overnight', 'yesterday', 'today', 'tonight']);
// "12 of them children", "Eleven of them were children": the group before is the whole, not what is counted.
const PART_OF_WORDS = new Set(['them', 'these', 'those', 'whom']);
// The noun right after the number, past up to two capitalised or lower-case modifiers ("Israeli", "deadly").
// "15 took shelter": the verb opens what is counted, so the people are named before it.
const SHELTER_VERBS = new Set(['took', 'sought']);
// "215,000 nationals -- largely students -- have escaped", "66 civilians ( 10 children , 6 women ), killed": an
// aside between dashes or brackets does not end what the number counts.
// "About 2,500 people, including 200 students, have crossed": a part named between commas is an aside too.
const ASIDE = /^\s*(?:\([^()]{0,80}\)|\s--?\s[^-–—]{0,80}?\s--?\s|\s?[–—][^–—]{0,80}?[–—]|,\s+(?:including|among\s+them|of\s+whom)\s[^,;]{1,60},)\s*,?/;
// "5,000 Sierra Leoneans and Liberians arrived": "and" between two names joins them into one group.
const JOINS_NAMES = (previous: Token | null, next: string) => previous !== null && /^[A-Z]/.test(previous.raw) && /^\s+[A-Z]/.test(next);

/**
 * The words describing what the number counts: after it, up to a clause break ("and", "while", a comma), going
 * on past one aside.
 */
export function describingTokens(sentence: string, end: number): Token[] {
  const tokens: Token[] = [];
  let from = end;
  for (let asides = 0; asides < 2; asides++) {
    let last: Token | null = null;
    for (const token of tokensAfter(sentence, from, DESCRIPTION_WORDS - tokens.length)) {
      const joinsNames = token.word === 'and' && (JOINS_NAMES(last ?? tokens[tokens.length - 1] ?? null, sentence.slice(token.end, token.end + 3)) || JOINED_DESCRIPTION_AFTER.test(sentence.slice(token.end, token.end + 40)));
      // "killed 12 and wounded 40": a clause break right after the number ends what it counts too.
      const opensNextClause = tokens.length === 0 && token.word !== 'including' && CLAUSE_BREAKS.has(token.word);
      if (token.kind === 'number' || opensNextClause || (tokens.length > 0 && CLAUSE_BREAKS.has(token.word) && !joinsNames)) return tokens;
      tokens.push(token);
      last = token;
    }
    const aside = ASIDE.exec(sentence.slice(last?.end ?? from, (last?.end ?? from) + 90));
    if (!aside || tokens.length >= DESCRIPTION_WORDS) break;
    from = (last?.end ?? from) + aside[0].length;
  }
  return tokens;
}

// A final full stop ends the sentence, not the word, unless the word is an abbreviation with inner dots ("U.S.").
const trimWord = (raw: string) => raw.replace(/[”"’]+$/, '').replace(/^([^.]*)\.$/, '$1');

/**
 * Builds "civilians killed in the overnight strikes", "people displaced in July" (the verb written before the
 * number goes after the counted noun, before its circumstances) or "people" from the words around the number.
 */
export function describe(after: Token[], verbBefore: string | null): string {
  const words = after.map((token) => trimWord(token.raw)).filter(Boolean);
  // "people fled in 2015" is cut before the year: a circumstance word left without its object is dropped.
  while (words.length > 1 && (CIRCUMSTANCE_WORDS.has(words[words.length - 1]!.toLowerCase()) || DANGLING_WORDS.has(words[words.length - 1]!.toLowerCase()))) words.pop();
  // Drop the leading "of" of "hundreds of people", "of them" of "12 of them children" and auxiliaries of "have
  // been injured".
  while (words.length > 0 && (words[0] === 'of' || PART_OF_WORDS.has(words[0]!.toLowerCase()) || AUXILIARIES.has(words[0]!.toLowerCase()))) words.shift();
  // "thousands have fled", "15 who were": no noun is written, so the figure counts people; "12 were children"
  // names them after the verb.
  // "150 injured people": a participle before the noun needs no "people" of its own.
  const isGroupNoun = (word: string) => PEOPLE_NOUNS.has(word.toLowerCase()) && !OUTCOME_WORDS.has(word.toLowerCase());
  const namesGroup = words.length > 0 && (isGroupNoun(words[0]!) || (OUTCOME_WORDS.has(words[0]!.toLowerCase()) && words.length > 1 && isGroupNoun(words[1]!)));
  const startsWithVerb = !namesGroup && after.length > 0 && (AUXILIARIES.has(after[0]!.word) || OUTCOME_WORDS.has(after[0]!.word) || PART_OF_WORDS.has(after[0]!.word) || SHELTER_VERBS.has(after[0]!.word));
  const phrase = words.join(' ');
  if (verbBefore) {
    const nounEnd = words.findIndex((word) => CIRCUMSTANCE_WORDS.has(word.toLowerCase()) || TIME_WORDS.has(word.toLowerCase()));
    const noun = (nounEnd === -1 ? words : words.slice(0, nounEnd)).join(' ') || 'people';
    const circumstances = nounEnd === -1 ? '' : ` ${words.slice(nounEnd).join(' ')}`;
    return `${noun} ${PARTICIPLES[verbBefore] ?? verbBefore}${circumstances}`;
  }
  if (startsWithVerb && phrase) return `people ${phrase}`;
  return phrase || 'people';
}

// Words a phrase a person would write does not end on: "people reported missing after", "deaths could range from".
const UNFINISHED_ENDINGS = new Set([
  'from', 'with', 'of', 'the', 'a', 'an', 'to', 'and', 'or', 'was', 'were', 'is', 'are', 'could', 'would', 'has', 'have',
  'had', 'that', 'which', 'who', 'by', 'for', 'at', 'in', 'on', 'after', 'range', 'remains', 'be', 'been',
  'between', 'during', 'since', 'until', 'into', 'across', 'among', 'within', 'without', 'through', 'against', 'towards',
  'toward', 'than', 'less', 'more', 'fewer', 'but', 'being', 'may', 'might', 'can', 'will', 'should', 'must', 'its', 'their', 'his', 'her',
]);

/** What is counted without the words that leave it unfinished at its end ("deaths could range from" → "deaths"). */
export function tidyCounted(counted: string): string {
  const words = counted.split(' ');
  while (words.length > 1 && UNFINISHED_ENDINGS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(' ');
}
