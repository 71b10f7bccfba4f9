import 'server-only';
import { prisma } from '@/lib/db/prisma';
import type { RevisionView } from './revision-history';
import { labelFieldOf } from './admin-search-fields';

/** Reads for the admin edit pages of sources, places and reports and the user list, straight from the database. */
const asText = (value: number | string | null): string => (value === null ? '' : String(value));

export interface RecordFormData {
  id: number;
  version: number;
  fields: Record<string, string>;
}

export async function fetchSourceForEdit(id: number): Promise<RecordFormData | null> {
  const source = await prisma.source.findUnique({ where: { id } });
  if (!source) return null;
  return {
    id: source.id,
    version: source.version,
    fields: {
      name: source.name,
      shortName: asText(source.shortName),
      kind: source.kind,
      description: asText(source.description),
      aliases: source.aliases,
    },
  };
}

export async function fetchPlaceForEdit(id: number): Promise<RecordFormData | null> {
  const place = await prisma.place.findUnique({ where: { id }, include: { parent: { select: { name: true } } } });
  if (!place) return null;
  return {
    id: place.id,
    version: place.version,
    fields: {
      name: place.name,
      parentId: asText(place.parentId),
      [labelFieldOf('parentId')]: place.parent?.name ?? '',
      adminCode: asText(place.adminCode),
      latitude: asText(place.latitude),
      longitude: asText(place.longitude),
    },
  };
}

export async function fetchReportForEdit(id: number): Promise<RecordFormData | null> {
  const report = await prisma.report.findUnique({ where: { id } });
  if (!report) return null;
  return {
    id: report.id,
    version: report.version,
    fields: {
      title: report.title,
      outlet: report.outlet,
      publishedAt: report.publishedAt.toISOString().slice(0, 10),
      url: asText(report.url),
      language: report.language,
      body: report.body,
    },
  };
}

export async function fetchAdminUsers() {
  const rows = await prisma.user.findMany({ orderBy: { email: 'asc' } });
  return rows.map((row) => ({ id: row.id, email: row.email, name: row.name, role: row.role, disabled: row.disabledAt !== null, createdAt: row.createdAt.toISOString().slice(0, 10) }));
}

/** Names of the places a place's history names as its parent: only the ids that occur in the history are read. */
export async function fetchPlaceHistoryNames(history: RevisionView[]): Promise<Record<string, Record<string, string>>> {
  const ids = new Set<number>();
  for (const entry of history) {
    for (const snapshot of [entry.before, entry.after]) if (typeof snapshot?.parentId === 'number') ids.add(snapshot.parentId);
  }
  const places = await prisma.place.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return { parentId: Object.fromEntries(places.map((place) => [String(place.id), place.name])) };
}
