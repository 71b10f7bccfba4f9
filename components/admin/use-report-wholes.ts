'use client';

import { useCallback, useRef, useState } from 'react';
import type { FigureFormOptions } from '@/lib/data/admin-figures';
import type { SearchChoice } from '@/lib/data/admin-search';

/** The figures offered as the whole a figure is part of, and the report they belong to. */
export interface ReportWholes {
  reportId: number | null;
  figures: SearchChoice[];
  status: 'done' | 'loading' | 'failed';
}

/**
 * A figure can only be part of a figure of its own report, so "Part of" lists that report's figures: the page
 * brings those of the figure's report, and choosing another report loads its figures from
 * /api/admin/search/figures. Only the answer for the latest choice is kept.
 */
export function useReportWholes(options: FigureFormOptions) {
  const [wholes, setWholes] = useState<ReportWholes>({ reportId: options.wholesReportId, figures: options.wholes, status: 'done' });
  const loaded = useRef(wholes);
  const latest = useRef(0);

  const chooseReport = useCallback(async (reportId: number | null) => {
    const asked = ++latest.current;
    const settle = (next: ReportWholes) => {
      if (asked !== latest.current) return;
      if (next.status === 'done') loaded.current = next;
      setWholes(next);
    };
    if (reportId === null) return settle({ reportId: null, figures: [], status: 'done' });
    if (loaded.current.reportId === reportId) return settle(loaded.current);
    setWholes({ reportId, figures: [], status: 'loading' });
    try {
      const response = await fetch(`/api/admin/search/figures?reportId=${reportId}`, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`figures of report ${reportId}: ${response.status}`);
      const body = (await response.json()) as { results: SearchChoice[] };
      settle({ reportId, figures: body.results, status: 'done' });
    } catch {
      settle({ reportId, figures: [], status: 'failed' });
    }
  }, []);

  return { wholes, chooseReport };
}
