/**
 * Reading a backup file: strict UTF-8, then JSON, then the format and version, then every table against the
 * format's schema. Each way it can fail gives its own message, naming the row and column where there is one.
 */
import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, fullBackupSchema, type FullBackup } from './backup-format';

export interface BackupProblem {
  /** Where: "figures[12].start" (the 13th figure of the file), "reports", or "" for the whole file. */
  path: string;
  message: string;
}

/** At most this many problems are listed; a file with more is summed up by the last one. */
export const PROBLEM_LIMIT = 50;

export type BackupRead = { ok: true; backup: FullBackup } | { ok: false; problems: BackupProblem[] };

function fileProblem(message: string): BackupRead {
  return { ok: false, problems: [{ path: '', message }] };
}

/** A zod path as it reads in a message: ['figures', 12, 'start'] → "figures[12].start". */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/** Caps a list of problems at PROBLEM_LIMIT, saying how many more there were. */
export function limitProblems(problems: BackupProblem[]): BackupProblem[] {
  if (problems.length <= PROBLEM_LIMIT) return problems;
  const more = problems.length - (PROBLEM_LIMIT - 1);
  return [...problems.slice(0, PROBLEM_LIMIT - 1), { path: '', message: `…and ${more.toLocaleString('en')} more problems` }];
}

function schemaProblems(error: z.ZodError): BackupProblem[] {
  return error.issues.map((issue) => ({ path: pathText(issue.path), message: issue.message }));
}

/** The backup a file holds, or every problem that keeps it from being read. */
export function readBackup(bytes: Uint8Array): BackupRead {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fileProblem('The file is not UTF-8 text: a backup is a JSON file written by this app’s full export.');
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return fileProblem(`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return fileProblem('The file is JSON but not a backup: a backup is one object with "format", "version" and its tables.');
  }
  const { format, version } = document as Record<string, unknown>;
  if (format !== BACKUP_FORMAT) {
    return { ok: false, problems: [{ path: 'format', message: `The file is not a backup of this app: its format is ${JSON.stringify(format) ?? 'missing'}, not "${BACKUP_FORMAT}".` }] };
  }
  if (version !== BACKUP_VERSION) {
    return { ok: false, problems: [{ path: 'version', message: `The backup is version ${JSON.stringify(version) ?? '(missing)'}; this app reads version ${BACKUP_VERSION}.` }] };
  }
  const missing = BACKUP_TABLES.filter((table) => !Array.isArray((document as Record<string, unknown>)[table]));
  if (missing.length > 0) {
    return { ok: false, problems: missing.map((table) => ({ path: table, message: `The backup has no "${table}" table (a list of rows).` })) };
  }
  const parsed = fullBackupSchema.safeParse(document);
  return parsed.success ? { ok: true, backup: parsed.data } : { ok: false, problems: limitProblems(schemaProblems(parsed.error)) };
}
