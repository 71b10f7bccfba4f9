/**
 * Country names, so the place rules can tell a country from the province or city inside it: a text that names
 * both ("Mosul, Iraq", "in Iraq, in the city of Mosul") ties its figure to the more specific place, and a word
 * built from a country ("Iraqi", "Kenyan") is a nationality, not a place. Lower case, common short forms included.
 */
const COUNTRIES = new Set(
  `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
  bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi
  cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti
  dominica drc ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
  ghana greece grenada guatemala guinea guinea-bissau guyana haiti honduras hungary iceland india indonesia iran
  iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia
  lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
  mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma
  namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru
  philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia
  slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand timor-leste
  togo tonga trinidad tunisia turkey türkiye turkmenistan tuvalu uganda ukraine uae uk usa uruguay uzbekistan
  vanuatu venezuela vietnam yemen zambia zimbabwe`
    .split(/\s+/)
    .filter(Boolean),
);
// Names of several words are matched whole, never word by word ("South" alone is no country).
const MULTI_WORD = [
  'burkina faso', 'cape verde', 'central african republic', 'costa rica', 'czech republic', 'dominican republic',
  'el salvador', 'ivory coast', 'new zealand', 'north korea', 'north macedonia', 'papua new guinea', 'san marino',
  'saudi arabia', 'sierra leone', 'solomon islands', 'south africa', 'south korea', 'south sudan', 'sri lanka',
  'united arab emirates', 'united kingdom', 'united states', 'democratic republic of congo',
  'democratic republic of the congo', 'gaza strip', 'west bank',
];
for (const name of MULTI_WORD) COUNTRIES.add(name);

export function isCountry(name: string): boolean {
  return COUNTRIES.has(name.toLowerCase().replace(/^the\s+/, ''));
}

// "Iraqi", "Yemeni", "Kenyan", "Somali", "Afghan": a country's name with a nationality ending.
// "-ch" only in the few nationalities that end so: "Marrakech" is a city.
const NATIONALITY_ENDING = /^(?:[A-Z][a-z]+(?:ian|ean|ese|ish|ican)|French|Dutch|Czech)$/;

/** True for a nationality adjective ("Iraqi", "Ethiopian", "Sudanese"), never for a country itself. */
export function isNationality(word: string): boolean {
  if (isCountry(word)) return false;
  if (NATIONALITY_ENDING.test(word)) return true;
  const stems = [word.slice(0, -1), word.slice(0, -2), `${word}a`, `${word}istan`, word.replace(/i$/, 'ia')];
  return /(?:i|an|n)$/.test(word) && stems.some((stem) => stem.length > 2 && isCountry(stem));
}
