import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p>There is no figure, report, source or category at this address. It may have been removed, or the link may be mistyped.</p>
      <p>
        <Link href="/">Back to the overview</Link> · <Link href="/reports">All reports</Link>
      </p>
    </section>
  );
}
