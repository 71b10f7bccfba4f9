/**
 * One report of an event: its figures (exactly `perReport`, wholes before their parts), each in a sentence of its
 * own, and a body of those sentences among filler prose. Offsets come from where each sentence was placed, and are
 * checked against the body the app will search (the sentence's first occurrence, the number's first occurrence in
 * it), so `body.slice(start, end) === rawText` and the app finds the same position again.
 */
import type { Grade } from '@/lib/figures/vocabulary';
import { hashReportBody } from '@/lib/reports/body-hash';
import { figureMeasure } from '@/lib/validation/figure';
import { DAY_COUNT, MAX_REPORT_DELAY_DAYS, toDay, type Slot, type SyntheticEvent } from './events';
import { QUALIFIER_WEIGHTS, stateNumber, type StatedNumber } from './numbers';
import type { Fact } from './statements';
import { composeFactSentence, composePartSentence, composeTitle, fillPlace, slugOf, type ComposedSentence } from './prose';
import type { Random } from './random';
import type { FigureRow, PlaceRow, ReportRow, SourceRow } from './types';
import { COUNTRIES, FILLER_SENTENCES, OUTLETS } from './word-lists';

export interface Catalog {
  placesById: ReadonlyMap<number, PlaceRow>;
  sourcesById: ReadonlyMap<number, SourceRow>;
  sources: readonly SourceRow[];
}

interface DraftFigure extends Omit<FigureRow, 'id' | 'reportId' | 'start' | 'end' | 'quote' | 'rawText' | 'partOfId'> {
  sentence: ComposedSentence;
  /** What the sentence states, for a headline made from the report's lead figure. */
  stated: StatedNumber;
  fact: Fact;
  placeName: string;
  /** Index, in the report's figures, of the whole this figure is part of. */
  wholeIndex: number | null;
}

const GRADE_WEIGHTS: Record<Grade | 'none', number> = { confirmed: 15, fair: 30, weak: 15, contested: 8, discounted: 4, none: 28 };
const MAX_ATTEMPTS = 50;

/** How far one report's number strays from the event's magnitude: reports of one event rarely agree. */
const noise = (random: Random) => 0.65 + random.next() * 0.8;

function pickGrade(random: Random): Grade | null {
  const grade = random.weighted(GRADE_WEIGHTS);
  return grade === 'none' ? null : grade;
}

function draftFigures(random: Random, event: SyntheticEvent, reportDay: number, perReport: number, catalog: Catalog): DraftFigure[] {
  const cited = random.shuffle(event.sourceIds).slice(0, random.integer(1, 3));
  if (random.chance(0.2)) cited.push(random.pick(catalog.sources).id);
  const named = new Set<number>();
  const attribution = (sourceId: number | null) => {
    if (sourceId === null) return null;
    const source = catalog.sourcesById.get(sourceId)!;
    const first = !named.has(sourceId);
    named.add(sourceId);
    return first ? source.mention : source.laterMention;
  };
  const drafts: DraftFigure[] = [];
  for (const slot of random.shuffle(event.slots)) {
    if (drafts.length >= perReport) break;
    const whole = draftWhole(random, slot, event, reportDay, random.chance(0.08) ? null : random.pick(cited), catalog, attribution);
    drafts.push(whole);
    if (slot.part && drafts.length < perReport) {
      const part = draftPart(random, slot, whole, drafts.length - 1, attribution);
      if (part) drafts.push(part);
    }
  }
  return drafts;
}

function draftWhole(
  random: Random,
  slot: Slot,
  event: SyntheticEvent,
  reportDay: number,
  sourceId: number | null,
  catalog: Catalog,
  attribution: (sourceId: number | null) => string | null,
): DraftFigure {
  const stated = stateNumber(random, random.weighted(QUALIFIER_WEIGHTS), slot.magnitude * noise(random));
  const placeName = catalog.placesById.get(slot.placeId)!.name;
  const dayIndex = slot.asOfReport ? reportDay : Math.max(event.dayIndex, reportDay - random.integer(0, 1));
  return {
    ...boundsOf(stated), category: slot.category, counted: slot.fact.counted, day: toDay(dayIndex), grade: pickGrade(random),
    sourceId, placeId: slot.placeId, wholeIndex: null, stated, fact: slot.fact, placeName,
    sentence: composeFactSentence(random, stated, slot.fact, placeName, attribution(sourceId)),
  };
}

function draftPart(
  random: Random,
  slot: Slot,
  whole: DraftFigure,
  wholeIndex: number,
  attribution: (sourceId: number | null) => string | null,
): DraftFigure | null {
  const wholeSize = figureMeasure(whole);
  if (!slot.part || wholeSize === null || wholeSize < 4) return null;
  const share = Math.min(slot.part.fact.share, slot.part.share * noise(random));
  const stated = stateNumber(random, random.weighted(QUALIFIER_WEIGHTS), wholeSize * share, wholeSize);
  return {
    ...boundsOf(stated), category: slot.part.fact.category, counted: slot.part.fact.counted, day: whole.day,
    grade: whole.grade, sourceId: whole.sourceId, placeId: whole.placeId, wholeIndex, stated, placeName: whole.placeName,
    fact: { noun: whole.fact.noun, predicate: slot.part.fact.predicate, counted: slot.part.fact.counted },
    sentence: composePartSentence(random, stated, slot.part.fact, attribution(whole.sourceId)),
  };
}

function boundsOf(stated: StatedNumber) {
  return { qualifier: stated.qualifier, value: stated.value, low: stated.low, high: stated.high };
}

/**
 * The body: the figures' sentences in order, fillers between them, one to three sentences a paragraph. A part's
 * sentence ("Dozens of them were children.") always follows its whole's in the same paragraph.
 */
function layOut(random: Random, drafts: readonly DraftFigure[], placeName: string): { body: string; starts: number[] } {
  type Unit = { text: string; figureIndex: number | null }[];
  const units: Unit[] = [];
  drafts.forEach((draft, figureIndex) => {
    const sentence = { text: draft.sentence.text, figureIndex };
    if (draft.wholeIndex !== null && units.length > 0) units[units.length - 1]!.push(sentence);
    else units.push([sentence]);
  });
  const fillers = random.shuffle(FILLER_SENTENCES).slice(0, Math.max(2, Math.ceil(drafts.length / 3)));
  for (const filler of fillers) units.splice(random.integer(1, units.length), 0, [{ text: fillPlace(filler, placeName), figureIndex: null }]);
  let body = '';
  const starts: number[] = [];
  let inParagraph = 0;
  let paragraphLength = 1;
  for (const unit of units) {
    unit.forEach((item, index) => {
      if (body !== '') body += inParagraph === 0 && index === 0 ? '\n\n' : ' ';
      if (item.figureIndex !== null) starts[item.figureIndex] = body.length;
      body += item.text;
    });
    inParagraph += unit.length;
    if (inParagraph >= paragraphLength) {
      inParagraph = 0;
      paragraphLength = random.integer(1, 3);
    }
  }
  return { body, starts };
}

/** The app finds a figure's number at its sentence's first occurrence, then the number's first occurrence there. */
function offsetsHold(body: string, sentence: ComposedSentence, sentenceStart: number): boolean {
  return body.indexOf(sentence.text) === sentenceStart && sentence.text.indexOf(sentence.rawText) === sentence.offset;
}

/** Composes a report of the event with ids from `firstFigureId`; bodies whose hash is in `hashes` are redrawn. */
export function composeReport(
  random: Random,
  event: SyntheticEvent,
  ids: { reportId: number; firstFigureId: number },
  perReport: number,
  catalog: Catalog,
  hashes: Set<string>,
): { report: ReportRow; figures: FigureRow[] } {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const reportDay = Math.min(DAY_COUNT - 1, event.dayIndex + random.integer(0, MAX_REPORT_DELAY_DAYS));
    const drafts = draftFigures(random, event, reportDay, perReport, catalog);
    const eventPlace = catalog.placesById.get(event.placeId)!;
    const { body, starts } = layOut(random, drafts, eventPlace.name);
    const bodyHash = hashReportBody(body);
    if (drafts.length !== perReport || hashes.has(bodyHash)) continue;
    if (!drafts.every((draft, index) => offsetsHold(body, draft.sentence, starts[index]!))) continue;
    hashes.add(bodyHash);

    const lead = drafts[0]!;
    const title = composeTitle(random, {
      lead: { stated: lead.stated, fact: lead.fact, placeName: lead.placeName, sourceKind: lead.sourceId === null ? null : catalog.sourcesById.get(lead.sourceId)!.kind },
      placeName: eventPlace.name,
      countryName: COUNTRIES[eventPlace.countryIndex]!.name,
    });
    const outlet = random.pick(OUTLETS);
    const publishedDay = toDay(reportDay);
    const url = random.chance(0.8) ? `https://${slugOf(outlet)}.example/${publishedDay.replaceAll('-', '/')}/${slugOf(title).slice(0, 60)}-${ids.reportId}` : null;
    const figures = drafts.map((draft, index): FigureRow => {
      const start = starts[index]! + draft.sentence.offset;
      return {
        id: ids.firstFigureId + index, category: draft.category, value: draft.value, low: draft.low, high: draft.high,
        qualifier: draft.qualifier, rawText: draft.sentence.rawText, quote: draft.sentence.text, start, end: start + draft.sentence.rawText.length,
        counted: draft.counted, day: draft.day, grade: draft.grade, reportId: ids.reportId, sourceId: draft.sourceId, placeId: draft.placeId,
        partOfId: draft.wholeIndex === null ? null : ids.firstFigureId + draft.wholeIndex,
      };
    });
    return { report: { id: ids.reportId, title, outlet, publishedDay, url, body, bodyHash }, figures };
  }
  throw new Error(`could not compose report ${ids.reportId} with offsets that hold after ${MAX_ATTEMPTS} attempts`);
}
