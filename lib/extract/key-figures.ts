/**
 * Blocks of key figures whose labels follow the numbers, as briefings lay them out:
 *
 *     3.8 million          1.2 million
 *     2.7 million          people displaced
 *     People to be assisted
 *     People reached
 *
 * A run of lines that hold only a number, followed by as many label lines, pairs them in order; a single number
 * line takes the label line right after it. A line that is a label, a colon or dash and a number ("Deaths: 1,234",
 * "People displaced – 45,000") reads its own label. The label is then read as the words after the number, so the
 * usual test (does it count people or events?) still decides whether the number is a figure.
 */

// "3.8 million", "448,000", "12%", "Over 2.1 million", "1.2m*": a number, a hedge before it, nothing else.
const NUMBER_LINE =
  /^(?:(?:about|around|over|some|nearly|almost|more\s+than|up\s+to|at\s+least|an\s+estimated|approximately)\s+)?\d[\d.,  ]*(?:\s*(?:million|billion|thousand|m|bn|k|%|per\s*cent|percent))?\s*\*?$/i;
// "Deaths: 1,234", "People displaced – 45,000": a label before its number on one line.
const LABELLED_LINE = new RegExp(`^([A-Za-z][^\\d\\n:–—]{2,60}?)\\s*(?::|\\s[–—-])\\s*${NUMBER_LINE.source.slice(1)}`, 'i');
// A label: words only, short, not a sentence of its own.
const LABEL_LINE = /^[A-Za-z][^\d\n]{2,100}$/;

interface Line {
  start: number;
  text: string;
}

function linesOf(body: string): Line[] {
  const lines: Line[] = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(body); match; match = line.exec(body)) {
    const text = match[0].trim();
    if (text) lines.push({ start: match.index + match[0].indexOf(text), text });
  }
  return lines;
}

const isNumberLine = (line: Line) => NUMBER_LINE.test(line.text);
const isLabelLine = (line: Line) => LABEL_LINE.test(line.text) && !/[.!?:;]$/.test(line.text);

/** The label of each number line of a key-figure block, by the offset where the number line starts. */
export function keyFigureLabels(body: string): Map<number, string> {
  const labels = new Map<number, string>();
  const lines = linesOf(body);
  for (let index = 0; index < lines.length; ) {
    const labelled = LABELLED_LINE.exec(lines[index]!.text);
    if (labelled) labels.set(lines[index]!.start, labelled[1]!.trim());
    if (!isNumberLine(lines[index]!)) {
      index++;
      continue;
    }
    let numbersEnd = index;
    while (numbersEnd < lines.length && isNumberLine(lines[numbersEnd]!)) numbersEnd++;
    const count = numbersEnd - index;
    let labelsEnd = numbersEnd;
    while (labelsEnd < lines.length && labelsEnd - numbersEnd < count && isLabelLine(lines[labelsEnd]!)) labelsEnd++;
    if (labelsEnd - numbersEnd === count) {
      for (let offset = 0; offset < count; offset++) labels.set(lines[index + offset]!.start, lines[numbersEnd + offset]!.text.replace(/\*+$/, ''));
    }
    index = numbersEnd;
  }
  return labels;
}
