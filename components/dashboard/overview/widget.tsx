import { Suspense, type ReactNode } from 'react';

/** A placeholder with the rough shape of a widget while its data loads; announced once to screen readers. */
export function WidgetSkeleton({ label, height = 12 }: { label: string; height?: number }) {
  return (
    <div className="skeleton" role="status">
      <span className="visually-hidden">Loading {label}…</span>
      <div className="skeleton-block" style={{ height: `${height}rem` }} />
    </div>
  );
}

/**
 * One section of the overview: its heading at once, its content streamed on its own as soon as its query returns,
 * so a slow widget never holds up the others. A pre-rendered page (`streamed` false) is rendered whole before it is
 * cached, so it has nothing to wait for: its widgets are written in place, without skeletons to swap out, and the
 * browser can paint them as the HTML arrives.
 */
export function Widget({
  id,
  title,
  note,
  children,
  skeletonHeight,
  streamed,
}: {
  id: string;
  title: string;
  note?: ReactNode;
  children: ReactNode;
  skeletonHeight?: number;
  streamed: boolean;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="widget" data-widget={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {note ? <p className="section-note">{note}</p> : null}
      {streamed ? <Suspense fallback={<WidgetSkeleton label={title.toLowerCase()} height={skeletonHeight} />}>{children}</Suspense> : children}
    </section>
  );
}
