/**
 * Names under which reports cite the same well-known organisation ("MSF", "Doctors Without Borders", "Médecins
 * Sans Frontières"), so that one organisation is one source within a report, and a name found here counts as
 * a known organisation. Names are compared without case, accents, "the", "U.N." dots and punctuation.
 */
const ORGANISATIONS: ReadonlyArray<readonly string[]> = [
  ['Médecins Sans Frontières', 'MSF', 'Doctors Without Borders'],
  ['UN Office for the Coordination of Humanitarian Affairs', 'OCHA', 'UNOCHA', 'UN OCHA', 'Office for the Coordination of Humanitarian Affairs',
    'United Nations Office for the Coordination of Humanitarian Affairs', 'UN humanitarian office', 'UN humanitarian affairs office',
    'UN humanitarian agency', 'UN aid office', 'UN humanitarian coordination office'],
  ['UNHCR', 'UN High Commissioner for Refugees', 'United Nations High Commissioner for Refugees', 'Office of the United Nations High Commissioner for Refugees',
    'UN refugee agency', 'United Nations refugee agency', 'UN Refugee Agency'],
  ['UNICEF', "United Nations Children's Fund", "UN children's agency", "United Nations children's agency", "UN children's fund"],
  ['World Health Organization', 'WHO', 'World Health Organisation', 'UN health agency', 'United Nations health agency'],
  ['International Organization for Migration', 'IOM', 'International Organisation for Migration', 'UN migration agency'],
  ['World Food Programme', 'WFP', 'World Food Program', 'UN food agency', 'UN food aid agency'],
  ['International Committee of the Red Cross', 'ICRC'],
  ['International Federation of Red Cross and Red Crescent Societies', 'IFRC', 'International Federation of the Red Cross'],
  ['UN Relief and Works Agency for Palestine Refugees', 'UNRWA', 'United Nations Relief and Works Agency', 'UN Palestinian refugee agency',
    'UN agency for Palestinian refugees'],
  ['UN Human Rights Office', 'OHCHR', 'Office of the UN High Commissioner for Human Rights', 'UN human rights office', 'UN rights office'],
  ['UN Assistance Mission in Afghanistan', 'UNAMA', 'United Nations Assistance Mission in Afghanistan'],
  ['Syrian Observatory for Human Rights', 'SOHR', 'Syrian Observatory'],
  ['Human Rights Watch', 'HRW'],
  ['Amnesty International', 'Amnesty'],
  ['Save the Children'],
  ['Norwegian Refugee Council', 'NRC'],
  ['Internal Displacement Monitoring Centre', 'IDMC'],
  ['Armed Conflict Location and Event Data Project', 'ACLED', 'Armed Conflict Location & Event Data Project'],
  ['UN Population Fund', 'UNFPA', 'United Nations Population Fund'],
  ['UN Development Programme', 'UNDP', 'United Nations Development Programme'],
  ['International Rescue Committee', 'IRC'],
  ['Famine Early Warning Systems Network', 'FEWS NET', 'FEWSNET'],
];

/** Lower case, no accents, no "the", no dots in "U.N.", no possessive or punctuation: the form names are compared in. */
export function normaliseOrganisationName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bu\.n\.?/g, 'un')
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter((word) => word && word !== 'the')
    .join(' ');
}

const CANONICAL_BY_NAME = new Map<string, string>();
for (const names of ORGANISATIONS) for (const name of names) CANONICAL_BY_NAME.set(normaliseOrganisationName(name), names[0]!);

/** The canonical name of a known organisation a name stands for, or null when the name is not in the table. */
export function knownOrganisation(name: string): string | null {
  return CANONICAL_BY_NAME.get(normaliseOrganisationName(name)) ?? null;
}
