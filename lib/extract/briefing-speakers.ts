/**
 * A briefing summary names its speaker once, at its top ("This is a summary of what was said by UNHCR spokesperson
 * Jane Roe – to whom quoted text may be attributed – at today's press briefing"): the whole text after that line is
 * what the speaker said, so the speaker is the source of every figure after it that the text gives no other.
 */
import type { ExtractedFigure } from './types';

// The speaker runs to the first dash, bracket, comma or "at/during/in" that says where or when they spoke.
const SUMMARY_OF_SPEAKER =
  /\b(?:summary|account|transcript)\s+of\s+what\s+was\s+said\s+by\s+((?:the\s+)?[A-Z][^,–—()\n]{1,80}?)\s*(?:[,–—(]|\s-\s|\s+(?:at|during|in|on)\s|\.)/;
// A summary says so in its first lines.
const TOP_CHARACTERS = 1000;

export interface BriefingSpeaker {
  phrase: string;
  /** Where the line naming the speaker ends: figures after it are the speaker's. */
  end: number;
}

/** The speaker a briefing summary names at its top, or null when the text is not one. */
export function briefingSpeaker(body: string): BriefingSpeaker | null {
  const match = SUMMARY_OF_SPEAKER.exec(body.slice(0, TOP_CHARACTERS));
  if (!match) return null;
  const lineEnd = body.indexOf('\n', match.index);
  return { phrase: match[1]!.trim(), end: lineEnd === -1 ? body.length : lineEnd };
}

/** Gives the briefing's speaker to the figures after its summary line that have no source of their own. */
export function carryBriefingSpeaker(figures: ExtractedFigure[], speaker: BriefingSpeaker | null, source: string | null): void {
  if (speaker === null || source === null) return;
  for (const figure of figures) {
    if (figure.source !== null || figure.start < speaker.end) continue;
    figure.source = source;
    figure.sourceOrigin = 'report-top';
  }
}
