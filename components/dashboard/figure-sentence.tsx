import type { FigureView } from '@/lib/data/figures';
import { highlightSentence } from '@/lib/format/highlight';

/** The sentence a figure comes from, quoted, with its number phrase marked. */
export function FigureSentence({ figure }: { figure: FigureView }) {
  const sentence = highlightSentence(figure);
  return (
    <q className="figure-sentence">
      {sentence.before}
      {sentence.phrase ? <mark className="figure-phrase">{sentence.phrase}</mark> : null}
      {sentence.after}
    </q>
  );
}
