import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, place] pairs. */
const placesOf = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.place]);

describe('extractFigures takes the place of a report from its dateline', () => {
  it('uses a dateline in capitals with an agency for sentences that name no place', () => {
    expect(placesOf('SANAA, Yemen (AP) — At least 12 people were killed on Monday. Another 30 were wounded.')).toEqual([
      ['At least 12', 'Sanaa'],
      ['30', 'Sanaa'],
    ]);
  });
  it('uses a dateline closed by a colon in every paragraph, and lets "the city" refer to it', () => {
    expect(placesOf('KATHMANDU: Some 40 people died in landslides.\nThe army said 20 soldiers were injured in the city.')).toEqual([
      ['Some 40', 'Kathmandu'],
      ['20', 'Kathmandu'],
    ]);
  });
  it('keeps the place a sentence names over the dateline', () => {
    expect(placesOf('GENEVA (Reuters) - Floods killed 70 people in Sindh.')).toEqual([['70', 'Sindh']]);
  });
  it('does not read a label or two office cities as a dateline', () => {
    expect(placesOf('UPDATE: 20 people were killed.')).toEqual([['20', null]]);
    expect(placesOf('Nairobi/Kampala - 15 people were killed.')).toEqual([['15', null]]);
  });
});

describe('extractFigures finds places written with a description or a kind', () => {
  it('reads a nationality phrase as the description of the place after it', () => {
    expect(placesOf('Twenty people were killed in the Iraqi city of Mosul on Monday.')).toEqual([['Twenty', 'Mosul']]);
  });
  it('reads "the same X State", "the X Valley" and "the X region" as places', () => {
    expect(placesOf('Gunmen killed 15 people in the same Borno State on Friday.')).toEqual([['15', 'Borno']]);
    expect(placesOf('Floods killed 12 people across the Swat Valley, where rivers burst their banks.')).toEqual([['12', 'Swat']]);
    expect(placesOf('Heavy rain killed 9 people in the Afar region.')).toEqual([['9', 'Afar']]);
  });
  it('reads the name of "a town called X"', () => {
    expect(placesOf('In a town called Kidal, 40 people were killed.')).toEqual([['40', 'Kidal']]);
  });
  it('reads "the central region" as a place when no region was named before', () => {
    expect(placesOf('Fighting in the central region displaced 8,000 people.')).toEqual([['8,000', 'central region']]);
    expect(placesOf('Storms hit the Tigray region.\nIn the same region, 300 people were displaced.')).toEqual([['300', 'Tigray']]);
  });
  it('reads a place after an adjective such as "neighbouring" or "war-torn"', () => {
    expect(placesOf('About 300 refugees arrived from neighbouring Eritrea.')).toEqual([['About 300', 'Eritrea']]);
  });
  it('keeps a capitalised compass word as part of the name', () => {
    expect(placesOf('The clashes displaced 2,000 people in North Kivu.')).toEqual([['2,000', 'North Kivu']]);
  });
});

describe('extractFigures prefers the most specific place', () => {
  it('prefers the city a sentence names right after its country', () => {
    expect(placesOf('At least 9 people were killed in Iraq, in the city of Mosul.')).toEqual([['At least 9', 'Mosul']]);
  });
  it('does not let a country that locates a city replace it', () => {
    expect(placesOf('Some 50 people were killed in Mosul, Iraq.')).toEqual([['Some 50', 'Mosul']]);
    expect(placesOf('Gunmen killed 7 villagers in Kidal in northern Mali. Another 4 were wounded.')).toEqual([
      ['7', 'Kidal'],
      ['4', 'Kidal'],
    ]);
  });
  it('reads the place after a possessive country or a "-run" qualifier', () => {
    expect(placesOf("Two hundred people were killed in Syria's Idlib on Monday.")).toEqual([['Two hundred', 'Idlib']]);
    expect(placesOf('Some 2,000 people were killed in Hamas-run Gaza.')).toEqual([['Some 2,000', 'Gaza']]);
  });
  it('does not place a figure where the text says it is not ("other parts of")', () => {
    expect(placesOf('About 9,000 people live in Marib, including 4,000 displaced from other parts of Yemen.')).toEqual([
      ['About 9,000', 'Marib'],
      ['4,000', 'Marib'],
    ]);
  });
});

describe('extractFigures does not take people, organisations or venues for places', () => {
  it('refuses a person named after "according to" or introduced by a role', () => {
    expect(placesOf('The attack killed 20 people, according to Ahmed Ali, a police spokesman.')).toEqual([['20', null]]);
    expect(placesOf('"We counted 70 bodies," Dr Ahmed told Mohammed Saleh, a reporter.')).toEqual([['70', null]]);
  });
  it('refuses a name after a person title', () => {
    expect(placesOf('A letter to President Kagame said 11 refugees were injured.')).toEqual([['11', null]]);
  });
  it('refuses hotels, armed groups, acronyms and nationalities', () => {
    expect(placesOf('A bomb at the Serena Hotel killed 6 people.')).toEqual([['6', null]]);
    expect(placesOf('Fighters loyal to Al Shabaab killed 8 soldiers.')).toEqual([['8', null]]);
    expect(placesOf('Shelling killed 5 people, a report from UNICEF showed.')).toEqual([['5', null]]);
    expect(placesOf('The West African state has lost 400 soldiers.')).toEqual([['400', null]]);
  });
  it('refuses a name after a weak preposition unless the text says it is a place', () => {
    expect(placesOf('Members of the Nuer militia pledged loyalty to Machar; 30 fighters died.')).toEqual([['30', null]]);
    expect(placesOf('On the way to Derna, a coastal city of around 90,000 inhabitants, roads were cut.')).toEqual([['around 90,000', 'Derna']]);
  });
  it('uses a place named in the attribution only when the sentence names no other', () => {
    expect(placesOf('The blast killed 13 people in Kabul, the health ministry in Herat said.')).toEqual([['13', 'Kabul']]);
    expect(placesOf('In the city of Aden, 60 people are missing, an official in Yemen\'s government told Al Jazeera.')).toEqual([['60', 'Aden']]);
    expect(placesOf('The health ministry in Gaza said 40 people were killed.')).toEqual([['40', 'Gaza']]);
  });
});
