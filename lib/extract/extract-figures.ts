import { ageGroupAt } from './age-groups';
import { antecedentCount } from './antecedents';
import { readArrivalTotalsAsRefugees } from './arrival-totals';
import { bracketedCountAt } from './bracketed-counts';
import { breakdownItemAt } from './breakdowns';
import { briefingSpeaker, carryBriefingSpeaker } from './briefing-speakers';
import { attributionFor, attributionSpans, findAttributions, publisherOf } from './attributions';
import { carrySources, headlineSource, isPressBriefingSummary, mastheadSource, QuotationTracker, type SentenceSources } from './carried-sources';
import { categorise } from './categories';
import { citeClosingSource } from './cited-sources';
import { tidyCounted } from './counted-phrases';
import { changeEndAt } from './changes';
import { carryClosingSource } from './closing-sources';
import { confidenceOf } from './confidence';
import { datelinePlace } from './dateline';
import { readMention } from './hedges';
import { keyFigureLabels } from './key-figures';
import { findNumberMentions } from './numbers';
import { shareVerbBackwards } from './parallel-counts';
import { listItemAt } from './list-items';
import { bracketedPlaceCountAt, ledSeriesTotal, linkBracketedItems } from './bracketed-place-counts';
import { shareBracketedAfterCount } from './bracketed-shares';
import { linkSubsets } from './part-of';
import { isPeriodLabel } from './period-labels';
import { PlaceContext } from './place-context';
import { readForcedDeparture } from './forced-departures';
import { carryRestatedTotalSources } from './restated-totals';
import { findPlaces, placeFor } from './places';
import { countsBodiesBefore, readRecoveredBodies } from './recovered-bodies';
import { splitSentences } from './sentences';
import { subsetCountAt } from './subset-counts';
import { townPartAt } from './town-parts';
import { countsPeopleOrEvents } from './skip-rules';
import { SourceRegistry } from './source-registry';
import type { Category } from '@/lib/figures/vocabulary';
import type { ExtractedFigure } from './types';

/** The registered name of the organisation a sentence says published a report or count, if any. */
function resolvedPublisher(sources: SourceRegistry, sentence: string): string | null {
  const publisher = publisherOf(sentence);
  return publisher === null ? null : sources.resolve(publisher);
}

const TITLE_CASE_SPEECH_VERB = /\b(?:Says|Say|Said|Reports|Reported|Warns|Warned|Confirms|Confirmed)\b(?=\s)/g;
const GROUPS_KEPT_AMONG_HARMED: ReadonlySet<Category> = new Set(['children', 'personnel', 'fighters']);

/**
 * Proposes every figure of a report body that counts people or events, with its hedge, range, category,
 * source, place and the sentence it comes from. Pure and linear in the length of the body: one pass over the
 * sentences, each read with precompiled patterns.
 */
export function extractFigures(body: string): ExtractedFigure[] {
  const figures: ExtractedFigure[] = [];
  const sources = new SourceRegistry();
  // A briefing summary's speaker is named first, so "we" and "our data" refer to them.
  const briefing = briefingSpeaker(body);
  const briefingSource = briefing ? sources.resolve(briefing.phrase) : null;
  // Figures whose words named no category, so a part can inherit its whole's ("and seven others").
  const uncategorised = new Set<number>();
  const placeContext = new PlaceContext(datelinePlace(body));
  const sentenceSources: SentenceSources[] = [];
  const quotation = new QuotationTracker();
  let paragraph = 0;
  let previousEnd = 0;

  const keyFigureLabel = keyFigureLabels(body);

  for (const sentence of splitSentences(body)) {
    // A number alone on its line in a block of key figures reads its label as the words after it.
    const label = keyFigureLabel.get(sentence.start);
    const text = label === undefined ? sentence.text : `${sentence.text} ${label}`;
    if (body.slice(previousEnd, sentence.start).includes('\n')) {
      paragraph++;
      quotation.reset();
    }
    previousEnd = sentence.start + sentence.text.length;
    // A headline is a first line without a full stop.
    const isHeadline = sentenceSources.length === 0 && /^[ \t]*\r?\n/.test(body.slice(previousEnd, previousEnd + 4)) && !/[.!?]["”’]?$/.test(sentence.text);
    // "Sudanese Authorities Say Death Toll ... Reached 61": a headline in title case capitalises its verb too.
    const attributions = findAttributions(isHeadline ? text.replace(TITLE_CASE_SPEECH_VERB, (verb) => verb.toLowerCase()) : text);
    // Resolve in reading order so "he said" and "which said" refer to the source named just before.
    const sourceByAttribution = new Map(
      attributions.map((attribution) => [
        attribution,
        attribution.isPronoun ? sources.last : sources.resolve(attribution.phrase),
      ]),
    );
    const headline = isHeadline ? headlineSource(text) : null;
    // A masthead names the report's issuer: it counts as naming the source at the top of the report.
    const masthead = isHeadline && headline === null ? mastheadSource(text) : null;
    const headlineName = headline ? sources.resolve(headline.phrase) : masthead ? sources.resolve(masthead) : null;
    placeContext.enter(body, sentence.start);
    const spans = attributionSpans(text, attributions);
    const named = findPlaces(text, isHeadline).map((place) =>
      spans.some(([from, to]) => place.start >= from && place.start < to) ? { ...place, inAttribution: true } : place,
    );
    const places = [...named, ...placeContext.anaphora(text)].sort((a, b) => a.start - b.start);
    const firstInSentence = figures.length;

    const listItems = new Set<number>();
    const bracketedItems = new Set<number>();
    // A bracketed count's total: the figure before its series (null after a share).
    const bracketTotals = new Map<number, number | null>();
    for (const mention of findNumberMentions(text)) {
      if (mention.start >= sentence.text.length) break;
      if (isPeriodLabel(text, mention)) continue;
      const reading = readMention(text, mention);
      const previous = figures.length > firstInSentence ? figures[figures.length - 1]! : null;
      // A hedge written after the number ("100 or more") is read past, as part of the number.
      const counts = (mention.kind !== 'range' && mention.kind !== 'time' && !mention.isPercentage && countsBodiesBefore(text, reading.start)) || countsPeopleOrEvents(text, reading.end > mention.end ? { ...mention, end: reading.end } : mention, reading.start);
      // A count that names people of its own reads them. One whose words name no category ("12 in A", kept as the
      // value of a toll named before) may still be an item of a list.
      const own = counts
        ? readForcedDeparture(text, reading.start, reading.end, readRecoveredBodies(text, reading.start, categorise(text, { ...mention, end: reading.end }, reading.start)))
        : null;
      const namesOwnCategory = own !== null && own.category !== null;
      // "168: six children aged under five, 19 aged ...": an age group is a part of the total, with a noun or not.
      const ageGroup = ageGroupAt(text, mention, figures, sentence.start);
      // "The breakdown is: Ardenne 1,900 people, ...", "Ardenne (n=12)": a part of the count before, in the place it
      // names; "The number rose from 205 to 245": both ends count what the figures before count.
      const breakdown = namesOwnCategory
        ? null
        : (breakdownItemAt(text, mention, reading.start, figures, sentence.start, uncategorised) ??
          bracketedCountAt(text, mention, reading.start, figures, sentence.start) ??
          changeEndAt(text, mention, reading.start, figures, sentence.start, body.slice(Math.max(0, sentence.start - 300), sentence.start)) ??
          ageGroup);
      // The figure before, as the list, bracket and subset readings see it: offsets in the sentence, and no category
      // when its own words named none.
      const before = previous && {
        end: previous.end - sentence.start,
        value: previous.value,
        category: uncategorised.has(figures.length - 1) ? null : previous.category,
        counted: previous.counted,
        isPercentage: previous.isPercentage,
        isListItem: listItems.has(figures.length - 1),
        isBracketedItem: bracketedItems.has(figures.length - 1),
      };
      const item = namesOwnCategory || breakdown ? null : listItemAt(text, mention, reading.start, before);
      // "displaced, including in Pemba (8,208), Quissanga (5,550)": a table flattened into the sentence.
      const bracketed = item !== null || breakdown !== null || namesOwnCategory ? null : bracketedPlaceCountAt(text, mention, reading.start, before);
      const last = figures.length > 0 ? figures[figures.length - 1]! : null;
      const antecedent = item || bracketed || breakdown
        ? null
        : antecedentCount(text, mention, reading.start, last && { end: last.end, category: last.category, counted: last.counted }, sentence.start);
      // "40,000 were displaced, of whom 12,000 come from the coast": some of the people counted before.
      const subset = item || bracketed || breakdown || antecedent || namesOwnCategory ? null : subsetCountAt(text, mention, reading.start, before);
      // "Of the 202 dead, 91 were in A, 81 in B": a part of the toll told by its town.
      const townPart = item || bracketed || breakdown || subset || antecedent || counts || !previous ? null : townPartAt(text, mention, reading.start, {
        ...previous, start: previous.start - sentence.start, end: previous.end - sentence.start, index: figures.length - 1,
      });
      if (item === null && bracketed === null && breakdown === null && subset === null && antecedent === null && townPart === null && !counts) continue;
      // The antecedent gives the category a count's own words do not.
      const { category, counted } = breakdown ?? item ?? bracketed ?? subset ?? townPart ?? (own && (own.category !== null || antecedent === null) ? own : null) ?? antecedent!;
      if (item) listItems.add(figures.length);
      if (bracketed) {
        const previousIndex = figures.length - 1;
        bracketedItems.add(figures.length);
        bracketTotals.set(figures.length, bracketTotals.has(previousIndex) ? bracketTotals.get(previousIndex)! : previous === null ? ledSeriesTotal(figures, bracketed.category) : previous.isPercentage ? null : previousIndex);
      }
      const attribution = attributionFor(attributions, mention.start);
      const ownSource = attribution ? (sourceByAttribution.get(attribution) ?? null) : null;
      const fromHeadline = ownSource === null && headline !== null && (headline.leading || mention.start < headline.start) ? headlineName : null;
      const source = ownSource ?? fromHeadline;
      const sourceOrigin = source === null ? null : fromHeadline !== null ? 'headline' : attribution!.isPronoun ? 'previous-sentence' : 'sentence';
      const start = sentence.start + reading.start;
      const end = sentence.start + reading.end;
      figures.push({
        rawText: body.slice(start, end),
        start,
        end,
        value: reading.value,
        low: reading.low,
        high: reading.high,
        qualifier: reading.qualifier,
        isPercentage: mention.isPercentage,
        category: category ?? 'other',
        counted: tidyCounted(counted),
        source,
        sourceOrigin,
        confidence: 'low',
        place: breakdown?.place ?? bracketed?.place ?? placeFor(text, places, mention.start) ?? placeContext.carried,
        // An item of a list that goes on from a part of a toll is a part of the same toll.
        partOfIndex: breakdown?.wholeIndex ?? townPart?.wholeIndex ?? (item ? (previous?.partOfIndex ?? null) : null) ?? (namesOwnCategory ? ageGroup?.wholeIndex : null) ?? null,
        sentence: sentence.text,
        sentenceStart: sentence.start,
      });
      if (category === null) uncategorised.add(figures.length - 1);
      // "one million of these": a part of the figure just before, whatever sentence it is in.
      // "Two were Sunni and 11 Shiite": an item after the first is a part of the same whole.
      const wholeIndex = antecedent?.continuesParts ? last?.partOfIndex ?? null : figures.length - 2;
      const whole = wholeIndex === null || wholeIndex < 0 ? null : figures[wholeIndex]!;
      if (antecedent?.isPart && whole && (whole.value ?? whole.high ?? Infinity) >= (reading.value ?? reading.low ?? 0) && !whole.isPercentage) {
        const figure = figures[figures.length - 1]!;
        figure.partOfIndex = wholeIndex;
        // "two injured police officers ... one of them was dead on arrival": a harmed part of a group stays in it.
        if (category === null || (GROUPS_KEPT_AMONG_HARMED.has(whole.category) && (category === 'killed' || category === 'injured'))) figure.category = whole.category;
      }
    }
    // "there were 12 confirmed cases (MinSalud 07/11/2024).": the citation is the source of a figure naming none.
    citeClosingSource(figures, firstInSentence, text, (phrase) => sources.resolve(phrase));
    const trailing = attributions.filter((attribution) => attribution.covers.includes('before') && attribution.subjectStart > 0).pop();
    const lastAttribution = attributions[attributions.length - 1];
    sentenceSources.push({
      paragraph,
      trailing: trailing ? (sourceByAttribution.get(trailing) ?? null) : null,
      last: lastAttribution ? (sourceByAttribution.get(lastAttribution) ?? null) : null,
      named: [headlineName, ...attributions.filter((attribution) => !attribution.isPronoun).map((attribution) => sourceByAttribution.get(attribution))]
        .filter((name): name is string => typeof name === 'string'),
      headline: headlineName,
      publisher: figures.length === firstInSentence ? resolvedPublisher(sources, text) : null,
      inQuotation: quotation.read(text),
      firstFigure: firstInSentence,
      endFigure: figures.length,
    });
    placeContext.leave(places.filter((place) => place.start < sentence.text.length), sentence.start + sentence.text.length);
    linkSubsets(figures, firstInSentence);
    linkBracketedItems(figures, bracketTotals);
    shareBracketedAfterCount(figures, firstInSentence);
    for (let index = firstInSentence; index < figures.length; index++) {
      const figure = figures[index]!;
      if (figure.partOfIndex === null) continue;
      // A part takes its whole's category when it names none ("and seven others") or names a group other than
      // children, soldiers or fighters among the harmed ("killing 30, including two Eritreans"). Children, troops
      // and fighters among the dead keep their group: the link to the whole already says they were killed.
      const wholeCategory = figures[figure.partOfIndex]!.category;
      const harmed = wholeCategory === 'killed' || wholeCategory === 'injured';
      if (uncategorised.has(index) || (harmed && !GROUPS_KEPT_AMONG_HARMED.has(figure.category) && figure.category !== 'killed' && figure.category !== 'injured')) {
        figure.category = wholeCategory;
      }
    }
    shareVerbBackwards(figures, firstInSentence, uncategorised);
  }
  readArrivalTotalsAsRefugees(body, figures);
  carrySources(figures, sentenceSources, isPressBriefingSummary(body));
  carryRestatedTotalSources(figures);
  carryBriefingSpeaker(figures, briefing, briefingSource);
  carryClosingSource(body, figures, (phrase) => sources.resolve(phrase));
  for (const figure of figures) {
    const knownOrganisation = figure.source !== null && sources.isKnownOrganisation(figure.source);
    figure.confidence = confidenceOf({ ...figure, knownOrganisation });
  }
  return figures;
}
