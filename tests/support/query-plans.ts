import { Client } from 'pg';
import type { PrismaClient } from '@/lib/db/connect';
import type { SentQuery } from './query-log';

/**
 * The plans the database chooses for queries the app sent (tests/support/query-log.ts), to check that indexes serve
 * them. SQLite's `EXPLAIN QUERY PLAN` lines; PostgreSQL's `EXPLAIN (FORMAT JSON)` tree, planned with sequential
 * scans priced out (`SET LOCAL enable_seqscan = off`, in a transaction rolled back): on test-sized tables a
 * sequential scan is often cheapest even where an index serves, so the plan shows whether an index can serve at
 * all. A Seq Scan left in such a plan has no index to use.
 */
export async function sqlitePlanLines(prisma: PrismaClient, { query, params }: SentQuery): Promise<string[]> {
  const rows = await prisma.$queryRawUnsafe<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${query}`, ...params);
  return rows.map((row) => row.detail);
}

/** The lines of a SQLite plan that read the whole Figure table (`f`, `whole`: its aliases) without an index. */
export function sqliteFigureTableScans(lines: string[]): string[] {
  // "SCAN f" without "USING …" reads every row; a scan of an index, or a SEARCH, is bounded by the index.
  return lines.filter((line) => /^SCAN (f|Figure|main\.Figure|whole)\b(?! USING)/.test(line));
}

/** A node of a PostgreSQL plan, with the nodes under it. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  'Presorted Key'?: string[];
  Plans?: PlanNode[];
}

/** Every node of the plan, the top one first. */
export function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}

const describe = (node: PlanNode) => [node['Node Type'], node['Relation Name'], node['Index Name']].filter(Boolean).join(' ');

/**
 * The nodes that read a table with no index narrowing the read: a Seq Scan (left in although priced out, so no index
 * can serve), or an Index Scan without an index condition (a walk of every row in index order). An Index Only
 * Scan without a condition reads the index alone, as a count of the whole table does.
 */
export function unindexedReads(plan: PlanNode, table: string): string[] {
  return planNodes(plan)
    .filter((node) => node['Relation Name'] === table && (node['Node Type'] === 'Seq Scan' || (node['Node Type'] === 'Index Scan' && !node['Index Cond'])))
    .map(describe);
}

/**
 * The sorts of every row read. An Incremental Sort whose presorted key is `orderedBy` only orders the ties of an
 * index's order on that column; any other sort does not come from an index.
 */
export function fullSorts(plan: PlanNode, orderedBy: string): string[] {
  return planNodes(plan)
    .filter((node) => node['Node Type'] === 'Sort' || (node['Node Type'] === 'Incremental Sort' && node['Presorted Key']?.[0]?.replace(/^\w+\./, '') !== orderedBy))
    .map((node) => `${describe(node)} ${JSON.stringify(node['Presorted Key'] ?? [])}`);
}

export interface PostgresqlPlanner {
  plan(sent: SentQuery): Promise<PlanNode>;
  close(): Promise<void>;
}

export async function connectPostgresqlPlanner(url: string): Promise<PostgresqlPlanner> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    async plan({ query, params }) {
      await client.query('BEGIN');
      try {
        await client.query('SET LOCAL enable_seqscan = off');
        const [row] = (await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${query}`, params)).rows;
        return row!['QUERY PLAN'][0]!.Plan;
      } finally {
        await client.query('ROLLBACK');
      }
    },
    close: () => client.end(),
  };
}
