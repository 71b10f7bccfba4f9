'use client';

import { useEffect } from 'react';

/** Shown when a page cannot be built (for example, the database is unavailable); the reader can try again. */
export default function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="error-page" role="alert">
      <h1>The figures could not be loaded</h1>
      <p>Something went wrong while reading the data. Nothing was changed. Please try again in a moment.</p>
      {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
      <button type="button" onClick={() => reset()}>
        Try again
      </button>
    </section>
  );
}
