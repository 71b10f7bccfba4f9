import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { fetchFigureHistory } from './revisions';

/** A figure's revision history for public pages, cached like every other public read (each write expires it). */
export const getPublicFigureHistory = cachedRead('figure-history', fetchFigureHistory);
