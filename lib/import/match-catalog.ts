/**
 * The sources and places of an import: each name is matched to a stored one the way the review queue matches them
 * (name, short name or alias, case and punctuation aside), and a name that matches none is created with its
 * revision, from what the row gives (a source needs its kind; a place may have its code and coordinates), inside
 * the import's transaction. Each name is looked up once per import.
 */
import type { SessionUser } from '@/lib/auth/users';
import { findPlaceCandidates, findSourceCandidates } from '@/lib/data/admin-name-matches';
import type { Prisma } from '@/lib/generated/prisma/client';
import { matchPlace, matchSource, normaliseName } from '@/lib/review/matching';
import { recordRevision } from '@/lib/revisions/record';
import { createPlaceSchema } from '@/lib/validation/place';
import { createSourceSchema } from '@/lib/validation/source';
import type { RowCells } from './read-cells';
import { schemaProblems } from './schema-problems';
import type { CellProblem, PlaceOutcome, SourceOutcome } from './types';

type Resolved = { id: number; problems?: never } | { id?: never; problems: CellProblem[] };

const SOURCE_COLUMNS: Record<string, string> = { name: 'sourceName', kind: 'sourceKind', shortName: 'sourceName', description: 'sourceName', aliases: 'sourceName' };
const PLACE_COLUMNS: Record<string, string> = { name: 'placeName', adminCode: 'placeAdminCode', latitude: 'placeLatitude', longitude: 'placeLongitude', parentId: 'placeName' };

export function createCatalogMatcher(transaction: Prisma.TransactionClient, user: SessionUser) {
  const sources = new Map<string, { id: number; outcome: SourceOutcome }>();
  const places = new Map<string, { id: number; outcome: PlaceOutcome }>();

  async function resolveSource(source: NonNullable<RowCells['source']>): Promise<Resolved> {
    const key = normaliseName(source.name) || source.name;
    const known = sources.get(key);
    if (known) return { id: known.id };
    const match = matchSource(await findSourceCandidates(transaction, [source.name]), source.name);
    if (match) {
      sources.set(key, { id: match.id, outcome: { name: source.name, kind: source.kind || null, status: 'match', matched: { id: match.id, name: match.name } } });
      return { id: match.id };
    }
    const parsed = createSourceSchema.safeParse({ name: source.name, kind: source.kind });
    if (!parsed.success) {
      const problems = schemaProblems(parsed.error, (field) => SOURCE_COLUMNS[field] ?? 'sourceName');
      return { problems: problems.map((problem) => ({ ...problem, message: `No stored source is named “${source.name}”, and a new one cannot be made: ${problem.message}` })) };
    }
    const created = await transaction.source.create({ data: parsed.data });
    await recordRevision(transaction, { entityType: 'Source', entityId: created.id, action: 'create', before: null, after: created, userId: user.id });
    sources.set(key, { id: created.id, outcome: { name: created.name, kind: created.kind, status: 'create', matched: null } });
    return { id: created.id };
  }

  async function resolvePlace(place: NonNullable<RowCells['place']>): Promise<Resolved> {
    const key = normaliseName(place.name) || place.name;
    const known = places.get(key);
    if (known) return { id: known.id };
    const match = matchPlace(await findPlaceCandidates(transaction, [place.name]), place.name);
    if (match) {
      const outcome: PlaceOutcome = { name: place.name, adminCode: place.adminCode || null, latitude: null, longitude: null, status: 'match', matched: { id: match.id, name: match.name } };
      places.set(key, { id: match.id, outcome });
      return { id: match.id };
    }
    const parsed = createPlaceSchema.safeParse({ ...place, parentId: '' });
    if (!parsed.success) {
      const problems = schemaProblems(parsed.error, (field) => PLACE_COLUMNS[field] ?? 'placeName');
      return { problems: problems.map((problem) => ({ ...problem, message: `No stored place is named “${place.name}”, and a new one cannot be made: ${problem.message}` })) };
    }
    const created = await transaction.place.create({ data: parsed.data });
    await recordRevision(transaction, { entityType: 'Place', entityId: created.id, action: 'create', before: null, after: created, userId: user.id });
    const outcome: PlaceOutcome = { name: created.name, adminCode: created.adminCode, latitude: created.latitude, longitude: created.longitude, status: 'create', matched: null };
    places.set(key, { id: created.id, outcome });
    return { id: created.id };
  }

  return {
    resolveSource,
    resolvePlace,
    sourceOutcomes: (): SourceOutcome[] => [...sources.values()].map((entry) => entry.outcome),
    placeOutcomes: (): PlaceOutcome[] => [...places.values()].map((entry) => entry.outcome),
  };
}
