import fs from 'node:fs';

/**
 * The resident memory of a server while something runs: the process and those under it (read once, at the start),
 * each one's VmRSS in /proc/PID/status sampled every few milliseconds. A bound on memory, never a timing.
 */
export interface MemorySamples {
  /** MB resident just before the work started. */
  baselineMegabytes: number;
  /** The most MB resident at any sample during the work. */
  peakMegabytes: number;
  /** peak − baseline. */
  growthMegabytes: number;
  samples: number;
}

function processTree(rootPid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (in parentheses) may hold spaces: the fields after its closing parenthesis are fixed.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), parent);
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = [rootPid];
  for (let index = 0; index < tree.length; index += 1) {
    for (const [pid, parent] of parentOf) if (parent === tree[index] && !tree.includes(pid)) tree.push(pid);
  }
  return tree;
}

function residentMegabytes(pids: readonly number[]): number {
  let kilobytes = 0;
  for (const pid of pids) {
    try {
      const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      kilobytes += match ? Number(match[1]) : 0;
    } catch {
      // the process ended meanwhile
    }
  }
  return kilobytes / 1024;
}

/** Runs `work` while sampling the resident memory of the process `pid` and its children every `intervalMs`. */
export async function sampleMemoryDuring<Result>(pid: number, work: () => Promise<Result>, intervalMs = 25): Promise<{ result: Result; memory: MemorySamples }> {
  const pids = processTree(pid);
  const baselineMegabytes = residentMegabytes(pids);
  let peakMegabytes = baselineMegabytes;
  let samples = 0;
  const timer = setInterval(() => {
    peakMegabytes = Math.max(peakMegabytes, residentMegabytes(pids));
    samples += 1;
  }, intervalMs);
  try {
    const result = await work();
    peakMegabytes = Math.max(peakMegabytes, residentMegabytes(pids));
    return { result, memory: { baselineMegabytes, peakMegabytes, growthMegabytes: peakMegabytes - baselineMegabytes, samples } };
  } finally {
    clearInterval(timer);
  }
}
