/**
 * How backup rows map onto the stored tables: the SQL table of each backup table, its columns in the format's
 * order, and which of them are times. The database keeps times as text such as 2017-06-08T00:00:00.000+00:00 (what
 * Prisma writes); a backup gives them as ISO times in UTC (2017-06-08T00:00:00.000Z).
 */
import { z } from 'zod';
import { BACKUP_ROW_SCHEMAS, BACKUP_TABLES, backupTime, type BackupTable } from './backup-format';
import { storedValueText } from '@/lib/format/stored-value';

export interface BackupColumn {
  name: string;
  isTime: boolean;
}

const SQL_TABLES: Record<BackupTable, string> = {
  reports: 'Report',
  sources: 'Source',
  places: 'Place',
  figures: 'Figure',
  revisions: 'Revision',
  users: 'User',
};

function isTimeColumn(field: z.ZodType): boolean {
  return field === backupTime || (field instanceof z.ZodNullable && field.unwrap() === backupTime);
}

export const TABLE_COLUMNS = Object.fromEntries(
  BACKUP_TABLES.map((table) => {
    const shape: Record<string, z.ZodType> = BACKUP_ROW_SCHEMAS[table].shape;
    const columns = Object.entries(shape).map(([name, field]) => ({ name, isTime: isTimeColumn(field) }));
    return [table, { name: SQL_TABLES[table], columns }];
  }),
) as Record<BackupTable, { name: string; columns: BackupColumn[] }>;

/** A stored value as the backup gives it: times in ISO UTC, everything else as it is. */
export function toBackupValue(column: BackupColumn, stored: unknown): unknown {
  if (!column.isTime || stored === null) return stored;
  // SQLite's own CURRENT_TIMESTAMP default writes "2026-12-01 21:44:53", in UTC.
  const text = storedValueText(stored);
  const iso = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(text) ? `${text.replace(' ', 'T')}Z` : text;
  return new Date(iso).toISOString();
}

/** A backup value as it is stored: times as Prisma writes them, everything else as it is. */
export function toStoredValue(column: BackupColumn, value: unknown): unknown {
  if (!column.isTime || value === null) return value;
  return new Date(storedValueText(value)).toISOString().replace(/Z$/, '+00:00');
}
