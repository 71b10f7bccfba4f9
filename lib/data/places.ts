import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';

/** A place as filters and lists show it. */
export interface PlaceSummary {
  id: number;
  name: string;
  parentName: string | null;
  figureCount: number;
}

/** Every place, by name, straight from the database. */
export async function queryPlaces(): Promise<PlaceSummary[]> {
  const rows = await prisma.place.findMany({
    select: { id: true, name: true, parent: { select: { name: true } }, _count: { select: { figures: true } } },
    orderBy: { name: 'asc' },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, parentName: row.parent?.name ?? null, figureCount: row._count.figures }));
}

const cachedPlaces = cachedRead('fetchPlaces', queryPlaces);

/** Every place, by name (cached until data changes). */
export async function fetchPlaces(): Promise<PlaceSummary[]> {
  return cachedPlaces();
}
