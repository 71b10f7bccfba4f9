'use client';

export default function AdminError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="admin-notice admin-notice--error" role="alert">
      <p>Something went wrong loading this page. Nothing you had saved is lost.</p>
      <button type="button" className="admin-button admin-button--plain" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
