/**
 * The seed: the reports under prisma/seed-data, each a `<slug>.txt` body, a `<slug>.json` of metadata and a
 * `<slug>.figures.json` of hand-coded figures, plus the sources and places they name. Idempotent: a report
 * already stored (same body) is left as it is, so seeding never overwrites an editor's corrections.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PrismaClient } from '../lib/generated/prisma/client';
import { CATEGORIES, GRADES, QUALIFIERS, SOURCE_KINDS } from '../lib/figures/vocabulary';
import { hashReportBody } from '../lib/reports/body-hash';
import { recordRevision } from '../lib/revisions/record';

const SEED_DIR = path.join(__dirname, 'seed-data');

const reportMetadataSchema = z.object({
  title: z.string().min(1),
  outlet: z.string().min(1),
  publishedAt: z.iso.date(),
  url: z.string().url().nullish(),
  language: z.string().default('en'),
});

const sourceSchema = z.object({
  name: z.string().min(1),
  shortName: z.string().nullable(),
  kind: z.enum(SOURCE_KINDS),
  description: z.string().nullable(),
  aliases: z.array(z.string()).default([]),
});

const placeSchema = z.object({
  name: z.string().min(1),
  parent: z.string().nullable(),
  adminCode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});

const seedFigureSchema = z.object({
  key: z.string().min(1),
  category: z.enum(CATEGORIES),
  value: z.number().int().nonnegative().nullable(),
  low: z.number().int().nonnegative().nullable(),
  high: z.number().int().nonnegative().nullable(),
  qualifier: z.enum(QUALIFIERS),
  rawText: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string().min(1),
  counted: z.string().min(1),
  source: z.string().nullable(),
  place: z.string().nullable(),
  date: z.iso.date().nullable(),
  partOf: z.string().nullable(),
  grade: z.enum(GRADES).nullable(),
});
export type SeedFigure = z.infer<typeof seedFigureSchema>;

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(SEED_DIR, file), 'utf8'));
}

/** The slugs of the seeded reports (files `<slug>.txt` with a `<slug>.figures.json`). */
export function seedReportSlugs(): string[] {
  return fs
    .readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.figures.json'))
    .map((name) => name.replace(/\.figures\.json$/, ''))
    .sort();
}

/** A seed report's body, metadata and figures, checked: every figure's offsets must point at its rawText. */
export function readSeedReport(slug: string) {
  const body = fs.readFileSync(path.join(SEED_DIR, `${slug}.txt`), 'utf8');
  const metadata = reportMetadataSchema.parse(readJson(`${slug}.json`));
  const figures = z.array(seedFigureSchema).parse(readJson(`${slug}.figures.json`));
  for (const figure of figures) {
    if (body.slice(figure.start, figure.end) !== figure.rawText) {
      throw new Error(`Seed figure ${figure.key} of ${slug}: offsets ${figure.start}–${figure.end} do not hold "${figure.rawText}".`);
    }
  }
  return { body, metadata, figures };
}

export interface SeedResult {
  reportsCreated: number;
  figuresCreated: number;
  sourcesCreated: number;
  placesCreated: number;
}

/** Stores every seed report not yet in the database, with its sources, places and figures, and their revisions. */
export async function seedDatabase(prisma: PrismaClient): Promise<SeedResult> {
  const result: SeedResult = { reportsCreated: 0, figuresCreated: 0, sourcesCreated: 0, placesCreated: 0 };
  const sources = z.array(sourceSchema).parse(readJson('sources.json'));
  const places = z.array(placeSchema).parse(readJson('places.json'));

  await prisma.$transaction(async (transaction) => {
    for (const source of sources) {
      if (await transaction.source.findUnique({ where: { name: source.name } })) continue;
      const created = await transaction.source.create({ data: { ...source, aliases: source.aliases.join('\n') } });
      await recordRevision(transaction, { entityType: 'Source', entityId: created.id, action: 'create', before: null, after: created, userId: null });
      result.sourcesCreated += 1;
    }
    // Parents come before their children in places.json.
    for (const place of places) {
      if (await transaction.place.findUnique({ where: { name: place.name } })) continue;
      const parent = place.parent ? await transaction.place.findUnique({ where: { name: place.parent } }) : null;
      const { parent: _parentName, ...columns } = place;
      const created = await transaction.place.create({ data: { ...columns, parentId: parent?.id ?? null } });
      await recordRevision(transaction, { entityType: 'Place', entityId: created.id, action: 'create', before: null, after: created, userId: null });
      result.placesCreated += 1;
    }

    for (const slug of seedReportSlugs()) {
      const { body, metadata, figures } = readSeedReport(slug);
      const bodyHash = hashReportBody(body);
      if (await transaction.report.findUnique({ where: { bodyHash } })) continue;
      const report = await transaction.report.create({
        data: { ...metadata, url: metadata.url ?? null, publishedAt: new Date(`${metadata.publishedAt}T00:00:00Z`), body, bodyHash },
      });
      await recordRevision(transaction, { entityType: 'Report', entityId: report.id, action: 'create', before: null, after: report, userId: null });
      result.reportsCreated += 1;

      const idByKey = new Map<string, number>();
      for (const figure of figures) {
        const source = figure.source ? await transaction.source.findUniqueOrThrow({ where: { name: figure.source } }) : null;
        const place = figure.place ? await transaction.place.findUniqueOrThrow({ where: { name: figure.place } }) : null;
        const partOfId = figure.partOf ? idByKey.get(figure.partOf) : undefined;
        if (figure.partOf && partOfId === undefined) {
          throw new Error(`Seed figure ${figure.key} is part of ${figure.partOf}, which must come before it.`);
        }
        const created = await transaction.figure.create({
          data: {
            category: figure.category,
            value: figure.value,
            low: figure.low,
            high: figure.high,
            qualifier: figure.qualifier,
            rawText: figure.rawText,
            quote: figure.quote,
            start: figure.start,
            end: figure.end,
            counted: figure.counted,
            date: figure.date ? new Date(`${figure.date}T00:00:00Z`) : null,
            grade: figure.grade,
            reportId: report.id,
            sourceId: source?.id ?? null,
            placeId: place?.id ?? null,
            partOfId: partOfId ?? null,
          },
        });
        idByKey.set(figure.key, created.id);
        await recordRevision(transaction, { entityType: 'Figure', entityId: created.id, action: 'create', before: null, after: created, userId: null });
        result.figuresCreated += 1;
      }
    }
  });
  return result;
}
