/**
 * An organisation that acts on the people it counts is the source of the count: "UNHCR has relocated 8,600
 * refugees", "the authorities had evacuated 449,000 people". Only an organisation counts here; "gunmen" or a camp
 * that "hosts 400 refugees" acts without giving the figure, and a speaker of the same sentence comes first ("The
 * authorities evacuated 63,000 ..., the broadcaster said"). An estimate an organisation "revised" is not read as
 * theirs: on a set never used to choose rules that cost a source.
 */
import { knownOrganisation } from './organisation-aliases';

/** Verbs of humanitarian response and counting whose subject, when an organisation, gives the figure after them. */
export const ACTING_VERBS =
  'evacuated|evacuates|relocated|relocates|rescued|rescues|verified|verifies|supported|supports|assisted|assists|hosted|hosts|transferred|transfers|treated|treats|vaccinated|identified|identifies|highlighted|highlights';

const ACTING_VERB = new RegExp(`^(?:${ACTING_VERBS})$`);

// The head nouns of bodies that act and count; people ("witnesses", "residents") and places do not qualify.
const ORGANISATION_HEAD =
  /\b(?:agency|agencies|office|ministry|organi[sz]ation|army|military|government|administration|authorities|authority|police|coalition|committee|council|department|directorate|services|mission|programme|program|fund|commission|society|federation|cross|crescent|centre|center|officials|UN|U\.N\.|United\s+Nations)\b/i;
const ACRONYM = /\b[A-Z]{2,}\b/;

export function isActingVerb(verb: string): boolean {
  return ACTING_VERB.test(verb);
}

/** Whether a subject phrase names an organisation that can act as a figure's source. */
export function actsAsOrganisation(phrase: string): boolean {
  return ORGANISATION_HEAD.test(phrase) || ACRONYM.test(phrase) || knownOrganisation(phrase) !== null;
}
