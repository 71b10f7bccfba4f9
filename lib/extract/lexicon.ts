/**
 * The words the extractor reads context with. Kept in one place so that deciding "does this number count people
 * or events?" and "what does it count?" use the same vocabulary.
 */
import type { Category } from '@/lib/figures/vocabulary';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Nouns for people: a number followed by one of these counts people. */
export const PEOPLE_NOUNS = set(`
  people persons person civilians civilian children child kids boys girls babies infants minors schoolchildren
  men women adults elderly residents inhabitants villagers individuals families households fighters militants
  combatants soldiers troops personnel servicemen marines peacekeepers rebels jihadists insurgents gunmen militiamen
  extremists terrorists attackers assailants raiders bandits cops police policemen officers members workers staff volunteers rescuers doctors nurses medics
  journalists students pupils patients refugees migrants asylum-seekers idps survivors victims bodies corpses
  hostages prisoners detainees captives others worshippers protesters demonstrators pilgrims muslims christians
  farmers fishermen passengers casualties dead wounded injured displaced missing lives aid-workers employees
  teachers colleagues relatives parents mothers orphans population inhabitants citizens citizen nationals
  returnees evacuees
  bombers bodyguards guards shoppers traders vendors tourists visitors miners crew sailors seafarers pilots drivers
  motorists commuters inmates mourners guests spectators youths teenagers toddlers newborns elders widows labourers
  laborers herders nomads settlers guerrillas separatists militia paramilitaries servicemembers arrivals contacts
  customers occupants participants forces deceased supporters marchers rioters looters foreigners expatriates criminals firefighters hostage-takers kidnappers hijackers captors abductors
  rohingya kurds yazidis tutsis hutus uighurs uyghurs meiteis
  maoists naxals naxalites jawans suspects devotees gangsters responders`);

/** Nouns for events: a number followed by one of these counts events. */
export const EVENT_NOUNS = set(`
  airstrikes air-strikes strikes raids sorties bombings bombardments attacks incidents explosions blasts shells
  rockets missiles lynchings killings massacres executions abductions kidnappings cases clashes deaths fatalities
  evacuations arrests assaults shootings infections admissions crossings hospitalisations hospitalizations drownings
  rapes detentions disappearances recoveries injuries`);

/** Outcomes written right after a number ("23 killed", "341 are missing", "20 million in need"). */
export const OUTCOME_WORDS = set(`
  killed dead died perished slain executed murdered massacred slaughtered exterminated butchered injured wounded
  hurt missing displaced fled trapped stranded
  buried remain remained remaining homeless affected evacuated rescued abducted kidnapped detained arrested
  uprooted need living live who whom suffer suffering forced arrived crossed sheltering sheltered fleeing
  hospitalized hospitalised flee flees die dies stuck captured relocated marooned moved-to-safety drowned
  electrocuted infected sickened poisoned unaccounted unlocated succumbed recovered
  gathered marched protested demonstrated rallied saved suffocated escaped`);

/** Verbs written just before a number whose object it is ("killed more than 2,000", "displaced millions"). */
export const VERBS_BEFORE = set(`
  killed killing kills kill injured injuring injures wounded wounding wounds displaced displacing displace displaces
  affected affecting affects
  evacuated rescued kidnapped abducted executed massacred slaughtered exterminated butchered claimed claims claim uprooted forced
  arrested detained burying evacuate evacuating evacuates stranded sheltered sheltering housed hosted hosting threatening
  endangering`);

/** Words that make a number a measure, not a count: "three days", "35 kilometres", "17 tonnes", "$5 million". */
export const UNIT_NOUNS = set(`
  year years month months week weeks day days hour hours minute minutes decade decades century centuries night
  nights km kilometres kilometers kilometre kilometer miles mile metres meters metre meter kg kilograms tonnes tons
  tonne ton litres liters dollars euros usd pounds magnitude richter degrees am pm a.m p.m gmt utc times storey
  storeys floors acres hectares square sq`);

/** Places and things an outcome verb can take as its object: "affected 14 districts", "destroyed 300 homes". */
export const THING_NOUNS = set(`
  districts provinces states regions villages towns cities counties communities municipalities areas localities
  homes houses buildings schools hospitals clinics shelters roads bridges hectares livestock cattle crops vehicles
  countries island islands sites facilities trucks trains boats buses ships aircraft planes helicopters hotels
  videos photos photographs images pictures documents letters messages
  churches mosques temples markets shops stores offices factories camps settlements neighbourhoods neighborhoods
  tents tarpaulins blankets kits latrines dwellings classrooms ambulances units companies firms businesses
  governments administrations aftershocks tremors convoys`);

/** Words before a number that make it an age or an address ("aged 12", "No. 15", "Route 5"). */
export const WORDS_BEFORE_NON_COUNT = set(`
  aged age ages no number house street road route highway apartment flat block resolution article chapter page
  room flight plot magnitude gate kilometre km unit`);

export const MONTHS = set(`
  january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec`);

/** Auxiliaries and adverbs skipped when looking for the verb after a number ("have been injured"). */
export const AUXILIARIES = set(`
  have has had were was are is be been being reportedly also still now already so far thought believed said
  feared estimated confirmed`);

/**
 * Keywords that decide a figure's category, tried in this order: an outcome of harm beats the group it happened
 * to ("23 civilians killed" is killed), a group beats the other outcomes ("40,000 children remain trapped" is
 * children), and a bare presence ("remain", "living") is population.
 */
export const CATEGORY_KEYWORDS: ReadonlyArray<[Category, ReadonlySet<string>]> = [
  ['killed', set(`killed kill killing kills dies dead died die deaths death lives bodies corpses perished slain executed
    murdered martyred massacred slaughtered exterminated butchered lynchings killings fatalities executions toll drowned
    drownings electrocuted succumbed suffocated deceased morgue morgues burying grave graves beheaded decapitated`)],
  ['injured', set(`injured wounded hurt injuries injury injuring injures wounding wounds hospitalized hospitalised`)],
  ['children', set(`children child boys girls boy girl minors kids babies infants baby infant schoolchildren orphans`)],
  ['fighters', set(`fighters militants jihadists rebels insurgents combatants gunmen militiamen extremists terrorists
    attackers assailants raiders attacking bombers bandits guerrillas separatists militia paramilitaries hostage-takers kidnappers
    hijackers captors abductors maoists naxals naxalites gangsters`)],
  ['personnel', set(`personnel troops troop soldiers soldier servicemen servicemembers marines peacekeepers advisers
    conscripts forces jawans jawan`)],
  ['airstrikes', set(`airstrikes air-strikes strikes sorties bombings bombardments raids struck bombed`)],
  ['trapped', set(`trapped stranded besieged buried encircled stuck marooned`)],
  // Refugees are refugees whatever verb says how they came ("10,100 refugees have crossed into Iraq").
  ['refugees', set(`refugees refugee asylum asylum-seekers sheltered-abroad`)],
  // Leaving is fleeing, whether to safety nearby ("evacuated") or over a border ("crossed", "arrived").
  ['fled', set(`fled flee flees fleeing escaped escape left-home evacuate evacuated evacuees evacuating arrived arriving arrivals crossed
    crossing crossings relocated moved-to-safety entered`)],
  // People counted in camps or sheltering at home are displaced; refugee camps and shelter abroad are tried first.
  ['displaced', set(`displaced displacing displace displaces uprooted idp idps homeless forced driven camps sheltering
    sheltered`)],
  // "200 people remain missing": the missing are not a population, whatever verb goes with them.
  ['other', set(`missing unaccounted unlocated`)],
  ['population', set(`living live remain remaining remained inhabitants residents population reside`)],
];

// Each keyword's rank: the index of the first category of CATEGORY_KEYWORDS that lists it.
const KEYWORD_RANK = new Map<string, number>();
CATEGORY_KEYWORDS.forEach(([, keywords], rank) => {
  for (const keyword of keywords) if (!KEYWORD_RANK.has(keyword)) KEYWORD_RANK.set(keyword, rank);
});

/** The category the first keyword among `words` settles, in the order of CATEGORY_KEYWORDS. */
export function categoryOf(words: readonly string[]): Category | null {
  let best = CATEGORY_KEYWORDS.length;
  for (const word of words) {
    const rank = KEYWORD_RANK.get(word);
    if (rank !== undefined && rank < best) best = rank;
  }
  return best < CATEGORY_KEYWORDS.length ? CATEGORY_KEYWORDS[best]![0] : null;
}

/** Words skipped when looking for the verb before a number: "has killed an estimated", "displaced more than". */
export const SKIPPED_BEFORE_NUMBER = set(`
  a an the some about around nearly almost estimated over more than at least up to as many much approximately
  roughly have has had were was been also reportedly already additional further another`);

/** "1,300 military and police personnel": after "and", one word then the people both words describe. */
export const JOINED_DESCRIPTION_AFTER = /^\s+[a-z-]+\s+(?:personnel|troops|soldiers|officers|police|staff|workers|volunteers|civilians|people|refugees|migrants|fighters|militants)\b/i;

/** Words that end the stretch of text describing what a number counts. */
export const CLAUSE_BREAKS = set(`and or but while whereas including although though says said according`);

/** Where the noun phrase of what is counted ends and its circumstances begin ("people | in July"). */
export const CIRCUMSTANCE_WORDS = set(`
  in across at from on since during throughout by near inside within into to over after before last this so`);

// "Of the civilian victims, 16 were Kenyan", "identified 11 victims": victims of an attack named with no other word for
// their harm are the dead; "flood victims" and "victims of trafficking" are not.
const VICTIMS_OF_ATTACK_WORDS = set(`victims civilian civilians attack attacks bombing blast shooting massacre the of`);

/** True when `words` name victims, with nothing but an attack or civilians to say whose. */
export function namesVictimsOfAttack(words: readonly string[]): boolean {
  return words.includes('victims') && words.slice(0, words.indexOf('victims') + 1).every((word) => VICTIMS_OF_ATTACK_WORDS.has(word));
}
