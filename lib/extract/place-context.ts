/**
 * Carries a place forward where the text itself does, and no further: "the city" / "the province" (also "the same
 * province", "the central region") refer to the last place the text introduced as a city or province; "there" to
 * the last place named in the same paragraph; and a sentence naming no place continues the paragraph's last named
 * place, or the report's dateline. Paragraphs end at a line break, so a place never leaks into an unrelated one.
 */
import type { PlaceMention } from './places';

// "remain in the city", "across the Province", "in the same district": a definite kind word standing for a place
// named before.
const KIND_ANAPHOR =
  /\bthe\s+(?:(same|north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(city|town|village|province|region|district|governorate|camp)\b(?!\s+of\b|['’]s)/gi;
// "there" as a place ("fighting there"), not "there are" / "there were" / "there is".
const THERE = /\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|can|must|should|seems?|appears?)\b)/gi;

export class PlaceContext {
  private readonly lastOfKind = new Map<string, string>();
  private paragraphPlace: string | null = null;
  private previousEnd = 0;

  /** `reportPlace`: where the whole report is filed from (its dateline), the place of last resort. */
  constructor(private readonly reportPlace: string | null = null) {
    if (reportPlace) this.lastOfKind.set('city', reportPlace);
  }

  /** Starts a sentence: a line break since the previous one closes the paragraph. */
  enter(body: string, sentenceStart: number): void {
    if (body.slice(this.previousEnd, sentenceStart).includes('\n')) this.paragraphPlace = null;
  }

  /** The places "the city", "the province" and "there" stand for in this sentence, with their offsets. */
  anaphora(sentence: string): PlaceMention[] {
    const resolved: PlaceMention[] = [];
    KIND_ANAPHOR.lastIndex = 0;
    for (let match = KIND_ANAPHOR.exec(sentence); match; match = KIND_ANAPHOR.exec(sentence)) {
      const kind = match[2]!.toLowerCase();
      const name = this.lastOfKind.get(kind);
      // "the central region" with no region named before is itself the most specific place the text gives.
      const described = match[1] && match[1].toLowerCase() !== 'same' ? match[0].replace(/^the\s+/i, '') : null;
      if (name ?? described) resolved.push({ name: (name ?? described)!, start: match.index, kind });
    }
    THERE.lastIndex = 0;
    for (let match = THERE.exec(sentence); match && this.paragraphPlace; match = THERE.exec(sentence)) {
      resolved.push({ name: this.paragraphPlace, start: match.index });
    }
    return resolved;
  }

  /** The place a sentence naming none continues: the last one named earlier in its paragraph, else the dateline. */
  get carried(): string | null {
    return this.paragraphPlace ?? this.reportPlace;
  }

  /**
   * Ends a sentence: its places become the ones later sentences may refer to. A place named only as where a source
   * sits ("the health ministry in Gaza said") is carried only when the sentence names no other.
   */
  leave(places: readonly PlaceMention[], sentenceEnd: number): void {
    const told = places.filter((place) => !place.inAttribution);
    for (const place of told.length > 0 ? told : places) {
      this.paragraphPlace = place.name;
      if (place.kind) this.lastOfKind.set(place.kind, place.name);
    }
    this.previousEnd = sentenceEnd;
  }
}
