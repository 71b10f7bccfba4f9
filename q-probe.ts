process.env.DATABASE_URL = 'file:/tmp/syn/big.db';
(async () => {
  const { queryScopeTotals, queryCompositions } = await import('./lib/data/overview');
  const { queryHeadlines } = await import('./lib/data/headlines');
  const { queryHeadlineEstimates } = await import('./lib/data/estimate-series');
  const { querySourceRanking } = await import('./lib/data/source-ranking');
  const { queryPlaceCounts } = await import('./lib/data/place-counts');
  const { queryFigurePage } = await import('./lib/data/figure-list');
  const { queryFilterOptions } = await import('./lib/data/filter-options');
  const { queryFigureDetail } = await import('./lib/data/figure-detail');
  const time = async (name: string, run: () => Promise<unknown>) => { await run(); const t = performance.now(); for (let i = 0; i < 3; i++) await run(); console.log(((performance.now() - t) / 3).toFixed(1).padStart(7), 'ms', name); return (performance.now() - t) / 3; };
  for (const scope of [{}, { category: 'killed' as const }, { placeId: 1 }, { sourceId: 5 }]) {
    console.log('scope', JSON.stringify(scope));
    let total = 0;
    total += await time('totals', () => queryScopeTotals(scope));
    total += await time('headlines', () => queryHeadlines(scope));
    total += await time('estimates', () => queryHeadlineEstimates(scope));
    total += await time('sources', () => querySourceRanking(scope));
    total += await time('places', () => queryPlaceCounts(scope));
    total += await time('latest', () => queryFigurePage(scope, null, 25));
    total += await time('compositions', () => queryCompositions(scope));
    total += await time('filter options', () => queryFilterOptions());
    console.log('  total', total.toFixed(0));
  }
  await time('figure detail', () => queryFigureDetail(5000));
})();
