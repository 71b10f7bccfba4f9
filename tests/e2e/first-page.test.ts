import fs from 'node:fs';
import { seedDatabase } from '@/prisma/seed';
import type { PrismaClient } from '@/lib/db/connect';
import { createMigratedDatabase } from '../support/temp-database';
import { startServer, type RunningServer } from '../support/server';

let dir: string;
let prisma: PrismaClient;
let server: RunningServer;

beforeAll(async () => {
  let databasePath: string;
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
  await seedDatabase(prisma);
  server = await startServer(databasePath);
});
afterAll(async () => {
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the production server on a seeded database', () => {
  it('returns every figure from GET /api/figures with its source, place and report', async () => {
    const response = await fetch(`${server.url}/api/figures`);
    expect(response.status).toBe(200);
    const { items: figures } = (await response.json()) as { items: Array<Record<string, unknown>> };
    expect(figures).toHaveLength(12);
    const children = figures.find((figure) => figure.rawText === 'an estimated 40,000');
    expect(children).toMatchObject({
      category: 'children',
      value: 40000,
      low: 36000,
      high: 44000,
      qualifier: 'estimated',
      counted: 'children trapped in dangerous conditions in Raqqa city',
      source: { name: 'UNICEF' },
      place: { name: 'Raqqa' },
      report: { title: 'Coalition strikes pound Raqqa as SDF fighters push into the city', publishedAt: '2017-06-09' },
    });
    const unattributed = figures.find((figure) => figure.rawText === 'thousands');
    expect(unattributed).toMatchObject({ qualifier: 'vague', value: null, source: null });
    const part = figures.find((figure) => figure.rawText === '15');
    const whole = figures.find((figure) => figure.rawText === '23');
    expect(part?.partOfId).toBe(whole?.id);
  });

  it('serves the figures page with each figure as written, its source and sentence', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('up to 2,500');
    expect(html).toContain('US Department of Defense');
    expect(html).toContain('The UN children&#x27;s agency UNICEF warned Friday');
  });
});
