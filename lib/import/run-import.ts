/**
 * Preview and commit of a CSV file of figures. Both run the very same plan (lib/import/plan-rows.ts) in one
 * transaction: a preview always rolls it back, so it writes nothing; a commit keeps it only when the file is the one
 * previewed (same sha256), the data has not changed since (same data generation) and no row has an error, and
 * otherwise rolls it back and answers a fresh preview. Either way a failed import writes nothing.
 */
import { createHash } from 'node:crypto';
import type { SessionUser } from '@/lib/auth/users';
import type { PrismaClient } from '@/lib/db/connect';
import type { Prisma } from '@/lib/generated/prisma/client';
import { decodeUtf8 } from './decode-text';
import { parseFigureCsv } from './parse-csv';
import { planRows, type PlannedImport } from './plan-rows';
import { readRowCells, type RowCells } from './read-cells';
import { ROW_LIST_LIMIT, type ImportCommitted, type ImportPreview, type RowOutcome } from './types';

export type CommitResult =
  | { status: 'committed'; committed: ImportCommitted; preview: ImportPreview }
  | { status: 'changed' | 'invalid'; message: string; preview: ImportPreview };

/** How long an import's transaction may run: a file of 20 MB is tens of thousands of figures. */
const TRANSACTION_TIMEOUT_MS = 15 * 60 * 1000;

export function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

type ReadFile = { ok: true; rows: RowCells[]; notices: string[] } | { ok: false; problems: string[] };

function readFile(bytes: Uint8Array): ReadFile {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const parsed = parseFigureCsv(decoded.text);
  if (!parsed.ok) return parsed;
  if (parsed.rows.length === 0) return { ok: false, problems: ['The file has a header but no figure rows.'] };
  const notices = [
    ...(decoded.hadBom ? ['The file began with a byte order mark (BOM); it was removed.'] : []),
    ...(parsed.hadHxlRow ? ['Row 2 is the HXL hashtag row; it was checked and skipped.'] : []),
  ];
  return { ok: true, rows: parsed.rows.map(readRowCells), notices };
}

async function readGeneration(transaction: Prisma.TransactionClient): Promise<number> {
  const rows = await transaction.$queryRaw<Array<{ value: number | bigint }>>`SELECT "value" FROM "DataGeneration" WHERE "id" = 1`;
  return Number(rows[0]?.value ?? 0);
}

const STATUS_ORDER: Record<RowOutcome['status'], number> = { error: 0, create: 1, present: 2 };

function toPreview(digest: string, generation: number, notices: string[], plan: PlannedImport): ImportPreview {
  const count = (status: RowOutcome['status']) => plan.rows.filter((row) => row.status === status).length;
  const counts = { create: count('create'), present: count('present'), errors: count('error') };
  const listed = [...plan.rows].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.row - b.row).slice(0, ROW_LIST_LIMIT);
  return {
    digest,
    generation,
    fileProblems: [],
    notices,
    counts,
    rows: listed,
    rowsNotListed: plan.rows.length - listed.length,
    sources: plan.sources,
    places: plan.places,
    canCommit: counts.errors === 0,
  };
}

function unreadablePreview(digest: string, generation: number, problems: string[]): ImportPreview {
  return { digest, generation, fileProblems: problems, notices: [], counts: { create: 0, present: 0, errors: 0 }, rows: [], rowsNotListed: 0, sources: [], places: [], canCommit: false };
}

/** Thrown at the end of a transaction to undo everything it wrote. */
class Rollback extends Error {
  constructor(readonly preview: ImportPreview) {
    super('import rolled back');
  }
}

/**
 * Runs the plan in one transaction and lets `keep` decide whether to commit it. The transaction first takes the
 * write lock (a write that changes nothing), so the data generation read next stays true until the end.
 */
async function runPlan(
  database: PrismaClient,
  user: SessionUser,
  bytes: Uint8Array,
  keep: (preview: ImportPreview) => boolean,
): Promise<{ kept: boolean; preview: ImportPreview }> {
  const digest = digestOf(bytes);
  const file = readFile(bytes);
  try {
    const preview = await database.$transaction(
      async (transaction) => {
        await transaction.$executeRaw`UPDATE "DataGeneration" SET "value" = "value" WHERE "id" = 1`;
        const generation = await readGeneration(transaction);
        if (!file.ok) throw new Rollback(unreadablePreview(digest, generation, file.problems));
        const planned = toPreview(digest, generation, file.notices, await planRows(transaction, user, file.rows));
        if (!keep(planned)) throw new Rollback(planned);
        return planned;
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
    return { kept: true, preview };
  } catch (error) {
    if (error instanceof Rollback) return { kept: false, preview: error.preview };
    throw error;
  }
}

/** What importing the file would do, row by row, with nothing written. */
export async function previewImport(database: PrismaClient, user: SessionUser, bytes: Uint8Array): Promise<ImportPreview> {
  return (await runPlan(database, user, bytes, () => false)).preview;
}

/**
 * Imports the file previewed as `expected`: every figure, source and place it creates, with their creation revisions
 * attributed to the editor, in one transaction. Refused, writing nothing, with a fresh preview, when the file or the
 * data changed since the preview or any row has an error.
 */
export async function commitImport(
  database: PrismaClient,
  user: SessionUser,
  bytes: Uint8Array,
  expected: { digest: string; generation: number },
): Promise<CommitResult> {
  const { kept, preview } = await runPlan(
    database,
    user,
    bytes,
    (planned) => planned.canCommit && planned.fileProblems.length === 0 && planned.digest === expected.digest && planned.generation === expected.generation,
  );
  if (kept) {
    const created = (outcome: { status: string }) => outcome.status === 'create';
    const committed = { created: preview.counts.create, present: preview.counts.present, sourcesCreated: preview.sources.filter(created).length, placesCreated: preview.places.filter(created).length };
    return { status: 'committed', committed, preview };
  }
  if (preview.digest !== expected.digest) {
    return { status: 'changed', message: 'This is not the file that was previewed, so nothing was imported. Check its preview below and import again.', preview };
  }
  if (preview.generation !== expected.generation) {
    return { status: 'changed', message: 'The data changed since the preview (someone saved meanwhile), so nothing was imported. Check the fresh preview below and import again.', preview };
  }
  return { status: 'invalid', message: 'The file has errors, so nothing was imported: an import writes every row or none. Fix the rows listed below and preview again.', preview };
}
