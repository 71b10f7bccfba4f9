import { highlightSentence, layOutReport } from '@/lib/format/highlight';

const body = 'First line.\nThe group reported 23 killed, including 15 in a cafe.\nA second 23 elsewhere.';

describe('highlighting figures in text', () => {
  it('marks the number phrase of a sentence at its stored offset', () => {
    const quote = 'The group reported 23 killed, including 15 in a cafe.';
    const start = body.indexOf('15');
    expect(highlightSentence({ id: 1, start, end: start + 2, rawText: '15', quote }, body)).toEqual({
      before: 'The group reported 23 killed, including ',
      phrase: '15',
      after: ' in a cafe.',
    });
  });

  it('falls back to the first occurrence in the sentence when the offsets no longer match the body', () => {
    expect(highlightSentence({ id: 1, start: 0, end: 2, rawText: '23', quote: 'We saw 23 and 23.' }, body)).toEqual({
      before: 'We saw ',
      phrase: '23',
      after: ' and 23.',
    });
  });

  it('lays a report out in paragraphs with every matching figure marked in place', () => {
    const second23 = body.lastIndexOf('23');
    const figures = [
      { id: 2, start: body.indexOf('15'), end: body.indexOf('15') + 2, rawText: '15' },
      { id: 1, start: body.indexOf('23'), end: body.indexOf('23') + 2, rawText: '23' },
      { id: 3, start: second23, end: second23 + 2, rawText: '23' },
      { id: 4, start: 0, end: 5, rawText: 'stale' },
    ];
    const { paragraphs, unplaced } = layOutReport(body, figures);
    expect(paragraphs.map((pieces) => pieces.map((piece) => (piece.figure ? `[${piece.text}#${piece.figure.id}]` : piece.text)).join(''))).toEqual([
      'First line.',
      'The group reported [23#1] killed, including [15#2] in a cafe.',
      'A second [23#3] elsewhere.',
    ]);
    expect(unplaced.map((figure) => figure.id)).toEqual([4]);
  });
});
