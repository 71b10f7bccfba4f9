/**
 * The stored report a row's figure comes from: by `reportUrl` when the row gives one, otherwise by title, outlet
 * and published day. The file cannot carry a report's text, so a report that is not stored is a problem of the
 * row: the editor adds the report first. Each report is looked up once per import.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import { requiredDay } from '@/lib/validation/fields';
import type { RowCells } from './read-cells';
import type { CellProblem } from './types';

export interface MatchedReport {
  id: number;
  body: string;
}

type Resolved = { report: MatchedReport; problems?: never } | { report?: never; problems: CellProblem[] };

const publishedDay = requiredDay('reportPublishedAt');
const ADD_IT_FIRST = 'add the report (paste its text) at /admin/reports/new first, then import again';

function dayRange(day: string): { gte: Date; lt: Date } {
  const start = new Date(`${day}T00:00:00Z`);
  return { gte: start, lt: new Date(start.getTime() + 24 * 60 * 60 * 1000) };
}

export function createReportMatcher(transaction: Prisma.TransactionClient) {
  const known = new Map<string, Resolved>();

  async function find(report: RowCells['report']): Promise<Resolved> {
    const day = publishedDay.safeParse(report.publishedAt);
    const byText = day.success && report.title && report.outlet ? { title: report.title, outlet: report.outlet, publishedAt: dayRange(day.data) } : null;
    if (report.url) {
      const found = await transaction.report.findMany({ where: { url: report.url }, select: { id: true, body: true }, take: 2 });
      if (found.length === 1) return { report: found[0]! };
      if (found.length === 0) return { problems: [{ column: 'reportUrl', message: `No stored report has this URL: ${ADD_IT_FIRST}` }] };
      const narrowed = byText ? await transaction.report.findMany({ where: { url: report.url, ...byText }, select: { id: true, body: true }, take: 2 }) : [];
      if (narrowed.length === 1) return { report: narrowed[0]! };
      return { problems: [{ column: 'reportUrl', message: 'Several stored reports have this URL, and their title, outlet and day do not tell them apart' }] };
    }
    const problems: CellProblem[] = [];
    if (!report.title) problems.push({ column: 'reportTitle', message: 'Without a report URL, the report is found by title, outlet and day: the title is required' });
    if (!report.outlet) problems.push({ column: 'reportOutlet', message: 'Without a report URL, the report is found by title, outlet and day: the outlet is required' });
    if (!day.success) problems.push({ column: 'reportPublishedAt', message: day.error.issues[0]!.message });
    if (!byText) return { problems };
    const found = await transaction.report.findMany({ where: byText, select: { id: true, body: true }, take: 2 });
    if (found.length === 1) return { report: found[0]! };
    if (found.length === 0) return { problems: [{ column: 'reportTitle', message: `No stored report has this title, outlet and day: ${ADD_IT_FIRST}` }] };
    return { problems: [{ column: 'reportTitle', message: 'Several stored reports have this title, outlet and day: give the report URL to tell them apart' }] };
  }

  return async function matchReport(report: RowCells['report']): Promise<Resolved> {
    const key = JSON.stringify(report);
    const cached = known.get(key);
    if (cached) return cached;
    const resolved = await find(report);
    known.set(key, resolved);
    return resolved;
  };
}
