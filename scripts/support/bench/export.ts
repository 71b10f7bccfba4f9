/**
 * The CSV export of every figure, measured: one download of `/api/figures.csv` (gzip, as browsers ask for it) timed
 * from the request to its last byte (the rows are counted after, so parsing does not slow the download), while the
 * server's resident memory is sampled from /proc/PID/status.
 */
import { parse } from 'csv-parse/sync';
import { sampleMemoryDuring } from '../../../tests/support/process-memory';

export interface ExportMeasurement {
  rows: number;
  megabytes: number;
  seconds: number;
  rowsPerSecond: number;
  baselineRssMegabytes: number;
  peakRssMegabytes: number;
  rssGrowthMegabytes: number;
}

export async function measureCsvExport(baseUrl: string, serverPid: number): Promise<ExportMeasurement> {
  // The route's code is loaded by an export of no figures first: what is measured is the export, not the first load.
  await (await fetch(`${baseUrl}/api/figures.csv?to=1900-01-01`)).arrayBuffer();
  const { result, memory } = await sampleMemoryDuring(serverPid, async () => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/figures.csv`);
    if (response.status !== 200) throw new Error(`GET /api/figures.csv answered ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    return { body, seconds: (performance.now() - started) / 1000 };
  });
  const rows = parse<unknown>(result.body, { columns: true }).length;
  return {
    rows,
    megabytes: result.body.byteLength / (1024 * 1024),
    seconds: result.seconds,
    rowsPerSecond: rows / result.seconds,
    baselineRssMegabytes: memory.baselineMegabytes,
    peakRssMegabytes: memory.peakMegabytes,
    rssGrowthMegabytes: memory.growthMegabytes,
  };
}
