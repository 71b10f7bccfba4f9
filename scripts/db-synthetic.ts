// npm run db:synthetic -- [--reports N] [--per-report M] [--seed S] [--database FILE]: fills a database that holds
// no data (data/synthetic.db unless --database names another file, or a postgresql:// URL) with synthetic reports,
// figures, sources and places.
import path from 'node:path';
import { isPostgresqlUrl } from '../lib/env';
import { DatabaseNotEmptyError, DEFAULT_SYNTHETIC_OPTIONS, generateSyntheticData } from '../lib/synthetic';
import { exitWithUsage, parseFlags, UsageError } from './support/flags';
import { runScript } from './support/run-script';

const USAGE = 'npm run db:synthetic -- [--reports 5000] [--per-report 20] [--seed 1] [--database data/synthetic.db]';
/** Never the app's own database (data/dashboard.db), unless --database names it. */
const DEFAULT_DATABASE = 'data/synthetic.db';

function readOptions() {
  try {
    const flags = parseFlags(process.argv.slice(2), { reports: 'count', 'per-report': 'count', seed: 'seed', database: 'text' });
    return {
      databasePath: flags.database && isPostgresqlUrl(flags.database) ? flags.database : path.resolve(process.cwd(), flags.database ?? DEFAULT_DATABASE),
      reports: flags.reports ?? DEFAULT_SYNTHETIC_OPTIONS.reports,
      perReport: flags['per-report'] ?? DEFAULT_SYNTHETIC_OPTIONS.perReport,
      seed: flags.seed ?? DEFAULT_SYNTHETIC_OPTIONS.seed,
    };
  } catch (error) {
    if (error instanceof UsageError) exitWithUsage(error, USAGE);
    throw error;
  }
}

function counted(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

runScript(async () => {
  const { databasePath, ...options } = readOptions();
  const started = performance.now();
  try {
    const counts = await generateSyntheticData(databasePath, options);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Wrote ${databasePath} (seed ${options.seed}) in ${seconds} s: ${counted(counts.reports, 'report')} of ` +
        `${counted(counts.events, 'event')}, ${counted(counts.figures, 'figure')} (${counts.parts.toLocaleString('en')} ` +
        `part of another), ${counted(counts.sources, 'source')}, ${counted(counts.places, 'place')}.`,
    );
  } catch (error) {
    if (error instanceof DatabaseNotEmptyError) {
      console.error(`Error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
});
