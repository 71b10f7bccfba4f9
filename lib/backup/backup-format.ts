/**
 * The full backup format, version 1: the whole database as one JSON document, written by `streamFullExport` and
 * read back by `previewFullImport` / `commitFullImport`. This schema is its reference:
 *
 * `{ "format": "humanitarian-figures-backup", "version": 1, "exportedAt": ISO time, "reports": [...],
 * "sources": [...], "places": [...], "figures": [...], "revisions": [...], "users": [...] }`
 *
 * Each table is every column of the model (prisma/schema.prisma) with its stored value, ids included, dates as ISO
 * 8601 times (`2017-06-08T00:00:00.000Z`), rows in id order. Users have no password hash; proposals, failed sign-ins
 * and the data generation are not part of a backup. A row with a column missing or unknown is refused.
 */
import { z } from 'zod';
import { CATEGORIES, GRADES, QUALIFIERS, ROLES, SOURCE_KINDS } from '@/lib/figures/vocabulary';

export const BACKUP_FORMAT = 'humanitarian-figures-backup';
export const BACKUP_VERSION = 1;

const id = z.int().positive();
const optionalId = id.nullable();
const count = z.int().nonnegative();
/** A point in time: every DateTime column of the model. */
export const backupTime = z.iso.datetime({ error: 'must be an ISO 8601 time such as 2017-06-08T00:00:00.000Z' });
const text = z.string();
const optionalText = z.string().nullable();

export const backupReportSchema = z.strictObject({
  id,
  title: text,
  outlet: text,
  publishedAt: backupTime,
  url: optionalText,
  body: text,
  bodyHash: text,
  language: text,
  version: id,
  createdAt: backupTime,
  updatedAt: backupTime,
});

export const backupSourceSchema = z.strictObject({
  id,
  name: text,
  shortName: optionalText,
  kind: z.enum(SOURCE_KINDS),
  description: optionalText,
  aliases: text,
  version: id,
  createdAt: backupTime,
  updatedAt: backupTime,
});

export const backupPlaceSchema = z.strictObject({
  id,
  name: text,
  parentId: optionalId,
  adminCode: optionalText,
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  version: id,
  createdAt: backupTime,
  updatedAt: backupTime,
});

export const backupFigureSchema = z.strictObject({
  id,
  category: z.enum(CATEGORIES),
  value: count.nullable(),
  low: count.nullable(),
  high: count.nullable(),
  qualifier: z.enum(QUALIFIERS),
  rawText: text,
  quote: text,
  start: count,
  end: count,
  counted: text,
  date: backupTime.nullable(),
  grade: z.enum(GRADES).nullable(),
  reportId: id,
  sourceId: optionalId,
  placeId: optionalId,
  partOfId: optionalId,
  version: id,
  createdAt: backupTime,
  updatedAt: backupTime,
});

export const backupRevisionSchema = z.strictObject({
  id,
  entityType: z.enum(['Figure', 'Report', 'Source', 'Place']),
  entityId: id,
  action: z.enum(['create', 'update', 'delete', 'restore']),
  /** JSON text of the record before the change, as stored. */
  before: optionalText,
  after: optionalText,
  userId: optionalId,
  createdAt: backupTime,
});

export const backupUserSchema = z.strictObject({
  id,
  email: text,
  name: optionalText,
  role: z.enum(ROLES),
  /** When an administrator disabled the account (null: it may sign in). */
  disabledAt: backupTime.nullable(),
  createdAt: backupTime,
  updatedAt: backupTime,
});

/** The tables of a backup, in the order the document lists them. */
export const BACKUP_TABLES = ['reports', 'sources', 'places', 'figures', 'revisions', 'users'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export const BACKUP_ROW_SCHEMAS = {
  reports: backupReportSchema,
  sources: backupSourceSchema,
  places: backupPlaceSchema,
  figures: backupFigureSchema,
  revisions: backupRevisionSchema,
  users: backupUserSchema,
} as const;

/** The whole backup document. */
export const fullBackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: backupTime,
  reports: z.array(backupReportSchema),
  sources: z.array(backupSourceSchema),
  places: z.array(backupPlaceSchema),
  figures: z.array(backupFigureSchema),
  revisions: z.array(backupRevisionSchema),
  users: z.array(backupUserSchema),
});

export type FullBackup = z.output<typeof fullBackupSchema>;
export type BackupRow<Table extends BackupTable> = FullBackup[Table][number];
