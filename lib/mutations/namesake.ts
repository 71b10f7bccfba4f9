import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Names of sources and places are unique whatever their case: "syria" is refused beside "Syria". SQLite's own
 * case folding knows ASCII only, so the rows of the same length are compared here with a locale-free comparison
 * that ignores case (and only case); it runs inside the caller's transaction, so no concurrent write slips between.
 */
export async function findNamesakeId(
  transaction: Prisma.TransactionClient,
  table: 'Source' | 'Place',
  name: string,
  exceptId: number | null,
): Promise<number | null> {
  const length = [...name].length;
  const rows =
    table === 'Source'
      ? await transaction.$queryRaw<Array<{ id: number; name: string }>>`SELECT "id", "name" FROM "Source" WHERE length("name") = ${length}`
      : await transaction.$queryRaw<Array<{ id: number; name: string }>>`SELECT "id", "name" FROM "Place" WHERE length("name") = ${length}`;
  const namesake = rows.find((row) => Number(row.id) !== exceptId && row.name.localeCompare(name, 'und', { sensitivity: 'accent' }) === 0);
  return namesake ? Number(namesake.id) : null;
}
