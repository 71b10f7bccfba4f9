/**
 * Prints the figures the extractor proposes for a plain-text report, as a JSON array on stdout.
 * Usage: npx tsx scripts/extract.ts <file>
 * Exit codes: 0 on success; 2 (one-line message on stderr) when the file is missing, unreadable or empty.
 */
import { readFileSync } from 'node:fs';
import { extractFigures } from '../lib/extract';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const file = process.argv[2];
if (!file) fail('usage: tsx scripts/extract.ts <file>');

let body: string;
try {
  body = readFileSync(file, 'utf8');
} catch (error) {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read file';
  fail(`extract: ${reason}: ${file}`);
}
if (body.trim() === '') fail(`extract: file is empty: ${file}`);

process.stdout.write(`${JSON.stringify(extractFigures(body), null, 2)}\n`);
