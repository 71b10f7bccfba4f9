import type { PlaceMention } from './places';

/**
 * Carries a place forward where the text itself does, and no further: "the city" / "the province" refer to the
 * last place the text introduced as a city or province; "there" to the last place named in the same paragraph;
 * and a sentence naming no place continues the paragraph's last named place. Paragraphs end at a line break, so
 * a place never leaks into an unrelated paragraph.
 */
// "remain in the city", "across the Province": a definite kind word standing for a place named before.
const KIND_ANAPHOR = /\bthe\s+(city|town|village|province|region|district|governorate|camp)\b(?!\s+of\b|['’]s)/gi;
// "there" as a place ("fighting there"), not "there are" / "there were" / "there is".
const THERE = /\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|can|must|should|seems?|appears?)\b)/gi;

export class PlaceContext {
  private readonly lastOfKind = new Map<string, string>();
  private paragraphPlace: string | null = null;
  private previousEnd = 0;

  /** Starts a sentence: a line break since the previous one closes the paragraph. */
  enter(body: string, sentenceStart: number): void {
    if (body.slice(this.previousEnd, sentenceStart).includes('\n')) this.paragraphPlace = null;
  }

  /** The places "the city", "the province" and "there" stand for in this sentence, with their offsets. */
  anaphora(sentence: string): PlaceMention[] {
    const resolved: PlaceMention[] = [];
    KIND_ANAPHOR.lastIndex = 0;
    for (let match = KIND_ANAPHOR.exec(sentence); match; match = KIND_ANAPHOR.exec(sentence)) {
      const name = this.lastOfKind.get(match[1]!.toLowerCase());
      if (name) resolved.push({ name, start: match.index });
    }
    THERE.lastIndex = 0;
    for (let match = THERE.exec(sentence); match && this.paragraphPlace; match = THERE.exec(sentence)) {
      resolved.push({ name: this.paragraphPlace, start: match.index });
    }
    return resolved;
  }

  /** The place a sentence naming none continues: the last one named earlier in its paragraph. */
  get carried(): string | null {
    return this.paragraphPlace;
  }

  /** Ends a sentence: its places become the ones later sentences may refer to. */
  leave(places: readonly PlaceMention[], sentenceEnd: number): void {
    for (const place of places) {
      this.paragraphPlace = place.name;
      if (place.kind) this.lastOfKind.set(place.kind, place.name);
    }
    this.previousEnd = sentenceEnd;
  }
}
