/**
 * Pre-rendered on first request (never at build) and kept in Next's route cache: every write through the app
 * expires it at once; a write made outside the app is picked up within a minute, or at the next start.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { CategoryChip } from '@/components/dashboard/category-chip';
import { ChartPanel, toChartRow } from '@/components/dashboard/chart-panel';
import { FigureAttribution } from '@/components/dashboard/figure-attribution';
import { FigureHistory } from '@/components/dashboard/figure-history';
import { FigureTable } from '@/components/dashboard/figure-table';
import { OTHER_SOURCES_LIMIT, OTHER_SOURCES_WINDOW_DAYS } from '@/lib/data/figure-detail';
import { getPublicFigureHistory } from '@/lib/data/figure-history';
import { scopeToQuery } from '@/lib/data/scope';
import { formatDay, formatFigure, formatHedge, formatNumber, formatRange } from '@/lib/format/figure';
import { QUALIFIER_LABELS, SOURCE_KIND_LABELS, CATEGORY_LABELS } from '@/lib/figures/vocabulary';
import { loadFigure, type Props } from './load-figure';

export const dynamicParams = true;
export const revalidate = 60;

export function generateStaticParams(): Array<{ id: string }> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { figure } = await loadFigure(params);
  return { title: `${formatFigure(figure)} ${figure.counted}` };
}

export default async function FigurePage({ params }: Props) {
  const { figure, sentence, partOf, parts, otherSources, otherSourcesScope } = await loadFigure(params);
  const history = await getPublicFigureHistory(figure.id);
  const context = [...(partOf ? [partOf] : []), figure, ...parts];
  const contextRows = [
    ...(partOf ? [toChartRow(partOf, `${formatFigure(partOf)} · the whole`, 0)] : []),
    toChartRow(figure, `${formatFigure(figure)} · this figure`, partOf ? 1 : 0),
    ...parts.map((part) => toChartRow(part, `${formatFigure(part)} · ${CATEGORY_LABELS[part.category].toLowerCase()}`, partOf ? 2 : 1)),
  ];

  return (
    <article className="figure-page" data-figure-id={figure.id}>
      <header className="page-header">
        <p className="breadcrumb">
          <Link href="/">Overview</Link> / <CategoryChip category={figure.category} />
        </p>
        <h1 className="figure-heading">
          <span className="figure-value" data-qualifier={figure.qualifier}>
            {formatFigure(figure)}
          </span>{' '}
          <span className="figure-heading-counted">{figure.counted}</span>
        </h1>
        <p className="figure-hedge">{formatHedge(figure)}</p>
        <FigureAttribution figure={figure} />
      </header>

      <section aria-labelledby="sentence-heading">
        <h2 id="sentence-heading">The sentence</h2>
        <blockquote className="sentence">
          <p>
            {sentence.before}
            {sentence.phrase ? <mark className="figure-phrase">{sentence.phrase}</mark> : null}
            {sentence.after}
          </p>
          <footer>
            <cite>
              <Link href={`/reports/${figure.report.id}#figure-${figure.id}`}>{figure.report.title}</Link>
            </cite>
            , {figure.report.outlet}, {formatDay(figure.report.publishedAt)}
          </footer>
        </blockquote>
      </section>

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">What the figure says</h2>
        <dl className="facts">
          <dt>As written</dt>
          <dd>“{figure.rawText}”</dd>
          <dt>Hedge</dt>
          <dd>{QUALIFIER_LABELS[figure.qualifier]}</dd>
          <dt>Range</dt>
          <dd>{formatRange(figure)}</dd>
          <dt>Single value</dt>
          <dd>{figure.value !== null && figure.qualifier !== 'vague' ? formatNumber(figure.value) : 'none: the report gives no single number'}</dd>
          <dt>Category</dt>
          <dd>{CATEGORY_LABELS[figure.category]}</dd>
          <dt>Source</dt>
          <dd>
            {figure.source ? (
              <>
                <Link href={`/sources/${figure.source.id}`}>{figure.source.name}</Link> ({SOURCE_KIND_LABELS[figure.source.kind]}
                {figure.source.description ? `: ${figure.source.description}` : ''})
              </>
            ) : (
              `Not attributed: the report (${figure.report.outlet}) states it in its own voice`
            )}
          </dd>
          <dt>Place</dt>
          <dd>{figure.place?.name ?? 'not stated'}</dd>
          <dt>Date it refers to</dt>
          <dd>{formatDay(figure.date)}</dd>
          <dt>Grade</dt>
          <dd>{figure.grade ?? 'not graded'}</dd>
        </dl>
      </section>

      {partOf || parts.length > 0 ? (
        <section aria-labelledby="whole-heading">
          <h2 id="whole-heading">Whole and parts</h2>
          <ChartPanel
            title="This figure with its whole and parts"
            figures={context}
            rows={contextRows}
          >
            {partOf ? (
              <p className="part-of">
                Part of <Link href={`/figures/${partOf.id}`}>{formatFigure(partOf)}</Link> {partOf.counted} (
                {partOf.source?.name ?? 'not attributed'}).
              </p>
            ) : null}
            {parts.length > 0 ? <FigureTable figures={parts} caption="Parts of this figure" columns={['category', 'source']} /> : null}
          </ChartPanel>
        </section>
      ) : null}

      <section aria-labelledby="others-heading">
        <h2 id="others-heading">{CATEGORY_LABELS[figure.category]}: what other sources say</h2>
        <p className="section-note">
          Figures of the same category{figure.place ? ` for ${figure.place.name}` : ''} from other sources
          {figure.date ? `, dated within ${OTHER_SOURCES_WINDOW_DAYS} days of this one` : ''}, the closest first (at most {OTHER_SOURCES_LIMIT}).
        </p>
        {otherSources.length > 0 ? (
          <FigureTable figures={otherSources} caption={`Other ${CATEGORY_LABELS[figure.category].toLowerCase()} figures from other sources`} />
        ) : (
          <p className="muted">No other source gives a figure of this category here and then.</p>
        )}
        <p>
          <Link href={`/figures${scopeToQuery(otherSourcesScope)}`}>All figures of this category, place and period</Link>
          {' · '}
          <Link href={`/categories/${figure.category}`}>Every {CATEGORY_LABELS[figure.category].toLowerCase()} figure</Link>
        </p>
      </section>

      <FigureHistory history={history} />
    </article>
  );
}
