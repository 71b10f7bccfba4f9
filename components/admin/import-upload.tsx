'use client';

/**
 * The import form: the editor picks a file, previews it (nothing is written), and imports it only when no row has
 * an error. The file is sent as it is, twice: to the preview route, then with the preview's digest to the commit
 * route, which refuses it with a fresh preview if the file or the data changed in between.
 */
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { IMPORT_FILE_KINDS, importFileKindOf, type ImportFileKind } from '@/lib/import/file-kinds';
import type { ImportCommitted, ImportPreview } from '@/lib/import/types';
import { ImportPreviewReport } from './import-preview';

type Phase = 'idle' | 'previewing' | 'committing';

interface Answer {
  preview?: ImportPreview;
  committed?: ImportCommitted;
  error?: string;
}

async function send(url: string, kind: ImportFileKind, file: File, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': kind.mediaType, ...headers }, body: file });
  try {
    return (await response.json()) as Answer;
  } catch {
    return { error: `The server answered ${response.status} without a readable message; nothing was imported.` };
  }
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

export function ImportUpload() {
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [committed, setCommitted] = useState<ImportCommitted | null>(null);
  const kind = file ? importFileKindOf(file.name) : null;

  function choose(chosen: File | null) {
    setFile(chosen);
    setPreview(null);
    setCommitted(null);
    setError(chosen && !importFileKindOf(chosen.name) ? `“${chosen.name}” is not a kind of file this page imports: choose a .csv file in the format of the CSV export.` : null);
  }

  async function previewFile(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file || !kind) return setError(file ? error : 'Choose a file first.');
    setPhase('previewing');
    setCommitted(null);
    setError(null);
    try {
      const answer = await send(kind.previewUrl, kind, file);
      setPreview(answer.preview ?? null);
      if (answer.error) setError(answer.error);
    } catch {
      setError('The file could not be sent; check the connection and try again. Nothing was imported.');
    } finally {
      setPhase('idle');
    }
  }

  async function commit() {
    if (!file || !kind || !preview) return;
    setPhase('committing');
    setError(null);
    try {
      const answer = await send(kind.commitUrl, kind, file, { 'X-Import-Digest': preview.digest, 'X-Import-Generation': String(preview.generation) });
      if (answer.committed) {
        setCommitted(answer.committed);
        setPreview(null);
      } else {
        setPreview(answer.preview ?? preview);
        setError(answer.error ?? 'The import was refused; nothing was written.');
      }
    } catch {
      setError('The import could not be sent; check the connection and try again. Nothing was written.');
    } finally {
      setPhase('idle');
    }
  }

  const busy = phase !== 'idle';
  const ready = preview && preview.canCommit && preview.counts.create > 0;
  return (
    <>
      <form className="admin-form" onSubmit={previewFile} aria-describedby="import-file-hint">
        <div className="admin-field">
          <label htmlFor="import-file">File to import</label>
          <input id="import-file" name="file" type="file" accept={IMPORT_FILE_KINDS.flatMap((each) => [...each.extensions, each.mediaType]).join(',')} onChange={(event) => choose(event.target.files?.[0] ?? null)} />
          <p id="import-file-hint" className="admin-hint">
            Accepted: {IMPORT_FILE_KINDS.map((each) => each.label).join('; ')}. At most 20 MB, UTF-8.
          </p>
        </div>
        <div className="admin-actions">
          <button type="submit" className="admin-button admin-button--primary" disabled={busy || !kind}>
            {phase === 'previewing' ? 'Reading the file…' : 'Preview import'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {error ? <div className="admin-notice admin-notice--error" role="alert"><p>{error}</p></div> : null}
        {committed ? (
          <div className="admin-notice admin-notice--success">
            <p>
              Imported {plural(committed.created, 'figure', 'figures')} ({plural(committed.present, 'was', 'were')} already present
              and left as they were; {plural(committed.sourcesCreated, 'source', 'sources')} and {plural(committed.placesCreated, 'place', 'places')} created).
            </p>
            <p><Link href="/figures">See them on the public list</Link> or <Link href="/admin">in the admin figure list</Link>.</p>
          </div>
        ) : null}
      </div>
      {preview ? (
        <>
          <ImportPreviewReport preview={preview} />
          {preview.fileProblems.length === 0 ? (
            <div className="admin-actions">
              <button type="button" className="admin-button admin-button--primary" onClick={commit} disabled={busy || !ready} aria-describedby="import-commit-note">
                {phase === 'committing' ? 'Importing…' : `Import ${plural(preview.counts.create, 'figure', 'figures')}`}
              </button>
              <p id="import-commit-note" className="admin-hint">
                {!preview.canCommit
                  ? 'Fix the rows with errors and preview the file again: nothing is imported while any row has an error.'
                  : preview.counts.create === 0
                    ? 'Nothing to import: every figure of the file is already present.'
                    : 'All rows are written together, or none. New figures get new ids; parts point at their wholes’ new ids.'}
              </p>
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
}
