import { buildIfStale } from '@/lib/build/current-build';

/** Builds the app once for the whole run if the sources changed since the last build (end-to-end tests serve it). */
export default async function globalSetup(): Promise<void> {
  buildIfStale((line) => process.stdout.write(`${line}\n`));
}
