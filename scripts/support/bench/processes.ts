import { execFileSync } from 'node:child_process';

/** Resident memory of a process and every process under it, in MB (ps). */
export function processTreeRssMegabytes(rootPid: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=']).toString().trim().split('\n');
  const table = rows.map((row) => row.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of table) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  const kilobytes = table.filter(([pid]) => tree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0);
  return kilobytes / 1024;
}
