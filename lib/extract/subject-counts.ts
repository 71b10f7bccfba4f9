/**
 * A number with no noun that opens its clause as the subject of what is said of people: "Eight were pulled from the
 * building", "About 28,000 were still at evacuation shelters", "Only 15 took shelter at the facility". Such a number
 * counts people; `skip-rules.ts` asks this when no noun after the number names any.
 */
import type { NumberMention } from './numbers';
import { pastBracketedShare } from './words';

// "Eight were pulled from the building", "In the previous period, one was reported": a number opening its clause
// as the subject of a passive verb said of people or cases counts them.
const CLAUSE_OPENING = /(?:^|[,;:]\s+|\.\s+)["“]?$/;
const PASSIVE_OF_PEOPLE_AFTER =
  /^\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+|later\s+|since\s+)?(?:pulled|found|taken|treated|admitted|freed|released|identified|confirmed|recovered|reported|registered|brought|airlifted|flown|transferred|buried|kidnapped|abducted|arrested|detained|evacuated|rescued|hospitali[sz]ed)\b/i;

/** True when the number opens its clause as the subject of a passive verb said of people or cases. */
export function passiveSubject(sentence: string, mention: NumberMention, hedgeStart: number): boolean {
  // "19 (66%) have been confirmed": a share in brackets may stand between.
  const end = pastBracketedShare(sentence, mention.end);
  return CLAUSE_OPENING.test(sentence.slice(Math.max(0, hedgeStart - 4), hedgeStart)) && PASSIVE_OF_PEOPLE_AFTER.test(sentence.slice(end, end + 40));
}

// "About 28,000 were still at evacuation shelters", "Only 15 took shelter at the facility": a number opening its
// clause as the people staying in shelters.
// "were staying with friends and relatives": people sheltered by others are displaced as those in camps are.
export const SHELTERED_AFTER =
  /^\s+(?:(?:people|persons|individuals|residents)\s+)?(?:(?:were|are|remain|remained|stayed|have\s+been|had\s+been)\s+(?:still\s+|currently\s+|now\s+)?(?:(?:staying\s+(?:out\s+)?|sheltering\s+|housed\s+|dispersed\s+|accommodated\s+)?(?:at|in)\s+(?:the\s+|an?\s+)?(?:\d[\d,]*\s+)?(?:[a-z-]+\s+){0,2}(?:shelters?|camps?|evacuation\s+(?:centres|centers|sites)|relief\s+camps|(?:collective|transit|reception)\s+(?:centres?|centers?)|open)|(?:staying|living|sheltering)\s+with\s+(?:their\s+)?(?:friends|relatives|family|families|host\s+families))|(?:took|take|sought|found|have\s+(?:taken|found)|had\s+(?:taken|found))\s+(?:shelter|refuge))\b/i;

// "Only 15 took shelter": a word that stresses the count does not stop it opening its clause.
const ONLY_BEFORE = /\b(?:[Oo]nly|[Jj]ust|[Aa]nother)\s+$/;
// "..., while 175,000 were staying with relatives": "while" and "whereas" open a clause of their own.
// ", and some 2,000 are dispersed in collective centres": "and" after a comma opens a clause too.
const CONTRAST_OPENING = /(?:^|[,;]\s+|\s)(?:while|whereas)\s+$|,\s+and\s+$/;

export function shelteredSubject(sentence: string, mention: NumberMention, hedgeStart: number): boolean {
  const opening = ONLY_BEFORE.exec(sentence.slice(Math.max(0, hedgeStart - 12), hedgeStart));
  const clauseStart = opening ? hedgeStart - opening[0].length : hedgeStart;
  const opens = CLAUSE_OPENING.test(sentence.slice(Math.max(0, clauseStart - 4), clauseStart)) || CONTRAST_OPENING.test(sentence.slice(Math.max(0, clauseStart - 10), clauseStart));
  return opens && SHELTERED_AFTER.test(sentence.slice(mention.end, mention.end + 60));
}

// "Thousands now face an uncertain future", "Thousands walked west to the coastal city": a vague number of people
// opening a sentence as the subject of what they do or suffer.
const VAGUE_SUBJECT = /^(?:Thousands|Hundreds|Dozens|Scores|Tens\s+of\s+thousands|Hundreds\s+of\s+thousands|Millions)$/;
const ACTIVE_VERB_AFTER =
  /^\s+(?:(?:now|still|also|have|had|are|were|remain)\s+)?(?:face[sd]?|walked|trekked|queued|gathered|waited|slept|spent|marched|crowded|packed|lined|remain(?:ed)?|lack(?:ed)?|need(?:ed)?|live[sd]?|fear(?:ed)?|joined|took|sought|poured|streamed|headed)\b/;

/** True when a vague number opens its sentence as the subject of a verb said of people. */
export function vagueSubject(sentence: string, mention: NumberMention, hedgeStart: number): boolean {
  return mention.kind === 'vague' && hedgeStart === mention.start && CLAUSE_OPENING.test(sentence.slice(Math.max(0, hedgeStart - 4), hedgeStart)) &&
    VAGUE_SUBJECT.test(sentence.slice(mention.start, mention.end)) && ACTIVE_VERB_AFTER.test(sentence.slice(mention.end, mention.end + 40));
}
