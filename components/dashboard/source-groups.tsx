import Link from 'next/link';
import type { SourceGroup } from '@/lib/data/overview';
import { SOURCE_KIND_LABELS } from '@/lib/figures/vocabulary';
import { formatFigure, formatRange, rangeAddsInformation } from '@/lib/format/figure';
import { highlightSentence } from '@/lib/format/highlight';
import { CategoryChip } from './category-chip';

function Sentence({ figure }: { figure: SourceGroup['figures'][number] }) {
  const sentence = highlightSentence(figure);
  return (
    <q className="source-sentence">
      {sentence.before}
      {sentence.phrase ? <mark className="figure-phrase">{sentence.phrase}</mark> : null}
      {sentence.after}
    </q>
  );
}

/** Who says what: each source with the figures it stands behind. */
export function SourceGroups({ groups }: { groups: SourceGroup[] }) {
  return (
    <div className="source-groups">
      {groups.map((group) => (
        <section key={group.source?.id ?? 'unattributed'} className="source-group" data-source={group.source?.name ?? 'unattributed'}>
          <h3>
            {group.source ? <Link href={`/sources/${group.source.id}`}>{group.source.name}</Link> : 'Not attributed in the text'}
          </h3>
          <p className="muted source-kind">
            {group.source
              ? [SOURCE_KIND_LABELS[group.source.kind], group.source.description].filter(Boolean).join(' — ')
              : 'Figures the report states in its own voice, without naming who says so.'}
          </p>
          <ul className="source-figures">
            {group.figures.map((figure) => (
              <li key={figure.id}>
                <Link href={`/figures/${figure.id}`} className="source-figure-value">
                  {formatFigure(figure)}
                </Link>
                {rangeAddsInformation(figure) ? <span className="muted"> ({formatRange(figure)})</span> : null} {figure.counted}{' '}
                <CategoryChip category={figure.category} />
                <Sentence figure={figure} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
