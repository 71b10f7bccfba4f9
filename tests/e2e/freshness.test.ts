import fs from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { figureFormValues } from '@/lib/forms/figure-form-values';
import type { PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser, signedInPage, testSessionSecret } from '../support/admin';
import { startServerAndBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';

let dir: string;
let databasePath: string;
let prisma: PrismaClient;
let server: RunningServer;
let browser: Browser;
let editor: BrowserContext;
const secret = testSessionSecret();

beforeAll(async () => {
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
  await seedDatabase(prisma);
  const user = await addTestUser(prisma, 'fresh@example.org');
  [server, browser] = await startServerAndBrowser(databasePath, { SESSION_SECRET: secret });
  ({ context: editor } = await signedInPage(browser, server.url, user));
});
afterAll(async () => {
  await editor?.close();
  await browser?.close();
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function html(path: string): Promise<{ text: string; cache: string | null }> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status).toBe(200);
  return { text: await response.text(), cache: response.headers.get('x-nextjs-cache') };
}

async function pagesShowing(figureId: number): Promise<string[]> {
  const figure = await prisma.figure.findUniqueOrThrow({ where: { id: figureId } });
  return ['/', `/figures/${figureId}`, `/categories/${figure.category}`, `/sources/${figure.sourceId}`, `/reports/${figure.reportId}`, `/?category=${figure.category}`, `/figures?category=${figure.category}`, `/api/figures?category=${figure.category}`];
}

describe('caches that are fast and never stale', () => {
  it('serves the unfiltered overview and the detail pages as pre-rendered HTML after their first request', async () => {
    const children = await prisma.figure.findFirstOrThrow({ where: { rawText: 'an estimated 40,000' } });
    for (const path of ['/', `/figures/${children.id}`, `/categories/children`, `/reports/${children.reportId}`]) {
      await html(path);
      expect({ path, cache: (await html(path)).cache }).toEqual({ path, cache: 'HIT' });
    }
  });

  it('shows an edit made through the app on the very next request of every page that shows the figure', async () => {
    const children = await prisma.figure.findFirstOrThrow({ where: { rawText: 'an estimated 40,000' } });
    const paths = await pagesShowing(children.id);
    for (const path of paths) await html(path);
    const response = await editor.request.put(`${server.url}/api/admin/figures/${children.id}`, {
      data: { ...figureFormValues(children), counted: 'children still trapped in the old city', version: children.version },
    });
    expect(response.status()).toBe(200);
    const stale = [];
    for (const path of paths) {
      const { text } = await html(path);
      if (!text.includes('children still trapped in the old city')) stale.push(path);
    }
    expect(stale).toEqual([]);
  });

  it('shows a row changed directly in the database on scoped views at once, and everywhere after a restart', async () => {
    const fighters = await prisma.figure.findFirstOrThrow({ where: { rawText: 'up to 2,500' } });
    expect((await html('/')).text).toContain('ISIS fighters still holed up in Raqqa');
    await prisma.figure.update({ where: { id: fighters.id }, data: { counted: 'fighters counted by a script outside the app' } });
    expect((await html('/?category=fighters')).text).toContain('fighters counted by a script outside the app');

    await server.stop();
    server = await startServer(databasePath, { SESSION_SECRET: secret });
    for (const path of ['/', `/figures/${fighters.id}`, '/categories/fighters']) {
      expect({ path, shown: (await html(path)).text.includes('fighters counted by a script outside the app') }).toEqual({ path, shown: true });
    }
  });
});
