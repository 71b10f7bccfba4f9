import Link from 'next/link';
import type { Headline } from '@/lib/data/overview';
import { categoryColour } from '@/lib/format/category-colours';
import { formatFigure } from '@/lib/format/figure';
import { FigureAttribution } from './figure-attribution';
import { FigureNumber } from './figure-number';

/** One headline: the leading figure of a group, what it counts, who says so, and the group's other figures. */
export function HeadlineCard({ headline }: { headline: Headline }) {
  const { lead, others } = headline;
  const colour = categoryColour(headline.categories[0]!);
  return (
    <article className="headline-card" data-headline={headline.key} style={{ borderTopColor: colour }}>
      <h3 className="headline-label">{headline.label}</h3>
      {lead ? (
        <>
          <FigureNumber figure={lead} />
          <p className="headline-counted">{lead.counted}</p>
          <FigureAttribution figure={lead} />
          <p className="headline-link">
            <Link href={`/figures/${lead.id}`}>
              Sentence and context<span className="visually-hidden"> for {formatFigure(lead)} {lead.counted}</span>
            </Link>
          </p>
          {others.length > 0 ? (
            <div className="headline-others">
              <p className="headline-others-title">Also reported</p>
              <ul>
                {others.map((figure) => (
                  <li key={figure.id}>
                    <Link href={`/figures/${figure.id}`}>{formatFigure(figure)}</Link> {figure.counted}
                    {' — '}
                    {figure.source?.name ?? 'not attributed'}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : (
        <p className="muted">No figure for this selection.</p>
      )}
    </article>
  );
}
