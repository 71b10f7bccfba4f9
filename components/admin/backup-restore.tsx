'use client';

/**
 * Restoring a full export into an empty database: the editor picks the file, sees what it holds and every reason
 * it cannot be restored here, and restores it only when there is none. The file is sent twice, as it is: to the
 * preview route, then to the restore route, which checks it all again and writes all of it or nothing.
 */
import { useState, type FormEvent } from 'react';
import type { BackupCounts, BackupProblem, FullImportPreview } from '@/lib/backup/full-import';
import { toDateString } from '@/lib/format/dates';

interface Answer {
  preview?: FullImportPreview;
  restored?: BackupCounts;
  existingUsers?: string[];
  problems?: BackupProblem[];
  error?: string;
}

const TABLE_NAMES: Record<keyof BackupCounts, string> = {
  reports: 'reports',
  sources: 'sources',
  places: 'places',
  figures: 'figures',
  revisions: 'revisions',
  users: 'users',
};

function countsText(counts: BackupCounts): string {
  return (Object.keys(TABLE_NAMES) as Array<keyof BackupCounts>).map((table) => `${counts[table].toLocaleString('en')} ${TABLE_NAMES[table]}`).join(', ');
}

async function send(url: string, file: File): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: file });
  try {
    return (await response.json()) as Answer;
  } catch {
    return { error: `The server answered ${response.status} without a readable message; nothing was restored.` };
  }
}

function Problems({ problems }: { problems: BackupProblem[] }) {
  return (
    <div className="admin-notice admin-notice--error" role="alert">
      <p>This file cannot be restored here; nothing was written:</p>
      <ul className="admin-import-problems">
        {problems.slice(0, 50).map((problem, index) => (
          <li key={index}>
            {problem.path ? <code>{problem.path}</code> : null} {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > 50 ? <p>… and {(problems.length - 50).toLocaleString('en')} more.</p> : null}
    </div>
  );
}

export function BackupRestore() {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);

  async function run(url: string, event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (!file) return setAnswer({ error: 'Choose a file first.' });
    setBusy(true);
    try {
      setAnswer(await send(url, file));
    } catch {
      setAnswer({ error: 'The file could not be sent; check the connection and try again. Nothing was restored.' });
    } finally {
      setBusy(false);
    }
  }

  const preview = answer?.preview;
  const problems = answer?.problems ?? preview?.problems ?? [];
  return (
    <>
      <form className="admin-form" onSubmit={(event) => run('/api/admin/restore/preview', event)} aria-describedby="restore-file-hint">
        <div className="admin-field">
          <label htmlFor="restore-file">Full export to restore</label>
          <input id="restore-file" name="file" type="file" accept=".json,application/json" onChange={(event) => { setFile(event.target.files?.[0] ?? null); setAnswer(null); }} />
          <p id="restore-file-hint" className="admin-hint">
            A file from <code>/api/admin/export.json</code>, at most 20 MB (a larger one: <code>npm run db:import-json -- FILE</code>). Only
            into a database without reports, sources, places, figures or revisions.
          </p>
        </div>
        <div className="admin-actions">
          <button type="submit" className="admin-button" disabled={busy || !file}>
            {busy ? 'Reading the file…' : 'Check the export'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {answer?.error ? <div className="admin-notice admin-notice--error" role="alert"><p>{answer.error}</p></div> : null}
        {problems.length > 0 ? <Problems problems={problems} /> : null}
        {answer?.restored ? (
          <div className="admin-notice admin-notice--success">
            <p>Restored {countsText(answer.restored)}, every id kept.</p>
            {answer.existingUsers && answer.existingUsers.length > 0 ? <p>Kept the accounts that already existed: {answer.existingUsers.join(', ')}.</p> : null}
            <p>Restored users cannot sign in until an administrator sets a new password for them.</p>
          </div>
        ) : null}
        {preview && problems.length === 0 ? (
          <div className="admin-notice">
            <p>
              This export{preview.exportedAt ? ` of ${toDateString(preview.exportedAt)}` : ''} holds {countsText(preview.counts)}.
            </p>
            <div className="admin-actions">
              <button type="button" className="admin-button admin-button--primary" disabled={busy} onClick={() => run('/api/admin/restore/commit')}>
                {busy ? 'Restoring…' : 'Restore it'}
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </>
  );
}
