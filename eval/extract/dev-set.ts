/**
 * Loads the extractor's development set: every `<slug>.gold.json` in this folder with its text. A gold file
 * holds its figures inline, or (for the seed report) points at the seed data with `textFrom`, `figuresFrom`
 * and `sourcesFrom` (paths from the repository root) so the seed's hand coding stays the one gold standard.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface GoldFigure {
  rawText: string;
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  category: string;
  source: string | null;
  place: string | null;
  /** Other names the text uses for the same source ("Pentagon" for "US Department of Defense"). */
  sourceAliases?: string[];
  isPercentage?: boolean;
}

export interface DevDocument {
  slug: string;
  /** The batch of reports it was annotated with (the third batch and later say so; earlier ones are null). */
  batch: number | null;
  url: string | null;
  title: string;
  text: string;
  figures: GoldFigure[];
}

interface GoldFile {
  url: string | null;
  batch?: number;
  title: string;
  figures?: GoldFigure[];
  textFrom?: string;
  figuresFrom?: string;
  sourcesFrom?: string;
}

interface SeedSource {
  name: string;
  shortName?: string;
  aliases?: string[];
}

export const DEV_SET_DIRECTORY = __dirname;
const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function withSeedAliases(figures: GoldFigure[], sources: SeedSource[]): GoldFigure[] {
  return figures.map((figure) => {
    const source = sources.find((candidate) => candidate.name === figure.source);
    if (!source) return figure;
    const aliases = [source.shortName, ...(source.aliases ?? [])].filter((alias): alias is string => Boolean(alias));
    return { ...figure, sourceAliases: [...(figure.sourceAliases ?? []), ...aliases] };
  });
}

export function loadDevSet(directory = DEV_SET_DIRECTORY): DevDocument[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const slug = file.replace(/\.gold\.json$/, '');
      const gold = readJson<GoldFile>(path.join(directory, file));
      const text = readFileSync(gold.textFrom ? path.join(REPOSITORY_ROOT, gold.textFrom) : path.join(directory, `${slug}.txt`), 'utf8');
      let figures = gold.figuresFrom ? readJson<GoldFigure[]>(path.join(REPOSITORY_ROOT, gold.figuresFrom)) : (gold.figures ?? []);
      if (gold.sourcesFrom) figures = withSeedAliases(figures, readJson<SeedSource[]>(path.join(REPOSITORY_ROOT, gold.sourcesFrom)));
      return { slug, batch: gold.batch ?? null, url: gold.url, title: gold.title, text, figures };
    });
}
