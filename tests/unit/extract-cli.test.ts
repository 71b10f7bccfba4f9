import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The command-line extractor, run as a user would: npx tsx scripts/extract.ts <file>. */
const repositoryRoot = path.join(__dirname, '..', '..');
const directory = mkdtempSync(path.join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function runCli(...args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/extract.ts', ...args], { cwd: repositoryRoot, encoding: 'utf8', timeout: 60_000 });
}

describe('scripts/extract.ts', () => {
  it('prints the figures of a text file as a JSON array and nothing else', () => {
    const file = path.join(directory, 'report.txt');
    writeFileSync(file, 'The Red Crescent said 500 people had died in Derna.\nUp to 2,500 fighters remain.\nThe Red Crescent said it would send more teams.\n');
    const result = runCli(file);
    expect(result.status).toBe(0);
    const figures = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(figures).toHaveLength(2);
    expect(figures[0]).toMatchObject({ rawText: '500', value: 500, qualifier: 'exact', category: 'killed', source: 'Red Crescent', place: 'Derna' });
    // The one source the report names at its top, and names again, is carried to its unattributed figures, and says so.
    expect(figures[1]).toMatchObject({ rawText: 'Up to 2,500', qualifier: 'up_to', low: null, high: 2500, source: 'Red Crescent', sourceOrigin: 'report-top', place: null });
  });

  it('exits 2 with a one-line message for an empty file', () => {
    const file = path.join(directory, 'empty.txt');
    writeFileSync(file, '  \n');
    const result = runCli(file);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n').filter((line) => !line.startsWith('npm warn'))).toEqual([`extract: file is empty: ${file}`]);
  });

  it('exits 2 with a one-line message for a missing file', () => {
    const file = path.join(directory, 'missing.txt');
    const result = runCli(file);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`extract: no such file: ${file}`);
  });
});
