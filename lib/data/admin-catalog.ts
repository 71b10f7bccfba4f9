import 'server-only';
import { prisma } from '@/lib/db/prisma';
import type { RevisionView } from './revision-history';
import { labelFieldOf } from './admin-search-fields';
import { toDateString } from '@/lib/format/dates';
import { fieldText } from '@/lib/forms/form-state';

/** Reads for the admin edit pages of sources, places and reports and the user list, straight from the database. */
export interface RecordFormData {
  id: number;
  version: number;
  fields: Record<string, string>;
}

export async function querySourceForEdit(id: number): Promise<RecordFormData | null> {
  const source = await prisma.source.findUnique({ where: { id } });
  if (!source) return null;
  return {
    id: source.id,
    version: source.version,
    fields: {
      name: source.name,
      shortName: fieldText(source.shortName),
      kind: source.kind,
      description: fieldText(source.description),
      aliases: source.aliases,
    },
  };
}

export async function queryPlaceForEdit(id: number): Promise<RecordFormData | null> {
  const place = await prisma.place.findUnique({ where: { id }, include: { parent: { select: { name: true } } } });
  if (!place) return null;
  return {
    id: place.id,
    version: place.version,
    fields: {
      name: place.name,
      parentId: fieldText(place.parentId),
      [labelFieldOf('parentId')]: place.parent?.name ?? '',
      adminCode: fieldText(place.adminCode),
      latitude: fieldText(place.latitude),
      longitude: fieldText(place.longitude),
    },
  };
}

export async function queryReportForEdit(id: number): Promise<RecordFormData | null> {
  const report = await prisma.report.findUnique({ where: { id } });
  if (!report) return null;
  return {
    id: report.id,
    version: report.version,
    fields: {
      title: report.title,
      outlet: report.outlet,
      publishedAt: toDateString(report.publishedAt),
      url: fieldText(report.url),
      language: report.language,
      body: report.body,
    },
  };
}

export async function queryAdminUsers() {
  const rows = await prisma.user.findMany({ orderBy: { email: 'asc' } });
  return rows.map((row) => ({ id: row.id, email: row.email, name: row.name, role: row.role, disabled: row.disabledAt !== null, createdAt: toDateString(row.createdAt) }));
}

/** Names of the places a place's history names as its parent: only the ids that occur in the history are read. */
export async function queryPlaceHistoryNames(history: RevisionView[]): Promise<Record<string, Record<string, string>>> {
  const ids = new Set<number>();
  for (const entry of history) {
    for (const snapshot of [entry.before, entry.after]) if (typeof snapshot?.parentId === 'number') ids.add(snapshot.parentId);
  }
  const places = await prisma.place.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return { parentId: Object.fromEntries(places.map((place) => [String(place.id), place.name])) };
}
