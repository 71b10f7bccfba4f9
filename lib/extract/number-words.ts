/**
 * Number words as reporters write them: "fifteen", "twenty-five", "a thousand", "two and a half million",
 * "half a million", "a quarter-million", "three quarters of a million", "three hundred and fifty", "a dozen".
 */
const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Words that multiply what precedes them; "hundred" multiplies within a group, the others close a group. */
export const SCALES: Record<string, number> = {
  dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
};

const UNIT_WORDS = Object.keys(UNITS).join('|');
const TENS_WORDS = Object.keys(TENS).join('|');
const SCALE_WORDS = Object.keys(SCALES).join('|');
const SIMPLE = `(?:(?:${TENS_WORDS})(?:-(?:${UNIT_WORDS}))?|${UNIT_WORDS})`;

/**
 * A number-word phrase for the tokeniser. "a"/"an"/"half a" only start one before a scale word, so "a drone"
 * never matches.
 */
export const NUMBER_WORDS_SOURCE =
  `(?:(?:an?|half\\s+an?)\\s+(?:${SCALE_WORDS})|(?:a|one|three)\\s+quarters?(?:\\s+of\\s+an?\\s+|[\\s-])(?:${SCALE_WORDS})|${SIMPLE})` +
  `(?:(?:\\s+and)?(?:\\s+a\\s+half)?\\s+(?:${SIMPLE}|${SCALE_WORDS})\\b)*`;

/**
 * The value of a number-word phrase, or null when the words do not form one number ("one two").
 * Groups are built left to right: units and tens add, "hundred" multiplies the group, a larger scale closes it.
 */
export function parseNumberWords(phrase: string): number | null {
  const words = phrase.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((word) => word && word !== 'and');
  let total = 0;
  let group = 0;
  let lastWasSimple = false;
  let pendingHalf = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (word === 'a' || word === 'an') {
      // "a half" adds half of the next scale; a bare "a" before a scale stands for one.
      if (words[index + 1] === 'half') {
        pendingHalf = true;
        index++;
      } else if (group === 0) group = 1;
      continue;
    }
    if (word === 'half') {
      group = 0.5;
      continue;
    }
    // "a quarter-million", "three quarters of a million": a quarter of the scale after it ("of a" is read past).
    if (word === 'quarter' || word === 'quarters') {
      group = (group || 1) * 0.25;
      lastWasSimple = false;
      if (words[index + 1] === 'of') index += 2;
      continue;
    }
    const simple = UNITS[word] ?? TENS[word];
    if (simple !== undefined) {
      // "twenty five" is one number; "five twenty" is not.
      if (lastWasSimple && !(group % 10 === 0 && group % 100 !== 0 && simple < 10)) return null;
      group += simple;
      lastWasSimple = true;
      continue;
    }
    const scale = SCALES[word];
    if (scale === undefined) return null;
    if (pendingHalf) group += 0.5;
    pendingHalf = false;
    lastWasSimple = false;
    if (scale === 100 || scale === 12) group = (group || 1) * scale;
    else {
      total += (group || 1) * scale;
      group = 0;
    }
  }
  const value = total + group;
  return value > 0 ? Math.round(value) : null;
}
