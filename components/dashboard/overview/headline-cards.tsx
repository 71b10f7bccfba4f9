import { fetchHeadlines } from '@/lib/data/headlines';
import { hasScope, type FigureScope } from '@/lib/data/scope';
import { HeadlineCard } from '../headline-card';

/** The headline cards of the scope. With a scope, a card with nothing to show is noise; without, it shows a gap. */
export async function HeadlineCards({ scope }: { scope: FigureScope }) {
  const headlines = await fetchHeadlines(scope);
  const shown = hasScope(scope) ? headlines.filter((headline) => headline.lead !== null) : headlines;
  if (shown.length === 0) return <p>No headline figure for this selection.</p>;
  return (
    <div className="headline-grid">
      {shown.map((headline) => (
        <HeadlineCard key={headline.key} headline={headline} scope={scope} />
      ))}
    </div>
  );
}
