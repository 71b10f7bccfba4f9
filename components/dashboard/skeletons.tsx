/** Placeholders with the shape of the page while its data loads; announced once to screen readers. */
export function PageSkeleton({ cards = 0, blocks = 3 }: { cards?: number; blocks?: number }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">Loading figures…</span>
      <div className="skeleton-line skeleton-title" />
      <div className="skeleton-line" />
      {cards > 0 ? (
        <div className="headline-grid">
          {Array.from({ length: cards }, (_, index) => (
            <div key={index} className="skeleton-card" />
          ))}
        </div>
      ) : null}
      {Array.from({ length: blocks }, (_, index) => (
        <div key={index} className="skeleton-block" />
      ))}
    </div>
  );
}
