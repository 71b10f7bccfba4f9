'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchChoice } from '@/lib/data/admin-search';

/** Where a search stands, for the field's live status line. */
export type SearchStatus = 'idle' | 'searching' | 'done' | 'signed-out' | 'failed';

// Typing "Obser" asks once, not five times; short enough that the list seems to follow the keys.
const DEBOUNCE_MS = 150;

/**
 * Asks a search route (app/api/admin/search/*) for the choices matching what was typed. Only the answer to the
 * latest question is kept: a slow answer to an earlier one never replaces the list of a later one.
 */
export function useSearchChoices(searchUrl: string) {
  const [results, setResults] = useState<SearchChoice[]>([]);
  const [status, setStatus] = useState<SearchStatus>('idle');
  const latest = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const search = useCallback(
    (text: string, { now = false }: { now?: boolean } = {}) => {
      window.clearTimeout(timer.current);
      const ask = async () => {
        const asked = ++latest.current;
        setStatus('searching');
        try {
          const response = await fetch(`${searchUrl}?q=${encodeURIComponent(text.trim())}`, { headers: { accept: 'application/json' } });
          if (asked !== latest.current) return;
          if (response.status === 401) {
            setResults([]);
            setStatus('signed-out');
            return;
          }
          if (!response.ok) throw new Error(`search answered ${response.status}`);
          const body = (await response.json()) as { results: SearchChoice[] };
          if (asked !== latest.current) return;
          setResults(body.results);
          setStatus('done');
        } catch {
          if (asked === latest.current) setStatus('failed');
        }
      };
      if (now) void ask();
      else timer.current = window.setTimeout(() => void ask(), DEBOUNCE_MS);
    },
    [searchUrl],
  );

  return { results, status, search };
}
