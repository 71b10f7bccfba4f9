import Link from 'next/link';
import type { FigureView } from '@/lib/data/figures';
import { categoryColour } from '@/lib/format/category-colours';
import { formatFigureWithRange } from '@/lib/format/figure';
import type { TextPiece } from '@/lib/format/highlight';
import { CATEGORY_LABELS } from '@/lib/figures/vocabulary';

/** A report's body with each figure marked in place, linked to its page and labelled for screen readers. */
export function ReportText({ paragraphs }: { paragraphs: Array<Array<TextPiece<FigureView>>> }) {
  return (
    <div className="report-text">
      {paragraphs.map((pieces, index) => (
        <p key={index}>
          {pieces.map((piece, pieceIndex) =>
            piece.figure ? (
              <mark
                key={pieceIndex}
                id={`figure-${piece.figure.id}`}
                className="figure-phrase"
                data-figure-id={piece.figure.id}
                style={{ borderBottomColor: categoryColour(piece.figure.category) }}
              >
                <Link
                  href={`/figures/${piece.figure.id}`}
                  title={`${CATEGORY_LABELS[piece.figure.category]}: ${formatFigureWithRange(piece.figure)} ${piece.figure.counted}`}
                >
                  {piece.text}
                </Link>
              </mark>
            ) : (
              piece.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
