import type { Metadata } from 'next';
import { BackupRestore } from '@/components/admin/backup-restore';
import { ImportUpload } from '@/components/admin/import-upload';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Import figures' };

/**
 * Import of figures from a CSV file (a preview of every row first, then the import, all or nothing), and the restore
 * of a full export into an empty database.
 */
export default async function ImportPage() {
  await requireUser('/admin/import');
  return (
    <>
      <h1>Import figures</h1>
      <p className="admin-import-intro">
        Upload a file in the format of the CSV export (<code>/api/figures.csv</code> or <code>/api/figures.hxl.csv</code>). The
        preview shows what each row would become, and nothing is written until you import. Reports are not in the file: add
        any report that is missing first (paste its text), then import its figures.
      </p>
      <noscript><p className="admin-notice admin-notice--error">Importing needs JavaScript in this browser.</p></noscript>
      <ImportUpload />
      <h2>Restore a full export</h2>
      <p className="admin-import-intro">
        A new, empty installation can take back everything a full export holds: reports with their texts, sources, places,
        figures, their history and the users (without passwords). It is checked first, then written all at once, with its ids.
      </p>
      <BackupRestore />
    </>
  );
}
