import Link from 'next/link';
import type { Headline } from '@/lib/data/headlines';
import { scopeToQuery, type FigureScope } from '@/lib/data/scope';
import { categoryColour } from '@/lib/format/category-colours';
import { formatFigure, formatNumber, formatSpread } from '@/lib/format/figure';
import { FigureAttribution } from './figure-attribution';
import { FigureNumber } from './figure-number';
import { FigureSentence } from './figure-sentence';

/**
 * One headline: the leading figure of a group, what it counts, who says so, the next few figures, and how many
 * figures the group has in the scope with their spread (never their sum: reports overlap).
 */
export function HeadlineCard({ headline, scope }: { headline: Headline; scope: FigureScope }) {
  const { lead, others, otherCount, spread } = headline;
  const colour = categoryColour(headline.categories[0]!);
  const spreadText = spread ? formatSpread(spread) : null;
  const listScope = headline.categories.length === 1 ? { ...scope, category: headline.categories[0] } : scope;
  return (
    <article className="headline-card" data-headline={headline.key} style={{ borderTopColor: colour }}>
      <h3 className="headline-label">{headline.label}</h3>
      {lead ? (
        <>
          <FigureNumber figure={lead} />
          <p className="headline-counted">{lead.counted}</p>
          <FigureAttribution figure={lead} />
          <p className="headline-sentence">
            <FigureSentence figure={lead} />
          </p>
          <p className="headline-link">
            <Link href={`/figures/${lead.id}`}>
              Sentence and context<span className="visually-hidden"> for {formatFigure(lead)} {lead.counted}</span>
            </Link>
          </p>
          {otherCount > 0 ? (
            <div className="headline-others">
              <p className="headline-others-title">
                {formatNumber(otherCount)} other {otherCount === 1 ? 'figure' : 'figures'}
              </p>
              {spreadText ? (
                <p className="headline-spread">
                  All {formatNumber(otherCount + 1)} lie within {spreadText}.
                </p>
              ) : null}
              <ul>
                {others.map((figure) => (
                  <li key={figure.id}>
                    <Link href={`/figures/${figure.id}`}>{formatFigure(figure)}</Link> {figure.counted}
                    {' — '}
                    {figure.source?.name ?? 'not attributed'}
                  </li>
                ))}
              </ul>
              {otherCount > others.length ? (
                <p className="headline-more">
                  <Link prefetch={false} href={`/figures${scopeToQuery(listScope)}`}>
                    All {formatNumber(otherCount + 1)}<span className="visually-hidden"> {headline.label.toLowerCase()} figures</span>
                  </Link>
                </p>
              ) : null}
            </div>
          ) : null}
        </>
      ) : (
        <p className="muted">No figure for this selection.</p>
      )}
    </article>
  );
}
