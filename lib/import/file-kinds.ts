/**
 * The kinds of file the import page takes, each with the routes that preview and import it. The page picks the
 * kind by the file's name, so another kind of file is one more entry here with routes of its own.
 */
export interface ImportFileKind {
  label: string;
  /** Lower-case endings of the file names of this kind. */
  extensions: readonly string[];
  /** The Content-Type the file is sent with. */
  mediaType: string;
  previewUrl: string;
  commitUrl: string;
}

export const IMPORT_FILE_KINDS: readonly ImportFileKind[] = [
  {
    label: 'CSV export of figures (.csv, with or without the HXL hashtag row)',
    extensions: ['.csv'],
    mediaType: 'text/csv',
    previewUrl: '/api/admin/import/preview',
    commitUrl: '/api/admin/import/commit',
  },
];

/** The kind of file this name is, or null when the page takes no file of that kind. */
export function importFileKindOf(fileName: string): ImportFileKind | null {
  const name = fileName.toLowerCase();
  return IMPORT_FILE_KINDS.find((kind) => kind.extensions.some((extension) => name.endsWith(extension))) ?? null;
}
