import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { createPrismaClient } from '../../../lib/db/connect';
import { addTestUser, signIn } from '../../../tests/support/admin';
import { toDateString } from '../../../lib/format/dates';

/**
 * Writes through the app as an editor would: a user created in the database before the server starts, signed in
 * through the real login form once, whose session cookie then drives PUT /api/admin/figures/:id.
 */
export async function createBenchUser(databasePath: string): Promise<{ email: string; password: string }> {
  const prisma = createPrismaClient(databasePath);
  try {
    return await addTestUser(prisma, 'bench-editor@example.org', 'editor', 'Bench editor');
  } finally {
    await prisma.$disconnect();
  }
}

export async function signInCookie(browser: Browser, baseUrl: string, user: { email: string; password: string }): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, baseUrl, user);
    return (await context.cookies(baseUrl)).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  } finally {
    await context.close();
  }
}

type FigureRow = Record<string, string | number | null>;

/**
 * A write that changes the figure's `counted` text back and forth, so every call is a real change (a new version,
 * a revision, the cached figure data expired) that leaves the data as it was every second time.
 */
export function figureWriter(baseUrl: string, cookie: string, databasePath: string, figureId: number): { write: () => Promise<void>; count: () => number } {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  const row = database.prepare('SELECT * FROM "Figure" WHERE "id" = ?').get(figureId) as FigureRow | undefined;
  database.close();
  if (!row) throw new Error(`figure ${figureId} is not in ${databasePath}`);
  const original = String(row.counted);
  let version = Number(row.version);
  let writes = 0;
  return {
    count: () => writes,
    write: async () => {
      const body = {
        version, category: row.category, qualifier: row.qualifier, value: row.value, low: row.low, high: row.high,
        rawText: row.rawText, quote: row.quote, counted: writes % 2 === 0 ? `${original} (checked)` : original,
        date: typeof row.date === 'string' ? toDateString(row.date) : null, grade: row.grade, reportId: row.reportId,
        sourceId: row.sourceId, placeId: row.placeId, partOfId: row.partOfId,
      };
      const response = await fetch(`${baseUrl}/api/admin/figures/${figureId}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as { version?: number };
      if (response.status !== 200 || typeof answer.version !== 'number') {
        throw new Error(`PUT /api/admin/figures/${figureId} answered ${response.status}: ${JSON.stringify(answer)}`);
      }
      version = answer.version;
      writes += 1;
    },
  };
}
