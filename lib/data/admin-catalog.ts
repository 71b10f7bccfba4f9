import 'server-only';
import { prisma } from '@/lib/db/prisma';

/** Reads for the admin pages of sources, places, reports and users, straight from the database. */
const asText = (value: number | string | null): string => (value === null ? '' : String(value));

export interface RecordFormData {
  id: number;
  version: number;
  fields: Record<string, string>;
}

export async function fetchAdminSources() {
  const rows = await prisma.source.findMany({ orderBy: { name: 'asc' }, include: { _count: { select: { figures: true } } } });
  return rows.map((row) => ({ id: row.id, name: row.name, shortName: row.shortName, kind: row.kind, figures: row._count.figures }));
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

export async function fetchAdminPlaces() {
  const rows = await prisma.place.findMany({
    orderBy: { name: 'asc' },
    include: { parent: { select: { name: true } }, _count: { select: { figures: true } } },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, parentName: row.parent?.name ?? null, adminCode: row.adminCode, figures: row._count.figures }));
}

export async function fetchPlaceOptions(): Promise<Array<{ id: number; name: string }>> {
  return prisma.place.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

export async function fetchPlaceForEdit(id: number): Promise<RecordFormData | null> {
  const place = await prisma.place.findUnique({ where: { id } });
  if (!place) return null;
  return {
    id: place.id,
    version: place.version,
    fields: {
      name: place.name,
      parentId: asText(place.parentId),
      adminCode: asText(place.adminCode),
      latitude: asText(place.latitude),
      longitude: asText(place.longitude),
    },
  };
}

export async function fetchAdminReports() {
  const rows = await prisma.report.findMany({ orderBy: { publishedAt: 'desc' }, include: { _count: { select: { figures: true } } } });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    publishedAt: row.publishedAt.toISOString().slice(0, 10),
    figures: row._count.figures,
  }));
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
  return rows.map((row) => ({ id: row.id, email: row.email, name: row.name, role: row.role, createdAt: row.createdAt.toISOString().slice(0, 10) }));
}
