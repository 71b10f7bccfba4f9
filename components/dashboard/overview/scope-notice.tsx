import type { ScopeProblem } from '@/lib/data/scope';

/** Says which parts of the URL's scope were ignored and why, so a reader never mistakes a wider view for theirs. */
export function ScopeNotice({ problems }: { problems: ScopeProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="scope-notice" role="status" data-scope-notice>
      <p>Part of this address was ignored, so this page shows more than it asked for:</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.parameter}=${problem.value}`}>
            <code>
              {problem.parameter}={problem.value}
            </code>{' '}
            {problem.message}.
          </li>
        ))}
      </ul>
    </div>
  );
}
