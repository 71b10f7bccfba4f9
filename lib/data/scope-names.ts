import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import { formatDay } from '@/lib/format/figure';
import { QUALIFIER_LABELS, CATEGORY_LABELS } from '@/lib/figures/vocabulary';
import type { FigureScope, ScopeProblem } from './scope';
import { toDateString } from '@/lib/format/dates';

/** The records a scope names, as a reader sees them. */
export interface ScopeNames {
  source: { id: number; name: string } | null;
  place: { id: number; name: string } | null;
  report: { id: number; title: string; outlet: string; publishedAt: string } | null;
}

export async function queryScopeNames(sourceId: number | null, placeId: number | null, reportId: number | null): Promise<ScopeNames> {
  const [source, place, report] = await Promise.all([
    sourceId === null ? null : prisma.source.findUnique({ where: { id: sourceId }, select: { id: true, name: true } }),
    placeId === null ? null : prisma.place.findUnique({ where: { id: placeId }, select: { id: true, name: true } }),
    reportId === null ? null : prisma.report.findUnique({ where: { id: reportId }, select: { id: true, title: true, outlet: true, publishedAt: true } }),
  ]);
  return { source, place, report: report ? { ...report, publishedAt: toDateString(report.publishedAt) } : null };
}

const cachedScopeNames = cachedRead('fetchScopeNames', queryScopeNames);

/**
 * Checks that the records a scope names exist. A source, place or report id that names nothing is taken out of
 * the scope and reported as a problem, so a page can say it ignored it and the API can answer 400.
 */
export async function resolveScope(scope: FigureScope): Promise<{ scope: FigureScope; names: ScopeNames; problems: ScopeProblem[] }> {
  return checkScopeNames(scope, await cachedScopeNames(scope.sourceId ?? null, scope.placeId ?? null, scope.reportId ?? null));
}

/** The scope without the records that `names` did not find, and a problem for each of them. */
export function checkScopeNames(scope: FigureScope, names: ScopeNames): { scope: FigureScope; names: ScopeNames; problems: ScopeProblem[] } {
  const resolved = { ...scope };
  const problems: ScopeProblem[] = [];
  if (scope.sourceId && !names.source) {
    problems.push({ parameter: 'source', value: String(scope.sourceId), message: 'names no source' });
    delete resolved.sourceId;
  }
  if (scope.placeId && !names.place) {
    problems.push({ parameter: 'place', value: String(scope.placeId), message: 'names no place' });
    delete resolved.placeId;
  }
  if (scope.reportId && !names.report) {
    problems.push({ parameter: 'report', value: String(scope.reportId), message: 'names no report' });
    delete resolved.reportId;
  }
  return { scope: resolved, names, problems };
}

/**
 * The scope in words, for a page's lede: what it is about ("Killed, Raqqa and the places in it") and when
 * ("from 1 June 2017 to 30 June 2017"), each null when the scope does not say.
 */
export function describeScope(scope: FigureScope, names: ScopeNames): { about: string | null; period: string | null } {
  const about = [
    scope.category ? CATEGORY_LABELS[scope.category] : null,
    names.source?.name ?? null,
    names.place ? `${names.place.name} and the places in it` : null,
    names.report ? `${names.report.outlet}, ${formatDay(names.report.publishedAt)}` : null,
    scope.qualifier ? `hedged “${QUALIFIER_LABELS[scope.qualifier]}”` : null,
    scope.grade ? (scope.grade === 'ungraded' ? 'not yet graded' : `graded ${scope.grade}`) : null,
    scope.q ? `mentioning “${scope.q}”` : null,
  ].filter((part): part is string => part !== null);
  const period = scope.from && scope.to ? `from ${formatDay(scope.from)} to ${formatDay(scope.to)}` : scope.from ? `from ${formatDay(scope.from)}` : scope.to ? `up to ${formatDay(scope.to)}` : null;
  return { about: about.length > 0 ? about.join(', ') : null, period };
}

/** The scope as one phrase after a count ("for Killed, Raqqa and the places in it, dated from 1 June 2017"). */
export function scopePhrase(scope: FigureScope, names: ScopeNames): string {
  const { about, period } = describeScope(scope, names);
  return [about ? ` for ${about}` : '', period ? `${about ? ',' : ''} dated ${period}` : ''].join('');
}
