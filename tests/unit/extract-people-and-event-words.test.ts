import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures counts the groups of people reports name', () => {
  it('reads attackers, guards, crowds and workers as people', () => {
    expect(read('Two suicide bombers blew themselves up at the gate.')).toEqual([['Two', 'fighters']]);
    expect(read('Gunfire wounded three bodyguards outside the hotel.')).toEqual([['three', 'injured']]);
    expect(read('About 40 shoppers were hurt when the roof of the hall fell in.')).toEqual([['About 40', 'injured']]);
    expect(read('Twelve miners were injured when the shaft flooded.')).toEqual([['Twelve', 'injured']]);
  });
  it('reads arrivals and contacts as people', () => {
    expect(read('Some 70,000 new arrivals were registered at the camp in May.')).toEqual([['Some 70,000', 'fled']]);
    expect(read('Tracing teams followed up 310 contacts of the patient.')).toEqual([['310', 'other']]);
  });
});

describe('extractFigures counts the events of an outbreak or a crossing', () => {
  it('reads infections, admissions and crossings as counts', () => {
    expect(read('The clinic saw 1,200 new infections and 300 admissions in a week.')).toEqual([['1,200', 'other'], ['300', 'other']]);
    expect(read('Officials counted 1.2 million border crossings since the war began.')).toEqual([['1.2 million', 'fled']]);
  });
  it('reads a count of cases past a series of qualifiers joined by commas and "and"', () => {
    expect(read('The district has 5,400 confirmed and suspected cases.')).toEqual([['5,400', 'other']]);
    expect(read('The region reported 10,312 probable, confirmed and suspected cases by June.')).toEqual([['10,312', 'other']]);
  });
  it('still ends a count at "and" that starts a new phrase', () => {
    expect(read('Rain destroyed 40 and damaged 300 houses.')).toEqual([]);
  });
});

describe('extractFigures reads drowning as dying', () => {
  it('counts the drowned as killed', () => {
    expect(read('Eleven migrants drowned off the coast on Sunday.')).toEqual([['Eleven', 'killed']]);
    expect(read('At least 23 people drowned when the ferry capsized.')).toEqual([['At least 23', 'killed']]);
  });
  it('counts those unaccounted for', () => {
    expect(read('Four villagers are still unaccounted for.')).toEqual([['Four', 'other']]);
  });
});

describe('extractFigures reads more ways of writing a death or an arrest', () => {
  it('reads "claimed the lives of" and "succumbed" as killed', () => {
    expect(read('The attack claimed the lives of 45 people.')).toEqual([['45', 'killed']]);
    expect(read('Twelve succumbed to their injuries in hospital.')).toEqual([['Twelve', 'killed']]);
  });
  it('counts the people an arrest or detention is of', () => {
    expect(read('Police arrested 45 after the protest.')).toEqual([['45', 'other']]);
    expect(read('Soldiers detained more than 200 at the border.')).toEqual([['more than 200', 'other']]);
  });
});
