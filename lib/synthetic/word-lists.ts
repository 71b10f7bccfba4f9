/**
 * The fixed words the synthetic data is made of. Countries are real (with their ISO codes and rough centres, so
 * maps look right); every place below them, every source and every event is invented.
 */
export interface Country {
  name: string;
  adjective: string;
  code: string;
  latitude: number;
  longitude: number;
}

export const COUNTRIES: readonly Country[] = [
  { name: 'Syria', adjective: 'Syrian', code: 'SY', latitude: 35.0, longitude: 38.5 },
  { name: 'Yemen', adjective: 'Yemeni', code: 'YE', latitude: 15.5, longitude: 48.0 },
  { name: 'Sudan', adjective: 'Sudanese', code: 'SD', latitude: 15.5, longitude: 30.0 },
  { name: 'Iraq', adjective: 'Iraqi', code: 'IQ', latitude: 33.0, longitude: 44.0 },
  { name: 'Afghanistan', adjective: 'Afghan', code: 'AF', latitude: 34.0, longitude: 66.0 },
  { name: 'Somalia', adjective: 'Somali', code: 'SO', latitude: 5.0, longitude: 46.0 },
  { name: 'Libya', adjective: 'Libyan', code: 'LY', latitude: 27.0, longitude: 17.0 },
  { name: 'South Sudan', adjective: 'South Sudanese', code: 'SS', latitude: 7.0, longitude: 30.0 },
  { name: 'Myanmar', adjective: 'Myanmar', code: 'MM', latitude: 21.0, longitude: 96.0 },
  { name: 'Ethiopia', adjective: 'Ethiopian', code: 'ET', latitude: 9.0, longitude: 40.0 },
  { name: 'Mali', adjective: 'Malian', code: 'ML', latitude: 17.0, longitude: -4.0 },
  { name: 'Nigeria', adjective: 'Nigerian', code: 'NG', latitude: 9.0, longitude: 8.0 },
  { name: 'Burkina Faso', adjective: 'Burkinabe', code: 'BF', latitude: 12.3, longitude: -1.5 },
  { name: 'Haiti', adjective: 'Haitian', code: 'HT', latitude: 19.0, longitude: -72.5 },
  { name: 'Mozambique', adjective: 'Mozambican', code: 'MZ', latitude: -18.0, longitude: 35.0 },
  { name: 'Democratic Republic of the Congo', adjective: 'Congolese', code: 'CD', latitude: -2.9, longitude: 23.6 },
];

/** Syllables of invented place names ("Karsana", "Tel Hamdi"). */
export const NAME_SYLLABLES = {
  first: ['Ka', 'Ra', 'Ma', 'Sa', 'Ba', 'Da', 'Ha', 'Na', 'Qa', 'Za', 'Ta', 'La', 'Ya', 'Ku', 'Mi', 'Sha', 'Ji', 'Bo', 'Go', 'Wa', 'Ke', 'Lo'],
  middle: ['r', 'm', 'n', 's', 'd', 'b', 'l', 'h', 'q', 't', 'sh', 'k', 'g', 'z'],
  vowel: ['a', 'i', 'u', 'e', 'o', 'ah', 'ai', 'ou'],
  ending: ['', '', 'n', 'r', 'm', 'l', 'ya', 'iya', 'ra', 'na', 'di', 'ma', 'bad', 'kot'],
  prefix: ['', '', '', '', '', 'Tel ', 'Deir ', 'Ras ', 'Jabal ', 'Wadi ', 'Bir ', 'Kafr ', 'Ain ', 'Nuevo ', 'Port '],
} as const;

export const OUTLETS: readonly string[] = [
  'AFP', 'Reuters', 'Associated Press', 'Al Jazeera English', 'BBC News', 'The Guardian', 'ReliefWeb', 'The New Humanitarian',
  'UN News', 'Anadolu Agency', 'Deutsche Welle', 'France 24', 'Middle East Eye', 'The National', 'Radio France Internationale',
  'Voice of America', 'Xinhua', 'EFE', 'The Washington Post', 'The New York Times', 'Le Monde', 'Al-Monitor', 'Devex',
  'OCHA Situation Report', 'Humanitarian Bulletin', 'Daily Sabah', 'Arab News', 'The East African', 'Premium Times', 'Irrawaddy',
];

/** Sentences without numbers that make a body read like a report; "{place}" is the report's place. */
export const FILLER_SENTENCES: readonly string[] = [
  'Residents described scenes of panic as families loaded their belongings onto trucks.',
  'Aid agencies said access to the area remained severely limited.',
  'The figures could not be independently verified.',
  'Fighting has intensified around {place} in recent weeks.',
  'Hospitals in {place} were struggling to cope with the number of wounded.',
  'Witnesses said the strikes began shortly before dawn.',
  'Humanitarian organisations have called for a pause in the fighting to let civilians leave.',
  'The local authorities did not respond to requests for comment.',
  'Electricity and water supplies to {place} have been cut for days.',
  'Roads out of {place} were crowded with cars and carts piled with mattresses.',
  'A local doctor said medical supplies were running out.',
  'The warring parties blamed each other for the violence.',
  'Prices of bread and fuel in {place} have risen sharply since the fighting began.',
  'Aid convoys were turned back at checkpoints outside {place}.',
  'Schools in {place} have been turned into shelters for families who lost their homes.',
  'The offensive is the largest in the region this year.',
  'Mobile phone networks in {place} were down for much of the day.',
  'Rescue workers were still searching the rubble for survivors.',
  'Officials warned that the toll was likely to rise.',
  'Diplomats said talks on a ceasefire had stalled.',
  'Farmers around {place} said they had been unable to reach their fields.',
  'The area has changed hands repeatedly since the conflict began.',
  'Camps on the outskirts of {place} are already overcrowded.',
  'Families said they had received no warning before the attack.',
  'The United Nations urged all sides to protect civilians.',
  'Aid workers said the need for shelter, food and clean water was acute.',
];

/** Headlines; "{number}" is the lead figure as written, "{place}" its place. */
export const TITLES_WITH_NUMBER: readonly string[] = [
  '{number} {noun} {predicate}',
  '{country}: {number} {noun} {predicate}',
  '{number} {noun} {predicate}, {sayer} says',
];

export const TITLES_WITHOUT_NUMBER: readonly string[] = [
  'Fighting intensifies around {place}',
  'Aid agencies warn of a worsening crisis in {country}',
  '{country}: humanitarian situation in {place}',
  'Civilians bear the brunt of the battle for {place}',
  'Families flee as front line nears {place}',
  'Situation update: {place}',
  'Concern grows for civilians in {place}',
  'Ceasefire hopes fade as {place} is shelled again',
];
